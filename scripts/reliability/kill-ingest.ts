// Ingest killed with SIGKILL at random moments: every time the database must still hold the previous complete
// data (same digest), or — if the kill landed after COMMIT — the new complete data; then a re-run completes.
import { spawn } from "node:child_process";
import path from "node:path";
import { createPool } from "@/lib/db/pool";
import { databaseDigest } from "@/lib/db/database-digest";

/** What happened over all kills. */
export interface KillResult {
  ok: boolean;
  kills: number;
  fullRunMs: number;
  rolledBack: number;
  committedBeforeKill: number;
  corrupt: number;
  rerun: { exitCode: number | null; ms: number; output: string };
}

function ingest(root: string, url: string, paths: string[]): { child: ReturnType<typeof spawn>; done: Promise<{ code: number | null; out: string }> } {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "ingest.ts"), ...paths], { cwd: root, env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d) => (out = (out + d).slice(-4000)));
  child.stderr!.on("data", (d) => (out = (out + d).slice(-4000)));
  return { child, done: new Promise((r) => child.on("exit", (code) => r({ code, out }))) };
}

async function succeededRuns(url: string): Promise<number> {
  const pool = createPool(url, 1);
  try {
    return Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ingest_run WHERE status = 'succeeded'`)).rows[0]!.n);
  } finally {
    await pool.end();
  }
}

/** `url` holds the previous data; `probeUrl` is a scratch copy used to time one uninterrupted run of `paths`. */
export async function killIngestTest(root: string, url: string, probeUrl: string, paths: string[], kills: number, log: (s: string) => void): Promise<KillResult> {
  const t0 = performance.now();
  const probe = await ingest(root, probeUrl, paths).done;
  const fullRunMs = performance.now() - t0;
  if (probe.code !== 0) throw new Error(`the uninterrupted ingest failed:\n${probe.out}`);
  const pool = createPool(url, 1);
  let expected = await databaseDigest(pool);
  let runs = await succeededRuns(url);
  let rolledBack = 0;
  let committedBeforeKill = 0;
  let corrupt = 0;
  try {
    for (let k = 0; k < kills; k++) {
      const at = Math.random() * fullRunMs;
      const { child, done } = ingest(root, url, paths);
      await new Promise((r) => setTimeout(r, at));
      child.kill("SIGKILL");
      await done;
      // A killed client's backend rolls back when it notices the closed socket; wait for that before comparing.
      for (let i = 0; i < 100; i++) {
        const busy = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`);
        if (Number(busy.rows[0]!.n) === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const digest = await databaseDigest(pool);
      const nowRuns = await succeededRuns(url);
      let status: string;
      if (digest === expected) {
        rolledBack++;
        status = "previous data intact";
      } else if (nowRuns > runs) {
        committedBeforeKill++;
        expected = digest;
        runs = nowRuns;
        status = "killed after COMMIT: the new complete data";
      } else {
        corrupt++;
        status = "DIGEST CHANGED WITHOUT A COMMITTED RUN";
      }
      log(`  kill ${k + 1}/${kills} at ${Math.round(at)} ms: ${status}`);
    }
  } finally {
    await pool.end();
  }
  const r0 = performance.now();
  const rerun = await ingest(root, url, paths).done;
  const result: KillResult = { ok: false, kills, fullRunMs, rolledBack, committedBeforeKill, corrupt, rerun: { exitCode: rerun.code, ms: performance.now() - r0, output: rerun.out.split("\n").slice(-6).join("\n") } };
  result.ok = corrupt === 0 && rerun.code === 0;
  return result;
}
