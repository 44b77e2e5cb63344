// Shared pieces of the governance data functions: project id, provenance of the newest snapshot, DTO mappers.
import "server-only";
import type { Db } from "@/lib/db/prisma";
import { shortSha } from "@/lib/format";
import { cadenceFromString, describeCadence, parseStartDate } from "@/lib/governance/meetings";
import type { GovSourceT, MeetingT, PersonRefT } from "./dto";

/** The project governance pages show (Kubernetes). */
export const GOV_PROJECT = "kubernetes";

/** Project id and the newest snapshot's provenance, or null when no sigs.yaml was ingested. */
export async function governanceContext(db: Db): Promise<{ projectId: number; source: GovSourceT; snapshots: string[] } | null> {
  const rows = await db.$queryRaw<{ project_id: number; as_of: string; path: string | null; upstream_repo: string | null; upstream_commit: string | null }[]>`
    SELECT s.project_id, s.as_of::text AS as_of, r.path, r.upstream_repo, r.upstream_commit
    FROM governance_snapshot s JOIN project p ON p.id = s.project_id LEFT JOIN ingest_run r ON r.id = s.ingest_run_id
    WHERE p.slug = ${GOV_PROJECT} ORDER BY s.as_of DESC`;
  if (rows.length === 0) return null;
  const top = rows[0]!;
  const upstream = top.upstream_repo ? `${top.upstream_repo}${top.upstream_commit ? ` @ ${shortSha(top.upstream_commit)}` : ""}` : top.path ? `file ${top.path.split("/").pop()}` : null;
  return { projectId: top.project_id, source: { label: "sigs.yaml", upstream, asOf: top.as_of }, snapshots: rows.map((r) => r.as_of).sort() };
}

/** A group_role row (with person and company) → PersonRef. */
export function toPersonRef(r: { companyRaw: string | null; person: { github: string; name: string | null }; company?: { displayName: string; slug: string } | null }): PersonRefT {
  return { github: r.person.github, name: r.person.name, companyRaw: r.companyRaw, company: r.company?.displayName ?? null, companySlug: r.company?.slug ?? null };
}

/** A meeting row → MeetingDto (cadence label and stated start date derived here). */
export function toMeeting(m: {
  description: string; dayRaw: string | null; timeRaw: string | null; tzRaw: string | null; frequencyRaw: string | null; weekday: number | null; timeOfDay: string | null; timeZone: string | null; cadence: string | null;
  url: string | null; archiveUrl: string | null; recordingsUrl: string | null; calendarUrl: string | null;
}, subproject: string | null): MeetingT {
  return {
    description: m.description, subproject, dayRaw: m.dayRaw, timeRaw: m.timeRaw, tzRaw: m.tzRaw, frequencyRaw: m.frequencyRaw,
    weekday: m.weekday, timeOfDay: m.timeOfDay, timeZone: m.timeZone, cadence: m.cadence,
    cadenceLabel: describeCadence(cadenceFromString(m.cadence), m.weekday), startDate: parseStartDate(m.frequencyRaw, m.dayRaw),
    url: m.url, archiveUrl: m.archiveUrl, recordingsUrl: m.recordingsUrl, calendarUrl: m.calendarUrl,
  };
}
