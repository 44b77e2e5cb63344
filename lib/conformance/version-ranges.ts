// Compact display of a list of Kubernetes minors: runs of consecutive minors become ranges.
import { minorSortKey } from "@/lib/ingest/conformance/normalise";

/** ["1.24","1.25","1.26","1.28"] → "v1.24–v1.26, v1.28". */
export function formatVersionRanges(minors: string[]): string {
  const sorted = [...new Set(minors)].sort((a, b) => minorSortKey(a) - minorSortKey(b));
  const runs: [string, string][] = [];
  for (const m of sorted) {
    const last = runs.at(-1);
    if (last && minorSortKey(m) === minorSortKey(last[1]) + 1) last[1] = m;
    else runs.push([m, m]);
  }
  return runs.map(([a, b]) => (a === b ? `v${a}` : `v${a}–v${b}`)).join(", ");
}
