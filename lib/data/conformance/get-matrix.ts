// The /conformance matrix: products × Kubernetes versions with status as of a date, filtered and sorted.
import "server-only";
import type { Db } from "@/lib/db/prisma";
import { minorSortKey } from "@/lib/ingest/conformance/normalise";
import { productStatus } from "@/lib/conformance/lapse";
import { countsOnAsOf, loadReleasesAndSources } from "./common";
import type { MatrixData, MatrixRow } from "./dto";

/** Filters and sort of the matrix (all from the URL). */
export interface MatrixParams {
  asOf: string;
  type?: string;
  vendor?: string;
  status?: string;
  version?: string;
  q?: string;
  sort?: "name" | "vendor" | "status" | "latest" | "lapses";
  dir?: "asc" | "desc";
}

interface Row {
  slug: string;
  name: string;
  vendor_raw: string;
  type: string;
  company_slug: string | null;
  company_name: string | null;
  versions: string[];
  certified_on: (string | null)[];
  flagged: boolean;
}

/** Every product with its certifications as of `asOf` (one query for the products, one for releases + sources). */
export async function loadMatrixRows(db: Db, asOf: string, where: { companySlug?: string } = {}): Promise<{ rows: MatrixRow[]; totals: Record<string, number>; versions: string[]; sources: MatrixData["sources"] }> {
  const [{ releases, sources }, raw] = await Promise.all([
    loadReleasesAndSources(db),
    db.$queryRaw<Row[]>`
      SELECT p.slug, p.name, p.vendor_raw, p.type, co.slug AS company_slug, co.display_name AS company_name,
             array_agg(c.k8s_version ORDER BY c.k8s_version) AS versions,
             array_agg(to_char(c.certified_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') ORDER BY c.k8s_version) AS certified_on,
             bool_or(jsonb_array_length(c.warnings) > 0) AS flagged
      FROM conformance_product p
      JOIN certification c ON c.product_id = p.id
      LEFT JOIN company co ON co.id = p.company_id
      WHERE ${where.companySlug ?? null}::text IS NULL
         OR p.id IN (SELECT c2.product_id FROM certification c2 JOIN company k ON k.id = c2.company_id WHERE k.slug = ${where.companySlug ?? null}::text)
      GROUP BY p.id, co.slug, co.display_name`,
  ]);
  const totals: Record<string, number> = {};
  const rows: MatrixRow[] = [];
  for (const r of raw) {
    const certs = r.versions.map((minor, i) => ({ minor, certifiedOn: r.certified_on[i] ?? null })).filter((c) => countsOnAsOf(c.minor, c.certifiedOn, releases, asOf));
    if (certs.length === 0) continue;
    const versions = [...new Set(certs.map((c) => c.minor))].sort((a, b) => minorSortKey(a) - minorSortKey(b));
    for (const v of versions) totals[v] = (totals[v] ?? 0) + certs.filter((c) => c.minor === v).length;
    const s = productStatus(certs, releases, asOf);
    rows.push({
      slug: r.slug,
      name: r.name,
      vendor: r.company_name ?? r.vendor_raw,
      vendorSlug: r.company_slug,
      type: r.type as MatrixRow["type"],
      versions,
      latestVersion: versions.at(-1) ?? null,
      status: s.status,
      lapsesOn: s.lapsesOn,
      statusReason: s.reason,
      flagged: r.flagged,
    });
  }
  const versions = Object.keys(totals).sort((a, b) => minorSortKey(a) - minorSortKey(b));
  return { rows, totals, versions, sources };
}

const collator = new Intl.Collator("en", { sensitivity: "base" });
/** Earlier lapse first; open-ended (null) last. */
const byLapse = (a: MatrixRow, b: MatrixRow) => {
  const x = a.lapsesOn ?? "9999-99-99";
  const y = b.lapsesOn ?? "9999-99-99";
  return x < y ? -1 : x > y ? 1 : 0;
};
const STATUS_ORDER = { certified: 0, expiring: 1, lapsed: 2, not_yet_certified: 3 } as const;

/** Sort rows by a column; ties by name. */
export function sortMatrixRows(rows: MatrixRow[], sort: MatrixParams["sort"] = "name", dir: MatrixParams["dir"] = "asc"): MatrixRow[] {
  const byName = (a: MatrixRow, b: MatrixRow) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1);
  const cmp: Record<NonNullable<MatrixParams["sort"]>, (a: MatrixRow, b: MatrixRow) => number> = {
    name: byName,
    vendor: (a, b) => collator.compare(a.vendor, b.vendor),
    status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byLapse(a, b),
    latest: (a, b) => minorSortKey(a.latestVersion ?? "0.0") - minorSortKey(b.latestVersion ?? "0.0"),
    lapses: byLapse,
  };
  const sign = dir === "desc" ? -1 : 1;
  return [...rows].sort((a, b) => sign * cmp[sort](a, b) || byName(a, b));
}

/** The matrix as of a date with filters (type, vendor slug, status, version, text) and sorting applied. */
export async function getConformanceMatrix(db: Db, p: MatrixParams): Promise<MatrixData> {
  const { rows, totals, versions, sources } = await loadMatrixRows(db, p.asOf);
  const q = p.q?.trim().toLowerCase();
  const filtered = rows.filter(
    (r) =>
      (!p.type || r.type === p.type) &&
      (!p.vendor || r.vendorSlug === p.vendor) &&
      (!p.status || r.status === p.status || (p.status === "valid" && (r.status === "certified" || r.status === "expiring"))) &&
      (!p.version || r.versions.includes(p.version)) &&
      (!q || r.name.toLowerCase().includes(q) || r.vendor.toLowerCase().includes(q) || r.slug.includes(q)),
  );
  const shown: Record<string, number> = {};
  for (const r of filtered) for (const v of r.versions) shown[v] = (shown[v] ?? 0) + 1;
  const vendors = new Map<string, string>();
  for (const r of rows) if (r.vendorSlug) vendors.set(r.vendorSlug, r.vendor);
  return {
    asOf: p.asOf,
    versions,
    totals,
    shown,
    productCount: rows.length,
    rows: sortMatrixRows(filtered, p.sort, p.dir),
    vendors: [...vendors].map(([slug, name]) => ({ slug, name })).sort((a, b) => collator.compare(a.name, b.name)),
    sources,
  };
}
