// CLI: npm run ingest -- <path…> [--kind K] [--dry-run] [--as-of YYYY-MM-DD] [--metric M --range R --repo-group G --period P]
import { openDatabase, DatabaseUnavailableError } from "@/lib/db/resolve";
import { createPool } from "@/lib/db/pool";
import { describeDbError } from "@/lib/db/describe-error";
import { formatProblem, IngestValidationError } from "@/lib/ingest/problems";
import { SOURCE_KINDS } from "@/lib/ingest/registry";
import { runIngest } from "@/lib/ingest/run";
import { formatSummary } from "@/lib/ingest/format-summary";
import { parseIngestArgs, INGEST_HELP } from "@/lib/ingest/cli-args";

async function main(): Promise<number> {
  const args = parseIngestArgs(process.argv.slice(2));
  if (args.help) {
    console.log(INGEST_HELP(SOURCE_KINDS));
    return 0;
  }
  if (args.error) {
    console.error(`ingest: ${args.error}\nRun with --help for usage.`);
    return 2;
  }
  let db;
  try {
    db = await openDatabase({ log: (l) => console.error(l) });
  } catch (err) {
    console.error(`ingest: ${(err as Error).message}`);
    return 1;
  }
  const pool = createPool(db.url, 2);
  try {
    const summary = await runIngest(
      { paths: args.paths, kind: args.kind, dryRun: args.dryRun, options: { asOf: args.asOf, flags: args.flags } },
      { pool, kinds: SOURCE_KINDS, log: (l) => console.error(l) },
    );
    console.log(formatSummary(summary));
    return 0;
  } catch (err) {
    if (err instanceof IngestValidationError) {
      for (const p of err.problems) console.error(formatProblem(p));
      console.error(`ingest: ${err.problems.filter((p) => p.severity === "error").length} error(s); nothing was written.`);
    } else if (err instanceof DatabaseUnavailableError) {
      console.error(`ingest: ${err.message}`);
    } else if ((err as { code?: string }).code) {
      console.error(`ingest: ${describeDbError(err, db.url)}; nothing was written.`);
    } else {
      console.error(`ingest: ${(err as Error).stack ?? String(err)}\nNothing was written.`);
    }
    return 1;
  } finally {
    await pool.end();
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
