// The products × Kubernetes versions table (server component, lean markup: one ✓ per certification).
import Link from "next/link";
import { PRODUCT_TYPE_LABEL } from "@/lib/ingest/conformance/normalise";
import type { MatrixData } from "@/lib/data/conformance/dto";
import s from "./matrix.module.css";
import { StatusLabel } from "./status-label";

/** Column header that sorts the matrix (toggles direction when already sorted by it). */
function SortHeader({ label, col, sort, dir, base, className }: { label: string; col: string; sort: string; dir: string; base: URLSearchParams; className?: string }) {
  const q = new URLSearchParams(base);
  const active = sort === col;
  q.set("sort", col);
  if (active && dir !== "desc") q.set("dir", "desc");
  else q.delete("dir");
  return (
    <th scope="col" className={className} aria-sort={active ? (dir === "desc" ? "descending" : "ascending") : undefined}>
      <Link href={`?${q.toString()}`} scroll={false}>
        {label}
        {active ? (dir === "desc" ? " ↓" : " ↑") : ""}
      </Link>
    </th>
  );
}

/** The matrix; `base` holds the current filters so sort links keep them. */
export function MatrixTable({ data, base, sort, dir }: { data: MatrixData; base: URLSearchParams; sort: string; dir: string }) {
  const asOfQ = base.get("asOf") ? `?asOf=${base.get("asOf")}` : "";
  return (
    <div className={s.wrap}>
      <table className={s.t} aria-label="Certified Kubernetes products by Kubernetes version">
        <thead>
          <tr>
            <SortHeader label="Product" col="name" sort={sort} dir={dir} base={base} />
            <SortHeader label="Vendor" col="vendor" sort={sort} dir={dir} base={base} className={s.hs} />
            <th scope="col" className={s.hs}>
              Type
            </th>
            <SortHeader label="Status" col="status" sort={sort} dir={dir} base={base} />
            {data.versions.map((v) => (
              <th scope="col" key={v}>
                v{v}
                <span className={s.n} title={`${data.shown[v] ?? 0} shown of ${data.totals[v]} certifications for v${v}`}>
                  {(data.shown[v] ?? 0) === data.totals[v] ? data.totals[v] : `${data.shown[v] ?? 0}/${data.totals[v]}`}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.slug}>
              <th scope="row">
                <Link href={`/conformance/${encodeURIComponent(r.slug)}${asOfQ}`} prefetch={false}>
                  {r.name}
                </Link>
                {r.flagged ? " ⚠" : null}
              </th>
              <td className={s.hs}>{r.vendor}</td>
              <td className={s.hs}>{PRODUCT_TYPE_LABEL[r.type]}</td>
              <td>
                <StatusLabel status={r.status} />
                {r.lapsesOn ? <span className={s.d}>{r.lapsesOn}</span> : null}
              </td>
              {data.versions.map((v) => (
                <td key={v}>{r.versions.includes(v) ? "✓" : ""}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
