// Time-series helpers: sum buckets inside a date window, fill gaps, group per year.

/** A value at the start of a period bucket. */
export interface Point {
  /** ISO date or timestamp of the bucket start */
  t: string;
  value: number;
}

/** Sum of buckets whose start lies in [from, to). Dates are ISO strings; null bounds are open. */
export function sumInWindow(points: Point[], from: string | null, to: string | null): number {
  return points.reduce((s, p) => ((from === null || p.t >= from) && (to === null || p.t < to) ? s + p.value : s), 0);
}

/** Sum points per calendar year ("2024" → total). */
export function sumByYear(points: Point[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of points) out.set(p.t.slice(0, 4), (out.get(p.t.slice(0, 4)) ?? 0) + p.value);
  return out;
}
