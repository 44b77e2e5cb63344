// The project dimension: Kubernetes first; DevStats project keys map to display names here.
import type { PoolClient } from "pg";

/** Projects Bazaar knows by name; any other slug is created with its slug as the name. */
export const KNOWN_PROJECTS: Record<string, { name: string; devstatsKey: string; devstatsDb: string }> = {
  kubernetes: { name: "Kubernetes", devstatsKey: "kubernetes", devstatsDb: "gha" },
};

/** Return the id of project `slug`, creating the row if needed (inside the caller's transaction). */
export async function ensureProject(client: PoolClient, slug: string): Promise<number> {
  const key = slug.toLowerCase();
  const known = KNOWN_PROJECTS[key];
  const res = await client.query<{ id: number }>(
    `INSERT INTO project (slug, name, devstats_key, devstats_db) VALUES ($1, $2, $3, $4)
     ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id`,
    [key, known?.name ?? slug, known?.devstatsKey ?? key, known?.devstatsDb ?? null],
  );
  return res.rows[0]!.id;
}
