// The overview's three sections (governance, contributions, conformance) as headline figures with links.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { SourceNote } from "@/components/ui/source-note";
import { Stat } from "@/components/ui/stat";
import { formatNumber, formatPercent } from "@/lib/format";
import type { Overview } from "@/lib/data/overview/get-overview";

/** A short top-5 list: company, value and share. */
function TopList({ title, rows, unit, href }: { title: string; rows: Overview["topContributors"]; unit: string; href: (slug: string) => string }) {
  if (rows.length === 0) return null;
  return (
    <div className="mt-4">
      <h3 className="muted mb-1 text-xs font-semibold uppercase tracking-wide">{title}</h3>
      <ol className="text-sm">
        {rows.map((r, i) => (
          <li key={`${r.slug ?? r.name}-${i}`} className="flex justify-between gap-2 border-b py-1 last:border-0" style={{ borderColor: "var(--border)" }}>
            <span>
              <span className="muted mr-2 tabular-nums">{i + 1}</span>
              {r.slug ? <Link href={href(r.slug)}>{r.name}</Link> : r.name}
            </span>
            <span className="tabular-nums">
              {formatNumber(r.value)} {unit}
              {r.share !== null ? <span className="muted"> · {formatPercent(r.share)}</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function sourcesFor(o: Overview, section: string) {
  return o.datasets.filter((d) => d.section === section).map((d) => ({ label: d.label, upstream: d.upstream, asOf: d.asOf }));
}

/** Headline figures per section, each linking to its pages and citing its sources. */
export function OverviewSections({ overview: o }: { overview: Overview }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card title="Who governs" actions={<Link href="/groups">All groups →</Link>}>
        <div className="grid grid-cols-2 gap-3">
          <Stat label="SIGs" value={formatNumber(o.groups.sig)} href="/groups?kind=sig" />
          <Stat label="Working groups" value={formatNumber(o.groups.wg)} href="/groups?kind=wg" />
          <Stat label="Committees" value={formatNumber(o.groups.committee)} href="/groups?kind=committee" />
          <Stat label="User groups" value={formatNumber(o.groups.usergroup)} href="/groups?kind=usergroup" />
        </div>
        <p className="mt-3 text-sm">
          <Link href="/groups/leadership">{formatNumber(o.people)} people</Link> hold a chair or tech-lead seat.
        </p>
        <TopList title="Most leadership seats" rows={o.topLeadership} unit="seats" href={(slug) => `/companies/${slug}`} />
        <SourceNote sources={sourcesFor(o, "governance")} />
      </Card>
      <Card title="Who builds" actions={<Link href="/companies">Rankings →</Link>}>
        <div className="grid grid-cols-2 gap-3">
          <Stat label="Contributing companies" value={formatNumber(o.companies.withContributions)} href="/companies" />
          <Stat label="Companies known" value={formatNumber(o.companies.total)} hint="across DevStats, leads and vendors" />
        </div>
        <p className="mt-3 text-sm">
          Rank companies by contributions for any range and SIG, or <Link href="/compare">compare vendors</Link>.
        </p>
        <TopList title="Most contributions, all time" rows={o.topContributors} unit="" href={(slug) => `/companies/${slug}`} />
        <SourceNote sources={sourcesFor(o, "contributions")} />
      </Card>
      <Card title="Who certifies" actions={<Link href="/conformance">Matrix →</Link>}>
        <div className="grid grid-cols-2 gap-3">
          <Stat label="Certified products" value={formatNumber(o.conformance.products)} href="/conformance" hint={`${formatNumber(o.conformance.certifications)} certifications`} />
          <Stat
            label={o.conformance.newestVersion ? `Certified for v${o.conformance.newestVersion}` : "Newest version"}
            value={formatNumber(o.conformance.productsOnNewest)}
            href={o.conformance.newestVersion ? `/conformance?version=${o.conformance.newestVersion}` : "/conformance"}
          />
          <Stat label="AI-conformant platforms" value={formatNumber(o.conformance.aiPlatforms)} href="/conformance/ai" />
          <Stat label="Kubernetes minors" value={formatNumber(o.releases.count)} hint={o.releases.newest ? `newest v${o.releases.newest} (${o.releases.newestDate})` : undefined} />
        </div>
        <SourceNote sources={[...sourcesFor(o, "conformance"), ...sourcesFor(o, "platform")]} />
      </Card>
    </div>
  );
}
