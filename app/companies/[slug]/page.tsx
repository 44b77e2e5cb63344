// /companies/[slug]: one company's contributions over time, totals per metric and range, SIG breakdown, top developers.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MetricDefinitions } from "@/components/contributions/metric-definitions";
import { SeriesChart } from "@/components/charts/lazy-charts";
import { YearlyTable } from "@/components/contributions/yearly-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SourceNote } from "@/components/ui/source-note";
import { Stat } from "@/components/ui/stat";
import { CompanyFootprintCards } from "@/components/companies/company-footprint";
import { getCompanyFootprint } from "@/lib/data/companies/get-company-footprint";
import { getCompany } from "@/lib/data/contributions/get-company";
import { rankingQueryString } from "@/lib/data/contributions/params";
import { getDb } from "@/lib/db/prisma";
import { formatNumber, formatPercent } from "@/lib/format";

export const dynamic = "force-dynamic";

// Resolved before the page streams, so an unknown slug answers a real HTTP 404 (not a 200 with a not-found body).
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const found = /^[a-z0-9-]{1,80}$/.test(slug) ? await getDb().company.findUnique({ where: { slug }, select: { displayName: true } }) : null;
  if (!found) notFound();
  return { title: `${found.displayName} · Companies` };
}

export default async function CompanyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) notFound();
  const [c, footprint] = await Promise.all([getCompany(getDb(), slug), getCompanyFootprint(getDb(), slug)]);
  if (!c) notFound();
  const contributions = c.totals.filter((t) => t.metric === "Contributions");
  const headline = ["Last century", "Last year", "Last quarter"].map((r) => contributions.find((t) => t.range === r)).filter((t) => !!t);
  const metrics = [...new Set(c.totals.map((t) => t.metric))];
  const ranges = [...new Set(c.totals.map((t) => t.range))];
  const raws = c.rawNames.filter((r, i, a) => r.source === "devstats" && a.findIndex((x) => x.raw === r.raw && x.source === r.source) === i);
  const elsewhere = [...new Set(c.rawNames.filter((r) => r.source !== "devstats" && !raws.some((d) => d.raw === r.raw)).map((r) => `${r.raw} (${r.source})`))];
  return (
    <>
      <PageHeader
        title={c.name}
        subtitle={
          <>
            DevStats name{raws.length > 1 ? "s" : ""}: {raws.map((r) => r.raw).join(", ") || "–"}
            {c.legalName && !raws.some((r) => r.raw === c.legalName) ? ` (legal name ${c.legalName})` : ""}
            {elsewhere.length ? <span className="block text-sm">Also written as: {elsewhere.join(", ")}</span> : null}
          </>
        }
        actions={
          <>
            <Link className="btn" href={`/compare?c=${c.slug},${c.slug === "google" ? "red-hat" : "google"}`}>Compare…</Link>
            <a className="btn" href={`/api/v1/companies/${c.slug}?format=csv`} download>Monthly CSV</a>
          </>
        }
      />
      {headline.length > 0 ? (
        <div className="mb-4 grid gap-3 sm:grid-cols-3">
          {headline.map((t) => (
            <Stat key={t.range} label={`Contributions, ${t.range}`} value={formatNumber(t.value)} hint={`#${t.rank} · ${formatPercent(t.share)} of all`} href={`/companies${rankingQueryString({ range: t.range })}`} />
          ))}
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-4 [&>*]:min-w-0">
        <CompanyFootprintCards footprint={footprint} companyName={c.name} companySlug={c.slug} />
        <Card title={`Monthly ${c.seriesMetric}`} id="series">
          {c.series.length ? (
            <>
              <SeriesChart data={c.series.map((p) => ({ t: p.t, values: [p.value] }))} names={[c.name]} label={`${c.name}: ${c.seriesMetric} per month, all repositories`} />
              <YearlyTable data={c.series.map((p) => ({ t: p.t, values: [p.value] }))} names={[c.name]} caption={`${c.name} contributions per year`} />
            </>
          ) : (
            <EmptyState title="No monthly series for this company">DevStats company statistics exports list only the top companies.</EmptyState>
          )}
        </Card>
        {c.totals.length > 0 ? (
        <Card title="Totals by metric and range" id="totals">
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th>Range</th>
                  {metrics.map((m) => (
                    <th key={m} className="num">{m}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ranges.map((r) => (
                  <tr key={r}>
                    <td>{r}</td>
                    {metrics.map((m) => {
                      const t = c.totals.find((x) => x.metric === m && x.range === r);
                      return (
                        <td key={m} className="num" title={t ? `rank ${t.rank}, ${formatPercent(t.share)} of all` : undefined}>
                          {t ? formatNumber(t.value) : "–"}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
        ) : null}
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 [&>*]:min-w-0">
          <Card title="By SIG (repository group)" id="sigs">
            {c.byRepoGroup.length ? (
              <div className="table-wrap">
                <table className="data-table">
                  <thead>
                    <tr><th>Repository group</th><th className="num">All time</th><th className="num" title="share among the companies the group export lists">Share of listed</th><th className="num">Last 12 months</th></tr>
                  </thead>
                  <tbody>
                    {c.byRepoGroup.map((g) => (
                      <tr key={g.repoGroup}>
                        <td><Link href={`/companies${rankingQueryString({ repoGroup: g.repoGroup, range: "Last year" })}`}>{g.repoGroup}</Link></td>
                        <td className="num">{formatNumber(g.value)}</td>
                        <td className="num">{formatPercent(g.share)}</td>
                        <td className="num">{formatNumber(g.lastYear)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <EmptyState title="No per-SIG data">This company is not among the top companies of any repository group export.</EmptyState>
            )}
          </Card>
          <Card title="Top developers" id="developers">
            {c.developers.length ? (
              <>
                <p className="muted mb-2 text-sm">{c.developersScope?.metric}, {c.developersScope?.range}, all repositories (DevStats developer activity by company).</p>
                <div className="table-wrap">
                  <table className="data-table">
                    <thead><tr><th className="num">#</th><th>GitHub login</th><th className="num">{c.developersScope?.metric}</th></tr></thead>
                    <tbody>
                      {c.developers.map((d) => (
                        <tr key={d.login}><td className="num">{d.rank}</td><td>{d.login}</td><td className="num">{formatNumber(d.value)}</td></tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            ) : (
              <EmptyState title="No developer list">No DevStats developer export covers this company.</EmptyState>
            )}
          </Card>
        </div>
      </div>
      <SourceNote sources={[c.source]} note="Headline shares are of the DevStats “All” total for the same metric and range; the latest month may be partial." />
      <MetricDefinitions />
    </>
  );
}
