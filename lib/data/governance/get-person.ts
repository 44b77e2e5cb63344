// A person's page: current seats (newest snapshot) and every seat held in any snapshot, as tenures.
import "server-only";
import type { Db } from "@/lib/db/prisma";
import { tenures, type Fact } from "@/lib/governance/history";
import { governanceContext } from "./common";
import type { PersonDetailT } from "./dto";
import { companyMap } from "./list-groups";

/** The person with GitHub login `github` (case-insensitive), or null when no snapshot names them. */
export async function getPerson(db: Db, github: string): Promise<PersonDetailT | null> {
  const ctx = await governanceContext(db);
  if (!ctx) return null;
  const key = github.toLowerCase();
  const person = await db.person.findUnique({ where: { githubKey: key } });
  if (!person) return null;
  const [roles, facts, groups] = await Promise.all([
    db.groupRole.findMany({ where: { personId: person.id, projectId: ctx.projectId }, include: { group: { select: { dir: true, name: true, kind: true } }, subproject: { select: { name: true } } }, orderBy: [{ group: { name: "asc" } }, { role: "asc" }] }),
    db.governanceSnapshotFact.findMany({ where: { factType: "role", subject: key, snapshot: { projectId: ctx.projectId } }, select: { groupDir: true, subproject: true, role: true, label: true, snapshot: { select: { asOf: true } } } }),
    db.group.findMany({ where: { projectId: ctx.projectId }, select: { dir: true, name: true } }),
  ]);
  const companies = await companyMap(db, roles.map((r) => r.companyId));
  const byDate = new Map<string, Fact[]>();
  for (const f of facts) {
    const d = f.snapshot.asOf.toISOString().slice(0, 10);
    byDate.set(d, [...(byDate.get(d) ?? []), { factType: "role", groupDir: f.groupDir, subproject: f.subproject, subject: key, role: f.role, label: f.label }]);
  }
  const groupName = new Map(groups.map((g) => [g.dir, g.name]));
  return {
    github: person.github,
    name: person.name,
    current: roles.map((r) => ({ groupDir: r.group.dir, groupName: r.group.name, groupKind: r.group.kind, role: r.role, subproject: r.subproject?.name ?? null, companyRaw: r.companyRaw, company: companies.get(r.companyId ?? -1)?.displayName ?? null })),
    tenures: tenures(ctx.snapshots, byDate).map((t) => ({ ...t, groupName: groupName.get(t.groupDir) ?? null, groupExists: groupName.has(t.groupDir) })),
    snapshots: ctx.snapshots,
    source: ctx.source,
  };
}
