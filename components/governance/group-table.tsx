// The /groups table: name (linked), kind, chairs, tech leads, subprojects and meeting days.
import Link from "next/link";
import type { GroupSummaryT } from "@/lib/data/governance/dto";
import { KIND_NAMES } from "@/lib/governance/group-filter";
import { WEEKDAYS } from "@/lib/governance/meetings";
import { Badge } from "@/components/ui/badge";

const leads = (ps: GroupSummaryT["chairs"]) =>
  ps.map((p, i) => (
    <span key={p.github}>
      {i > 0 ? ", " : null}
      <Link href={`/people/${encodeURIComponent(p.github)}`}>{p.name ?? p.github}</Link>
    </span>
  ));

/** Groups as a table on wide screens and a compact list on phones; `matched` explains search hits outside the name. */
export function GroupTable({ groups }: { groups: (GroupSummaryT & { matched?: string })[] }) {
  return (
    <>
      <ul className="card divide-y sm:hidden" style={{ borderColor: "var(--border)" }}>
        {groups.map((g) => (
          <li key={g.dir} className="p-3 text-sm" style={{ borderColor: "var(--border)" }}>
            <div className="flex items-baseline justify-between gap-2">
              <Link href={`/groups/${encodeURIComponent(g.dir)}`} className="font-medium">
                {g.name}
              </Link>
              <Badge tone={g.kind === "sig" ? "accent" : "neutral"}>{KIND_NAMES[g.kind][0]}</Badge>
            </div>
            <div className="muted text-xs">
              {g.dir}
              {g.matched ? <> · matched {g.matched}</> : null}
            </div>
            <div className="mt-1">
              <span className="muted">Chairs: </span>
              {leads(g.chairs)}
            </div>
            {g.techLeads.length ? (
              <div>
                <span className="muted">Tech leads: </span>
                {leads(g.techLeads)}
              </div>
            ) : null}
            <div className="muted mt-1 text-xs">
              {g.subprojects.length} subproject{g.subprojects.length === 1 ? "" : "s"}
              {g.meetingWeekdays.length ? ` · meets ${g.meetingWeekdays.map((d) => WEEKDAYS[d]!.slice(0, 3)).join(", ")}` : ""}
            </div>
          </li>
        ))}
      </ul>
      <div className="table-wrap hidden sm:block">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Kind</th>
            <th scope="col">Chairs</th>
            <th scope="col">Tech leads</th>
            <th scope="col" className="num">
              Subprojects
            </th>
            <th scope="col">Meets</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.dir}>
              <td className="min-w-44">
                <Link href={`/groups/${encodeURIComponent(g.dir)}`} className="font-medium">
                  {g.name}
                </Link>
                <div className="muted text-xs">
                  {g.dir}
                  {g.matched ? <> · matched {g.matched}</> : null}
                </div>
              </td>
              <td>
                <Badge tone={g.kind === "sig" ? "accent" : "neutral"}>{KIND_NAMES[g.kind][0]}</Badge>
              </td>
              <td className="min-w-48">{leads(g.chairs)}</td>
              <td className="min-w-40">{g.techLeads.length ? leads(g.techLeads) : <span className="muted">–</span>}</td>
              <td className="num">{g.subprojects.length}</td>
              <td className="whitespace-nowrap">{g.meetingWeekdays.length ? g.meetingWeekdays.map((d) => WEEKDAYS[d]!.slice(0, 3)).join(", ") : <span className="muted">–</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </>
  );
}
