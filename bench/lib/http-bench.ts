// Server time of pages and APIs against scripts/serve.ts: median / p95 over N sequential requests each, beside
// the bare SQL those requests ran (pg_stat_statements execution time per request), plus autocannon load.
import { spawn } from "node:child_process";
import { gzipSync } from "node:zlib";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { quantile } from "./stats";
import { rssSampler } from "./proc";

/** Pages and their /api/v1 twins measured by the bench. */
export const ROUTES: { name: string; page: string; api: string }[] = [
  { name: "overview", page: "/", api: "/api/v1/overview" },
  { name: "groups", page: "/groups", api: "/api/v1/groups" },
  { name: "group sig-node", page: "/groups/sig-node", api: "/api/v1/groups/sig-node" },
  { name: "companies", page: "/companies", api: "/api/v1/companies" },
  { name: "compare", page: "/compare?c=google,red-hat,vmware", api: "/api/v1/compare?c=google,red-hat,vmware" },
  { name: "conformance", page: "/conformance", api: "/api/v1/conformance" },
  { name: "conformance ai", page: "/conformance/ai", api: "/api/v1/conformance/ai" },
];

/** One route's timing. */
export interface RouteResult {
  path: string;
  status: "ok" | "not available" | "failed";
  note?: string;
  requests?: number;
  medianMs?: number;
  p95Ms?: number;
  sqlMsPerRequest?: number;
  statementsPerRequest?: number;
  /** p95 / bare SQL per request */
  ratioToSql?: number;
  /** the same path answered from the front server's page cache (no render) */
  cachedMedianMs?: number;
  cachedP95Ms?: number;
}

/** GET `url`; `fresh` asks the front server for a new render (Cache-Control: no-cache, as a hard reload does). */
async function timedGet(url: string, fresh = true): Promise<{ ms: number; status: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { "accept-encoding": "identity", ...(fresh ? { "cache-control": "no-cache" } : {}) } });
  await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status };
}

async function sqlTotals(client: pg.Client, db: string): Promise<{ ms: number; calls: number }> {
  const r = await client.query<{ ms: number | null; calls: string | null }>(
    `SELECT sum(total_exec_time) AS ms, sum(calls) AS calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1 AND s.query NOT ILIKE '%pg_stat_statements%'`,
    [db],
  );
  return { ms: Number(r.rows[0]?.ms ?? 0), calls: Number(r.rows[0]?.calls ?? 0) };
}

/** Measure one path: probe (404 → not available), warm up, reset pg_stat_statements, N sequential fresh renders, then N cached answers. */
export async function benchRoute(base: string, p: string, n: number, statsUrl: string, db: string): Promise<RouteResult> {
  const probe = await timedGet(base + p).catch((e: Error) => ({ ms: 0, status: -1, err: e }));
  if (probe.status === 404) return { path: p, status: "not available", note: "404 (route not merged yet?)" };
  if (probe.status !== 200) return { path: p, status: "failed", note: `status ${probe.status}` };
  for (let i = 0; i < Math.min(10, n); i++) await timedGet(base + p);
  const client = new pg.Client({ connectionString: statsUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_stat_statements_reset()");
    const before = await sqlTotals(client, db);
    const times: number[] = [];
    let bad = 0;
    for (let i = 0; i < n; i++) {
      const r = await timedGet(base + p);
      if (r.status !== 200) bad++;
      times.push(r.ms);
    }
    const after = await sqlTotals(client, db);
    const sqlMs = (after.ms - before.ms) / n;
    const p95 = quantile(times, 0.95);
    const cached: number[] = [];
    for (let i = 0; i < n; i++) cached.push((await timedGet(base + p, false)).ms);
    return {
      path: p,
      status: bad ? "failed" : "ok",
      note: bad ? `${bad} non-200 answers` : undefined,
      requests: n,
      medianMs: quantile(times, 0.5),
      p95Ms: p95,
      sqlMsPerRequest: sqlMs,
      statementsPerRequest: (after.calls - before.calls) / n,
      ratioToSql: sqlMs > 0 ? p95 / sqlMs : undefined,
      cachedMedianMs: quantile(cached, 0.5),
      cachedP95Ms: quantile(cached, 0.95),
    };
  } finally {
    await client.end();
  }
}

/** autocannon against `url` at `connections` for `seconds`, sampling the server's RSS; returns req/s, p99, errors, peak RSS. */
export async function loadRun(root: string, url: string, connections: number, seconds: number, serverPid: number, fresh = false): Promise<{ requestsPerSec: number; p99Ms: number; p50Ms: number; errors: number; non2xx: number; total: number; peakRssMb: number }> {
  const bin = path.join(root, "node_modules", "autocannon", "autocannon.js");
  const sampler = rssSampler(serverPid, 100);
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "-c", String(connections), "-d", String(seconds), ...(fresh ? ["-H", "cache-control=no-cache"] : []), "-j", url], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.on("exit", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`autocannon exited ${code}`))));
  });
  const peak = sampler.stop();
  const r = JSON.parse(out) as { requests: { average: number; total: number }; latency: { p99: number; p50: number }; errors: number; timeouts: number; non2xx: number };
  return { requestsPerSec: r.requests.average, p99Ms: r.latency.p99, p50Ms: r.latency.p50, errors: r.errors + r.timeouts, non2xx: r.non2xx, total: r.requests.total, peakRssMb: peak / 2 ** 20 };
}

/** First-load JavaScript of a page: gzip size of every /_next/static module script its HTML loads. */
export async function firstLoadJs(root: string, base: string, p: string): Promise<{ path: string; status: string; kb?: number; chunks?: number }> {
  const res = await fetch(base + p);
  const html = await res.text();
  if (res.status === 404) return { path: p, status: "not available" };
  // nomodule scripts (legacy polyfills) are not loaded by the browsers Next supports.
  const srcs = [...html.matchAll(/<script([^>]*)\ssrc="(\/_next\/static\/[^"]+\.js)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1]! + m[3]!)).map((m) => m[2]!);
  let bytes = 0;
  for (const src of new Set(srcs)) {
    const file = path.join(root, ".next", src.replace(/^\/_next\//, ""));
    if (existsSync(file)) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return { path: p, status: "ok", kb: bytes / 1024, chunks: new Set(srcs).size };
}
