// /vendors/[slug]: a vendor's certified products with status and lapse dates as of a date.
import Link from "next/link";
import { notFound } from "next/navigation";
import { AsOfNote } from "@/components/conformance/as-of-note";
import { StatusLabel } from "@/components/conformance/status-label";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SourceNote } from "@/components/ui/source-note";
import { parseAsOf } from "@/lib/conformance/as-of";
import { getDb } from "@/lib/db/prisma";
import { getVendor } from "@/lib/data/conformance/get-vendor";
import { PRODUCT_TYPE_LABEL } from "@/lib/ingest/conformance/normalise";
import { formatVersionRanges } from "@/lib/conformance/version-ranges";
import { firstParam, type SearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";

export default async function VendorPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: SearchParams }) {
  const { slug } = await params;
  const asOf = parseAsOf(firstParam(await searchParams, "asOf"));
  if (!asOf.ok) return <EmptyState title="That as-of date is not valid">{asOf.error}.</EmptyState>;
  const v = await getVendor(getDb(), decodeURIComponent(slug).toLowerCase(), asOf.asOf);
  if (!v) notFound();
  const q = asOf.isDefault ? "" : `?asOf=${asOf.asOf}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/conformance${q}`}>← Certified Kubernetes</Link>
      </p>
      <PageHeader
        title={v.name}
        subtitle={
          <>
            {v.products.length} certified product{v.products.length === 1 ? "" : "s"}.
            {v.hasContributions ? (
              <>
                {" "}
                <Link href={`/companies/${v.slug}`}>Contributions to Kubernetes</Link>
              </>
            ) : null}
          </>
        }
      />
      <AsOfNote asOf={asOf.asOf} isDefault={asOf.isDefault} snapshot={v.sources.find((s) => s.label.startsWith("Certified"))?.asOf ?? null} path={`/vendors/${v.slug}`} />
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col" className="hidden sm:table-cell">
                Type
              </th>
              <th scope="col">Versions</th>
              <th scope="col">Status and lapse date</th>
            </tr>
          </thead>
          <tbody>
            {v.products.map((r) => (
              <tr key={r.slug}>
                <th scope="row">
                  <Link href={`/conformance/${encodeURIComponent(r.slug)}${q}`}>{r.name}</Link>
                </th>
                <td className="hidden sm:table-cell">{PRODUCT_TYPE_LABEL[r.type]}</td>
                <td>{formatVersionRanges(r.versions)}</td>
                <td>
                  <StatusLabel status={r.status} />
                  <div className="muted whitespace-nowrap text-xs tabular-nums">{r.lapsesOn ? `${r.status === "lapsed" ? "lapsed" : "lapses"} ${r.lapsesOn}` : "no lapse date yet"}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SourceNote sources={v.sources} />
    </>
  );
}
