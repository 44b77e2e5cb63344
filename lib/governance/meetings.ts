// Best-effort normalisation of sigs.yaml's free-text meeting fields (day, time, tz, frequency).
// Raw strings are always kept by callers; every derived value is null when the text is not understood.

/** Weekday names, index = 0 (Sunday) … 6 (Saturday). */
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** How often a meeting recurs, as far as the free text says. */
export interface Cadence {
  /** weekly | biweekly | every-4-weeks | monthly | unknown */
  kind: "weekly" | "biweekly" | "every-4-weeks" | "monthly" | "unknown";
  /** monthly meetings: which weekday of the month (1..4, -1 = last); null when not stated */
  nth: number | null;
}

/** The derived, machine-usable view of one meeting. */
export interface NormalisedMeeting {
  weekday: number | null;
  timeOfDay: string | null;
  timeZone: string | null;
  cadence: Cadence;
  /** a stated first date (YYYY-MM-DD), e.g. "biweekly starting Tuesday Oct 28, 2025" */
  startDate: string | null;
}

const DAY_RE = /\b(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?s?\b/i;
const DAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** "Thursdays (starting …)" → 4; "third Wednesday" → 3; null when no weekday is named. */
export function parseWeekday(raw: string | null | undefined): number | null {
  const m = DAY_RE.exec(raw ?? "");
  if (!m) return null;
  return DAY_INDEX[m[1]!.slice(0, 3).toLowerCase()] ?? null;
}

/** "9:00" → "09:00", "2PM" → "14:00", "10:30 am" → "10:30"; null when not a clock time. */
export function parseTimeOfDay(raw: string | null | undefined): string | null {
  const m = /^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$/i.exec(raw ?? "");
  if (!m) return null;
  let h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  const ampm = m[3]?.toLowerCase().replace(/\./g, "");
  if (!m[2] && !ampm) return null;
  if (ampm) {
    if (h < 1 || h > 12) return null;
    if (ampm === "pm" && h !== 12) h += 12;
    if (ampm === "am" && h === 12) h = 0;
  }
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
}

// Ordered: first match wins. Abbreviations are matched as whole words at the start of the text.
const ZONE_RULES: [RegExp, string][] = [
  [/\bpacific\b|^P[SD]?T\b/i, "America/Los_Angeles"],
  [/\beastern\b|^E[SD]?T\b/i, "America/New_York"],
  [/\bcentral european\b|^CES?T\b|\bberlin\b|\bgermany\b/i, "Europe/Berlin"],
  [/\bparis\b|\bfrance\b/i, "Europe/Paris"],
  [/\bmountain\b|^M[SD]T\b/i, "America/Denver"],
  [/\bcentral time\b|^C[SD]T \(Central/i, "America/Chicago"],
  [/^(UTC|GMT|Z|Coordinated Universal Time)\b/i, "UTC"],
  [/\bpoland\b|\bwarsaw\b/i, "Europe/Warsaw"],
  [/^IST\b|\bindia\b|\bkolkata\b/i, "Asia/Kolkata"],
  [/\buk\b|\blondon\b|^BST\b|\bbritish\b/i, "Europe/London"],
  [/^JST\b|\bjapan\b|\btokyo\b/i, "Asia/Tokyo"],
  [/\bchina\b|\bbeijing\b|\bshanghai\b/i, "Asia/Shanghai"],
  [/^AEST\b|^AEDT\b|\bsydney\b/i, "Australia/Sydney"],
];

/** True when the runtime knows `tz` as an IANA time zone. */
export function isIanaZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return /\//.test(tz) || tz === "UTC";
  } catch {
    return false;
  }
}

/** "PT (Pacific Time)" → America/Los_Angeles, "CET" → Europe/Berlin, "Poland" → Europe/Warsaw, "Europe/Madrid" as is; else null. */
export function resolveTimeZone(raw: string | null | undefined): string | null {
  const s = (raw ?? "").trim();
  if (!s) return null;
  if (isIanaZone(s)) return s;
  for (const [re, zone] of ZONE_RULES) if (re.test(s)) return zone;
  return null;
}

const ORDINALS: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, last: -1 };

