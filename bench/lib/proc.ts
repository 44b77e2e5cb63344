// Process helpers: peak RSS of a process tree (sampled from /proc), waiting for a URL, stopping children.
import { readFileSync, readdirSync } from "node:fs";
import type { ChildProcess } from "node:child_process";

function children(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      /* process exited */
    }
  }
  return out;
}

/** Resident set size (bytes) of pid and all its descendants right now (0 if gone or not Linux). */
export function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) total += Number(m[1]) * 1024;
      stack.push(...children(p));
    } catch {
      /* gone */
    }
  }
  return total;
}

/** Sample a process tree's RSS every `ms` until stop() is called; returns the peak in bytes. */
export function rssSampler(pid: number, ms = 200): { stop(): number; peak(): number } {
  let peak = treeRss(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), ms);
  return {
    peak: () => peak,
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Poll `url` until it answers with `status` (default any 2xx); returns ms waited, or throws after timeoutMs. */
export async function waitForUrl(url: string, timeoutMs: number, accept: (status: number) => boolean = (s) => s >= 200 && s < 300, child?: ChildProcess): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    if (child && child.exitCode !== null) throw new Error(`process exited with code ${child.exitCode} before ${url} answered`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (accept(res.status)) return performance.now() - t0;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** SIGTERM a child (and wait up to `ms` for it to exit, then SIGKILL). */
export async function stopChild(child: ChildProcess, ms = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), ms);
  await exited;
  clearTimeout(timer);
}
