// Contract between the ingest framework (lib/ingest/run.ts) and each source kind (releases, sigs, devstats, conformance…).
import type { PoolClient } from "pg";
import type { Problem } from "./problems";

/** Added / updated / removed / unchanged rows of one table in one run. */
export interface TableCounts {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

/** Options given on the command line, shared by every source kind. */
export interface IngestOptions {
  /** --as-of YYYY-MM-DD */
  asOf?: string;
  /** free-form per-kind flags: --metric, --range, --repo-group, --period, --project … */
  flags: Record<string, string>;
}

/** A file or folder a source kind recognised, with what is known about where it came from. */
export interface SourceInput {
  /** absolute path of the file or folder */
  path: string;
  /** path shown to users (relative to the cwd) */
  displayPath: string;
  /** sha256 of the content (files sorted by relative path for folders) */
  digest: string;
  /** provenance from a data/README.md or PROVENANCE table, when the bundled data describes it */
  provenance?: { upstreamRepo?: string; upstreamCommit?: string; asOf?: string };
}

/** What a source kind's parse step returns: validated data ready to write, plus warnings. */
export interface Parsed<T> {
  data: T;
  warnings: Problem[];
  /** the as-of date of the data and how it was decided (e.g. "--as-of", "file name", "provenance", "today") */
  asOf?: { date: string; source: string };
  /** number of input records, for progress and the summary */
  records: number;
}

/** Everything a write step may use: one open transaction and this run's provenance row. */
export interface WriteContext {
  client: PoolClient;
  runId: number;
  projectId: number;
  input: SourceInput;
  options: IngestOptions;
  /** progress line for long runs (printed at most a few times per second) */
  progress(message: string): void;
}

/** A kind of source Bazaar can ingest. Parsing is pure (no database); writing happens in the run's transaction. */
export interface SourceKind<T = unknown> {
  /** stable id used by --kind and in ingest_run.kind */
  kind: string;
  description: string;
  /** lower runs first when a folder holds several sources (e.g. companies before devstats) */
  order: number;
  /** does this file or folder look like this kind? (content-based where possible) */
  detect(path: string, isDirectory: boolean): Promise<boolean>;
  /** read, validate and normalise; throw IngestValidationError naming file and place on bad input */
  parse(input: SourceInput, options: IngestOptions): Promise<Parsed<T>>;
  /** write inside the run's transaction; return per-table counts */
  write(ctx: WriteContext, parsed: Parsed<T>): Promise<Record<string, TableCounts>>;
}
