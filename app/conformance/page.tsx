// /conformance: Certified Kubernetes products × versions, status and lapse dates as of a date; filters in the URL.
import Link from "next/link";
import type { Metadata } from "next";
import { AsOfNote } from "@/components/conformance/as-of-note";
import { MatrixFilters } from "@/components/conformance/matrix-filters";
import { MatrixTable } from "@/components/conformance/matrix-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SourceNote } from "@/components/ui/source-note";
import { parseAsOf } from "@/lib/conformance/as-of";
import { getDb } from "@/lib/db/prisma";
import { getConformanceMatrix } from "@/lib/data/conformance/get-matrix";
import { MatrixQuery } from "@/lib/data/conformance/params";
import { firstParam, parseSearchParams, type SearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Certified Kubernetes" };

export default async function ConformancePage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const asOf = parseAsOf(firstParam(sp, "asOf"));
  if (!asOf.ok) {
    return (
      <>
        <PageHeader title="Certified Kubernetes" />
        <EmptyState title="That as-of date is not valid">
          <p>{asOf.error}.</p>
          <p className="mt-2">
            <Link href="/conformance">Show today&apos;s status</Link>
          </p>
        </EmptyState>
      </>
    );
  }
  const q = parseSearchParams(MatrixQuery, sp);
  const data = await getConformanceMatrix(getDb(), { asOf: asOf.asOf, ...q });
  const base = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...q, asOf: asOf.isDefault ? undefined : asOf.asOf })) if (v) base.set(k, String(v));
  const csv = new URLSearchParams(base);
  csv.set("format", "csv");
  const snapshot = data.sources.find((s) => s.label.startsWith("Certified"))?.asOf ?? null;
  const filtered = data.rows.length !== data.productCount;
  return (
    <>
      <PageHeader
        title="Certified Kubernetes"
        subtitle="Every product certified by the CNCF Certified Kubernetes programme, by Kubernetes version, with the date its certification lapses."
        actions={
          <>
            <Link className="btn" href="/conformance/ai">
              AI conformance matrix
            </Link>
            <a className="btn" href={`/api/v1/conformance?${csv.toString()}`} download>
              Download CSV
            </a>
          </>
        }
      />
      <AsOfNote asOf={asOf.asOf} isDefault={asOf.isDefault} snapshot={snapshot} path="/conformance" />
      {data.productCount === 0 ? (
        <EmptyState title="No certifications loaded">
          <p>
            Load the bundled snapshot with <code>npm run ingest -- data/conformance</code>.
          </p>
        </EmptyState>
      ) : (
        <>
          <MatrixFilters values={{ ...q, asOf: asOf.isDefault ? undefined : asOf.asOf }} vendors={data.vendors} versions={data.versions} />
          <p className="mb-2 text-sm" aria-live="polite">
            {filtered ? `${data.rows.length} of ${data.productCount} products` : `${data.productCount} products`}; column headers count certifications per
            version{filtered ? " (shown / all)" : ""}. ⚠ marks a product whose files had problems (see its page).
          </p>
          {data.rows.length === 0 ? (
            <EmptyState title="No product matches these filters">
              <Link href={asOf.isDefault ? "/conformance" : `/conformance?asOf=${asOf.asOf}`}>Clear filters</Link>
            </EmptyState>
          ) : (
            <MatrixTable data={data} base={base} sort={q.sort ?? "name"} dir={q.dir ?? "asc"} />
          )}
        </>
      )}
      <p className="muted mt-3 text-xs">
        A certification for Kubernetes x.y is valid until the later of 12 months after x.y&apos;s release and 9 months after x.y+1&apos;s release;
        &ldquo;expiring&rdquo; means it lapses within 60 days. A product&apos;s status comes from its longest-valid certification.
      </p>
      <SourceNote sources={data.sources} />
    </>
  );
}
