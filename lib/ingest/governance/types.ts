// The validated, normalised content of one sigs.yaml snapshot (output of parse-sigs.ts).
import type { NormalisedMeeting } from "@/lib/governance/meetings";
import type { OwnersRef } from "@/lib/governance/owners-url";
import type { Fact } from "@/lib/governance/history";

/** Group kinds, named as the group_kind enum. */
export type GroupKind = "sig" | "wg" | "committee" | "usergroup";

/** A person entry (leadership, liaison, subproject lead). Emails are deliberately dropped. */
export interface SigsPerson {
  github: string;
  /** lower-cased login: the identity across groups and snapshots */
  githubKey: string;
  name: string | null;
  companyRaw: string | null;
}

/** A meeting: raw strings as written plus the derived fields. */
export interface SigsMeeting {
  description: string;
  dayRaw: string | null;
  timeRaw: string | null;
  tzRaw: string | null;
  frequencyRaw: string | null;
  url: string | null;
  archiveUrl: string | null;
  recordingsUrl: string | null;
  calendarUrl: string | null;
  norm: NormalisedMeeting;
}

/** A contact channel (slack channel, mailing list, GitHub team). */
export interface SigsContact {
  kind: "slack" | "mailing_list" | "private_mailing_list" | "team";
  value: string;
  description: string | null;
}

/** A subproject of a group. */
export interface SigsSubproject {
  name: string;
  description: string | null;
  owners: { url: string; ref: OwnersRef | null }[];
  leads: SigsPerson[];
  meetings: SigsMeeting[];
  contacts: SigsContact[];
  extra: Record<string, unknown> | null;
}

/** A SIG, WG, committee or user group. */
export interface SigsGroup {
  dir: string;
  kind: GroupKind;
  name: string;
  label: string | null;
  missionStatement: string | null;
  charterLink: string | null;
  stakeholderSigs: string[];
  chairs: SigsPerson[];
  techLeads: SigsPerson[];
  emeritusLeads: SigsPerson[];
  liaison: SigsPerson | null;
  meetings: SigsMeeting[];
  contacts: SigsContact[];
  subprojects: SigsSubproject[];
  extra: Record<string, unknown> | null;
}

/** One parsed snapshot. */
export interface SigsSnapshot {
  groups: SigsGroup[];
  /** gb_rep and unknown top-level keys (emails removed) */
  topLevelExtra: Record<string, unknown> | null;
  facts: Fact[];
}
