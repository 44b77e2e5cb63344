// Platform figures: `npm ci` time (in a temp copy of package.json + lock), `next build` time and peak
// memory, and `npm start` → first page on an empty embedded database and again with the data loaded.
import { spawn } from "node:child_process";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { rssSampler, stopChild, waitForUrl } from "./proc";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

function timed(cmd: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<{ ms: number; peakRssMb: number; code: number | null; tail: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd, env: { ...env, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"] });
    const sampler = rssSampler(child.pid!, 200);
    let out = "";
    child.stdout.on("data", (d) => (out = (out + d).slice(-4000)));
    child.stderr.on("data", (d) => (out = (out + d).slice(-4000)));
    child.on("exit", (code) => resolve({ ms: performance.now() - t0, peakRssMb: sampler.stop() / 2 ** 20, code, tail: out.split("\n").slice(-8).join("\n") }));
  });
}

/** `npm ci` (install scripts off) of this package.json + lock in a temp folder: wall time. */
export async function benchNpmCi(root: string): Promise<{ ms: number; ok: boolean }> {
  const dir = await mkdtemp(path.join(tmpdir(), "bazaar-npmci-"));
  try {
    await copyFile(path.join(root, "package.json"), path.join(dir, "package.json"));
    await copyFile(path.join(root, "package-lock.json"), path.join(dir, "package-lock.json"));
    const r = await timed("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], dir);
    return { ms: r.ms, ok: r.code === 0 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `next build` in the tree: wall time and peak RSS of the whole process tree. */
export async function benchBuild(root: string): Promise<{ ms: number; peakRssMb: number; ok: boolean; tail: string }> {
  const r = await timed(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], root);
  return { ms: r.ms, peakRssMb: r.peakRssMb, ok: r.code === 0, tail: r.tail };
}

/** `npm start` (scripts/start.ts, build skipped) on an embedded data folder: ms until `/` answers 200, then stop. */
export async function benchFirstPage(root: string, dataDir: string, port: number, dbPort: number): Promise<{ ms: number; ok: boolean; note?: string }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "start.ts")], {
    cwd: root,
    env: { ...env, DATABASE_URL: "", PORT: String(port), BAZAAR_DATA_DIR: dataDir, BAZAAR_DB_PORT: String(dbPort), BAZAAR_SKIP_BUILD: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (d) => (log = (log + d).slice(-3000)));
  child.stderr!.on("data", (d) => (log = (log + d).slice(-3000)));
  try {
    await waitForUrl(`http://127.0.0.1:${port}/`, 120_000, (s) => s === 200, child);
    return { ms: performance.now() - t0, ok: true };
  } catch (err) {
    return { ms: performance.now() - t0, ok: false, note: `${(err as Error).message}: ${log.split("\n").slice(-5).join(" | ")}` };
  } finally {
    await stopChild(child, 20_000);
  }
}
