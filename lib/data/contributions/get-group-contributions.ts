import "server-only";
// Contributions by company for a governance group's repo group(s) and the group's vendor-diversity trend.
import type { Db } from "@/lib/db/prisma";
import type { GroupContributions } from "./dto";
import { diversityRows, yearlyCompanyTotals } from "./get-diversity";
import { getDevstatsSource } from "./source";
import { memoByDataVersion } from "@/lib/data/cache/memo-by-data-version";

/** What the SIG page shows under "Contributions": companies for the group's repo groups and diversity per year. */
async function getGroupContributionsUncached(db: Db, groupDir: string): Promise<GroupContributions> {
  const [rows, groups, source] = await Promise.all([
    yearlyCompanyTotals(db, { groupDir }),
    db.$queryRaw<{ name: string }[]>`SELECT name FROM repo_group WHERE group_dir = ${groupDir} ORDER BY name`,
    getDevstatsSource(db),
  ]);
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const lastYear = years.at(-1);
  const byCompany = new Map<string, { slug: string | null; name: string; rawName: string; lastYear: number; allTime: number }>();
  const perYear = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const e = byCompany.get(r.company) ?? { slug: r.slug, name: r.company, rawName: r.company, lastYear: 0, allTime: 0 };
    e.allTime += r.value;
    if (r.year === lastYear) e.lastYear += r.value;
    byCompany.set(r.company, e);
    const y = perYear.get(r.year) ?? new Map<string, number>();
    y.set(r.company, (y.get(r.company) ?? 0) + r.value);
    perYear.set(r.year, y);
  }
  const merged = [...perYear].flatMap(([year, m]) => [...m].map(([company, value]) => ({ repo_group: groupDir, group_dir: groupDir, year, company, slug: null, value })));
  const trend = diversityRows(merged).map((r) => ({ year: r.year, total: r.total, companies: r.companies, elephantFactor: r.elephantFactor, topCompany: r.topCompany, topShare: r.topShare, hhi: r.hhi })).sort((a, b) => (a.year ?? "").localeCompare(b.year ?? ""));
  return {
    groupDir,
    repoGroups: groups.map((g) => g.name),
    companies: [...byCompany.values()].sort((a, b) => b.allTime - a.allTime),
    trend,
    note: `DevStats monthly Contributions per company for ${groups.map((g) => g.name).join(" + ") || "no repository group"}; only each group's top companies are exported, so concentration is among those companies. ${lastYear ? `${lastYear} may be a partial year.` : ""}`,
    source,
  };
}

/** getGroupContributions, cached until the next ingest commits (see lib/data/cache/memo-by-data-version.ts). */
export const getGroupContributions = memoByDataVersion(getGroupContributionsUncached);
