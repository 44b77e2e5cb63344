// Pure parser for kubernetes/community sigs.yaml: validates every group, person, meeting and subproject,
// names file/line/column/field for each problem, keeps unknown keys, and derives normalised fields.
import { LineCounter, parseDocument } from "yaml";
import { normaliseMeeting } from "@/lib/governance/meetings";
import { parseOwnersUrl } from "@/lib/governance/owners-url";
import { ProblemLog } from "../problems";
import { buildFacts } from "./sigs-facts";
import type { GroupKind, SigsContact, SigsGroup, SigsMeeting, SigsPerson, SigsSnapshot, SigsSubproject } from "./types";
import { isPlainObject, YamlReader, type YamlPath } from "./yaml-reader";

/** Top-level list keys and the group kind each holds. */
export const GROUP_LISTS: Record<string, GroupKind> = { sigs: "sig", workinggroups: "wg", committees: "committee", usergroups: "usergroup" };
const KNOWN_TOP = new Set([...Object.keys(GROUP_LISTS), "gb_rep"]);
const GROUP_KEYS = new Set(["dir", "name", "mission_statement", "charter_link", "label", "leadership", "meetings", "contact", "subprojects", "stakeholder_sigs"]);
const SUBPROJECT_KEYS = new Set(["name", "description", "owners", "leads", "meetings", "contact"]);
const PERSON_KEYS = new Set(["github", "name", "company", "email"]);
const MEETING_KEYS = new Set(["description", "day", "time", "tz", "frequency", "url", "archive_url", "recordings_url", "calendar_url"]);
const CONTACT_KEYS = new Set(["slack", "mailing_list", "private_mailing_list", "teams", "liaison"]);
const LEADERSHIP_KEYS = new Set(["chairs", "tech_leads", "emeritus_leads"]);
const DIR_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const GITHUB_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const PREFIX: Record<GroupKind, RegExp> = { sig: /^sig-/, wg: /^wg-/, committee: /^committee-/, usergroup: /^ug-/ };

/** Parse sigs.yaml text. Throws IngestValidationError (all problems, with positions) on any error. */
export function parseSigsYaml(text: string, file: string): { snapshot: SigsSnapshot; warnings: ProblemLog["items"] } {
  const log = new ProblemLog();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    const at = e.linePos?.[0] ?? (e.pos ? lines.linePos(e.pos[0]) : undefined);
    log.error(file, `YAML syntax error: ${e.message.split("\n")[0]}`, at ? { line: at.line, column: at.col } : {});
  }
  log.throwIfErrors();
  const r = new YamlReader(doc, lines, log, file);
  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    log.error(file, `YAML could not be read: ${(err as Error).message}`);
    log.throwIfErrors();
  }
  if (!isPlainObject(root) || !Object.keys(GROUP_LISTS).some((k) => k in root)) {
    log.error(file, "expected a YAML mapping with sigs / workinggroups / committees / usergroups lists", r.pos([]));
    log.throwIfErrors();
  }
  const top = root as Record<string, unknown>;
  const topLevelExtra: Record<string, unknown> = {};
  for (const key of Object.keys(top)) {
    if (key === "gb_rep") {
      const p = readPerson(r, top[key], [key]);
      if (p) topLevelExtra.gb_rep = { github: p.github, name: p.name, company: p.companyRaw };
    } else if (!KNOWN_TOP.has(key)) {
      r.warn([key], `unknown top-level key "${key}" (kept verbatim, not shown)`);
      topLevelExtra[key] = stripEmails(top[key]);
    }
  }

  const groups: SigsGroup[] = [];
  const seenDir = new Map<string, string>();
  const groupPath = new Map<string, YamlPath>();
  for (const [listKey, kind] of Object.entries(GROUP_LISTS)) {
    r.list(top[listKey], [listKey]).forEach((raw, i) => {
      const g = readGroup(r, raw, [listKey, i], kind);
      if (!g) return;
      const key = g.dir.toLowerCase();
      const first = seenDir.get(key);
      if (first) r.error([listKey, i, "dir"], `duplicate dir "${g.dir}" (first at ${first})`);
      else {
        seenDir.set(key, YamlReader.field([listKey, i]) + ` line ${r.pos([listKey, i]).line ?? "?"}`);
        groups.push(g);
        groupPath.set(g.dir, [listKey, i]);
      }
    });
  }
  const sigNames = new Set(groups.filter((g) => g.kind === "sig").map((g) => g.name.toLowerCase()));
  for (const g of groups) {
    g.stakeholderSigs.forEach((s, j) => {
      if (!sigNames.has(s.toLowerCase())) r.warn([...groupPath.get(g.dir)!, "stakeholder_sigs", j], `stakeholder SIG "${s}" of ${g.dir} matches no SIG name`);
    });
  }
  log.throwIfErrors();
  return { snapshot: { groups, topLevelExtra: Object.keys(topLevelExtra).length ? topLevelExtra : null, facts: buildFacts(groups) }, warnings: log.warnings };
}

