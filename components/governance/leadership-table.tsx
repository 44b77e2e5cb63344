// Leadership-by-company table: sortable column headers (URL ?sort=), share bars, and the people behind each row.
import Link from "next/link";
import type { LeadershipT } from "@/lib/data/governance/dto";
import { formatShare, type LeadershipSort } from "@/lib/governance/leadership";

const COLS: { key: LeadershipSort; label: string; num: boolean }[] = [
  { key: "company", label: "Company", num: false },
  { key: "seats", label: "Seats", num: true },
  { key: "chairs", label: "Chairs", num: true },
  { key: "tech_leads", label: "Tech leads", num: true },
  { key: "people", label: "People", num: true },
  { key: "groups", label: "Groups", num: true },
];

/** The table; the share column's bar is decorative (the number is the text alternative). */
export function LeadershipTable({ data }: { data: LeadershipT }) {
  const max = Math.max(...data.rows.map((r) => r.share), 0.0001);
  return (
    <div className="table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            {COLS.map((c) => (
              <th key={c.key} scope="col" className={c.num ? "num" : undefined} aria-sort={data.sort === c.key ? (c.key === "company" ? "ascending" : "descending") : undefined}>
                <Link href={c.key === "seats" ? "/groups/leadership" : `/groups/leadership?sort=${c.key}`} className="no-underline" style={{ color: data.sort === c.key ? "var(--fg)" : undefined }}>
                  {c.label}
                  {data.sort === c.key ? (c.key === "company" ? " ▲" : " ▼") : ""}
                </Link>
              </th>
            ))}
            <th scope="col" className="min-w-40">
              Share of all seats
            </th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.slug ?? "none"}>
              <td className="min-w-56">
                <details>
                  <summary className="cursor-pointer font-medium">{r.company}</summary>
                  <ul className="mt-1 space-y-1 text-xs">
                    {r.people.map((p) => (
                      <li key={p.github}>
                        <Link href={`/people/${encodeURIComponent(p.github)}`}>{p.name ?? p.github}</Link>:{" "}
                        {p.seats.map((s, i) => (
                          <span key={i}>
                            {i > 0 ? ", " : null}
                            <Link href={`/groups/${encodeURIComponent(s.groupDir)}`}>{s.groupName}</Link> {s.role === "chair" ? "chair" : "tech lead"}
                            {s.companyRaw && s.companyRaw !== r.company ? <span className="muted"> (“{s.companyRaw}”)</span> : null}
                          </span>
                        ))}
                      </li>
                    ))}
                  </ul>
                </details>
              </td>
              <td className="num font-semibold">{r.seats}</td>
              <td className="num">{r.chairs}</td>
              <td className="num">{r.techLeads}</td>
              <td className="num">{r.people.length}</td>
              <td className="num">{r.groups}</td>
              <td>
                <div className="flex items-center gap-2">
                  <span className="w-12 text-right tabular-nums">{formatShare(r.share)}</span>
                  <span aria-hidden className="h-2 rounded-full" style={{ width: `${Math.max(2, (r.share / max) * 100)}%`, maxWidth: "8rem", background: "var(--accent)" }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
