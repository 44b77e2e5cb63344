// Leadership by company: chair and tech-lead seats per employer across all groups, with shares.

/** One chair or tech-lead seat in the current snapshot. */
export interface Seat {
  role: "chair" | "tech_lead";
  groupDir: string;
  groupName: string;
  github: string;
  name: string | null;
  /** normalised company (null when the seat lists no employer) */
  companySlug: string | null;
  companyName: string | null;
  /** employer string exactly as written */
  companyRaw: string | null;
}

/** The seats one company holds. */
export interface CompanyLeadership {
  slug: string | null;
  company: string;
  chairs: number;
  techLeads: number;
  seats: number;
  /** seats / all seats, 0..1 */
  share: number;
  people: { github: string; name: string | null; seats: { role: Seat["role"]; groupDir: string; groupName: string; companyRaw: string | null }[] }[];
  groups: number;
}

export const LEADERSHIP_SORTS = ["seats", "chairs", "tech_leads", "people", "groups", "company"] as const;
/** Sort keys accepted by the leadership table (the `sort` URL param). */
export type LeadershipSort = (typeof LEADERSHIP_SORTS)[number];

/** Label used for seats whose holder lists no employer. */
export const NO_COMPANY = "No employer listed";

/** Group seats by company; `totalSeats` is the denominator of every share. */
export function leadershipByCompany(seats: Seat[], sort: LeadershipSort = "seats"): { rows: CompanyLeadership[]; totalSeats: number; totalPeople: number } {
  const byCompany = new Map<string, CompanyLeadership & { groupSet: Set<string> }>();
  for (const s of seats) {
    const key = s.companySlug ?? "";
    let row = byCompany.get(key);
    if (!row) {
      row = { slug: s.companySlug, company: s.companyName ?? NO_COMPANY, chairs: 0, techLeads: 0, seats: 0, share: 0, people: [], groups: 0, groupSet: new Set() };
      byCompany.set(key, row);
    }
    if (s.role === "chair") row.chairs++;
    else row.techLeads++;
    row.seats++;
    row.groupSet.add(s.groupDir);
    let person = row.people.find((p) => p.github.toLowerCase() === s.github.toLowerCase());
    if (!person) {
      person = { github: s.github, name: s.name, seats: [] };
      row.people.push(person);
    }
    person.seats.push({ role: s.role, groupDir: s.groupDir, groupName: s.groupName, companyRaw: s.companyRaw });
  }
  const total = seats.length;
  const rows = [...byCompany.values()].map(({ groupSet, ...r }) => ({
    ...r,
    groups: groupSet.size,
    share: total ? r.seats / total : 0,
    people: r.people.sort((a, b) => b.seats.length - a.seats.length || a.github.localeCompare(b.github)),
  }));
  return { rows: sortLeadership(rows, sort), totalSeats: total, totalPeople: new Set(seats.map((s) => s.github.toLowerCase())).size };
}

/** Sort rows by a key (descending numbers, ascending names; ties by seats then name); "no employer" last on name sort. */
export function sortLeadership(rows: CompanyLeadership[], sort: LeadershipSort): CompanyLeadership[] {
  const num = (r: CompanyLeadership): number =>
    sort === "chairs" ? r.chairs : sort === "tech_leads" ? r.techLeads : sort === "people" ? r.people.length : sort === "groups" ? r.groups : r.seats;
  return [...rows].sort((a, b) => {
    if (sort === "company") return (a.slug === null ? 1 : 0) - (b.slug === null ? 1 : 0) || a.company.localeCompare(b.company);
    return num(b) - num(a) || b.seats - a.seats || a.company.localeCompare(b.company);
  });
}

/** "12.3%" with one decimal. */
export const formatShare = (share: number): string => `${(share * 100).toFixed(1)}%`;
