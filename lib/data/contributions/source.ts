import "server-only";
// Where the contribution numbers came from: the latest DevStats ingest run (path, upstream, as-of).
import type { Db } from "@/lib/db/prisma";

/** Source line for contribution data ({label, upstream, asOf}); as-of is the data's date, not the load time. */
export async function getDevstatsSource(db: Db): Promise<{ label: string; upstream: string | null; asOf: string | null }> {
  const rows = await db.$queryRaw<{ path: string; upstream_repo: string | null; as_of: Date | null }[]>`
    SELECT path, upstream_repo, as_of FROM ingest_run WHERE kind = 'devstats' AND status = 'succeeded' AND path NOT LIKE '%aliases%'
    ORDER BY finished_at DESC NULLS LAST LIMIT 1`;
  const r = rows[0];
  // the bundled folder mixes real reference tables with a synthetic sample: say so rather than naming one reference file's repo
  const synthetic = !!r && /(^|\/)(devstats|sample)\/?$/.test(r.path);
  return {
    label: r ? `DevStats exports (${r.path})` : "DevStats exports",
    upstream: synthetic ? "synthetic sample; only the five all-time Contributions totals are cited figures" : (r?.upstream_repo ?? null),
    asOf: r?.as_of ? r.as_of.toISOString().slice(0, 10) : null,
  };
}

/** Project id of Kubernetes (the only project with DevStats data for now). */
export const PROJECT_SLUG = "kubernetes";
