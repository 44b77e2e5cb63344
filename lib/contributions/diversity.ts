// Vendor-diversity measures over company contribution counts: elephant factor, top-company share, HHI.

/** Input for diversity measures: one value per company (unaffiliated activity excluded by the caller). */
export interface CompanyValue {
  company: string;
  value: number;
}

/** Elephant factor: the fewest companies whose contributions together reach `threshold` (default 50 %) of the total. 0 for no activity. */
export function elephantFactor(values: number[], threshold = 0.5): number {
  const sorted = values.filter((v) => v > 0).sort((a, b) => b - a);
  const total = sorted.reduce((s, v) => s + v, 0);
  if (total === 0) return 0;
  let acc = 0;
  for (let i = 0; i < sorted.length; i++) {
    acc += sorted[i]!;
    if (acc >= threshold * total - 1e-9) return i + 1;
  }
  return sorted.length;
}

/** Herfindahl–Hirschman index on the 0–10,000 scale (sum of squared percentage shares). 10,000 = one company; null for no activity. */
export function hhi(values: number[]): number | null {
  const total = values.reduce((s, v) => s + Math.max(v, 0), 0);
  if (total === 0) return null;
  return values.reduce((s, v) => s + (100 * Math.max(v, 0) / total) ** 2, 0);
}

/** Share (0–1) of the largest company, or null for no activity. */
export function topShare(values: number[]): number | null {
  const total = values.reduce((s, v) => s + Math.max(v, 0), 0);
  if (total === 0) return null;
  return Math.max(...values) / total;
}

/** Usual reading of an HHI value (US DOJ/FTC 2023 thresholds): unconcentrated < 1,000 ≤ moderately < 1,800 ≤ highly concentrated. */
export function hhiBand(h: number | null): "none" | "unconcentrated" | "moderate" | "high" {
  if (h === null) return "none";
  return h < 1000 ? "unconcentrated" : h < 1800 ? "moderate" : "high";
}

/** All three measures at once, plus the top company's name. */
export function diversityOf(rows: CompanyValue[]): { elephantFactor: number; hhi: number | null; topShare: number | null; topCompany: string | null; companies: number; total: number } {
  const values = rows.map((r) => r.value);
  const top = [...rows].sort((a, b) => b.value - a.value || a.company.localeCompare(b.company))[0];
  return {
    elephantFactor: elephantFactor(values),
    hhi: hhi(values),
    topShare: topShare(values),
    topCompany: top && top.value > 0 ? top.company : null,
    companies: rows.filter((r) => r.value > 0).length,
    total: values.reduce((s, v) => s + v, 0),
  };
}
