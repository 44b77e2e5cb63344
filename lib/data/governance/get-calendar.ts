// Meetings for the .ics feeds: one group's (including its subprojects') or every group's.
import "server-only";
import type { Db } from "@/lib/db/prisma";
import { buildCalendar, type IcsMeeting } from "@/lib/governance/ics";
import { parseStartDate } from "@/lib/governance/meetings";
import { safeHttpUrl } from "@/lib/safe-url";
import { governanceContext } from "./common";

const KIND_LABEL = { sig: "SIG", wg: "WG", committee: "Committee", usergroup: "UG" } as const;

/** The VCALENDAR text for `dir` (or all groups when null); null when the group or any snapshot is missing. */
export async function getMeetingsCalendar(db: Db, dir: string | null): Promise<{ text: string; filename: string; skipped: number } | null> {
  const ctx = await governanceContext(db);
  if (!ctx) return null;
  const meetings = await db.meeting.findMany({
    where: { projectId: ctx.projectId, ...(dir ? { group: { dir } } : {}) },
    include: { group: { select: { dir: true, name: true, kind: true } }, subproject: { select: { name: true } } },
    orderBy: [{ group: { dir: "asc" } }, { naturalKey: "asc" }],
  });
  if (dir && meetings.length === 0) {
    const exists = await db.group.findUnique({ where: { projectId_dir: { projectId: ctx.projectId, dir } }, select: { name: true } });
    if (!exists) return null;
  }
  const items: IcsMeeting[] = meetings.map((m) => {
    const who = `${KIND_LABEL[m.group.kind]} ${m.group.name}${m.subproject ? ` / ${m.subproject.name}` : ""}`;
    const raw = [m.dayRaw, m.timeRaw, m.tzRaw, m.frequencyRaw].filter(Boolean).join(", ");
    const links = [m.archiveUrl && `Agenda/notes: ${m.archiveUrl}`, m.recordingsUrl && `Recordings: ${m.recordingsUrl}`].filter(Boolean);
    return {
      uid: `${m.group.dir}.${Buffer.from(m.naturalKey).toString("base64url")}@bazaar`,
      summary: `${who}: ${m.description || "meeting"}`,
      weekday: m.weekday,
      timeOfDay: m.timeOfDay,
      timeZone: m.timeZone,
      cadence: m.cadence,
      startDate: parseStartDate(m.frequencyRaw, m.dayRaw),
      description: [`As written in sigs.yaml: ${raw}`, ...links, `Details: https://github.com/kubernetes/community/tree/master/${m.group.dir}`].join("\n"),
      url: safeHttpUrl(m.url),
    };
  });
  const asOf = ctx.source.asOf ?? new Date().toISOString().slice(0, 10);
  const name = dir ? `${meetings[0] ? `${KIND_LABEL[meetings[0].group.kind]} ${meetings[0].group.name}` : dir} meetings (Kubernetes)` : "Kubernetes community meetings";
  const { text, skipped } = buildCalendar({ name, meetings: items, asOf, stamp: `${asOf.replace(/-/g, "")}T000000Z` });
  return { text, filename: `${dir ?? "kubernetes-community"}-meetings.ics`, skipped: skipped.length };
}
