// Calendar-date helpers on ISO "YYYY-MM-DD" strings (UTC, no time zones), used by the lapse rules.

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + "T00:00:00Z");
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Add calendar months; the day is clamped to the target month's length (2024-02-29 + 12 months → 2025-02-28). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return new Date(Date.UTC(ty, tm, Math.min(d, last))).toISOString().slice(0, 10);
}

/** Add days. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso + "T00:00:00Z") + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + "T00:00:00Z") - Date.parse(a + "T00:00:00Z")) / 86_400_000);
}

/** The UTC calendar date of an ISO timestamp ("2023-01-27T14:15:59-08:00" → "2023-01-27"). */
export function utcDate(timestamp: string): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}

/** Today's UTC date. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
