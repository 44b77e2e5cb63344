// Human-readable summary of an ingest run: per source, per table added/updated/removed/unchanged, and time.
import { formatProblem } from "./problems";
import type { RunSummary } from "./run";

const n = (x: number) => x.toLocaleString("en-US");

/** Render the run summary as a plain-text table. */
export function formatSummary(summary: RunSummary): string {
  const lines: string[] = [];
  for (const s of summary.sources) {
    const asOf = s.asOf ? `, as of ${s.asOf.date} (from ${s.asOf.source})` : "";
    lines.push(`${s.kind}: ${s.path} — ${n(s.records)} records${asOf}, ${(s.ms / 1000).toFixed(2)} s${s.changed ? "" : " — unchanged"}`);
    const rows = Object.entries(s.tables);
    if (rows.length > 0) {
      const w = Math.max(5, ...rows.map(([t]) => t.length));
      lines.push(`  ${"table".padEnd(w)}  ${"added".padStart(9)} ${"updated".padStart(9)} ${"removed".padStart(9)} ${"unchanged".padStart(9)}`);
      for (const [t, c] of rows) lines.push(`  ${t.padEnd(w)}  ${n(c.added).padStart(9)} ${n(c.updated).padStart(9)} ${n(c.removed).padStart(9)} ${n(c.unchanged).padStart(9)}`);
    }
    for (const w of s.warnings.slice(0, 20)) lines.push(`  ${formatProblem(w)}`);
    if (s.warnings.length > 20) lines.push(`  … and ${s.warnings.length - 20} more warnings`);
  }
  if (summary.skipped.length > 0) {
    lines.push(`skipped ${summary.skipped.length} file(s) no source kind recognises: ${summary.skipped.slice(0, 5).join(", ")}${summary.skipped.length > 5 ? ", …" : ""}`);
  }
  const verdict =
    summary.outcome === "committed" ? "committed" : summary.outcome === "dry-run" ? "dry run: rolled back, nothing written" : "unchanged: nothing written";
  lines.push(`${verdict} (${(summary.ms / 1000).toFixed(2)} s total)`);
  return lines.join("\n");
}
