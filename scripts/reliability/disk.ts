// The embedded data folder read-only, then full (a small tmpfs mounted as root; without root the read-only
// case is simulated with chmod and the full case is skipped with a reason): `npm start` / ingest must fail
// with a clear message and leave the data exactly as it was; once the folder is writable again all works.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import { startEmbedded } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { createPool } from "@/lib/db/pool";
import { SOURCE_KINDS } from "@/lib/ingest/registry";
import { runIngest } from "@/lib/ingest/run";
import { databaseDigest } from "@/lib/db/database-digest";

/** One scenario's outcome. */
export interface DiskCase {
  name: string;
  ok: boolean;
  how: string;
  message?: string;
  exitCode?: number | null;
  digestUnchanged?: boolean;
  recovered?: boolean;
  note?: string;
}

const CLEAR = /read-only|not writable|permission denied|no space left|disk .*full|could not extend|could not write/i;

function run(root: string, args: string[], env: Record<string, string>, timeoutMs = 90_000): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout!.on("data", (d) => (out += d));
    child.stderr!.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

const sh = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: "utf8" });

async function loadAndDigest(dataDir: string, port: number, root: string): Promise<{ url: string; digest: string; stop: () => Promise<void> }> {
  const server = await startEmbedded({ dataDir, port, database: "bazaar" });
  const pool = createPool(server.url, 2);
  try {
    await applyMigrations(pool, path.join(root, "prisma", "migrations"));
    const n = Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ingest_run`)).rows[0]!.n);
    if (n === 0) await runIngest({ paths: [path.join(root, "data", "kubernetes")], options: { flags: {} } }, { pool, kinds: SOURCE_KINDS, cwd: root });
    return { url: server.url, digest: await databaseDigest(pool), stop: server.stop };
  } finally {
    await pool.end();
  }
}

async function digestOf(dataDir: string, port: number, root: string): Promise<{ digest: string; stop: () => Promise<void> }> {
  const r = await loadAndDigest(dataDir, port, root);
  return { digest: r.digest, stop: r.stop };
}

/** Read-only data folder: `npm start` must refuse with a clear message; nothing changes; writable again → starts. */
export async function readOnlyCase(root: string, base: string, dbPort: number, webPort: number): Promise<DiskCase> {
  mkdirSync(base, { recursive: true });
  const mounted = userInfo().uid === 0 && sh("mount", ["-t", "tmpfs", "-o", "size=256m,mode=0755", "tmpfs", base]).status === 0;
  const dataDir = path.join(base, "data");
  try {
    const first = await loadAndDigest(dataDir, dbPort, root);
    await first.stop();
    const how = mounted ? "tmpfs remounted read-only (mount -o remount,ro)" : "chmod -R a-w (simulated: no permission to mount)";
    if (mounted) sh("mount", ["-o", "remount,ro", base]);
    else sh("chmod", ["-R", "a-w", dataDir]);
    const r = await run(root, [path.join(root, "scripts", "start.ts")], { DATABASE_URL: "", PORT: String(webPort), BAZAAR_DATA_DIR: dataDir, BAZAAR_DB_PORT: String(dbPort), BAZAAR_SKIP_BUILD: "1" }, 60_000);
    const message = r.out.split("\n").filter((l) => /cannot start|error|read-only|writable|denied/i.test(l)).slice(0, 3).join(" | ");
    if (mounted) sh("mount", ["-o", "remount,rw", base]);
    else sh("chmod", ["-R", "u+w", dataDir]);
    const again = await digestOf(dataDir, dbPort, root);
    await again.stop();
    const res: DiskCase = { name: "read-only data folder", how, ok: false, exitCode: r.code, message: message || r.out.slice(-300), digestUnchanged: again.digest === first.digest, recovered: true };
    res.ok = r.code !== 0 && r.code !== null && CLEAR.test(r.out) && res.digestUnchanged === true;
    return res;
  } catch (err) {
    return { name: "read-only data folder", ok: false, how: mounted ? "tmpfs" : "chmod", note: (err as Error).message.slice(0, 400) };
  } finally {
    if (mounted) sh("umount", ["-l", base]);
    rmSync(base, { recursive: true, force: true });
  }
}

/** Full disk: a small tmpfs filled up; an ingest must fail clearly and leave the data as it was; freed → works. */
export async function fullDiskCase(root: string, base: string, dbPort: number, changedInput: string[]): Promise<DiskCase> {
  if (userInfo().uid !== 0) return { name: "full data folder", ok: true, how: "skipped", note: "needs root to mount a small tmpfs; run as root (e.g. in a container) to exercise it" };
  mkdirSync(base, { recursive: true });
  if (sh("mount", ["-t", "tmpfs", "-o", "size=160m,mode=0755", "tmpfs", base]).status !== 0) return { name: "full data folder", ok: true, how: "skipped", note: "mount -t tmpfs was refused (no CAP_SYS_ADMIN)" };
  const dataDir = path.join(base, "data");
  const filler = path.join(base, "filler");
  try {
    const first = await loadAndDigest(dataDir, dbPort, root);
    // Fill the file system to the last byte.
    const fd = openSync(filler, "w");
    const chunk = Buffer.alloc(1 << 20);
    try {
      for (;;) writeSync(fd, chunk);
    } catch {
      /* ENOSPC: full */
    }
    try {
      for (;;) writeSync(fd, Buffer.alloc(4096));
    } catch {
      /* ENOSPC */
    }
    closeSync(fd);
    const r = await run(root, [path.join(root, "scripts", "ingest.ts"), ...changedInput], { DATABASE_URL: first.url }, 120_000);
    rmSync(filler, { force: true });
    let digestUnchanged = false;
    let recovered = false;
    let note: string | undefined;
    try {
      const pool = createPool(first.url, 1);
      try {
        for (let i = 0; i < 50; i++) {
          try {
            await pool.query("SELECT 1");
            break;
          } catch {
            await new Promise((res) => setTimeout(res, 200));
          }
        }
        digestUnchanged = (await databaseDigest(pool)) === first.digest;
      } finally {
        await pool.end();
      }
      // Freed space is far less than the large input needs on this small tmpfs: prove writes work again with the small part.
      const rerun = await run(root, [path.join(root, "scripts", "ingest.ts"), changedInput[0]!], { DATABASE_URL: first.url }, 120_000);
      recovered = rerun.code === 0;
      if (!recovered) note = rerun.out.slice(-300);
    } catch (err) {
      note = (err as Error).message;
    }
    await first.stop();
    const message = r.out.split("\n").filter((l) => /ingest:|space|full|extend|write/i.test(l)).slice(0, 3).join(" | ");
    const res: DiskCase = { name: "full data folder", how: "160 MB tmpfs filled to ENOSPC, then an ingest", ok: false, exitCode: r.code, message: message || r.out.slice(-300), digestUnchanged, recovered, note };
    res.ok = r.code === 1 && CLEAR.test(r.out) && digestUnchanged && recovered;
    return res;
  } catch (err) {
    return { name: "full data folder", ok: false, how: "tmpfs", note: (err as Error).message.slice(0, 400) };
  } finally {
    rmSync(filler, { force: true });
    sh("umount", ["-l", base]);
    rmSync(base, { recursive: true, force: true });
  }
}
