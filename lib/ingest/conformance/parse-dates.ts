// Pure parser for the merge-date CSVs derived from git history (k8s-submissions.csv, ai-submissions.csv):
// one row per (k8s_version, product_dir) with the first and last commit that touched the folder.
import { CsvSyntaxError, parseCsvObjects } from "@/lib/csv/parse-csv";
import type { ProblemLog } from "../problems";
import { parseMinorDir } from "./normalise";

/** Header every merge-date CSV starts with (used for content detection). */
export const DATES_HEADER = /^\uFEFF?k8s_version,product_dir,first_commit_date\b/;

/** One row: when a product folder for a version was first merged (the certification date) and last touched. */
export interface SubmissionDate {
  minor: string;
  productDir: string;
  firstCommitAt: string;
  firstCommit: string | null;
  lastCommitAt: string | null;
  lastCommit: string | null;
  line: number;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Parse a merge-date CSV; bad dates and duplicate rows are errors naming file, line and column. */
export function parseSubmissionDates(text: string, file: string, log: ProblemLog): SubmissionDate[] {
  let parsed: ReturnType<typeof parseCsvObjects>;
  try {
    parsed = parseCsvObjects(text, ",");
  } catch (err) {
    if (err instanceof CsvSyntaxError) log.error(file, err.message, { line: err.line, column: err.column });
    else log.error(file, (err as Error).message);
    return [];
  }
  for (const col of ["k8s_version", "product_dir", "first_commit_date"]) if (!parsed.header.includes(col)) log.error(file, `missing column "${col}"`, { line: 1 });
  const out: SubmissionDate[] = [];
  const seen = new Set<string>();
  for (const { line, values } of parsed.rows) {
    const minor = parseMinorDir(values.k8s_version ?? "");
    if (!minor) {
      log.error(file, `"${values.k8s_version}" is not a version like v1.32`, { line, field: "k8s_version" });
      continue;
    }
    const dir = values.product_dir ?? "";
    if (!dir) {
      log.error(file, "empty product_dir", { line, field: "product_dir" });
      continue;
    }
    const first = (values.first_commit_date ?? "").trim();
    const last = (values.last_commit_date ?? "").trim();
    if (!ISO.test(first) || Number.isNaN(Date.parse(first))) {
      log.error(file, `"${first}" is not an ISO date-time with offset`, { line, field: "first_commit_date" });
      continue;
    }
    if (last && (!ISO.test(last) || Number.isNaN(Date.parse(last)))) {
      log.error(file, `"${last}" is not an ISO date-time with offset`, { line, field: "last_commit_date" });
      continue;
    }
    const key = `${minor}/${dir}`;
    if (seen.has(key)) {
      log.error(file, `duplicate row for ${values.k8s_version}/${dir}`, { line, field: "product_dir" });
      continue;
    }
    seen.add(key);
    out.push({ minor, productDir: dir, firstCommitAt: first, firstCommit: values.first_commit || null, lastCommitAt: last || null, lastCommit: values.last_commit || null, line });
  }
  return out;
}
