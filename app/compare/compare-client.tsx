"use client";
// Interactive /compare: add/remove companies (URL ?c=…, no reload), overlaid series, totals with deltas, per-SIG table.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import { SeriesChart } from "@/components/charts/lazy-charts";
import { YearlyTable } from "@/components/contributions/yearly-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SourceNote } from "@/components/ui/source-note";
import type { Compare } from "@/lib/data/contributions/dto";
import { compareSlugs } from "@/lib/data/contributions/params";
import { formatNumber, formatPercent } from "@/lib/format";

async function fetchCompare(slugs: string[]): Promise<Compare> {
  const res = await fetch(`/api/v1/compare?c=${slugs.join(",")}`);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body as Compare;
}

function Delta({ a, b }: { a: number | null; b: number | null }) {
  if (a === null || b === null) return <span className="muted">–</span>;
  const d = b - a;
  return (
    <span title={`${formatNumber(b)} − ${formatNumber(a)}`}>
      {d >= 0 ? "+" : "−"}
      {formatNumber(Math.abs(d))} <span className="muted">({a === 0 ? "–" : `${d >= 0 ? "+" : "−"}${formatPercent(Math.abs(d) / a)}`})</span>
    </span>
  );
}

/** Picker + comparison views. */
export function CompareClient({ initial, initialSlugs, choices, problem }: { initial: Compare | null; initialSlugs: string[]; choices: { slug: string; name: string }[]; problem: string | null }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const { slugs, error: slugError } = compareSlugs(search.get("c") ?? initialSlugs.join(","));
  const valid = !slugError;
  const { data, error, isFetching } = useQuery({
    queryKey: ["compare", slugs.join(",")],
    queryFn: () => fetchCompare(slugs),
    enabled: valid,
    initialData: initial && initial.companies.map((c) => c.slug).join(",") === slugs.join(",") ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const go = (next: string[]) => window.history.pushState(null, "", `${pathname}${next.length ? `?c=${next.join(",")}` : ""}`);
  const nameOf = (s: string) => choices.find((c) => c.slug === s)?.name ?? s;
  const cmp = valid ? data : undefined;
  const names = cmp?.companies.map((c) => c.name) ?? [];
  const base = 0;
  const [showAll, setShowAll] = useState(false);
  const otherMetrics = cmp ? cmp.totals.filter((t) => t.metric !== "Contributions").length : 0;

  return (
    <div className="grid grid-cols-1 gap-4 [&>*]:min-w-0">
      <div className="card flex flex-wrap items-center gap-2 p-4" aria-label="Companies compared">
        {slugs.map((s) => (
          <button key={s} type="button" className="chip" aria-pressed="true" onClick={() => go(slugs.filter((x) => x !== s))} aria-label={`Remove ${nameOf(s)}`}>
            {nameOf(s)} ×
          </button>
        ))}
        {slugs.length < 6 ? (
          <label className="flex items-center gap-2 text-sm">
            <span className="sr-only">Add a company</span>
            <select className="select" name="add" value="" onChange={(e) => e.target.value && go([...slugs, e.target.value])}>
              <option value="">Add a company…</option>
              {choices.filter((c) => !slugs.includes(c.slug)).map((c) => (
                <option key={c.slug} value={c.slug}>{c.name}</option>
              ))}
            </select>
          </label>
        ) : null}
        {cmp ? <a className="btn ml-auto" href={`/api/v1/compare?c=${slugs.join(",")}&format=csv`} download>Download CSV</a> : null}
      </div>
      {problem || (slugError && slugs.length > 0) ? <p role="alert" className="text-sm" style={{ color: "var(--bad)" }}>{slugError ?? problem}</p> : null}
      {error ? <p role="alert" className="text-sm" style={{ color: "var(--bad)" }}>{(error as Error).message}</p> : null}
      {!cmp ? (
        <EmptyState title="Pick two to six companies">
          For example <Link href="/compare?c=google,red-hat,vmware">Google, Red Hat and VMware</Link>.
        </EmptyState>
      ) : (
        <div className="grid grid-cols-1 gap-4 [&>*]:min-w-0" aria-busy={isFetching}>
          <Card title="Monthly contributions" id="series">
            <SeriesChart data={cmp.series} names={names} label={`Contributions per month: ${names.join(", ")}`} />
            <YearlyTable data={cmp.series} names={names} caption="Contributions per year" />
          </Card>
          <Card title="Totals" id="totals">
            <p className="muted mb-2 text-sm">Differences are against {names[base]} (absolute and relative).</p>
            <div className="table-wrap">
              <table className="data-table" data-testid="compare-totals">
                <thead>
                  <tr>
                    <th>Metric · range</th>
                    {names.map((n, i) => (
                      <th key={n} className="num">{n}{i !== base ? <span className="sr-only"> (difference vs {names[base]})</span> : null}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {cmp.totals.filter((t) => t.metric === "Contributions" || showAll).map((t) => (
                    <tr key={`${t.metric}-${t.range}`}>
                      <td>{t.metric} · {t.range}</td>
                      {t.values.map((v, i) => (
                        <td key={i} className="num">
                          {formatNumber(v)}
                          {i !== base ? <div className="text-xs"><Delta a={t.values[base] ?? null} b={v} /></div> : null}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {otherMetrics > 0 ? (
              <button type="button" className="btn mt-2" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll}>
                {showAll ? "Show Contributions only" : `Show other metrics (${otherMetrics} rows)`}
              </button>
            ) : null}
          </Card>
          <Card title="By SIG (repository group), all time" id="sigs">
            <div className="table-wrap">
              <table className="data-table">
                <thead>
                  <tr><th>Repository group</th>{names.map((n) => <th key={n} className="num">{n}</th>)}</tr>
                </thead>
                <tbody>
                  {cmp.byRepoGroup.map((g) => {
                    const sum = g.values.reduce((a, b) => a + b, 0);
                    return (
                      <tr key={g.repoGroup}>
                        <td>{g.repoGroup}</td>
                        {g.values.map((v, i) => (
                          <td key={i} className="num">{formatNumber(v)} <span className="muted text-xs">{formatPercent(sum ? v / sum : null, 0)}</span></td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <p className="muted mt-2 text-xs">Percentages are each company’s part of these companies’ combined contributions in that group.</p>
          </Card>
          <SourceNote sources={[cmp.source]} />
        </div>
      )}
    </div>
  );
}
