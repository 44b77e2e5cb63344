// The `?asOf=YYYY-MM-DD` parameter every conformance page and API takes (default: today, UTC).
import { isIsoDate, todayUtc } from "./dates";

/** Parse asOf: missing/empty → today; a real YYYY-MM-DD date → itself; anything else → an error message. */
export function parseAsOf(raw: string | null | undefined, now = new Date()): { ok: true; asOf: string; isDefault: boolean } | { ok: false; error: string } {
  if (raw === null || raw === undefined || raw.trim() === "") return { ok: true, asOf: todayUtc(now), isDefault: true };
  const s = raw.trim();
  if (!isIsoDate(s)) return { ok: false, error: `asOf must be a date as YYYY-MM-DD, got "${s.slice(0, 40)}"` };
  return { ok: true, asOf: s, isDefault: false };
}
