import "server-only";
// Vendor diversity per repo group and year from the monthly company series (elephant factor, top share, HHI).
import type { Db } from "@/lib/db/prisma";
import { diversityOf } from "@/lib/contributions/diversity";
import type { Diversity } from "./dto";
import { getDevstatsSource } from "./source";
import { memoByDataVersion } from "@/lib/data/cache/memo-by-data-version";

/** Yearly Contributions per (repo group, company) — the input of every diversity figure. */
export async function yearlyCompanyTotals(db: Db, repoGroupFilter: { groupDir?: string } = {}) {
  return db.$queryRaw<{ repo_group: string; group_dir: string | null; year: string; company: string; slug: string | null; value: number }[]>`
    SELECT g.name AS repo_group, g.group_dir, to_char(s.period_start, 'YYYY') AS year,
      coalesce(c.display_name, s.company_raw) AS company, c.slug, sum(s.value)::float8 AS value
    FROM contribution_series s
    JOIN repo_group g ON g.id = s.repo_group_id
    JOIN project p ON p.id = s.project_id AND p.slug = 'kubernetes'
    LEFT JOIN company c ON c.id = s.company_id
    WHERE s.metric = 'Contributions' AND s.period = 'm' AND s.company_id IS NOT NULL
      AND (${repoGroupFilter.groupDir ?? null}::text IS NULL OR g.group_dir = ${repoGroupFilter.groupDir ?? null})
    GROUP BY 1, 2, 3, 4, 5`;
}

/** Diversity figures per (repo group, year) from yearly totals. */
export function diversityRows(rows: Awaited<ReturnType<typeof yearlyCompanyTotals>>) {
  const by = new Map<string, typeof rows>();
  for (const r of rows) {
    const k = `${r.repo_group}\u0000${r.year}`;
    if (!by.has(k)) by.set(k, []);
    by.get(k)!.push(r);
  }
  return [...by.values()].map((list) => {
    const d = diversityOf(list.map((r) => ({ company: r.company, value: r.value })));
    return { repoGroup: list[0]!.repo_group, groupDir: list[0]!.group_dir, year: list[0]!.year, total: d.total, companies: d.companies, elephantFactor: d.elephantFactor, topCompany: d.topCompany, topShare: d.topShare, hhi: d.hhi };
  });
}

/** One row per repo group for the latest complete year in the data (the table on /companies/diversity). */
async function getDiversityUncached(db: Db, year?: string): Promise<Diversity> {
  const [rows, source] = await Promise.all([yearlyCompanyTotals(db), getDevstatsSource(db)]);
  const all = diversityRows(rows);
  const years = [...new Set(all.map((r) => r.year))].sort();
  const latestMonth = await db.$queryRaw<{ m: Date | null }[]>`SELECT max(period_start) AS m FROM contribution_series WHERE period = 'm'`;
  const last = latestMonth[0]?.m;
  const complete = last && last.getUTCMonth() === 11 ? years.at(-1) : years.at(-2) ?? years.at(-1);
  const pick = year && years.includes(year) ? year : complete;
  return {
    year: pick ?? null,
    years,
    rows: all.filter((r) => r.year === pick).sort((a, b) => a.repoGroup.localeCompare(b.repoGroup)),
    note: `Calendar year ${pick ?? "–"}, metric Contributions, from DevStats monthly company statistics per repository group. The per-group exports list only each group's top companies (unaffiliated activity excluded), so the elephant factor and HHI describe concentration among those companies and overstate it slightly.`,
    source,
  };
}

/** getDiversity, cached until the next ingest commits (see lib/data/cache/memo-by-data-version.ts). */
export const getDiversity = memoByDataVersion(getDiversityUncached);
