// Ingest speed: each bundled dataset (and the scaled DevStats set) ingested into a fresh database, in rows/s,
// beside a plain server-side COPY of exactly the rows the ingest wrote (same tables, same indexes).
import path from "node:path";
import { createPool } from "@/lib/db/pool";
import { IngestValidationError } from "@/lib/ingest/problems";
import { SOURCE_KINDS } from "@/lib/ingest/registry";
import { runIngest } from "@/lib/ingest/run";
import type { BenchServer } from "./bench-db";

/** One dataset's ingest figures. */
export interface IngestResult {
  dataset: string;
  status: "ok" | "not available" | "failed";
  note?: string;
  rows?: number;
  ingestMs?: number;
  rowsPerSec?: number;
  copyMs?: number;
  copyRowsPerSec?: number;
  /** ingest speed as a share of COPY speed (copyMs / ingestMs) */
  ratioToCopy?: number;
}

/** Time a plain `COPY t FROM file` of every non-empty application table into an empty clone (LIKE … INCLUDING ALL). */
async function copyTime(url: string, tmpDir: string): Promise<{ ms: number; rows: number }> {
  const pool = createPool(url, 1);
  try {
    const tables = (await pool.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations') ORDER BY 1`)).rows.map((r) => r.t);
    let ms = 0;
    let rows = 0;
    for (const t of tables) {
      const n = Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${t}"`)).rows[0]!.n);
      if (n === 0) continue;
      const file = path.join(tmpDir, `copy_${t}.tsv`);
      await pool.query(`COPY "${t}" TO '${file}'`);
      await pool.query(`CREATE TABLE "_copy_${t}" (LIKE "${t}" INCLUDING ALL)`);
      const t0 = performance.now();
      await pool.query(`COPY "_copy_${t}" FROM '${file}'`);
      ms += performance.now() - t0;
      rows += n;
      await pool.query(`DROP TABLE "_copy_${t}"`);
    }
    return { ms, rows };
  } finally {
    await pool.end();
  }
}

/** Ingest `paths` into a fresh database named `db` on the bench server; measure and compare with COPY. */
export async function benchIngest(server: BenchServer, dataset: string, db: string, paths: string[], root: string, flags: Record<string, string> = {}): Promise<IngestResult & { url?: string }> {
  const url = await server.freshDatabase(db);
  const pool = createPool(url, 2);
  try {
    const t0 = performance.now();
    const summary = await runIngest({ paths, options: { flags } }, { pool, kinds: SOURCE_KINDS, cwd: root });
    const ingestMs = performance.now() - t0;
    if (summary.sources.length === 0) return { dataset, status: "not available", note: "no registered source kind reads it (not merged yet?)" };
    const rows = summary.sources.reduce((n, s) => n + Object.values(s.tables).reduce((m, c) => m + c.added + c.updated, 0), 0);
    const copy = await copyTime(url, server.dataDir);
    return {
      dataset,
      status: "ok",
      url,
      rows,
      ingestMs,
      rowsPerSec: rows / (ingestMs / 1000),
      copyMs: copy.ms,
      copyRowsPerSec: copy.rows / (copy.ms / 1000),
      ratioToCopy: copy.ms / ingestMs,
      note: summary.sources.map((s) => s.kind).join("+"),
    };
  } catch (err) {
    const msg = err instanceof IngestValidationError ? err.message.split("\n").slice(0, 3).join(" ") : (err as Error).message;
    const unknown = /no source kind recognises|unknown kind/.test(msg);
    return { dataset, status: unknown ? "not available" : "failed", note: msg.slice(0, 300) };
  } finally {
    await pool.end();
  }
}
