// Argument parsing and help text for the ingest CLI (pure, unit-tested).
import type { SourceKind } from "./types";

/** Parsed command line of `npm run ingest`. */
export interface IngestArgs {
  paths: string[];
  kind?: string;
  dryRun: boolean;
  help: boolean;
  asOf?: string;
  flags: Record<string, string>;
  error?: string;
}

const VALUE_FLAGS = new Set(["kind", "as-of", "metric", "range", "repo-group", "period", "project", "country", "max-file-mb"]);

/** Parse argv (without node and script); unknown flags and bad dates become `error`. */
export function parseIngestArgs(argv: string[]): IngestArgs {
  const out: IngestArgs = { paths: [], dryRun: false, help: false, flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") out.help = true;
    else if (a === "--dry-run" || a === "-n") out.dryRun = true;
    else if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!VALUE_FLAGS.has(name)) {
        out.error = `unknown option --${name}`;
        continue;
      }
      const value = inline ?? argv[++i];
      if (value === undefined) {
        out.error = `--${name} needs a value`;
        continue;
      }
      if (name === "kind") out.kind = value;
      else if (name === "as-of") out.asOf = value;
      else out.flags[name] = value;
    } else out.paths.push(a);
  }
  if (out.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(out.asOf)) out.error = `--as-of must be a date as YYYY-MM-DD, got "${out.asOf}"`;
  if (!out.help && !out.error && out.paths.length === 0) out.error = "give at least one file or folder to ingest (e.g. npm run ingest -- data)";
  return out;
}

/** The --help text, listing every registered source kind. */
export function INGEST_HELP(kinds: SourceKind[]): string {
  return `Usage: npm run ingest -- <file-or-folder>… [options]

Loads source files into Bazaar's database in one transaction: all of it or nothing.
The kind of each input is detected from its content; folders are searched for known sources.

Options:
  --kind <kind>          force the source kind instead of detecting it
  --dry-run, -n          validate and count what would change, then roll back
  --as-of <YYYY-MM-DD>   date of a snapshot (e.g. an older sigs.yaml)
  --project <slug>       project the data belongs to (default: kubernetes)
  --metric, --range, --repo-group, --period, --country <value>
                         request parameters for DevStats Grafana CSV files, which carry none
  --max-file-mb <N>      largest DevStats file accepted (default 32; files are read into memory whole)
  --help, -h             this text

Database: DATABASE_URL if set, else the embedded PostgreSQL in .data/ (started and stopped for the run).

Kinds:
${[...kinds].sort((a, b) => a.order - b.order).map((k) => `  ${k.kind.padEnd(22)} ${k.description}`).join("\n")}

Examples:
  npm run ingest -- data                      (re)load all bundled data
  npm run ingest -- data/community/sigs.yaml --as-of 2025-08-20
  npm run ingest -- export.csv --metric Contributions --range "Last year" --dry-run

Exit codes: 0 success or unchanged, 1 invalid input or database error (nothing written), 2 bad usage.`;
}
