// Changes between consecutive sigs.yaml snapshots, newest first, grouped by snapshot date.
import Link from "next/link";
import type { ChangeT } from "@/lib/data/governance/dto";

const ROLE = { chair: "chair", tech_lead: "tech lead", emeritus_lead: "emeritus lead", liaison: "Steering liaison", subproject_lead: "subproject lead" } as Record<string, string>;

/** Human sentence for one change. */
export function describeChange(c: ChangeT): { text: string; person?: string } {
  const role = ROLE[c.role] ?? c.role;
  const sub = c.subproject ? ` of ${c.subproject}` : "";
  switch (c.kind) {
    case "group_created":
      return { text: `${c.label ?? c.groupDir} created` };
    case "group_retired":
      return { text: `${c.label ?? c.groupDir} retired or merged (no longer in sigs.yaml)` };
    case "lead_joined":
      return { text: `became ${role}${sub}`, person: c.subject };
    case "lead_left":
      return { text: `no longer ${role}${sub}`, person: c.subject };
    case "subproject_added":
      return { text: `subproject ${c.subject} added` };
    case "subproject_removed":
      return { text: `subproject ${c.subject} removed or moved` };
    default:
      return { text: `${c.kind} ${c.subject}` };
  }
}

/** Changes grouped by snapshot; `snapshots` (all dates on record) explain what the history covers. */
export function HistoryList({ changes, snapshots }: { changes: ChangeT[]; snapshots: string[] }) {
  if (snapshots.length < 2)
    return (
      <p className="muted text-sm">
        Only one sigs.yaml snapshot ({snapshots[0] ?? "none"}) is loaded, so there is no history yet. Ingest an older or newer copy with{" "}
        <code>npm run ingest -- sigs.yaml --as-of YYYY-MM-DD</code> to see who joined, who left, and which subprojects moved.
      </p>
    );
  if (changes.length === 0) return <p className="muted text-sm">No changes across the {snapshots.length} snapshots on record ({snapshots[0]} to {snapshots[snapshots.length - 1]}).</p>;
  const dates = [...new Set(changes.map((c) => c.snapshotDate))].sort().reverse();
  return (
    <ol className="space-y-4">
      {dates.map((d) => {
        const items = changes.filter((c) => c.snapshotDate === d);
        return (
          <li key={d}>
            <h3 className="text-sm font-semibold">
              {d} <span className="muted font-normal">compared with {items[0]!.previousDate}</span>
            </h3>
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
              {items.map((c, i) => {
                const { text, person } = describeChange(c);
                return (
                  <li key={i}>
                    {person ? (
                      <>
                        <Link href={`/people/${encodeURIComponent(person)}`}>{c.label ?? person}</Link>{" "}
                      </>
                    ) : null}
                    {text}
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
