// Snapshot history: changes between consecutive sigs.yaml snapshots and the tenure of each seat,
// both derived from per-snapshot membership facts so snapshots may arrive in any order.

/** A membership fact of one snapshot (mirrors governance_snapshot_fact). */
export interface Fact {
  factType: "group" | "role" | "subproject";
  groupDir: string;
  /** subproject name for subproject-lead seats, else "" */
  subproject: string;
  /** github key (role), subproject name (subproject) or the group dir (group) */
  subject: string;
  role: string;
  label: string | null;
  /** employer as written (role facts) */
  companyRaw?: string | null;
}

/** One change between two snapshots (mirrors governance_change). */
export interface Change {
  snapshotDate: string;
  previousDate: string;
  kind: "group_created" | "group_retired" | "lead_joined" | "lead_left" | "subproject_added" | "subproject_removed";
  groupDir: string;
  subproject: string;
  subject: string;
  role: string;
  label: string | null;
}

/** Identity of a fact across snapshots. */
export const factKey = (f: Pick<Fact, "factType" | "groupDir" | "subproject" | "subject" | "role">): string => [f.factType, f.groupDir, f.subproject, f.subject, f.role].join("\u0000");

const KINDS: Record<Fact["factType"], [Change["kind"], Change["kind"]]> = {
  group: ["group_created", "group_retired"],
  role: ["lead_joined", "lead_left"],
  subproject: ["subproject_added", "subproject_removed"],
};

/** Changes from `prev` to `next` (facts present in only one of them), sorted for stable output. */
export function diffSnapshots(prev: { date: string; facts: Fact[] }, next: { date: string; facts: Fact[] }): Change[] {
  const before = new Map(prev.facts.map((f) => [factKey(f), f]));
  const after = new Map(next.facts.map((f) => [factKey(f), f]));
  const out: Change[] = [];
  const push = (f: Fact, kind: Change["kind"]) =>
    out.push({ snapshotDate: next.date, previousDate: prev.date, kind, groupDir: f.groupDir, subproject: f.subproject, subject: f.subject, role: f.role, label: f.label });
  for (const [k, f] of after) if (!before.has(k)) push(f, KINDS[f.factType][0]);
  for (const [k, f] of before) if (!after.has(k)) push(f, KINDS[f.factType][1]);
  return out.sort((a, b) => a.groupDir.localeCompare(b.groupDir) || a.kind.localeCompare(b.kind) || a.subproject.localeCompare(b.subproject) || a.subject.localeCompare(b.subject) || a.role.localeCompare(b.role));
}

/** All changes of a snapshot series: each snapshot against the one before it in date order (input order does not matter). */
export function changesFromSnapshots(snapshots: { date: string; facts: Fact[] }[]): Change[] {
  const sorted = [...snapshots].sort((a, b) => a.date.localeCompare(b.date));
  const out: Change[] = [];
  for (let i = 1; i < sorted.length; i++) out.push(...diffSnapshots(sorted[i - 1]!, sorted[i]!));
  return out;
}

/** A continuous period in which a seat appears in consecutive snapshots. */
export interface Tenure {
  groupDir: string;
  subproject: string;
  role: string;
  /** first snapshot date the seat appears in */
  firstSeen: string;
  /** true when firstSeen is the earliest snapshot on record (the seat may be older) */
  onRecordSince: boolean;
  /** last snapshot date the seat appears in */
  lastSeen: string;
  /** first snapshot date it no longer appears in; null while held in the newest snapshot */
  endedBy: string | null;
}

/** Tenures of one person's seats given, per snapshot date, the role facts about them; `dates` are all snapshot dates on record. */
export function tenures(dates: string[], factsByDate: Map<string, Fact[]>): Tenure[] {
  const sorted = [...new Set(dates)].sort();
  const open = new Map<string, Tenure>();
  const out: Tenure[] = [];
  for (const date of sorted) {
    const present = new Map((factsByDate.get(date) ?? []).map((f) => [factKey(f), f]));
    for (const [k, t] of open) {
      if (!present.has(k)) {
        t.endedBy = date;
        out.push(t);
        open.delete(k);
      }
    }
    for (const [k, f] of present) {
      const t = open.get(k);
      if (t) t.lastSeen = date;
      else open.set(k, { groupDir: f.groupDir, subproject: f.subproject, role: f.role, firstSeen: date, onRecordSince: date === sorted[0], lastSeen: date, endedBy: null });
    }
  }
  out.push(...open.values());
  return out.sort((a, b) => (a.endedBy === null ? 0 : 1) - (b.endedBy === null ? 0 : 1) || a.groupDir.localeCompare(b.groupDir) || a.role.localeCompare(b.role) || a.subproject.localeCompare(b.subproject) || a.firstSeen.localeCompare(b.firstSeen));
}
