// Leadership-by-company table as CSV rows (shared by the API and the page's download link).

/** The fields of a leadership row the CSV needs (role as plain text, so DTOs fit too). */
interface CsvRow {
  company: string;
  slug: string | null;
  chairs: number;
  techLeads: number;
  seats: number;
  share: number;
  groups: number;
  people: { github: string; seats: { role: string; groupDir: string }[] }[];
}

export const LEADERSHIP_CSV_HEADER = ["company", "company_slug", "chair_seats", "tech_lead_seats", "seats", "share_of_all_seats_percent", "groups", "people", "people_and_seats", "as_of", "source"];

/** One row per company; people as "login (dir role, …)" joined by "; ". */
export function leadershipCsvRows(rows: CsvRow[], asOf: string | null, source: string): unknown[][] {
  return rows.map((r) => [
    r.company,
    r.slug ?? "",
    r.chairs,
    r.techLeads,
    r.seats,
    Number((r.share * 100).toFixed(2)),
    r.groups,
    r.people.length,
    r.people.map((p) => `${p.github} (${p.seats.map((s) => `${s.groupDir} ${s.role === "tech_lead" ? "tech lead" : s.role}`).join(", ")})`).join("; "),
    asOf ?? "",
    source,
  ]);
}
