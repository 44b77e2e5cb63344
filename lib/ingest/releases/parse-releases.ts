// Pure parser for data/kubernetes/releases.csv: one row per Kubernetes minor with release / end-of-life dates.
import { z } from "zod";
import { CsvSyntaxError, parseCsvObjects } from "@/lib/csv/parse-csv";
import { ProblemLog } from "../problems";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD").refine((s) => !Number.isNaN(Date.parse(s + "T00:00:00Z")), "not a real date");

/** One validated row of releases.csv. */
export const ReleaseRow = z.object({
  minor: z.string().regex(/^\d+\.\d+$/, 'expected a minor version like "1.32"'),
  release_date: isoDate,
  end_of_life_date: z.union([z.literal(""), isoDate]),
  source: z.string(),
});

/** A Kubernetes minor release as Bazaar stores it. */
export interface Release {
  minor: string;
  major: number;
  minorNumber: number;
  releaseDate: string;
  endOfLifeDate: string | null;
  source: string;
}

const REQUIRED = ["minor", "release_date"] as const;

/** Parse and validate releases.csv text; every problem names the file, line and field. */
export function parseReleasesCsv(text: string, file: string): { releases: Release[]; warnings: ProblemLog["items"] } {
  const log = new ProblemLog();
  let parsed: ReturnType<typeof parseCsvObjects>;
  try {
    parsed = parseCsvObjects(text, ",");
  } catch (err) {
    if (err instanceof CsvSyntaxError) log.error(file, err.message, { line: err.line, column: err.column });
    else log.error(file, (err as Error).message);
    log.throwIfErrors();
    throw err;
  }
  for (const col of REQUIRED) if (!parsed.header.includes(col)) log.error(file, `missing column "${col}" in the header`, { line: 1 });
  log.throwIfErrors();
  const releases: Release[] = [];
  const seen = new Map<string, number>();
  for (const row of parsed.rows) {
    const values = { source: "", end_of_life_date: "", ...row.values };
    const res = ReleaseRow.safeParse(values);
    if (!res.success) {
      for (const issue of res.error.issues) log.error(file, issue.message, { line: row.line, field: issue.path.join(".") });
      continue;
    }
    const r = res.data;
    const prev = seen.get(r.minor);
    if (prev !== undefined) {
      log.error(file, `duplicate minor ${r.minor} (first on line ${prev})`, { line: row.line, field: "minor" });
      continue;
    }
    seen.set(r.minor, row.line);
    if (r.end_of_life_date && r.end_of_life_date < r.release_date) log.error(file, "end of life is before the release date", { line: row.line, field: "end_of_life_date" });
    const [major, minorNumber] = r.minor.split(".").map(Number) as [number, number];
    releases.push({ minor: r.minor, major, minorNumber, releaseDate: r.release_date, endOfLifeDate: r.end_of_life_date || null, source: r.source });
  }
  log.throwIfErrors();
  return { releases, warnings: log.warnings };
}
