// /conformance/[product]: one product's certification timeline, status and lapse date, vendor history, links and AI results.
import Link from "next/link";
import { headers } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import type { Metadata } from "next";
import { AsOfNote } from "@/components/conformance/as-of-note";
import { AiCell } from "@/components/conformance/ai-cell";
import { AI_STATUS_LABEL, StatusLabel } from "@/components/conformance/status-label";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SafeLink } from "@/components/ui/safe-link";
import { SourceNote } from "@/components/ui/source-note";
import { parseAsOf } from "@/lib/conformance/as-of";
import { addDays } from "@/lib/conformance/dates";
import { getDb } from "@/lib/db/prisma";
import { getConformanceProduct } from "@/lib/data/conformance/get-product";
import { PRODUCT_TYPE_LABEL } from "@/lib/ingest/conformance/normalise";
import { firstParam, type SearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";

const dayBefore = (iso: string) => addDays(iso, -1);

// Metadata resolves before the streamed body, so notFound() here gives unknown products a real 404 status.
export async function generateMetadata({ params }: { params: Promise<{ product: string }> }): Promise<Metadata> {
  const slug = decodeURIComponent((await params).product).toLowerCase();
  const found = await getDb().product.findUnique({ where: { slug }, select: { name: true } });
  if (!found) notFound();
  return { title: `${found.name} · Certified Kubernetes` };
}

export default async function ProductPage({ params, searchParams }: { params: Promise<{ product: string }>; searchParams: SearchParams }) {
  const raw = decodeURIComponent((await params).product);
  const slug = raw.toLowerCase();
  const asOf = parseAsOf(firstParam(await searchParams, "asOf"));
  // One slug per product: /conformance/ZStack-Edge → /conformance/zstack-edge
  if (raw !== slug) permanentRedirect(`/conformance/${encodeURIComponent(slug)}${asOf.ok && !asOf.isDefault ? `?asOf=${asOf.asOf}` : ""}`);
  if (!asOf.ok) return <EmptyState title="That as-of date is not valid">{asOf.error}.</EmptyState>;
  const p = await getConformanceProduct(getDb(), slug, asOf.asOf);
  if (!p) notFound();
  const latest = p.certifications[0]!;
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const q = asOf.isDefault ? "" : `?asOf=${asOf.asOf}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/conformance${q}`}>← Certified Kubernetes</Link>
      </p>
      <PageHeader
        title={p.name}
        subtitle={
          <>
            {PRODUCT_TYPE_LABEL[p.type]} by{" "}
            {p.company ? <Link href={`/vendors/${p.company.slug}${q}`}>{p.company.name}</Link> : p.vendor}
            {p.company?.hasContributions ? (
              <>
                {" "}
                · <Link href={`/companies/${p.company.slug}`}>{p.company.name}&apos;s contributions to Kubernetes</Link>
              </>
            ) : null}
          </>
        }
        actions={
          <a className="btn" href={`/api/v1/conformance/${encodeURIComponent(p.slug)}?format=csv${q ? `&${q.slice(1)}` : ""}`} download>
            Download CSV
          </a>
        }
      />
      <AsOfNote asOf={asOf.asOf} isDefault={asOf.isDefault} snapshot={p.sources.find((s) => s.label.startsWith("Certified"))?.asOf ?? null} path={`/conformance/${encodeURIComponent(p.slug)}`} />
      <div className="grid gap-4 md:grid-cols-3">
        <Card title="Status" className="md:col-span-1">
          <p className="text-lg" data-testid="product-status">
            <StatusLabel status={p.status} />
          </p>
          <p className="mt-2 text-sm" data-testid="lapse-date">
            {p.lapsesOn
              ? p.status === "lapsed"
                ? `Lapsed on ${p.lapsesOn}`
                : `Lapses on ${p.lapsesOn} (valid through ${dayBefore(p.lapsesOn)})`
              : p.status === "not_yet_certified"
                ? `Not certified yet on ${asOf.asOf}`
                : "No lapse date yet"}
          </p>
          <p className="muted mt-1 text-xs">
            {p.statusVersion ? `Decided by the v${p.statusVersion} certification: ` : ""}
            {p.statusReason}. As of {p.asOf}.
          </p>
        </Card>
        <Card title="About" className="md:col-span-2">
          {latest.description ? <p className="text-sm whitespace-pre-line">{latest.description}</p> : null}
          <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="muted">Website</dt>
            <dd className="break-all">{latest.websiteUrl ? <SafeLink href={latest.websiteUrl} /> : "–"}</dd>
            <dt className="muted">Documentation</dt>
            <dd className="break-all">{latest.documentationUrl ? <SafeLink href={latest.documentationUrl} /> : "–"}</dd>
            <dt className="muted">Source</dt>
            <dd className="break-all">{latest.repoUrl ? <SafeLink href={latest.repoUrl} /> : "–"}</dd>
            <dt className="muted">Vendor history</dt>
            <dd>
              {p.vendorHistory.map((h, i) => (
                <span key={i}>
                  {i > 0 ? " → " : ""}
                  {h.vendor} (v{h.from}
                  {h.to !== h.from ? `–v${h.to}` : ""})
                </span>
              ))}
            </dd>
          </dl>
        </Card>
      </div>
      <Card title="Certification timeline" className="mt-4">
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Kubernetes</th>
                <th scope="col">Product version</th>
                <th scope="col">Certified (merged)</th>
                <th scope="col">Lapses on</th>
                <th scope="col">Status</th>
                <th scope="col">Submission</th>
              </tr>
            </thead>
            <tbody>
              {p.certifications.map((c) => (
                <tr key={c.sourcePath}>
                  <th scope="row">v{c.k8sVersion}</th>
                  <td>
                    {c.productVersion}
                    {c.name !== p.name ? <div className="muted text-xs">as “{c.name}”</div> : null}
                  </td>
                  <td className="whitespace-nowrap tabular-nums">{c.certifiedAt ? c.certifiedAt.slice(0, 10) : "unknown"}</td>
                  <td className="whitespace-nowrap tabular-nums" title={c.lapseReason}>
                    {c.lapsesOn ?? <span className="muted whitespace-normal">open: {c.lapseReason}</span>}
                  </td>
                  <td>
                    <StatusLabel status={c.status} />
                  </td>
                  <td>
                    <SafeLink href={c.upstreamUrl}>{c.sourcePath}</SafeLink>
                    {c.warnings.length ? (
                      <ul className="mt-1 text-xs" style={{ color: "var(--warn)" }}>
                        {c.warnings.map((w, i) => (
                          <li key={i}>⚠ {w}</li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      {p.ai.length ? (
        <Card title="Kubernetes AI conformance" className="mt-4">
          {p.ai.map((s) => (
            <div key={s.sourcePath} className="mb-4">
              <p className="text-sm">
                <strong>{s.platformName}</strong> {s.platformVersion} against checklist v{s.checklistVersion}, merged {s.mergedAt?.slice(0, 10) ?? "on an unknown date"}:{" "}
                <strong>{AI_STATUS_LABEL[s.status]}</strong>
                {s.lapsesOn ? ` (valid until ${s.lapsesOn})` : ""}. <span className="muted">{s.statusReason}.</span>{" "}
                <Link href={`/conformance/ai?version=${s.checklistVersion}${q ? `&${q.slice(1)}` : ""}`}>All platforms</Link>
              </p>
              <div className="table-wrap mt-2">
                <table className="data-table">
                  <tbody>
                    {s.results.map((r) => (
                      <tr key={r.reqId}>
                        <th scope="row" className="text-xs">
                          {r.reqId} <span className="muted">{r.level}</span>
                        </th>
                        <td>
                          <AiCell result={r} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          ))}
        </Card>
      ) : null}
      <p className="mt-4 text-sm">
        README badge: <code className="break-all">{`[![Certified Kubernetes](${origin}/badges/conformance/${encodeURIComponent(p.slug)}.svg)](${origin}/conformance/${encodeURIComponent(p.slug)})`}</code>{" "}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={`/badges/conformance/${encodeURIComponent(p.slug)}.svg${q}`} alt={`Badge for ${p.name}`} height={20} className="inline align-middle" />
      </p>
      <SourceNote sources={p.sources} />
    </>
  );
}
