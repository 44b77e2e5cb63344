// URL state of the /groups page (kind tab, search text, meeting weekday) and the filter it applies.
import { z } from "zod";

export const GROUP_KINDS = ["sig", "wg", "committee", "usergroup"] as const;
/** Display names of the group kinds (singular, plural). */
export const KIND_NAMES: Record<(typeof GROUP_KINDS)[number], [string, string]> = {
  sig: ["SIG", "SIGs"],
  wg: ["Working group", "Working groups"],
  committee: ["Committee", "Committees"],
  usergroup: ["User group", "User groups"],
};

/** ?kind=wg&q=network&day=3 — invalid values fall back to "everything". */
export const GroupFilterParams = z.object({
  kind: z.enum(GROUP_KINDS).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  day: z.coerce.number().int().min(0).max(6).optional().catch(undefined),
});
export type GroupFilter = z.infer<typeof GroupFilterParams>;

/** The fields a group is searched and filtered by. */
export interface FilterableGroup {
  dir: string;
  kind: string;
  name: string;
  label: string | null;
  chairs: { github: string; name: string | null }[];
  techLeads: { github: string; name: string | null }[];
  subprojects: string[];
  meetingWeekdays: number[];
}

/** Why a group matched the search text (shown next to it), or null when it does not match. */
export function matchReason(g: FilterableGroup, q: string): string | null {
  const needle = q.trim().toLowerCase();
  if (!needle) return "";
  const has = (s: string | null | undefined) => !!s && s.toLowerCase().includes(needle);
  if (has(g.name) || has(g.dir)) return "";
  if (has(g.label)) return `label ${g.label}`;
  const lead = [...g.chairs, ...g.techLeads].find((p) => has(p.github) || has(p.name));
  if (lead) return `lead ${lead.name ?? lead.github}`;
  const sub = g.subprojects.find(has);
  if (sub) return `subproject ${sub}`;
  return null;
}

/** Apply kind, search text and weekday filters (search covers name, dir, label, lead names/handles and subprojects). */
export function filterGroups<G extends FilterableGroup>(groups: G[], f: GroupFilter): (G & { matched: string })[] {
  const out: (G & { matched: string })[] = [];
  for (const g of groups) {
    if (f.kind && g.kind !== f.kind) continue;
    if (f.day !== undefined && !g.meetingWeekdays.includes(f.day)) continue;
    const reason = f.q ? matchReason(g, f.q) : "";
    if (reason === null) continue;
    out.push({ ...g, matched: reason });
  }
  return out;
}
