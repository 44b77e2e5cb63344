// Server wrapper of the matrix: turns MatrixData into compact props for MatrixTableClient (lean page payload).
import { PRODUCT_TYPE_LABEL } from "@/lib/ingest/conformance/normalise";
import type { MatrixData } from "@/lib/data/conformance/dto";
import { MatrixTableClient, type CompactRow } from "./matrix-table-client";

/** Link that sorts by `col` (toggling direction when already sorted by it), keeping the other filters. */
function sortLink(label: string, col: string, sort: string, dir: string, base: URLSearchParams): [string, string, "ascending" | "descending" | undefined] {
  const q = new URLSearchParams(base);
  const active = sort === col;
  q.set("sort", col);
  if (active && dir !== "desc") q.set("dir", "desc");
  else q.delete("dir");
  return [`${label}${active ? (dir === "desc" ? " ↓" : " ↑") : ""}`, `?${q.toString()}`, active ? (dir === "desc" ? "descending" : "ascending") : undefined];
}

/** The matrix; `base` holds the current filters so sort links keep them. */
export function MatrixTable({ data, base, sort, dir }: { data: MatrixData; base: URLSearchParams; sort: string; dir: string }) {
  const index = new Map(data.versions.map((v, i) => [v, i]));
  const rows: CompactRow[] = data.rows.map((r) => [
    r.slug,
    r.name,
    r.vendor,
    PRODUCT_TYPE_LABEL[r.type],
    r.status,
    r.lapsesOn,
    r.versions.reduce((m, v) => m | (1 << (index.get(v) ?? 0)), 0),
    r.flagged ? 1 : 0,
  ]);
  const counts = data.versions.map((v) => ((data.shown[v] ?? 0) === data.totals[v] ? String(data.totals[v]) : `${data.shown[v] ?? 0}/${data.totals[v]}`));
  return (
    <MatrixTableClient
      rows={rows}
      versions={data.versions}
      counts={counts}
      sortLinks={[sortLink("Product", "name", sort, dir, base), sortLink("Vendor", "vendor", sort, dir, base), sortLink("Status", "status", sort, dir, base)]}
      asOfQuery={base.get("asOf") ? `?asOf=${base.get("asOf")}` : ""}
    />
  );
}
