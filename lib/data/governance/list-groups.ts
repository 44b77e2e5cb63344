// All groups of the newest snapshot with chairs, tech leads, subproject names and meeting weekdays.
import "server-only";
import type { Db } from "@/lib/db/prisma";
import { governanceContext, toPersonRef } from "./common";
import type { GroupListT } from "./dto";

/** Every group (SIGs, WGs, committees, user groups) for the /groups page and API; filtering is done by the caller. */
export async function getGroupList(db: Db): Promise<GroupListT> {
  const ctx = await governanceContext(db);
  if (!ctx) return { groups: [], counts: { sig: 0, wg: 0, committee: 0, usergroup: 0 }, total: 0, source: null };
  const groups = await db.group.findMany({
    where: { projectId: ctx.projectId },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: {
      dir: true, kind: true, name: true, label: true,
      roles: { where: { role: { in: ["chair", "tech_lead"] }, subprojectId: null }, orderBy: { position: "asc" }, select: { role: true, companyRaw: true, companyId: true, person: { select: { github: true, name: true } } } },
      subprojects: { orderBy: { position: "asc" }, select: { name: true } },
      meetings: { select: { weekday: true } },
    },
  });
  const companies = await companyMap(db, groups.flatMap((g) => g.roles.map((r) => r.companyId)));
  const counts = { sig: 0, wg: 0, committee: 0, usergroup: 0 };
  for (const g of groups) counts[g.kind]++;
  const KIND_ORDER = { sig: 0, wg: 1, committee: 2, usergroup: 3 };
  groups.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
  return {
    groups: groups.map((g) => ({
      dir: g.dir, kind: g.kind, name: g.name, label: g.label,
      chairs: g.roles.filter((r) => r.role === "chair").map((r) => toPersonRef({ ...r, company: companies.get(r.companyId ?? -1) })),
      techLeads: g.roles.filter((r) => r.role === "tech_lead").map((r) => toPersonRef({ ...r, company: companies.get(r.companyId ?? -1) })),
      subprojects: g.subprojects.map((s) => s.name),
      meetingWeekdays: [...new Set(g.meetings.flatMap((m) => (m.weekday === null ? [] : [m.weekday])))].sort(),
      meetingCount: g.meetings.length,
    })),
    counts,
    total: groups.length,
    source: ctx.source,
  };
}

/** id → {displayName, slug} for the given company ids (one query). */
export async function companyMap(db: Db, ids: (number | null)[]): Promise<Map<number, { displayName: string; slug: string }>> {
  const wanted = [...new Set(ids.filter((x): x is number => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.company.findMany({ where: { id: { in: wanted } }, select: { id: true, displayName: true, slug: true } });
  return new Map(rows.map((c) => [c.id, { displayName: c.displayName, slug: c.slug }]));
}
