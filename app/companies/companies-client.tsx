"use client";
// Interactive part of /companies: filters (kept in the URL), ranking table, top-N chart, CSV download, compare picker.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { RankingChart } from "@/components/charts/lazy-charts";
import { EmptyState } from "@/components/ui/empty-state";
import { SourceNote } from "@/components/ui/source-note";
import type { Ranking, RankingOptions } from "@/lib/data/contributions/dto";
import { DEFAULT_ROWS, parseRankingQuery, rankingQueryString, type RankingQuery } from "@/lib/data/contributions/params";
import { formatNumber, formatPercent } from "@/lib/format";

const KIND_LABEL: Record<string, string> = { rolling: "Rolling windows", release: "Kubernetes releases", milestone: "CNCF milestones", custom: "Custom" };

/** /api/v1/companies URL of a view: the API answers every row unless asked, so rows is always given. */
function apiUrl(q: RankingQuery, extra = ""): string {
  const qs = rankingQueryString({ ...q, top: undefined, rows: undefined });
  return `/api/v1/companies${qs}${qs ? "&" : "?"}rows=${q.rows}${extra}`;
}

async function fetchRanking(q: RankingQuery): Promise<Ranking> {
  const res = await fetch(apiUrl(q));
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body as Ranking;
}

/** Filters + table + chart; state lives in the URL (pushState, no reload). */
export function CompaniesClient({ initial, initialQuery, options, problem }: { initial: Ranking; initialQuery: RankingQuery; options: RankingOptions; problem: string | null }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const q = useMemo(() => {
    const parsed = parseRankingQuery(Object.fromEntries(search.entries()));
    return parsed.errors.length === 0 ? parsed.query : initialQuery;
  }, [search, initialQuery]);
  const sameAsInitial = q.metric === initial.metric && q.range === initial.range && q.repoGroup === initial.repoGroup && !q.independent === initial.excludeIndependent && q.rows === initialQuery.rows;
  const { data, isFetching, error } = useQuery({
    queryKey: ["ranking", q.metric, q.range, q.repoGroup, q.independent, q.rows],
    queryFn: () => fetchRanking(q),
    initialData: sameAsInitial ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const r = data ?? initial;
  const [picked, setPicked] = useState<string[]>([]);
  const set = (patch: Partial<RankingQuery>) => window.history.pushState(null, "", `${pathname}${rankingQueryString({ ...q, ...patch })}`);
  const rangesForMetric = options.ranges.filter((x) => q.repoGroup !== "All" || x.metrics.includes(q.metric) || x.name === q.range);
  const kinds = [...new Set(rangesForMetric.map((x) => x.kind))];
  const csvHref = apiUrl(q, "&format=csv");
  const showDelta = r.previousRange !== null;
  const togglePick = (slug: string) => setPicked((p) => (p.includes(slug) ? p.filter((s) => s !== slug) : p.length >= 6 ? p : [...p, slug]));

  return (
    <div className="grid grid-cols-1 gap-4 [&>*]:min-w-0">
      <form className="card flex flex-wrap items-end gap-3 p-4" onSubmit={(e) => e.preventDefault()} aria-label="Ranking filters">
        <label className="grid gap-1 text-sm">
          <span className="muted">Metric</span>
          <select className="select" name="metric" value={q.metric} onChange={(e) => set({ metric: e.target.value })}>
            {options.metrics.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="muted">Range</span>
          <select className="select" name="range" value={q.range} onChange={(e) => set({ range: e.target.value })}>
            {kinds.map((k) => (
              <optgroup key={k} label={KIND_LABEL[k] ?? k}>
                {rangesForMetric.filter((x) => x.kind === k).map((x) => (
                  <option key={x.name}>{x.name}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="muted">Repository group</span>
          <select className="select" name="repoGroup" value={q.repoGroup} onChange={(e) => set({ repoGroup: e.target.value })}>
            {options.repoGroups.map((g) => (
              <option key={g.name} value={g.name}>
                {g.name === "All" ? "All repositories" : g.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" name="independent" checked={q.independent} onChange={(e) => set({ independent: e.target.checked })} />
          Include “Independent”
        </label>
        <label className="grid gap-1 text-sm">
          <span className="muted">Chart</span>
          <select className="select" name="top" value={q.top} onChange={(e) => set({ top: Number(e.target.value) })}>
            {[5, 10, 15, 25].map((n) => (
              <option key={n} value={n}>
                Top {n}
              </option>
            ))}
          </select>
        </label>
        <a className="btn ml-auto" href={csvHref} download data-testid="csv-download">
          Download CSV
        </a>
      </form>
      {problem ? <p role="alert" className="text-sm" style={{ color: "var(--bad)" }}>{problem}; showing the default view.</p> : null}
      {error ? <p role="alert" className="text-sm" style={{ color: "var(--bad)" }}>Could not load: {(error as Error).message}</p> : null}

      {r.rows.length === 0 ? (
        <EmptyState title={`No company data for ${r.metric} · ${r.range} · ${r.repoGroup}`}>{r.note ?? "Try another range or metric."}</EmptyState>
      ) : (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]" aria-busy={isFetching}>
          <div>
            <div className="table-wrap">
              <table className="data-table" data-testid="ranking-table">
                <caption className="sr-only">
                  Companies by {r.metric}, {r.range}, {r.repoGroup}
                </caption>
                <thead>
                  <tr>
                    <th className="num">Rank</th>
                    <th>Company</th>
                    <th className="num">{r.metric}</th>
                    <th className="num">Share</th>
                    {showDelta ? <th className="num" title={r.range.endsWith("now") ? "this range is still running, so it is shorter than the previous release range" : undefined}>vs {r.previousRange}{r.range.endsWith("now") ? " (range still open)" : ""}</th> : null}
                    <th><span className="sr-only">Compare</span></th>
                  </tr>
                </thead>
                <tbody>
                  {r.rows.map((row) => (
                    <tr key={row.slug}>
                      <td className="num">{row.rank}</td>
                      <td>
                        <Link href={`/companies/${row.slug}`} title={`DevStats name${row.rawNames.length > 1 ? "s" : ""}: ${row.rawNames.join(", ")}`}>
                          {row.name}
                        </Link>
                      </td>
                      <td className="num">{formatNumber(row.value)}</td>
                      <td className="num">{formatPercent(row.share)}</td>
                      {showDelta ? (
                        <td className="num" title={row.previous !== null ? `${formatNumber(row.previous)} in ${r.previousRange}` : undefined}>
                          {row.deltaRel === null ? (row.deltaAbs ? "new" : "–") : `${row.deltaRel >= 0 ? "+" : ""}${formatPercent(row.deltaRel)}`}
                        </td>
                      ) : null}
                      <td>
                        <input type="checkbox" aria-label={`Compare ${row.name}`} checked={picked.includes(row.slug)} onChange={() => togglePick(row.slug)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {r.rows.length < r.rowCount || (q.rows === "all" && r.rowCount > DEFAULT_ROWS) ? (
              <p className="mt-2 flex flex-wrap items-center gap-3 text-sm" data-testid="row-limit">
                <span className="muted">
                  {r.rows.length < r.rowCount ? `Showing the top ${formatNumber(r.rows.length)} of ${formatNumber(r.rowCount)} companies.` : `Showing all ${formatNumber(r.rowCount)} companies.`}
                </span>
                {r.rows.length < r.rowCount ? (
                  <button type="button" className="btn" onClick={() => set({ rows: "all" })}>
                    Show all {formatNumber(r.rowCount)}
                  </button>
                ) : (
                  <button type="button" className="btn" onClick={() => set({ rows: DEFAULT_ROWS })}>
                    Show the top {DEFAULT_ROWS}
                  </button>
                )}
              </p>
            ) : null}
            <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
              {r.unaffiliated !== null ? (
                <span className="muted">
                  Activity with no known affiliation: {formatNumber(r.unaffiliated)} ({formatPercent(r.total ? r.unaffiliated / r.total : null)}), not ranked.
                </span>
              ) : null}
              {r.total !== null ? <span className="muted">Total ({r.basis === "companies-table" ? "DevStats “All” row" : "listed companies"}): {formatNumber(r.total)}.</span> : null}
              {picked.length >= 2 ? (
                <Link className="btn" href={`/compare?c=${picked.join(",")}`}>
                  Compare {picked.length} companies
                </Link>
              ) : (
                <span className="muted">Tick 2–6 companies to compare them.</span>
              )}
            </div>
          </div>
          <div className="card p-4">
            <RankingChart rows={r.rows.slice(0, q.top).map((x) => ({ name: x.name, value: x.value }))} label={`Top ${Math.min(q.top, r.rows.length)} companies by ${r.metric}, ${r.range}, ${r.repoGroup === "All" ? "all repositories" : r.repoGroup}`} />
          </div>
        </div>
      )}
      <SourceNote sources={[r.source]} note={r.note ?? (r.rangeEnd ? `Range ${r.range}: ${r.range === "Last century" || !r.rangeStart ? "all history" : `from ${r.rangeStart.slice(0, 10)}`} up to ${r.rangeEnd.slice(0, 10)}` : undefined)} />
    </div>
  );
}
