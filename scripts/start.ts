// `npm start`: the one-command launcher. Uses DATABASE_URL or starts the embedded PostgreSQL, applies
// migrations, loads the bundled data into an empty database, builds the app if the sources changed,
// then serves it (`next start` behind the page cache, lib/serve/). Ctrl-C / SIGTERM stop Next and PostgreSQL cleanly.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sourceDigest } from "@/lib/build/source-digest";
import { isPortInUse } from "@/lib/db/embedded";
import { createPool } from "@/lib/db/pool";
import { openDatabase, type ReadyDatabase } from "@/lib/db/resolve";
import { formatProblem, IngestValidationError } from "@/lib/ingest/problems";
import { SOURCE_KINDS } from "@/lib/ingest/registry";
import { runIngest } from "@/lib/ingest/run";
import { serveProduction, type ProductionServer } from "@/lib/serve/serve-production";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const say = (line: string) => console.log(`[bazaar] ${line}`);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/** Run `next build` when there is no build or the sources changed since the last one. */
function buildIfNeeded(): void {
  const marker = path.join(root, ".next", "bazaar-source-digest");
  const digest = sourceDigest(root);
  const upToDate = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(marker) && readFileSync(marker, "utf8") === digest;
  if (upToDate || process.env.BAZAAR_SKIP_BUILD === "1") return;
  say("building the app (next build; the first time takes a minute)…");
  const res = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env });
  if (res.status !== 0) throw new Error("next build failed (see above)");
  writeFileSync(marker, digest);
}

/** Load data/ into a database that has never been loaded (embedded or DATABASE_URL alike). */
async function loadBundledDataIfEmpty(url: string): Promise<void> {
  const pool = createPool(url, 2);
  try {
    const { rows } = await pool.query<{ n: string }>("SELECT count(*) AS n FROM ingest_run WHERE status = 'succeeded'");
    if (Number(rows[0]!.n) > 0 || process.env.BAZAAR_SKIP_SEED === "1") return;
    say("empty database: loading the bundled data from data/ …");
    const t0 = Date.now();
    const summary = await runIngest({ paths: [path.join(root, "data")], options: { flags: {} } }, { pool, kinds: SOURCE_KINDS, cwd: root });
    const added = summary.sources.reduce((n, s) => n + Object.values(s.tables).reduce((m, c) => m + c.added, 0), 0);
    say(`loaded ${summary.sources.length} source(s), ${added.toLocaleString("en-US")} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (err) {
    if (err instanceof IngestValidationError) {
      for (const p of err.problems.slice(0, 20)) console.error(formatProblem(p));
      throw new Error("the bundled data did not validate; nothing was loaded");
    }
    throw err;
  } finally {
    await pool.end();
  }
}

async function main(): Promise<void> {
  if (await isPortInUse(port, "0.0.0.0")) {
    throw new Error(`port ${port} is already in use (another Bazaar or web server?). Stop it, or use another port: PORT=3001 npm start`);
  }
  buildIfNeeded();
  let db: ReadyDatabase | null = null;
  let web: ProductionServer | null = null;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping…`);
    if (web) await web.stop();
    if (db) await db.stop();
    say("stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  // npm does not forward SIGTERM to its child: if our parent (npm) goes away, shut down too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown("parent process exited");
  }, 1_000).unref();
  process.on("exit", () => {
    if (web && web.next.exitCode === null) web.next.kill("SIGTERM");
  });

  db = await openDatabase({ root, log: say });
  if (db.migrationsApplied.length > 0) say(`applied migrations: ${db.migrationsApplied.join(", ")}`);
  await loadBundledDataIfEmpty(db.url);

  web = await serveProduction({ root, databaseUrl: db.url, port, env });
  say(`serving on http://localhost:${port} (${db.embedded ? "embedded PostgreSQL" : "DATABASE_URL"}); Ctrl-C stops`);
  web.next.on("exit", (code) => {
    if (!stopping) {
      say(`next exited with code ${code}`);
      void (db ? db.stop() : Promise.resolve()).then(() => process.exit(code ?? 1));
    }
  });
}

main().catch((err) => {
  console.error(`[bazaar] cannot start: ${(err as Error).message}`);
  process.exit(1);
});
