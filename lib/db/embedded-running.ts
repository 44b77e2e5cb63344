// Finds an embedded PostgreSQL already serving our data folder — another `npm start` / ingest, or one orphaned
// by a launcher that was killed — so a second process shares it instead of failing on the lock or the port.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";

/** A postgres serving `pgDir`: its PID, port, and whether its launcher is gone (then we may stop it). */
export interface RunningServer {
  pid: number;
  port: number;
  orphaned: boolean;
}

/** The server in postmaster.pid if it is alive and really runs on `pgDir`; null otherwise (stale files are postgres's to clean). */
export async function findRunningServer(pgDir: string): Promise<RunningServer | null> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, "utf8")).split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  try {
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, "utf8")).replace(/\0/g, " ");
    if (!cmdline.includes(pgDir)) return null;
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    const parent = ppid > 1 ? await readFile(`/proc/${ppid}/cmdline`, "utf8").catch(() => "") : "";
    return { pid, port, orphaned: ppid <= 1 || !/node/.test(parent) };
  } catch {
    return null;
  }
}

/** Fast-shutdown a postgres by PID and wait (10 s at most) until it is gone. */
export async function stopServerPid(pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (!existsSync(`/proc/${pid}`)) return;
  }
  throw new Error(`PostgreSQL (PID ${pid}) did not stop within 10 s`);
}
