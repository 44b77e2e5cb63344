// The date of a sigs.yaml snapshot: --as-of, else a YYYY-MM-DD in the file name, else the bundled data's provenance, else today.
import path from "node:path";

const real = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(d + "T00:00:00Z").toISOString().slice(0, 10) === d;

/** Decide the snapshot date and say where it came from ("--as-of", "file name", "provenance", "today"). */
export function resolveAsOf(opts: { asOf?: string; filePath: string; provenanceAsOf?: string; today?: string }): { date: string; source: string } {
  if (opts.asOf && real(opts.asOf)) return { date: opts.asOf, source: "--as-of" };
  const m = /(\d{4}-\d{2}-\d{2})/.exec(path.basename(opts.filePath));
  if (m && real(m[1]!)) return { date: m[1]!, source: "file name" };
  if (opts.provenanceAsOf && real(opts.provenanceAsOf)) return { date: opts.provenanceAsOf, source: "provenance" };
  return { date: opts.today ?? new Date().toISOString().slice(0, 10), source: "today" };
}
