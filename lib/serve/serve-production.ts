// Serve the production build: `next start` on a private 127.0.0.1 port behind the caching front server
// (lib/serve/front-server.ts) on the public port. Used by `npm start`, scripts/serve.ts (tests, bench).
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import type http from "node:http";
import net from "node:net";
import path from "node:path";
import { readDataVersion } from "@/lib/db/data-version";
import { createPool } from "@/lib/db/pool";
import { createFrontServer, failFastVersion } from "./front-server";
import type { ResponseCache } from "./response-cache";

/** How to serve. */
export interface ServeOptions {
  root: string;
  databaseUrl: string;
  port: number;
  /** interface of the public port (default: all) */
  host?: string;
  /** page/API cache budget in bytes (0 turns the cache off); default from BAZAAR_CACHE_MB or 64 MB */
  cacheBytes?: number;
  env?: NodeJS.ProcessEnv;
  stdio?: StdioOptions;
}

/** A running server: Next's process, the front server, and a stop() for both. */
export interface ProductionServer {
  next: ChildProcess;
  front: http.Server;
  cache: ResponseCache;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Wait until something accepts connections on 127.0.0.1:port (or the child exits). */
async function waitForPort(port: number, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const sock = net.connect(port, "127.0.0.1", () => (sock.destroy(), resolve(true)));
      sock.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`next start did not listen on port ${port} within ${timeoutMs / 1000} s`);
}

/** Cache budget from the environment: BAZAAR_CACHE_MB (default 64; 0 = off). */
export function cacheBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.BAZAAR_CACHE_MB ?? 64);
  return Number.isFinite(mb) && mb >= 0 ? mb * 2 ** 20 : 64 * 2 ** 20;
}

/** Start Next on a private port, then the front server on `port`; resolves once both accept requests. */
export async function serveProduction(o: ServeOptions): Promise<ProductionServer> {
  const internal = await freePort();
  const nextBin = path.join(o.root, "node_modules", "next", "dist", "bin", "next");
  const next = spawn(process.execPath, [nextBin, "start", "-p", String(internal), "-H", "127.0.0.1"], {
    cwd: o.root,
    stdio: o.stdio ?? "inherit",
    env: { ...(o.env ?? process.env), DATABASE_URL: o.databaseUrl, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
  });
  try {
    await waitForPort(internal, next);
  } catch (err) {
    if (next.exitCode === null) next.kill("SIGTERM");
    throw err;
  }
  const pool = createPool(o.databaseUrl, 4);
  const version = failFastVersion(() => readDataVersion(pool));
  const { server: front, cache } = createFrontServer({ upstream: { host: "127.0.0.1", port: internal }, dataVersion: version, cacheBytes: o.cacheBytes ?? cacheBytesFromEnv(o.env) });
  try {
    await new Promise<void>((resolve, reject) => {
      front.once("error", reject);
      front.listen(o.port, o.host, () => resolve());
    });
  } catch (err) {
    next.kill("SIGTERM");
    await pool.end().catch(() => {});
    throw err;
  }
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      front.close();
      front.closeAllConnections();
      if (next.exitCode === null && next.signalCode === null) {
        const exited = new Promise((r) => next.once("exit", r));
        next.kill("SIGTERM");
        await exited;
      }
      await pool.end().catch(() => {});
    })());
  return { next, front, cache, stop };
}
