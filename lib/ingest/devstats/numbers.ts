// Strict parsing of DevStats counts: JSON numbers, and CSV cells written as integers, floats or with thousands separators.

/** Result of reading one count: a value, null for an empty cell, or an error message. */
export type CountResult = { ok: true; value: number | null } | { ok: false; message: string };

/** Parse a CSV cell count: "1334974", "1334974.0", "1,334,974", "1 334 974", "" (null). Negative or non-numeric → error. */
export function parseCountCell(cell: string): CountResult {
  const s = cell.trim();
  if (s === "" || s.toLowerCase() === "null") return { ok: true, value: null };
  let t = s;
  if (/^-?\d{1,3}([, \u00a0\u202f']\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/[, \u00a0\u202f']/g, "");
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t)) return { ok: false, message: `"${s}" is not a number` };
  const v = Number(t);
  if (!Number.isFinite(v)) return { ok: false, message: `"${s}" is not a finite number` };
  if (v < 0) return { ok: false, message: `negative count ${s}` };
  return { ok: true, value: v };
}

/** Check a JSON value is a non-negative finite number (DevStats never sends counts as strings). */
export function checkJsonCount(v: unknown): CountResult {
  if (v === null) return { ok: true, value: null };
  if (typeof v !== "number") return { ok: false, message: `expected a number, got ${typeof v} ${JSON.stringify(v)?.slice(0, 40)}` };
  if (!Number.isFinite(v)) return { ok: false, message: `not a finite number` };
  if (v < 0) return { ok: false, message: `negative count ${v}` };
  return { ok: true, value: v };
}
