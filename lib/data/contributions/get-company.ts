import "server-only";
// One company's page: raw names, totals per metric × range, monthly series, per-repo-group breakdown, top developers.
import type { Db } from "@/lib/db/prisma";
import { rankByValue, share } from "@/lib/contributions/ranking";
import type { CompanyDetail } from "./dto";
import { getDevstatsSource } from "./source";
import { memoByDataVersion } from "@/lib/data/cache/memo-by-data-version";

/** Company detail by slug, or null when no such company has contribution data. */
async function getCompanyUncached(db: Db, slug: string): Promise<CompanyDetail | null> {
  const found = await db.$queryRaw<{ id: number; slug: string; display_name: string; legal_name: string | null }[]>`
    SELECT id, slug, display_name, legal_name FROM company WHERE slug = ${slug}`;
  const c = found[0];
  if (!c) return null;
  const [aliases, totals, series, groups, devs, source] = await Promise.all([
    db.$queryRaw<{ raw: string; source: string }[]>`
      SELECT DISTINCT raw, source FROM (
        SELECT alias AS raw, source FROM company_alias WHERE company_id = ${c.id}
        UNION SELECT company_raw, 'devstats' FROM contribution_total WHERE company_id = ${c.id}
        UNION SELECT company_raw, 'devstats' FROM contribution_series WHERE company_id = ${c.id}) x ORDER BY raw`,
    db.$queryRaw<{ metric: string; range: string; value: number; total: number | null; rank: bigint; sort_order: number | null }[]>`
      WITH per AS (
        SELECT t.metric, t.range_name, t.company_id, sum(t.value)::float8 AS value
        FROM contribution_total t JOIN repo_group g ON g.id = t.repo_group_id AND g.name = 'All'
        WHERE t.company_id IS NOT NULL AND (t.metric, t.range_name) IN (SELECT metric, range_name FROM contribution_total WHERE company_id = ${c.id})
        GROUP BY 1, 2, 3),
      ranked AS (SELECT *, rank() OVER (PARTITION BY metric, range_name ORDER BY value DESC) AS rank FROM per)
      SELECT r.metric, r.range_name AS range, r.value, r.rank,
        (SELECT sum(a.value)::float8 FROM contribution_total a JOIN repo_group g ON g.id = a.repo_group_id AND g.name = 'All'
          WHERE a.metric = r.metric AND a.range_name = r.range_name AND a.company_raw = 'All' AND a.company_id IS NULL) AS total,
        (SELECT min(d.sort_order) FROM devstats_range d WHERE d.name = r.range_name) AS sort_order
      FROM ranked r WHERE r.company_id = ${c.id} ORDER BY r.metric = 'Contributions' DESC, r.metric, sort_order NULLS LAST`,
    db.$queryRaw<{ t: Date; value: number }[]>`
      SELECT s.period_start AS t, sum(s.value)::float8 AS value FROM contribution_series s
      JOIN repo_group g ON g.id = s.repo_group_id AND g.name = 'All'
      WHERE s.company_id = ${c.id} AND s.metric = 'Contributions' AND s.period = 'm' GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ repo_group: string; group_dir: string | null; value: number; last_year: number; total: number }[]>`
      WITH mine AS (
        SELECT s.repo_group_id, sum(s.value)::float8 AS value,
          sum(s.value) FILTER (WHERE s.period_start >= (SELECT max(period_start) FROM contribution_series) - interval '11 months')::float8 AS last_year
        FROM contribution_series s
        WHERE s.company_id = ${c.id} AND s.metric = 'Contributions' AND s.period = 'm' GROUP BY 1),
      tot AS (
        SELECT x.repo_group_id, sum(x.value)::float8 AS total FROM contribution_series x
        WHERE x.metric = 'Contributions' AND x.period = 'm' AND x.company_raw <> 'All' AND x.repo_group_id IN (SELECT repo_group_id FROM mine) GROUP BY 1)
      SELECT g.name AS repo_group, g.group_dir, m.value, coalesce(m.last_year, 0) AS last_year, t.total
      FROM mine m JOIN repo_group g ON g.id = m.repo_group_id LEFT JOIN tot t ON t.repo_group_id = m.repo_group_id
      WHERE g.name <> 'All' ORDER BY m.value DESC`,
    db.$queryRaw<{ login: string; value: number; metric: string; range: string; repo_group: string }[]>`
      SELECT d.login, sum(d.value)::float8 AS value, d.metric, d.range_name AS range, g.name AS repo_group
      FROM developer_activity d JOIN repo_group g ON g.id = d.repo_group_id AND g.name = 'All'
      WHERE d.company_id = ${c.id} AND d.metric = 'Contributions' AND d.range_name = (
        SELECT d2.range_name FROM developer_activity d2 WHERE d2.company_id = ${c.id} AND d2.metric = 'Contributions' AND d2.repo_group_id = g.id
        GROUP BY 1 ORDER BY (d2.range_name = 'Last year') DESC, count(*) DESC LIMIT 1)
      GROUP BY d.login, d.metric, d.range_name, g.name ORDER BY value DESC, d.login LIMIT 25`,
    getDevstatsSource(db),
  ]);
  const devRanks = rankByValue(devs, (d) => d.value, (d) => d.login);
  return {
    slug: c.slug,
    name: c.display_name,
    legalName: c.legal_name,
    rawNames: aliases.map((a) => ({ raw: a.raw, source: a.source })),
    totals: totals.map((t) => ({ metric: t.metric, range: t.range, value: t.value, share: share(t.value, t.total), rank: Number(t.rank) })),
    series: series.map((s) => ({ t: s.t.toISOString().slice(0, 10), value: s.value })),
    seriesMetric: "Contributions",
    byRepoGroup: groups.map((g) => ({ repoGroup: g.repo_group, groupDir: g.group_dir, value: g.value, share: share(g.value, g.total), lastYear: g.last_year })),
    developers: devRanks.map(({ rank, row }) => ({ login: row.login, value: row.value, rank })),
    developersScope: devs[0] ? { metric: devs[0].metric, range: devs[0].range, repoGroup: devs[0].repo_group } : null,
    source,
  };
}

/** getCompany, cached until the next ingest commits (see lib/data/cache/memo-by-data-version.ts). */
export const getCompany = memoByDataVersion(getCompanyUncached);
