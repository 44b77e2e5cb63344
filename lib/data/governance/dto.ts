// DTO schemas (zod) of the governance pages and /api/v1 groups, people and leadership endpoints.
import { z } from "zod";

/** Where governance numbers come from: sigs.yaml, upstream repo @ commit, snapshot date. */
export const GovSource = z.object({ label: z.string(), upstream: z.string().nullable(), asOf: z.string().nullable() });

export const GroupKindDto = z.enum(["sig", "wg", "committee", "usergroup"]);

/** A person in a seat, with the employer as written and as normalised. */
export const PersonRef = z.object({
  github: z.string(),
  name: z.string().nullable(),
  companyRaw: z.string().nullable(),
  company: z.string().nullable(),
  companySlug: z.string().nullable(),
});

export const MeetingDto = z.object({
  description: z.string(),
  subproject: z.string().nullable(),
  dayRaw: z.string().nullable(),
  timeRaw: z.string().nullable(),
  tzRaw: z.string().nullable(),
  frequencyRaw: z.string().nullable(),
  weekday: z.number().int().min(0).max(6).nullable(),
  timeOfDay: z.string().nullable(),
  timeZone: z.string().nullable(),
  cadence: z.string().nullable(),
  cadenceLabel: z.string(),
  startDate: z.string().nullable(),
  url: z.string().nullable(),
  archiveUrl: z.string().nullable(),
  recordingsUrl: z.string().nullable(),
  calendarUrl: z.string().nullable(),
});

export const ContactDto = z.object({ kind: z.string(), value: z.string(), description: z.string().nullable() });

export const GroupSummary = z.object({
  dir: z.string(),
  kind: GroupKindDto,
  name: z.string(),
  label: z.string().nullable(),
  chairs: z.array(PersonRef),
  techLeads: z.array(PersonRef),
  subprojects: z.array(z.string()),
  meetingWeekdays: z.array(z.number().int()),
  meetingCount: z.number().int(),
});

export const GroupList = z.object({
  groups: z.array(GroupSummary),
  counts: z.object({ sig: z.number(), wg: z.number(), committee: z.number(), usergroup: z.number() }),
  total: z.number(),
  source: GovSource.nullable(),
});

export const ChangeDto = z.object({
  snapshotDate: z.string(),
  previousDate: z.string(),
  kind: z.string(),
  groupDir: z.string(),
  subproject: z.string(),
  subject: z.string(),
  role: z.string(),
  label: z.string().nullable(),
});

export const GroupDetail = z.object({
  dir: z.string(),
  kind: GroupKindDto,
  name: z.string(),
  label: z.string().nullable(),
  missionStatement: z.string().nullable(),
  charterLinkRaw: z.string().nullable(),
  charterUrl: z.string().nullable(),
  chairs: z.array(PersonRef),
  techLeads: z.array(PersonRef),
  emeritusLeads: z.array(PersonRef),
  liaison: PersonRef.nullable(),
  meetings: z.array(MeetingDto),
  contacts: z.array(ContactDto),
  subprojects: z.array(
    z.object({
      name: z.string(),
      description: z.string().nullable(),
      owners: z.array(z.object({ url: z.string(), org: z.string().nullable(), repo: z.string().nullable(), branch: z.string().nullable(), path: z.string().nullable() })),
      repos: z.array(z.string()),
      leads: z.array(PersonRef),
      contacts: z.array(ContactDto),
      meetings: z.array(MeetingDto),
    }),
  ),
  stakeholderSigs: z.array(z.object({ name: z.string(), dir: z.string().nullable() })),
  sponsoredWgs: z.array(z.object({ dir: z.string(), name: z.string() })),
  history: z.array(ChangeDto),
  snapshots: z.array(z.string()),
  extra: z.record(z.string(), z.unknown()).nullable(),
  source: GovSource.nullable(),
});

export const PersonDetail = z.object({
  github: z.string(),
  name: z.string().nullable(),
  current: z.array(z.object({ groupDir: z.string(), groupName: z.string(), groupKind: GroupKindDto, role: z.string(), subproject: z.string().nullable(), companyRaw: z.string().nullable(), company: z.string().nullable() })),
  tenures: z.array(
    z.object({ groupDir: z.string(), groupName: z.string().nullable(), groupExists: z.boolean(), subproject: z.string(), role: z.string(), firstSeen: z.string(), onRecordSince: z.boolean(), lastSeen: z.string(), endedBy: z.string().nullable() }),
  ),
  snapshots: z.array(z.string()),
  source: GovSource.nullable(),
});

export const LeadershipDto = z.object({
  sort: z.string(),
  totalSeats: z.number().int(),
  totalPeople: z.number().int(),
  totalGroups: z.number().int(),
  rows: z.array(
    z.object({
      slug: z.string().nullable(),
      company: z.string(),
      chairs: z.number().int(),
      techLeads: z.number().int(),
      seats: z.number().int(),
      share: z.number(),
      groups: z.number().int(),
      people: z.array(z.object({ github: z.string(), name: z.string().nullable(), seats: z.array(z.object({ role: z.string(), groupDir: z.string(), groupName: z.string(), companyRaw: z.string().nullable() })) })),
    }),
  ),
  source: GovSource.nullable(),
});

export type GovSourceT = z.infer<typeof GovSource>;
export type PersonRefT = z.infer<typeof PersonRef>;
export type MeetingT = z.infer<typeof MeetingDto>;
export type GroupSummaryT = z.infer<typeof GroupSummary>;
export type GroupListT = z.infer<typeof GroupList>;
export type GroupDetailT = z.infer<typeof GroupDetail>;
export type ChangeT = z.infer<typeof ChangeDto>;
export type PersonDetailT = z.infer<typeof PersonDetail>;
export type LeadershipT = z.infer<typeof LeadershipDto>;
