// iCalendar (RFC 5545) feed of group meetings: TZID-anchored DTSTART, VTIMEZONE built from the runtime's
// tz database, RRULE for weekly / biweekly / every-4-weeks / monthly nth-weekday cadences, escaped text.
import { cadenceFromString, describeCadence, WEEKDAYS } from "./meetings";
import { firstOccurrenceDate, zoneOffsetMinutes } from "./zoned-time";

/** One meeting as the calendar needs it. */
export interface IcsMeeting {
  uid: string;
  summary: string;
  weekday: number | null;
  timeOfDay: string | null;
  timeZone: string | null;
  cadence: string | null;
  startDate?: string | null;
  /** free text appended to the description (raw day/time/tz/frequency, links) */
  description: string;
  url: string | null;
}

/** Escape TEXT values: backslash, semicolon, comma, newlines (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** Fold a content line to ≤ 75 octets per physical line (continuations start with a space), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = "";
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, "utf8");
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + n > limit) {
      out.push(cur);
      cur = "";
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join("\r\n ");
}

const BYDAY = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
const pad = (n: number) => String(n).padStart(2, "0");
const fmtOffset = (min: number) => `${min < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(min) / 60))}${pad(Math.abs(min) % 60)}`;
const localStamp = (ymd: string, hm: string) => `${ymd.replace(/-/g, "")}T${hm.replace(":", "")}00`;

/** RRULE for a stored cadence string and weekday; null when the cadence is unknown or not expressible. */
export function rruleFor(cadence: string | null, weekday: number): string | null {
  const c = cadenceFromString(cadence);
  const day = BYDAY[weekday]!;
  if (c.kind === "weekly") return `FREQ=WEEKLY;BYDAY=${day}`;
  if (c.kind === "biweekly") return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day}`;
  if (c.kind === "every-4-weeks") return `FREQ=WEEKLY;INTERVAL=4;BYDAY=${day}`;
  if (c.kind === "monthly" && c.nth !== null) return `FREQ=MONTHLY;BYDAY=${c.nth}${day}`;
  return null;
}

/** Day of month of the nth (1..4, -1 = last) `weekday` in (year, month0). */
function nthWeekdayOfMonth(year: number, month0: number, nth: number, weekday: number): number {
  if (nth === -1) {
    const last = new Date(Date.UTC(year, month0 + 1, 0));
    return last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7);
  }
  const first = new Date(Date.UTC(year, month0, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
}

/** Find the instants in `year` where the offset of `tz` changes (at most a few), to the minute. */
function transitions(tz: string, year: number): { at: number; before: number; after: number }[] {
  const out: { at: number; before: number; after: number }[] = [];
  const start = Date.UTC(year, 0, 1);
  const day = 86_400_000;
  let prev = zoneOffsetMinutes(tz, new Date(start));
  for (let t = start + day; t <= Date.UTC(year + 1, 0, 1); t += day) {
    const cur = zoneOffsetMinutes(tz, new Date(t));
    if (cur !== prev) {
      let lo = t - day, hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000;
        if (zoneOffsetMinutes(tz, new Date(mid)) === prev) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, before: prev, after: cur });
      prev = cur;
    }
  }
  return out;
}

/** A VTIMEZONE block for `tz` with yearly rules derived from `year`'s transitions (or a fixed offset). */
export function vtimezone(tz: string, year: number): string[] {
  const lines = ["BEGIN:VTIMEZONE", `TZID:${tz}`];
  const trans = transitions(tz, year);
  if (trans.length === 0) {
    const off = fmtOffset(zoneOffsetMinutes(tz, new Date(Date.UTC(year, 0, 1))));
    lines.push("BEGIN:STANDARD", "DTSTART:19700101T000000", `TZOFFSETFROM:${off}`, `TZOFFSETTO:${off}`, "END:STANDARD");
  } else {
    for (const t of trans) {
      const local = new Date(t.at + t.before * 60_000); // wall time just before the change
      const d = local.getUTCDate();
      const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
      const nth = d + 7 > daysInMonth ? -1 : Math.ceil(d / 7);
      const isDst = t.after > t.before;
      lines.push(
        isDst ? "BEGIN:DAYLIGHT" : "BEGIN:STANDARD",
        `DTSTART:1970${pad(local.getUTCMonth() + 1)}${pad(nthWeekdayOfMonth(1970, local.getUTCMonth(), nth, local.getUTCDay()))}T${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}00`,
        `RRULE:FREQ=YEARLY;BYMONTH=${local.getUTCMonth() + 1};BYDAY=${nth}${BYDAY[local.getUTCDay()]}`,
        `TZOFFSETFROM:${fmtOffset(t.before)}`,
        `TZOFFSETTO:${fmtOffset(t.after)}`,
        isDst ? "END:DAYLIGHT" : "END:STANDARD",
      );
    }
  }
  lines.push("END:VTIMEZONE");
  return lines;
}

/** Build a VCALENDAR. Meetings without weekday, time or zone are left out (returned in `skipped`). */
export function buildCalendar(opts: { name: string; meetings: IcsMeeting[]; asOf: string; stamp: string }): { text: string; skipped: IcsMeeting[] } {
  const year = Number(opts.asOf.slice(0, 4));
  const zones = new Set<string>();
  const events: string[][] = [];
  const skipped: IcsMeeting[] = [];
  for (const m of opts.meetings) {
    if (m.weekday === null || !m.timeOfDay || !m.timeZone) {
      skipped.push(m);
      continue;
    }
    const cadence = cadenceFromString(m.cadence);
    const first = firstOccurrenceDate(opts.asOf, m.weekday, cadence, m.startDate ?? null);
    const rrule = rruleFor(m.cadence, m.weekday);
    const note = rrule ? "" : `\nRecurrence not machine-readable (${describeCadence(cadence, m.weekday)}); only the first meeting is listed.`;
    const ev = ["BEGIN:VEVENT", `UID:${m.uid}`, `DTSTAMP:${opts.stamp}`];
    if (m.timeZone === "UTC") ev.push(`DTSTART:${localStamp(first, m.timeOfDay)}Z`);
    else {
      zones.add(m.timeZone);
      ev.push(`DTSTART;TZID=${m.timeZone}:${localStamp(first, m.timeOfDay)}`);
    }
    ev.push("DURATION:PT1H");
    if (rrule) ev.push(`RRULE:${rrule}`);
    ev.push(`SUMMARY:${escapeText(m.summary)}`, `DESCRIPTION:${escapeText(m.description + note)}`);
    if (m.url) ev.push(`URL:${m.url}`, `LOCATION:${escapeText(m.url)}`);
    ev.push("END:VEVENT");
    events.push(ev);
  }
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bazaar//Kubernetes community meetings//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(opts.name)}`];
  for (const z of [...zones].sort()) lines.push(...vtimezone(z, year));
  for (const ev of events) lines.push(...ev);
  lines.push("END:VCALENDAR");
  return { text: lines.map(foldLine).join("\r\n") + "\r\n", skipped };
}

/** Weekday name for descriptions. */
export const weekdayName = (d: number | null): string => (d === null ? "" : WEEKDAYS[d]!);
