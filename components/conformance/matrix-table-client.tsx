"use client";
// The products × versions table, rendered from compact rows (tuples + a version bitmask) so the page's
// flight data stays small; server-side rendering still produces the full table HTML.
import Link from "next/link";
import s from "./matrix.module.css";

/** [slug, name, vendor, type label, status, lapsesOn, version bitmask, flagged] */
export type CompactRow = [string, string, string, string, "certified" | "expiring" | "lapsed" | "not_yet_certified", string | null, number, 0 | 1];

const LABEL = { certified: "Certified", expiring: "Expiring", lapsed: "Lapsed", not_yet_certified: "Not yet certified" } as const;

interface Props {
  rows: CompactRow[];
  versions: string[];
  /** header count per version ("122" or "12/122") */
  counts: string[];
  /** [label, href, aria-sort] for Product, Vendor, Status headers */
  sortLinks: [string, string, "ascending" | "descending" | undefined][];
  asOfQuery: string;
}

/** Matrix body and sticky header. */
export function MatrixTableClient({ rows, versions, counts, sortLinks, asOfQuery }: Props) {
  const [product, vendor, status] = sortLinks as [Props["sortLinks"][number], Props["sortLinks"][number], Props["sortLinks"][number]];
  return (
    <div className={s.wrap}>
      <table className={s.t} aria-label="Certified Kubernetes products by Kubernetes version">
        <thead>
          <tr>
            <th scope="col" aria-sort={product[2]}>
              <Link href={product[1]} scroll={false}>{product[0]}</Link>
            </th>
            <th scope="col" className={s.hs} aria-sort={vendor[2]}>
              <Link href={vendor[1]} scroll={false}>{vendor[0]}</Link>
            </th>
            <th scope="col" className={s.hs}>
              Type
            </th>
            <th scope="col" aria-sort={status[2]}>
              <Link href={status[1]} scroll={false}>{status[0]}</Link>
            </th>
            {versions.map((v, i) => (
              <th scope="col" key={v}>
                v{v}
                <span className={s.n}>{counts[i]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([slug, name, vend, type, st, lapses, mask, flagged]) => (
            <tr key={slug}>
              <th scope="row">
                {/* plain anchors: 200+ next/link instances cost render and hydration time for no gain here */}
                <a href={`/conformance/${encodeURIComponent(slug)}${asOfQuery}`}>{name}</a>
                {flagged ? " ⚠" : null}
              </th>
              <td className={s.hs}>{vend}</td>
              <td className={s.hs}>{type}</td>
              <td>
                <span className={s[st]}>{LABEL[st]}</span>
                {lapses ? <span className={s.d}>{lapses}</span> : null}
              </td>
              {versions.map((v, i) => (
                <td key={v}>{mask & (1 << i) ? "✓" : ""}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