/** Cadence from the frequency text, using the day text for "third Wednesday"-style monthly meetings. */
export function parseCadence(frequencyRaw: string | null | undefined, dayRaw?: string | null): Cadence {
  const f = (frequencyRaw ?? "").toLowerCase();
  const d = (dayRaw ?? "").toLowerCase();
  const ordinalBeforeDay = (text: string): number | null => {
    if (/\bafter\b/.test(text)) return null; // "Wednesday, after the fourth Tuesday": not expressible as nth weekday
    const m = /\b(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+(?:sun|mon|tue|wed|thu|fri|sat)/.exec(text);
    return m ? ORDINALS[m[1]!]! : null;
  };
  const nth = ordinalBeforeDay(f) ?? ordinalBeforeDay(d);
  if (/\bbi-?\s?weekly\b|every (two|2|other) weeks?/.test(f)) return { kind: "biweekly", nth: null };
  if (/every (four|4) weeks/.test(f)) return { kind: "every-4-weeks", nth: null };
  if (/\bmonthly\b|of (the|each|every) month|every month/.test(f) || (nth !== null && !/\bweekly\b/.test(f))) return { kind: "monthly", nth };
  if (/\bweekly\b/.test(f)) return { kind: "weekly", nth: null };
  return { kind: "unknown", nth: null };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A first-meeting date stated in the text ("Oct 28, 2025", "September 10th 2024", "2019 start date: Jan. 11th") as YYYY-MM-DD. */
export function parseStartDate(...texts: (string | null | undefined)[]): string | null {
  for (const raw of texts) {
    const t = raw ?? "";
    let m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(t);
    let y: number | undefined, mo: number | undefined, day: number | undefined;
    if (m) [y, mo, day] = [Number(m[3]), MONTHS.indexOf(m[1]!.toLowerCase()), Number(m[2])];
    else {
      m = /\b(\d{4}) start date:?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})/i.exec(t);
      if (m) [y, mo, day] = [Number(m[1]), MONTHS.indexOf(m[2]!.toLowerCase()), Number(m[3])];
    }
    if (y === undefined || mo === undefined || day === undefined) continue;
    const date = new Date(Date.UTC(y, mo, day));
    if (date.getUTCMonth() !== mo || date.getUTCDate() !== day) continue;
    return date.toISOString().slice(0, 10);
  }
  return null;
}

/** All derived fields of one meeting from its raw strings. */
export function normaliseMeeting(raw: { day?: string | null; time?: string | null; tz?: string | null; frequency?: string | null }): NormalisedMeeting {
  return {
    weekday: parseWeekday(raw.day) ?? parseWeekday(raw.frequency),
    timeOfDay: parseTimeOfDay(raw.time),
    timeZone: resolveTimeZone(raw.tz),
    cadence: parseCadence(raw.frequency, raw.day),
    startDate: parseStartDate(raw.frequency, raw.day),
  };
}

/** Cadence as stored in meeting.cadence: "weekly", "biweekly", "every-4-weeks", "monthly", "monthly:3", "monthly:-1" or null. */
export function cadenceToString(c: Cadence): string | null {
  if (c.kind === "unknown") return null;
  return c.kind === "monthly" && c.nth !== null ? `monthly:${c.nth}` : c.kind;
}

/** Inverse of cadenceToString. */
export function cadenceFromString(s: string | null | undefined): Cadence {
  if (!s) return { kind: "unknown", nth: null };
  const [kind, nth] = s.split(":");
  if (kind === "weekly" || kind === "biweekly" || kind === "every-4-weeks" || kind === "monthly") return { kind, nth: nth !== undefined ? Number(nth) : null };
  return { kind: "unknown", nth: null };
}

/** Human label: "every 2 weeks", "monthly (3rd Wednesday)". */
export function describeCadence(c: Cadence, weekday: number | null): string {
  const day = weekday !== null ? WEEKDAYS[weekday] : "";
  switch (c.kind) {
    case "weekly":
      return day ? `every ${day}` : "weekly";
    case "biweekly":
      return day ? `every other ${day}` : "every 2 weeks";
    case "every-4-weeks":
      return day ? `every 4th ${day}` : "every 4 weeks";
    case "monthly":
      if (c.nth === null) return "monthly";
      return `monthly, ${c.nth === -1 ? "last" : ["", "1st", "2nd", "3rd", "4th"][c.nth]} ${day}`.trim();
    default:
      return "cadence not stated";
  }
}