const warnedKeys = new WeakMap<ProblemLog, Set<string>>();
function unknownKeys(r: YamlReader, obj: Record<string, unknown>, known: Set<string>, path: YamlPath, what: string): Record<string, unknown> | null {
  const extra: Record<string, unknown> = {};
  let seen = warnedKeys.get(r.log);
  if (!seen) warnedKeys.set(r.log, (seen = new Set()));
  for (const k of Object.keys(obj)) {
    if (known.has(k)) continue;
    extra[k] = stripEmails(obj[k]);
    if (!seen.has(`${what}.${k}`)) {
      seen.add(`${what}.${k}`);
      r.warn([...path, k], `unknown ${what} key "${k}" (kept verbatim; further occurrences not reported)`);
    }
  }
  return Object.keys(extra).length ? extra : null;
}

function stripEmails(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripEmails);
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).filter(([k]) => k !== "email").map(([k, x]) => [k, stripEmails(x)]));
  return v;
}

function readGroup(r: YamlReader, raw: unknown, path: YamlPath, kind: GroupKind): SigsGroup | null {
  const g = r.mapping(raw, path);
  if (!g) {
    if (raw === null || raw === undefined) r.error(path, "empty group entry");
    return null;
  }
  const dir = r.text(g.dir, [...path, "dir"], true);
  if (dir === null) return null;
  if (!DIR_RE.test(dir)) {
    r.error([...path, "dir"], `"${dir}" is not a folder name (letters, digits, . _ -)`);
    return null;
  }
  if (!PREFIX[kind].test(dir)) r.warn([...path, "dir"], `"${dir}" is listed as ${kind} but lacks the usual prefix`);
  const extra = unknownKeys(r, g, GROUP_KEYS, path, "group") ?? {};
  const leadership = r.mapping(g.leadership, [...path, "leadership"]) ?? {};
  for (const k of Object.keys(leadership)) {
    if (LEADERSHIP_KEYS.has(k)) continue;
    r.warn([...path, "leadership", k], `unknown leadership role "${k}" (kept verbatim, not counted as seats)`);
    extra[`leadership.${k}`] = stripEmails(leadership[k]);
  }
  const people = (key: string) => dedupePeople(r, readPeople(r, leadership[key], [...path, "leadership", key]), [...path, "leadership", key]);
  const contact = r.mapping(g.contact, [...path, "contact"]) ?? {};
  const contactExtra = unknownKeys(r, contact, CONTACT_KEYS, [...path, "contact"], "contact");
  if (contactExtra) extra.contact = contactExtra;
  const stakeholderSigs = r.list(g.stakeholder_sigs, [...path, "stakeholder_sigs"]).flatMap((s, i) => r.text(s, [...path, "stakeholder_sigs", i]) ?? []);
  const subprojects: SigsSubproject[] = [];
  const seenSub = new Set<string>();
  r.list(g.subprojects, [...path, "subprojects"]).forEach((s, i) => {
    const sp = readSubproject(r, s, [...path, "subprojects", i]);
    if (!sp) return;
    if (seenSub.has(sp.name)) r.error([...path, "subprojects", i, "name"], `duplicate subproject "${sp.name}" in ${dir}`);
    else {
      seenSub.add(sp.name);
      subprojects.push(sp);
    }
  });
  return {
    dir,
    kind,
    name: r.text(g.name, [...path, "name"]) ?? dir,
    label: r.text(g.label, [...path, "label"]),
    missionStatement: r.text(g.mission_statement, [...path, "mission_statement"]),
    charterLink: r.text(g.charter_link, [...path, "charter_link"]),
    stakeholderSigs,
    chairs: people("chairs"),
    techLeads: people("tech_leads"),
    emeritusLeads: people("emeritus_leads"),
    liaison: contact.liaison === undefined ? null : readPerson(r, contact.liaison, [...path, "contact", "liaison"]),
    meetings: readMeetings(r, g.meetings, [...path, "meetings"]),
    contacts: readContacts(r, contact, [...path, "contact"]),
    subprojects,
    extra: Object.keys(extra).length ? extra : null,
  };
}

