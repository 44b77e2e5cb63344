// Parsers for the DevStats reference tables bundled beside the exports: repo → repo group CSV and the quick-ranges CSV.
import { parseCsvObjects } from "@/lib/csv/parse-csv";
import type { ProblemLog } from "../problems";
import type { RangeFact } from "./model";
import { canonicalRange } from "./names";

/** kubernetes-repo-groups.csv (`repo,repo_group`) → repo (lower case) → group. */
export function parseRepoGroupsCsv(text: string, file: string, log: ProblemLog): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of parseCsvObjects(text).rows) {
    const repo = r.values.repo?.trim().toLowerCase();
    const group = r.values.repo_group?.trim();
    if (!repo || !group) log.error(file, "repo and repo_group must both be set", { line: r.line });
    else out.set(repo, group);
  }
  return out;
}

const ts = (s: string | undefined) => (s && s.trim() ? new Date(s.trim().replace(" ", "T") + "Z").toISOString() : null);

/** reference/kubernetes-quick-ranges.csv (`quick_ranges_name,quick_ranges_suffix,from_utc,to_utc,…`) → ranges with dates. */
export function parseQuickRangesCsv(text: string, file: string, log: ProblemLog): RangeFact[] {
  return parseCsvObjects(text).rows.flatMap((r, i) => {
    const name = canonicalRange(r.values.quick_ranges_name ?? "");
    if (!name) {
      log.error(file, `unknown range "${r.values.quick_ranges_name}"`, { line: r.line, field: "quick_ranges_name" });
      return [];
    }
    return [{ name, suffix: r.values.quick_ranges_suffix || null, startsAt: ts(r.values.from_utc), endsAt: ts(r.values.to_utc), sortOrder: i }];
  });
}

/** Pair the Ranges response (names) with its raw twin (suffixes) by position. */
export function pairRanges(names: string[], suffixes: string[] | undefined): RangeFact[] {
  return names.map((name, i) => ({ name, suffix: suffixes && suffixes.length === names.length ? suffixes[i]! : null, startsAt: null, endsAt: null, sortOrder: i }));
}
