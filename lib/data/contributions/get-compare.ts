import "server-only";
// Side-by-side view of 2–6 companies: totals per metric × range, overlaid monthly series, per-repo-group values.
import type { Db } from "@/lib/db/prisma";
import type { Compare } from "./dto";
import { getDevstatsSource } from "./source";
import { memoByDataVersion } from "@/lib/data/cache/memo-by-data-version";

/** Comparison of the companies named by `slugs` (unknown slugs are reported in `missing`). */
async function getCompareUncached(db: Db, slugs: string[]): Promise<Compare> {
  const found = await db.$queryRaw<{ id: number; slug: string; display_name: string }[]>`
    SELECT id, slug, display_name FROM company WHERE slug = ANY(${slugs}::text[])`;
  const companies = slugs.map((s) => found.find((f) => f.slug === s)).filter((c): c is NonNullable<typeof c> => !!c);
  const ids = companies.map((c) => c.id);
  const idx = new Map(ids.map((id, i) => [id, i]));
  const [totals, series, groups, source] = await Promise.all([
    db.$queryRaw<{ metric: string; range: string; company_id: number; value: number; sort_order: number | null }[]>`
      SELECT t.metric, t.range_name AS range, t.company_id, sum(t.value)::float8 AS value, min(r.sort_order) AS sort_order
      FROM contribution_total t JOIN repo_group g ON g.id = t.repo_group_id AND g.name = 'All'
      LEFT JOIN devstats_range r ON r.project_id = t.project_id AND r.name = t.range_name
      WHERE t.company_id = ANY(${ids}::int4[]) GROUP BY 1, 2, 3
      ORDER BY t.metric = 'Contributions' DESC, t.metric, min(r.sort_order) NULLS LAST`,
    db.$queryRaw<{ t: Date; company_id: number; value: number }[]>`
      SELECT s.period_start AS t, s.company_id, sum(s.value)::float8 AS value FROM contribution_series s
      JOIN repo_group g ON g.id = s.repo_group_id AND g.name = 'All'
      WHERE s.company_id = ANY(${ids}::int4[]) AND s.metric = 'Contributions' AND s.period = 'm' GROUP BY 1, 2 ORDER BY 1`,
    db.$queryRaw<{ repo_group: string; group_dir: string | null; company_id: number; value: number }[]>`
      SELECT g.name AS repo_group, g.group_dir, s.company_id, sum(s.value)::float8 AS value FROM contribution_series s
      JOIN repo_group g ON g.id = s.repo_group_id AND g.name <> 'All'
      WHERE s.company_id = ANY(${ids}::int4[]) AND s.metric = 'Contributions' AND s.period = 'm' GROUP BY 1, 2, 3`,
    getDevstatsSource(db),
  ]);
  const pivot = <K extends string>(rows: { key: K; company_id: number; value: number }[], fill: number | null) => {
    const m = new Map<K, (number | null)[]>();
    for (const r of rows) {
      if (!m.has(r.key)) m.set(r.key, ids.map(() => fill));
      m.get(r.key)![idx.get(r.company_id)!] = r.value;
    }
    return m;
  };
  const t = pivot(totals.map((r) => ({ key: `${r.metric}\u0000${r.range}`, company_id: r.company_id, value: r.value })), null);
  const s = pivot(series.map((r) => ({ key: r.t.toISOString().slice(0, 10), company_id: r.company_id, value: r.value })), 0);
  const g = pivot(groups.map((r) => ({ key: r.repo_group, company_id: r.company_id, value: r.value })), 0);
  const dirs = new Map(groups.map((r) => [r.repo_group, r.group_dir]));
  return {
    companies: companies.map((c) => ({ slug: c.slug, name: c.display_name })),
    missing: slugs.filter((s) => !found.some((f) => f.slug === s)),
    totals: [...t].map(([k, values]) => ({ metric: k.split("\u0000")[0]!, range: k.split("\u0000")[1]!, values })),
    series: [...s].map(([k, values]) => ({ t: k, values })),
    byRepoGroup: [...g].map(([k, values]) => ({ repoGroup: k, groupDir: dirs.get(k) ?? null, values: values.map((v) => v ?? 0) })).sort((a, b) => b.values.reduce((x, y) => x + y, 0) - a.values.reduce((x, y) => x + y, 0)),
    source,
  };
}

/** getCompare, cached until the next ingest commits (see lib/data/cache/memo-by-data-version.ts). */
export const getCompare = memoByDataVersion(getCompareUncached);
