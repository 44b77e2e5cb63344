// The ingest run: resolve inputs to source kinds, parse and validate everything first, then write all
// sources in ONE transaction (all or nothing). A run that changes nothing is rolled back and leaves no trace.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { digestPath } from "./digest";
import { IngestValidationError, type Problem } from "./problems";
import { findProvenance } from "./provenance";
import { ensureProject } from "./projects";
import type { IngestOptions, Parsed, SourceInput, SourceKind, TableCounts } from "./types";

/** What the run did to one source. */
export interface SourceSummary {
  kind: string;
  path: string;
  digest: string;
  runId: number | null;
  asOf?: { date: string; source: string };
  records: number;
  tables: Record<string, TableCounts>;
  warnings: Problem[];
  changed: boolean;
  ms: number;
}

/** What the whole run did. */
export interface RunSummary {
  sources: SourceSummary[];
  /** committed | unchanged | dry-run */
  outcome: "committed" | "unchanged" | "dry-run";
  /** files inside the given folders that no source kind claimed (not read) */
  skipped: string[];
  ms: number;
}

export interface RunRequest {
  paths: string[];
  kind?: string;
  dryRun?: boolean;
  options: IngestOptions;
  project?: string;
}

export interface RunDeps {
  pool: pg.Pool;
  kinds: SourceKind[];
  log?: (line: string) => void;
  cwd?: string;
}

interface Planned {
  kind: SourceKind;
  input: SourceInput;
}

const SKIP_NAMES = /^(readme|format|license|notice|governance-notes|facts|provenance)(\.[a-z]+)?$/i;

/** Resolve each path to (kind, input) pairs: an explicit --kind, else detection, recursing into folders no kind claims. */
export async function planInputs(paths: string[], kinds: SourceKind[], kindName: string | undefined, cwd: string): Promise<{ planned: Planned[]; skipped: string[] }> {
  const planned: Planned[] = [];
  const skipped: string[] = [];
  const problems: Problem[] = [];
  const explicit = kindName ? kinds.find((k) => k.kind === kindName) : undefined;
  if (kindName && !explicit) throw new IngestValidationError([{ file: "--kind", message: `unknown kind "${kindName}"; known: ${kinds.map((k) => k.kind).join(", ")}`, severity: "error" }]);

  async function visit(abs: string, top: boolean): Promise<void> {
    const s = await stat(abs).catch(() => null);
    const display = path.relative(cwd, abs) || ".";
    if (!s) {
      problems.push({ file: display, message: "no such file or folder", severity: "error" });
      return;
    }
    const isDir = s.isDirectory();
    const candidates = explicit ? [explicit] : [...kinds].sort((a, b) => a.order - b.order);
    for (const k of candidates) {
      if (explicit || (await k.detect(abs, isDir))) {
        planned.push({ kind: k, input: { path: abs, displayPath: display, digest: "", provenance: undefined } });
        return;
      }
    }
    if (isDir) {
      const entries = (await readdir(abs, { withFileTypes: true })).filter((e) => !e.name.startsWith(".")).sort((a, b) => a.name.localeCompare(b.name));
      for (const e of entries) {
        if (e.isFile() && (SKIP_NAMES.test(e.name) || /\.(md|txt|py|png|svg)$/i.test(e.name))) continue;
        await visit(path.join(abs, e.name), false);
      }
      return;
    }
    if (top) problems.push({ file: display, message: `no source kind recognises this file (try --kind; known: ${kinds.map((k) => k.kind).join(", ")})`, severity: "error" });
    else if (!SKIP_NAMES.test(path.basename(abs))) skipped.push(display);
  }

  for (const p of paths) await visit(path.resolve(cwd, p), true);
  if (problems.some((p) => p.severity === "error")) throw new IngestValidationError(problems);
  for (const item of planned) {
    item.input.digest = await digestPath(item.input.path);
    item.input.provenance = await findProvenance(item.input.path);
  }
  return { planned: planned.sort((a, b) => a.kind.order - b.kind.order), skipped };
}

/** Run an ingest: parse all inputs (throwing IngestValidationError on any error), then write them in one transaction. */
export async function runIngest(req: RunRequest, deps: RunDeps): Promise<RunSummary> {
  const started = Date.now();
  const log = deps.log ?? (() => {});
  const cwd = deps.cwd ?? process.cwd();
  const { planned, skipped } = await planInputs(req.paths, deps.kinds, req.kind, cwd);

  const parsed: { plan: Planned; result: Parsed<unknown>; ms: number }[] = [];
  const problems: Problem[] = [];
  for (const plan of planned) {
    const t0 = Date.now();
    log(`parsing ${plan.input.displayPath} (${plan.kind.kind})`);
    try {
      const result = await plan.kind.parse(plan.input, req.options);
      parsed.push({ plan, result, ms: Date.now() - t0 });
    } catch (err) {
      if (err instanceof IngestValidationError) problems.push(...err.problems);
      else problems.push({ file: plan.input.displayPath, message: (err as Error).message, severity: "error" });
    }
  }
  if (problems.some((p) => p.severity === "error")) throw new IngestValidationError(problems);

  const client = await deps.pool.connect();
  const sources: SourceSummary[] = [];
  let outcome: RunSummary["outcome"] = "unchanged";
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(72707370)");
    const projectId = await ensureProject(client, req.project ?? req.options.flags.project ?? "kubernetes");
    for (const { plan, result, ms } of parsed) {
      const t0 = Date.now();
      const asOf = result.asOf ?? (plan.input.provenance?.asOf ? { date: plan.input.provenance.asOf, source: "provenance" } : undefined);
      const run = await client.query<{ id: number }>(
        `INSERT INTO ingest_run (kind, path, digest, project_id, upstream_repo, upstream_commit, as_of, as_of_source, started_at, status, warnings)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), 'running', $9) RETURNING id`,
        [plan.kind.kind, plan.input.displayPath, plan.input.digest, projectId, plan.input.provenance?.upstreamRepo ?? null, plan.input.provenance?.upstreamCommit ?? null, asOf?.date ?? null, asOf?.source ?? null, JSON.stringify(result.warnings)],
      );
      const runId = run.rows[0]!.id;
      let lastProgress = 0;
      const tables = await plan.kind.write(
        {
          client,
          runId,
          projectId,
          input: plan.input,
          options: req.options,
          progress: (m) => {
            const now = Date.now();
            if (now - lastProgress > 500) {
              lastProgress = now;
              log(`  ${plan.kind.kind}: ${m}`);
            }
          },
        },
        result,
      );
      const changed = Object.values(tables).some((c) => c.added + c.updated + c.removed > 0);
      if (changed) {
        await client.query(`UPDATE ingest_run SET status = 'succeeded', finished_at = now(), row_counts = $2 WHERE id = $1`, [runId, JSON.stringify(tables)]);
      } else {
        await client.query(`DELETE FROM ingest_run WHERE id = $1`, [runId]);
      }
      sources.push({ kind: plan.kind.kind, path: plan.input.displayPath, digest: plan.input.digest, runId: changed ? runId : null, asOf, records: result.records, tables, warnings: result.warnings, changed, ms: ms + Date.now() - t0 });
    }
    const anyChange = sources.some((s) => s.changed);
    if (req.dryRun) {
      await client.query("ROLLBACK");
      outcome = "dry-run";
    } else if (!anyChange) {
      await client.query("ROLLBACK");
      outcome = "unchanged";
    } else {
      await client.query("COMMIT");
      outcome = "committed";
    }
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
  return { sources, outcome, skipped, ms: Date.now() - started };
}
