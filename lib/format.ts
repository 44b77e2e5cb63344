// Number, percentage and date formatting shared by pages, CSV and API (en-US, UTC dates).

const intFmt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const decFmt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** 1334974 → "1,334,974"; fractional values keep up to 2 decimals. */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return "–";
  return Number.isInteger(n) ? intFmt.format(n) : decFmt.format(n);
}

/** 0.2834 → "28.3%". */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || Number.isNaN(share)) return "–";
  return `${(share * 100).toFixed(digits)}%`;
}

/** ISO date or Date → "2025-08-21" (UTC). */
export function formatDate(d: string | Date | null | undefined): string {
  if (!d) return "–";
  const date = typeof d === "string" ? new Date(d) : d;
  if (Number.isNaN(date.getTime())) return String(d);
  return date.toISOString().slice(0, 10);
}

/** Short upstream commit for display: "24e7d8f5409c…" → "24e7d8f". */
export function shortSha(sha: string | null | undefined): string | null {
  return sha ? sha.slice(0, 7) : null;
}
