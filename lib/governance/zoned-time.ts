// Wall-clock time in an IANA zone ↔ UTC instants, and the next occurrence of a recurring meeting.
// Pure (Intl only), shared by the server (.ics) and the client (viewer's local time).
import type { Cadence } from "./meetings";

/** Offset of `tz` from UTC at `instant`, in minutes (e.g. -420 for PDT). */
export function zoneOffsetMinutes(tz: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: tz, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour") % 24, get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The UTC instant of wall-clock `ymd` + `hm` ("HH:MM") in `tz` (DST-correct; gaps resolve forward). */
export function zonedToUtc(ymd: string, hm: string, tz: string): Date {
  const [y, mo, d] = ymd.split("-").map(Number) as [number, number, number];
  const [h, mi] = hm.split(":").map(Number) as [number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  let off = zoneOffsetMinutes(tz, new Date(guess));
  let t = guess - off * 60_000;
  const off2 = zoneOffsetMinutes(tz, new Date(t));
  if (off2 !== off) {
    off = off2;
    t = guess - off * 60_000;
  }
  return new Date(t);
}

/** Calendar date (YYYY-MM-DD) of `instant` in `tz`. */
export function dateInZone(instant: Date, tz: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

const addDays = (ymd: string, n: number): string => {
  const d = new Date(ymd + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const weekdayOf = (ymd: string): number => new Date(ymd + "T00:00:00Z").getUTCDay();

/** Is `ymd` the nth (1..4, -1 = last) given weekday of its month? */
export function isNthWeekday(ymd: string, nth: number): boolean {
  const day = Number(ymd.slice(8, 10));
  if (nth === -1) return Number(addDays(ymd, 7).slice(8, 10)) < day;
  return Math.ceil(day / 7) === nth;
}

/** First date on/after `fromYmd` that fits the weekday, cadence and (for biweekly) the stated start date. */
export function firstOccurrenceDate(fromYmd: string, weekday: number, cadence: Cadence, startDate: string | null): string {
  let d = fromYmd;
  if (startDate && (cadence.kind === "biweekly" || cadence.kind === "every-4-weeks") && weekdayOf(startDate) === weekday) {
    const step = cadence.kind === "biweekly" ? 14 : 28;
    if (startDate >= fromYmd) return startDate;
    const days = Math.round((Date.parse(fromYmd) - Date.parse(startDate)) / 86_400_000);
    return addDays(startDate, Math.ceil(days / step) * step);
  }
  for (let i = 0; i < 400; i++, d = addDays(d, 1)) {
    if (weekdayOf(d) !== weekday) continue;
    if (cadence.kind === "monthly" && cadence.nth !== null && !isNthWeekday(d, cadence.nth)) continue;
    return d;
  }
  return d;
}

/** The next UTC instant (at or after `now`) of a meeting, or null when weekday, time or zone is unknown. */
export function nextOccurrence(m: { weekday: number | null; timeOfDay: string | null; timeZone: string | null; cadence: Cadence; startDate?: string | null }, now: Date): Date | null {
  if (m.weekday === null || !m.timeOfDay || !m.timeZone) return null;
  let from = dateInZone(now, m.timeZone);
  for (let i = 0; i < 3; i++) {
    const ymd = firstOccurrenceDate(from, m.weekday, m.cadence, m.startDate ?? null);
    const at = zonedToUtc(ymd, m.timeOfDay, m.timeZone);
    if (at.getTime() >= now.getTime()) return at;
    from = addDays(ymd, 1);
  }
  return null;
}
