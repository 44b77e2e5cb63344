// Contributions by company for one governance group's DevStats repo group(s), and its vendor-diversity trend per year.
// Server component: the SIG page renders <GroupContributions groupDir="sig-node" />.
import Link from "next/link";
import { DiversityTrendChart } from "@/components/charts/lazy-charts";
import { EmptyState } from "@/components/ui/empty-state";
import { SourceNote } from "@/components/ui/source-note";
import { hhiBand } from "@/lib/contributions/diversity";
import { getGroupContributions } from "@/lib/data/contributions/get-group-contributions";
import { rankingQueryString } from "@/lib/data/contributions/params";
import { getDb } from "@/lib/db/prisma";
import { formatNumber, formatPercent } from "@/lib/format";

/** Which companies contribute to a group's repositories, and how concentrated that is over the years. */
export async function GroupContributions({ groupDir }: { groupDir: string }) {
  const g = await getGroupContributions(getDb(), groupDir);
  if (g.companies.length === 0) {
    return (
      <EmptyState title="No company contribution data for this group">
        {g.repoGroups.length ? `DevStats repository group ${g.repoGroups.join(", ")} has no company statistics loaded.` : <>No DevStats repository group maps to <code>{groupDir}</code>.</>}
      </EmptyState>
    );
  }
  const lastYear = g.trend.at(-1)?.year;
  const allTime = g.companies.reduce((s, c) => s + c.allTime, 0);
  const recent = g.trend.slice(-6);
  return (
    <div className="grid gap-4" data-testid="group-contributions">
      <div className="grid grid-cols-1 gap-4 [&>*]:min-w-0">
        <div className="table-wrap">
          <table className="data-table">
            <caption className="sr-only">Contributions by company to {g.repoGroups.join(", ")}</caption>
            <thead>
              <tr><th>Company</th><th className="num">All time</th><th className="num">Share</th><th className="num">{lastYear ?? "Latest year"}</th></tr>
            </thead>
            <tbody>
              {g.companies.slice(0, 10).map((c) => (
                <tr key={c.name}>
                  <td>{c.slug ? <Link href={`/companies/${c.slug}`}>{c.name}</Link> : c.name}</td>
                  <td className="num">{formatNumber(c.allTime)}</td>
                  <td className="num">{formatPercent(allTime ? c.allTime / allTime : null)}</td>
                  <td className="num">{formatNumber(c.lastYear)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="table-wrap">
          <table className="data-table">
            <caption className="sr-only">Vendor diversity per year</caption>
            <thead>
              <tr><th>Year</th><th className="num" title="fewest companies making half of the contributions">Elephant factor</th><th>Top company</th><th className="num">Top share</th><th className="num" title="Herfindahl–Hirschman index, 0–10,000">HHI</th></tr>
            </thead>
            <tbody>
              {recent.map((t) => (
                <tr key={t.year}>
                  <td>{t.year}</td>
                  <td className="num">{t.elephantFactor}</td>
                  <td>{t.topCompany ?? "–"}</td>
                  <td className="num">{formatPercent(t.topShare, 0)}</td>
                  <td className="num" title={hhiBand(t.hhi)}>{t.hhi === null ? "–" : formatNumber(Math.round(t.hhi))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {g.trend.length > 2 ? <DiversityTrendChart points={g.trend} label={`Vendor concentration per year in ${g.repoGroups.join(" + ")}`} /> : null}
      <p className="text-sm">
        <Link href={`/companies${rankingQueryString({ repoGroup: g.repoGroups[0], range: "Last year" })}`}>Full company ranking for {g.repoGroups.join(" + ")}</Link>
        {" · "}
        <Link href="/companies/diversity">Vendor diversity across SIGs</Link>
      </p>
      <SourceNote sources={[g.source]} note={`${g.note} Elephant factor: fewest companies making half the contributions; HHI: 0–10,000, above 1,800 is highly concentrated.`} />
    </div>
  );
}
