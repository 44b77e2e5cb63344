// Company rankings: competition ranks ("1224"), shares of a total, and deltas against a previous period.

/** A ranked row. */
export interface Ranked<T> {
  rank: number;
  row: T;
}

/** Rank rows by value, highest first; ties share a rank and the next rank skips (1, 2, 2, 4). Stable by `name` for ties. */
export function rankByValue<T>(rows: T[], value: (r: T) => number, name: (r: T) => string): Ranked<T>[] {
  const sorted = [...rows].sort((a, b) => value(b) - value(a) || name(a).localeCompare(name(b)));
  const out: Ranked<T>[] = [];
  sorted.forEach((row, i) => {
    const prev = out[i - 1];
    out.push({ rank: prev && value(prev.row) === value(row) ? prev.rank : i + 1, row });
  });
  return out;
}

/** Share of `value` in `total` (0–1); null when the total is unknown or zero. */
export function share(value: number, total: number | null | undefined): number | null {
  if (!total || total <= 0) return null;
  return value / total;
}

/** Absolute and relative change from `previous` to `current`; relative is null when there was nothing before. */
export function delta(current: number, previous: number | null | undefined): { abs: number | null; rel: number | null } {
  if (previous === null || previous === undefined) return { abs: null, rel: null };
  return { abs: current - previous, rel: previous === 0 ? null : (current - previous) / previous };
}

/** Change in share, in percentage points, between two periods (null when either share is unknown). */
export function shareDeltaPoints(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return (current - previous) * 100;
}
