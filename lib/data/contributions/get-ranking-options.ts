import "server-only";
// What the ranking filters can offer: metrics, ranges (DevStats order, with the metrics each has) and repo groups.
import type { Db } from "@/lib/db/prisma";
import type { RankingOptions } from "./dto";
import { memoByDataVersion } from "@/lib/data/cache/memo-by-data-version";

/** Filter options for /companies, from what is actually loaded. */
async function getRankingOptionsUncached(db: Db): Promise<RankingOptions> {
  const [combos, groups] = await Promise.all([
    db.$queryRaw<{ range: string; kind: string; sort_order: number | null; metrics: string[] }[]>`
      SELECT t.range_name AS range, coalesce(r.kind, 'custom') AS kind, min(r.sort_order) AS sort_order, array_agg(DISTINCT t.metric) AS metrics
      FROM contribution_total t JOIN project p ON p.id = t.project_id AND p.slug = 'kubernetes'
      LEFT JOIN devstats_range r ON r.project_id = t.project_id AND r.name = t.range_name
      GROUP BY t.range_name, r.kind ORDER BY min(r.sort_order) NULLS LAST, t.range_name`,
    db.$queryRaw<{ name: string; group_dir: string | null }[]>`
      SELECT g.name, g.group_dir FROM repo_group g JOIN project p ON p.id = g.project_id AND p.slug = 'kubernetes'
      WHERE g.name = 'All' OR EXISTS (SELECT 1 FROM contribution_series s WHERE s.repo_group_id = g.id)
      ORDER BY g.name = 'All' DESC, g.name`,
  ]);
  const metrics = [...new Set(combos.flatMap((c) => c.metrics))].sort((a, b) => (a === "Contributions" ? -1 : b === "Contributions" ? 1 : a.localeCompare(b)));
  return {
    metrics,
    ranges: combos.map((c) => ({ name: c.range, kind: c.kind, metrics: c.metrics.sort() })),
    repoGroups: groups.map((g) => ({ name: g.name, groupDir: g.group_dir })),
  };
}

/** getRankingOptions, cached until the next ingest commits (it aggregates all of contribution_total). */
export const getRankingOptions = memoByDataVersion(getRankingOptionsUncached);
