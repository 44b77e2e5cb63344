// One group's page: mission, charter, seats, subprojects (owners → repositories), meetings, contacts,
// stakeholder SIGs / sponsored WGs, and its history across snapshots.
import "server-only";
import type { Db } from "@/lib/db/prisma";
import { resolveCharterLink } from "@/lib/governance/charter";
import { governanceContext, toMeeting, toPersonRef } from "./common";
import type { GroupDetailT } from "./dto";
import { companyMap } from "./list-groups";

/** The group with `dir` in the newest snapshot, or null (→ 404). */
export async function getGroup(db: Db, dir: string): Promise<GroupDetailT | null> {
  const ctx = await governanceContext(db);
  if (!ctx) return null;
  const g = await db.group.findUnique({
    where: { projectId_dir: { projectId: ctx.projectId, dir } },
    include: {
      roles: { orderBy: [{ role: "asc" }, { position: "asc" }], include: { person: { select: { github: true, name: true } } } },
      subprojects: { orderBy: { position: "asc" }, include: { owners: { orderBy: { position: "asc" } } } },
      meetings: { orderBy: [{ subprojectId: "asc" }, { position: "asc" }] },
      contacts: { orderBy: { position: "asc" } },
    },
  });
  if (!g) return null;
  const [companies, others, history] = await Promise.all([
    companyMap(db, g.roles.map((r) => r.companyId)),
    db.group.findMany({ where: { projectId: ctx.projectId }, select: { dir: true, name: true, kind: true, stakeholderSigs: true } }),
    db.governanceChange.findMany({ where: { projectId: ctx.projectId, groupDir: dir }, orderBy: [{ snapshotDate: "desc" }, { kind: "asc" }, { subject: "asc" }] }),
  ]);
  const ref = (r: (typeof g.roles)[number]) => toPersonRef({ ...r, company: companies.get(r.companyId ?? -1) });
  const top = (role: string) => g.roles.filter((r) => r.role === role && r.subprojectId === null).map(ref);
  const subName = new Map(g.subprojects.map((s) => [s.id, s.name]));
  const sigByName = new Map(others.filter((o) => o.kind === "sig").map((o) => [o.name.toLowerCase(), o.dir]));
  const names = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    dir: g.dir,
    kind: g.kind,
    name: g.name,
    label: g.label,
    missionStatement: g.missionStatement,
    charterLinkRaw: g.charterLink,
    charterUrl: resolveCharterLink(g.dir, g.charterLink),
    chairs: top("chair"),
    techLeads: top("tech_lead"),
    emeritusLeads: top("emeritus_lead"),
    liaison: top("liaison")[0] ?? null,
    meetings: g.meetings.filter((m) => m.subprojectId === null).map((m) => toMeeting(m, null)),
    contacts: g.contacts.filter((c) => c.subprojectId === null).map((c) => ({ kind: c.kind, value: c.value, description: c.description })),
    subprojects: g.subprojects.map((s) => ({
      name: s.name,
      description: s.description,
      owners: s.owners.map((o) => ({ url: o.url, org: o.org, repo: o.repo, branch: o.branch, path: o.path })),
      repos: [...new Set(s.owners.flatMap((o) => (o.org && o.repo ? [`${o.org}/${o.repo}`] : [])))],
      leads: g.roles.filter((r) => r.subprojectId === s.id).map(ref),
      contacts: g.contacts.filter((c) => c.subprojectId === s.id).map((c) => ({ kind: c.kind, value: c.value, description: c.description })),
      meetings: g.meetings.filter((m) => m.subprojectId === s.id).map((m) => toMeeting(m, subName.get(s.id) ?? null)),
    })),
    stakeholderSigs: names(g.stakeholderSigs).map((n) => ({ name: n, dir: sigByName.get(n.toLowerCase()) ?? null })),
    sponsoredWgs:
      g.kind === "sig"
        ? others.filter((o) => o.kind === "wg" && names(o.stakeholderSigs).some((n) => n.toLowerCase() === g.name.toLowerCase())).map((o) => ({ dir: o.dir, name: o.name })).sort((a, b) => a.name.localeCompare(b.name))
        : [],
    history: history.map((c) => ({ snapshotDate: iso(c.snapshotDate), previousDate: iso(c.previousDate), kind: c.kind, groupDir: c.groupDir, subproject: c.subproject, subject: c.subject, role: c.role, label: c.label })),
    snapshots: ctx.snapshots,
    extra: (g.extra as Record<string, unknown> | null) ?? null,
    source: ctx.source,
  };
}