function readSubproject(r: YamlReader, raw: unknown, path: YamlPath): SigsSubproject | null {
  const s = r.mapping(raw, path);
  if (!s) return null;
  const name = r.text(s.name, [...path, "name"], true);
  if (name === null) return null;
  const owners: SigsSubproject["owners"] = [];
  r.list(s.owners, [...path, "owners"]).forEach((o, i) => {
    const url = r.url(o, [...path, "owners", i]);
    if (url === null) return;
    if (owners.some((x) => x.url === url)) return r.warn([...path, "owners", i], `duplicate OWNERS URL ignored`);
    const ref = parseOwnersUrl(url);
    if (!ref) r.warn([...path, "owners", i], "not a GitHub OWNERS URL (raw.githubusercontent.com or github.com/…/blob/…); repository unknown");
    owners.push({ url, ref });
  });
  if (owners.length === 0) r.warn([...path, "owners"], `subproject "${name}" lists no OWNERS files`);
  const contact = r.mapping(s.contact, [...path, "contact"]) ?? {};
  return {
    name,
    description: r.text(s.description, [...path, "description"]),
    owners,
    leads: dedupePeople(r, readPeople(r, s.leads, [...path, "leads"]), [...path, "leads"]),
    meetings: readMeetings(r, s.meetings, [...path, "meetings"]),
    contacts: readContacts(r, contact, [...path, "contact"]),
    extra: unknownKeys(r, s, SUBPROJECT_KEYS, path, "subproject"),
  };
}

function readPeople(r: YamlReader, raw: unknown, path: YamlPath): SigsPerson[] {
  return r.list(raw, path).flatMap((p, i) => readPerson(r, p, [...path, i]) ?? []);
}

function dedupePeople(r: YamlReader, people: SigsPerson[], path: YamlPath): SigsPerson[] {
  const seen = new Set<string>();
  return people.filter((p, i) => {
    if (seen.has(p.githubKey)) {
      r.warn([...path, i], `${p.github} is listed twice; counted once`);
      return false;
    }
    seen.add(p.githubKey);
    return true;
  });
}

function readPerson(r: YamlReader, raw: unknown, path: YamlPath): SigsPerson | null {
  const p = r.mapping(raw, path);
  if (!p) return null;
  unknownKeys(r, p, PERSON_KEYS, path, "person");
  const github = r.text(p.github, [...path, "github"], true);
  if (github === null) return null;
  const login = github.replace(/^@/, "");
  if (!GITHUB_RE.test(login)) {
    r.error([...path, "github"], `"${github}" is not a GitHub login`);
    return null;
  }
  return { github: login, githubKey: login.toLowerCase(), name: r.text(p.name, [...path, "name"]), companyRaw: r.text(p.company, [...path, "company"]) };
}

function readMeetings(r: YamlReader, raw: unknown, path: YamlPath): SigsMeeting[] {
  return r.list(raw, path).flatMap((m0, i) => {
    const at = [...path, i];
    const m = r.mapping(m0, at);
    if (!m) return [];
    unknownKeys(r, m, MEETING_KEYS, at, "meeting");
    const raws = { day: r.text(m.day, [...at, "day"]), time: r.text(m.time, [...at, "time"]), tz: r.text(m.tz, [...at, "tz"]), frequency: r.text(m.frequency, [...at, "frequency"]) };
    const norm = normaliseMeeting(raws);
    if (raws.tz && !norm.timeZone) r.warn([...at, "tz"], `time zone "${raws.tz}" not recognised; shown as written, left out of the calendar`);
    if (raws.time && !norm.timeOfDay) r.warn([...at, "time"], `time "${raws.time}" not recognised`);
    return [{
      description: r.text(m.description, [...at, "description"]) ?? "",
      dayRaw: raws.day,
      timeRaw: raws.time,
      tzRaw: raws.tz,
      frequencyRaw: raws.frequency,
      url: r.url(m.url, [...at, "url"]),
      archiveUrl: r.url(m.archive_url, [...at, "archive_url"]),
      recordingsUrl: r.url(m.recordings_url, [...at, "recordings_url"]),
      calendarUrl: r.url(m.calendar_url, [...at, "calendar_url"]),
      norm,
    }];
  });
}

function readContacts(r: YamlReader, c: Record<string, unknown>, path: YamlPath): SigsContact[] {
  const out: SigsContact[] = [];
  const slack = r.text(c.slack, [...path, "slack"]);
  if (slack) out.push({ kind: "slack", value: slack.replace(/^#/, ""), description: null });
  const ml = r.url(c.mailing_list, [...path, "mailing_list"]);
  if (ml) out.push({ kind: "mailing_list", value: ml, description: null });
  const pml = r.text(c.private_mailing_list, [...path, "private_mailing_list"]);
  if (pml) out.push({ kind: "private_mailing_list", value: pml, description: null });
  r.list(c.teams, [...path, "teams"]).forEach((t0, i) => {
    const t = r.mapping(t0, [...path, "teams", i]);
    const name = t && r.text(t.name, [...path, "teams", i, "name"], true);
    if (!t || !name || out.some((x) => x.kind === "team" && x.value === name)) return;
    out.push({ kind: "team", value: name, description: r.text(t.description, [...path, "teams", i, "description"]) });
  });
  return out;
}
