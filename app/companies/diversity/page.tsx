// /companies/diversity: vendor diversity of every SIG's repositories (elephant factor, top share, HHI), sortable.
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { SourceNote } from "@/components/ui/source-note";
import { EmptyState } from "@/components/ui/empty-state";
import { hhiBand } from "@/lib/contributions/diversity";
import { getDiversity } from "@/lib/data/contributions/get-diversity";
import { rankingQueryString } from "@/lib/data/contributions/params";
import { getDb } from "@/lib/db/prisma";
import { formatNumber, formatPercent } from "@/lib/format";
import { firstParam, type SearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Vendor diversity" };

const COLUMNS = [
  { key: "repoGroup", label: "Repository group", num: false },
  { key: "total", label: "Contributions", num: true },
  { key: "companies", label: "Companies", num: true },
  { key: "elephantFactor", label: "Elephant factor", num: true },
  { key: "topShare", label: "Top company share", num: true },
  { key: "hhi", label: "HHI", num: true },
] as const;
type SortKey = (typeof COLUMNS)[number]["key"];

export default async function DiversityPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const sortRaw = firstParam(sp, "sort") ?? "repoGroup";
  const sort: SortKey = COLUMNS.some((c) => c.key === sortRaw) ? (sortRaw as SortKey) : "repoGroup";
  const dir = firstParam(sp, "dir") === "desc" ? "desc" : "asc";
  const year = firstParam(sp, "year");
  const d = await getDiversity(getDb(), year && /^\d{4}$/.test(year) ? year : undefined);
  const rows = [...d.rows].sort((a, b) => {
    const av = a[sort] ?? -1;
    const bv = b[sort] ?? -1;
    const c = typeof av === "string" && typeof bv === "string" ? av.localeCompare(bv) : Number(av) - Number(bv);
    return dir === "asc" ? c : -c;
  });
  const href = (key: SortKey) => `?${new URLSearchParams({ ...(year ? { year } : {}), sort: key, dir: sort === key && dir === "asc" ? "desc" : "asc" })}`;
  return (
    <>
      <PageHeader
        title="Vendor diversity by SIG"
        subtitle="How concentrated each SIG's contributions are among companies. An elephant factor of 1 means one company makes at least half of the contributions."
        actions={<a className="btn" href={`/api/v1/diversity?format=csv${year ? `&year=${year}` : ""}`} download>Download CSV</a>}
      />
      {d.years.length > 1 ? (
        <nav aria-label="Year" className="mb-3 flex flex-wrap gap-2">
          {d.years.map((y) => (
            <Link key={y} className="chip" aria-current={y === d.year ? "page" : undefined} href={`?${new URLSearchParams({ year: y, sort, dir })}`}>
              {y}
            </Link>
          ))}
        </nav>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title="No per-SIG company statistics loaded">Ingest DevStats ComStatsRepoGrp exports (npm run ingest -- data/devstats).</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="diversity-table">
            <caption className="sr-only">Vendor diversity per repository group, {rows[0]?.year}</caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.key} className={c.num ? "num" : undefined} aria-sort={sort === c.key ? (dir === "asc" ? "ascending" : "descending") : "none"}>
                    <Link href={href(c.key)}>{c.label}{sort === c.key ? (dir === "asc" ? " ▲" : " ▼") : ""}</Link>
                  </th>
                ))}
                <th>Top company</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.repoGroup}>
                  <td>
                    <Link href={`/companies${rankingQueryString({ repoGroup: r.repoGroup, range: "Last year" })}`}>{r.repoGroup}</Link>
                    {r.groupDir ? <span className="muted hidden text-xs sm:inline"> · {r.groupDir}</span> : null}
                  </td>
                  <td className="num">{formatNumber(r.total)}</td>
                  <td className="num">{r.companies}</td>
                  <td className="num">{r.elephantFactor}</td>
                  <td className="num">{formatPercent(r.topShare)}</td>
                  <td className="num" title={hhiBand(r.hhi)}>{r.hhi === null ? "–" : formatNumber(Math.round(r.hhi))}</td>
                  <td>{r.topCompany ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="muted mt-3 grid gap-1 text-sm">
        <p><strong>Elephant factor</strong>: the fewest companies whose contributions add up to half of the group’s total (higher = more diverse).</p>
        <p><strong>HHI</strong> (Herfindahl–Hirschman index): the sum of squared percentage shares, from near 0 (many small vendors) to 10,000 (one vendor); above 1,800 counts as highly concentrated, below 1,000 as unconcentrated.</p>
      </div>
      <SourceNote sources={[d.source]} note={d.note} />
    </>
  );
}
