// Leadership by company: chair and tech-lead seats of the newest snapshot grouped by normalised employer.
import "server-only";
import type { Db } from "@/lib/db/prisma";
import { leadershipByCompany, type LeadershipSort, type Seat } from "@/lib/governance/leadership";
import { governanceContext } from "./common";
import type { LeadershipT } from "./dto";

/** Seats per company (chairs + tech leads of groups; subproject leads are not seats here), sorted by `sort`. */
export async function getLeadership(db: Db, sort: LeadershipSort): Promise<LeadershipT> {
  const ctx = await governanceContext(db);
  if (!ctx) return { sort, totalSeats: 0, totalPeople: 0, totalGroups: 0, rows: [], source: null };
  const rows = await db.$queryRaw<{ role: Seat["role"]; dir: string; group_name: string; github: string; name: string | null; slug: string | null; display_name: string | null; company_raw: string | null }[]>`
    SELECT r.role::text AS role, g.dir, g.name AS group_name, p.github, p.name, c.slug, c.display_name, r.company_raw
    FROM group_role r JOIN governance_group g ON g.id = r.group_id JOIN person p ON p.id = r.person_id LEFT JOIN company c ON c.id = r.company_id
    WHERE r.project_id = ${ctx.projectId} AND r.role IN ('chair', 'tech_lead') AND r.subproject_id IS NULL
    ORDER BY g.dir, r.role, r.position`;
  const seats: Seat[] = rows.map((r) => ({ role: r.role, groupDir: r.dir, groupName: r.group_name, github: r.github, name: r.name, companySlug: r.slug, companyName: r.display_name, companyRaw: r.company_raw }));
  const result = leadershipByCompany(seats, sort);
  return { sort, totalSeats: result.totalSeats, totalPeople: result.totalPeople, totalGroups: new Set(seats.map((s) => s.groupDir)).size, rows: result.rows, source: ctx.source };
}
