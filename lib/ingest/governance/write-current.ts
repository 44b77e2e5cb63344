// Replaces the "current" governance tables with the newest snapshot, as diffs (syncRows): groups and
// subprojects are upserted first, their children synced, then vanished subprojects and groups pruned.
import type { CompanyDirectory } from "@/lib/companies/company-directory";
import { resolveCompanyIds } from "@/lib/companies/resolve-company-ids";
import { cadenceToString } from "@/lib/governance/meetings";
import { syncRows, type SyncSpec } from "../sync";
import type { TableCounts, WriteContext } from "../types";
import type { SigsContact, SigsMeeting, SigsPerson, SigsSnapshot } from "./types";
import { col } from "./write-history";

const key = (...parts: (string | number)[]) => JSON.stringify(parts);

/** Make governance_group, subproject, subproject_owner, meeting, group_contact and group_role equal the snapshot. */
export async function writeCurrent(ctx: WriteContext, snap: SigsSnapshot, counts: Record<string, TableCounts>, directory: CompanyDirectory): Promise<void> {
  const { client, runId, projectId } = ctx;
  const scope = { project_id: projectId };
  const twoPhase = async (name: string, spec: SyncSpec, rows: unknown[][]) => {
    const up = await syncRows(client, { ...spec, scope: undefined }, rows, runId);
    return async () => {
      const pruned = await syncRows(client, spec, rows, runId);
      counts[name] = { ...up, removed: pruned.removed };
    };
  };

  const pruneGroups = await twoPhase(
    "governance_group",
    { table: "governance_group", key: ["project_id", "dir"], columns: ["project_id:int4", "dir", "kind:group_kind", "name", "label", "mission_statement", "charter_link", "stakeholder_sigs:jsonb", "extra:jsonb"].map(col), scope },
    snap.groups.map((g) => [projectId, g.dir, g.kind, g.name, g.label, g.missionStatement, g.charterLink, g.stakeholderSigs, g.extra]),
  );
  const groupIds = new Map((await client.query<{ id: number; dir: string }>(`SELECT id, dir FROM governance_group WHERE project_id = $1`, [projectId])).rows.map((r) => [r.dir, r.id]));
  const gid = (dir: string) => groupIds.get(dir)!;

  const pruneSubprojects = await twoPhase(
    "subproject",
    { table: "subproject", key: ["group_id", "name"], columns: ["group_id:int4", "name", "project_id:int4", "description", "extra:jsonb", "position:int4"].map(col), scope },
    snap.groups.flatMap((g) => g.subprojects.map((s, i) => [gid(g.dir), s.name, projectId, s.description, s.extra, i])),
  );
  const subIds = new Map(
    (await client.query<{ id: number; dir: string; name: string }>(`SELECT s.id, g.dir, s.name FROM subproject s JOIN governance_group g ON g.id = s.group_id WHERE g.project_id = $1`, [projectId])).rows.map((r) => [key(r.dir, r.name), r.id]),
  );
  const sid = (dir: string, name: string) => subIds.get(key(dir, name))!;

  counts.subproject_owner = await syncRows(
    client,
    { table: "subproject_owner", key: ["project_id", "natural_key"], columns: ["project_id:int4", "natural_key", "subproject_id:int4", "url", "org", "repo", "branch", "path", "position:int4"].map(col), scope },
    snap.groups.flatMap((g) => g.subprojects.flatMap((s) => s.owners.map((o, i) => [projectId, key(g.dir, s.name, o.url), sid(g.dir, s.name), o.url, o.ref?.org, o.ref?.repo, o.ref?.branch, o.ref?.path, i]))),
    runId,
  );

  const meetingRows: unknown[][] = [];
  const contactRows: unknown[][] = [];
  const addMeetings = (dir: string, sub: string, ms: SigsMeeting[]) =>
    ms.forEach((m, i) =>
      meetingRows.push([projectId, key(dir, sub, i), gid(dir), sub ? sid(dir, sub) : null, m.description, m.dayRaw, m.timeRaw, m.tzRaw, m.frequencyRaw, m.norm.weekday, m.norm.timeOfDay, m.norm.timeZone, cadenceToString(m.norm.cadence), m.url, m.archiveUrl, m.recordingsUrl, m.calendarUrl, i]),
    );
  const addContacts = (dir: string, sub: string, cs: SigsContact[]) => cs.forEach((c, i) => contactRows.push([projectId, key(dir, sub, c.kind, c.value), gid(dir), sub ? sid(dir, sub) : null, c.kind, c.value, c.description, i]));
  for (const g of snap.groups) {
    addMeetings(g.dir, "", g.meetings);
    addContacts(g.dir, "", g.contacts);
    for (const s of g.subprojects) {
      addMeetings(g.dir, s.name, s.meetings);
      addContacts(g.dir, s.name, s.contacts);
    }
  }
  counts.meeting = await syncRows(
    client,
    {
      table: "meeting",
      key: ["project_id", "natural_key"],
      columns: ["project_id:int4", "natural_key", "group_id:int4", "subproject_id:int4", "description", "day_raw", "time_raw", "tz_raw", "frequency_raw", "weekday:int4", "time_of_day", "time_zone", "cadence", "url", "archive_url", "recordings_url", "calendar_url", "position:int4"].map(col),
      scope,
    },
    meetingRows,
    runId,
  );
  counts.group_contact = await syncRows(
    client,
    { table: "group_contact", key: ["project_id", "natural_key"], columns: ["project_id:int4", "natural_key", "group_id:int4", "subproject_id:int4", "kind", "value", "description", "position:int4"].map(col), scope },
    contactRows,
    runId,
  );

  // Seats: resolve employers through the shared company directory (raw string kept beside the id).
  const seats: { dir: string; sub: string; role: string; p: SigsPerson; i: number }[] = [];
  for (const g of snap.groups) {
    g.chairs.forEach((p, i) => seats.push({ dir: g.dir, sub: "", role: "chair", p, i }));
    g.techLeads.forEach((p, i) => seats.push({ dir: g.dir, sub: "", role: "tech_lead", p, i }));
    g.emeritusLeads.forEach((p, i) => seats.push({ dir: g.dir, sub: "", role: "emeritus_lead", p, i }));
    if (g.liaison) seats.push({ dir: g.dir, sub: "", role: "liaison", p: g.liaison, i: 0 });
    for (const s of g.subprojects) s.leads.forEach((p, i) => seats.push({ dir: g.dir, sub: s.name, role: "subproject_lead", p, i }));
  }
  const raws = [...new Set(seats.flatMap((s) => (s.p.companyRaw ? [s.p.companyRaw] : [])))];
  const companies = await resolveCompanyIds(client, runId, directory, raws, "sigs.yaml");
  counts.company = companies.counts.company;
  counts.company_alias = companies.counts.company_alias;
  const personIds = new Map(
    (await client.query<{ id: number; github_key: string }>(`SELECT id, github_key FROM person WHERE github_key = ANY($1::text[])`, [[...new Set(seats.map((s) => s.p.githubKey))]])).rows.map((r) => [r.github_key, r.id]),
  );
  counts.group_role = await syncRows(
    client,
    { table: "group_role", key: ["project_id", "natural_key"], columns: ["project_id:int4", "natural_key", "group_id:int4", "subproject_id:int4", "person_id:int4", "role:role_kind", "company_raw", "company_id:int4", "position:int4"].map(col), scope },
    seats.map((s) => [projectId, key(s.dir, s.sub, s.role, s.p.githubKey), gid(s.dir), s.sub ? sid(s.dir, s.sub) : null, personIds.get(s.p.githubKey), s.role, s.p.companyRaw, s.p.companyRaw ? (companies.ids.get(s.p.companyRaw) ?? null) : null, s.i]),
    runId,
  );

  await pruneSubprojects();
  await pruneGroups();
}
