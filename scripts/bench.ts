// `npm run bench`: ingest speed vs COPY, page/API server time vs bare SQL, ranking-API throughput, first-load
// JS, and platform figures (build, first start). Prints a table and writes bench/results.json.
// Flags: --quick (scale 10, 30 requests, 3 s load; writes bench/out/results-quick.json), --scale N (default 100),
// --requests N (default 200), --load-seconds N (default 10), --npm-ci, --no-build, --no-platform. See docs/performance.md.
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { createPool } from "@/lib/db/pool";
import { SOURCE_KINDS } from "@/lib/ingest/registry";
import { runIngest } from "@/lib/ingest/run";
import { startBenchServer } from "@/bench/lib/bench-db";
import { benchIngest, type IngestResult } from "@/bench/lib/ingest-bench";
import { benchRoute, firstLoadJs, loadRun, ROUTES, type RouteResult } from "@/bench/lib/http-bench";
import { benchBuild, benchFirstPage, benchNpmCi } from "@/bench/lib/platform-bench";
import { stopChild } from "@/bench/lib/proc";
import { generateScaledDevstats } from "@/bench/lib/scaled-devstats";
import { round, table, verdict } from "@/bench/lib/stats";
import { startWeb } from "./reliability/web";

const root = path.resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const num = (name: string, dflt: number) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : dflt;
};
const quick = flag("--quick");
const scale = num("--scale", quick ? 10 : 100);
const requests = num("--requests", quick ? 30 : 200);
const loadSeconds = num("--load-seconds", quick ? 3 : 10);
const PG_PORT = Number(process.env.BENCH_DB_PORT ?? 54400);
const WEB_PORT = Number(process.env.BENCH_PORT ?? 3105);
const START_PORT = WEB_PORT + 1;
const START_DB_PORT = PG_PORT + 1;
const say = (s: string) => console.error(`[bench] ${s}`);

const TARGETS = { ingestShareOfCopy: 0.6, p95VsSql: 2, p95Ms: 50, rankingRps: 400, firstLoadJsKb: 180, firstPageEmptyMs: 15_000, firstPageLoadedMs: 3_000 };

async function main() {
  const results: Record<string, unknown> = { date: new Date().toISOString(), quick, scale, requests, loadSeconds, machine: { cpus: cpus().length, memGb: round(totalmem() / 2 ** 30, 1), node: process.version }, targets: TARGETS };
  const platform: Record<string, unknown> = {};
  results.platform = platform;

  if (flag("--npm-ci")) {
    say("npm ci (temp folder, --ignore-scripts)…");
    platform.npmCi = await benchNpmCi(root);
  }
  if (!flag("--no-build") || !existsSync(path.join(root, ".next", "BUILD_ID"))) {
    say("next build…");
    const b = await benchBuild(root);
    platform.build = { ms: round(b.ms, 0), peakRssMb: round(b.peakRssMb, 0), ok: b.ok };
    if (!b.ok) throw new Error(`next build failed:\n${b.tail}`);
  }

  say(`embedded PostgreSQL (pg_stat_statements) on ${PG_PORT}…`);
  const server = await startBenchServer(PG_PORT, { root });
  const tmp = await mkdtemp(path.join(tmpdir(), "bazaar-bench-data-"));
  let next: ChildProcess | null = null;
  try {
    // 1. ingest: every bundled dataset into a fresh database, then the scaled DevStats set.
    const ingest: IngestResult[] = [];
    const dataDirs = readdirSync(path.join(root, "data"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    for (const d of dataDirs) {
      say(`ingest data/${d}…`);
      const r = await benchIngest(server, `data/${d}`, `bazaar_quality_ingest_${d.replace(/\W/g, "_")}`, [path.join(root, "data", d)], root);
      delete r.url;
      ingest.push(r);
    }
    say(`generating the scaled DevStats set (×${scale})…`);
    const scaledDir = path.join(tmp, "devstats");
    const gen = await generateScaledDevstats(path.join(root, "data", "devstats"), scaledDir, scale);
    say(`  ${gen.grown} files grown, ${round(gen.bytes / 2 ** 20, 1)} MB; ingesting…`);
    const scaled = await benchIngest(server, `devstats ×${scale} (generated)`, "bazaar_quality_scaled", [scaledDir], root, { "max-file-mb": "1024" });
    const { url: scaledUrl, ...scaledRow } = scaled;
    ingest.push({ ...scaledRow, note: `${scaledRow.note ?? ""} ${round(gen.bytes / 2 ** 20, 1)} MB JSON`.trim() });
    results.ingest = ingest;

    // 2. the web database: scaled DevStats + every other bundled dataset.
    let webUrl = scaledUrl;
    if (!webUrl) {
      say("scaled DevStats not available: serving the bundled data only");
      webUrl = await server.freshDatabase("bazaar_quality_scaled");
    }
    const others = dataDirs.filter((d) => d !== "devstats").map((d) => path.join(root, "data", d));
    const pool = createPool(webUrl, 2);
    try {
      const paths = scaledUrl ? others : [...others, path.join(root, "data", "devstats")];
      await runIngest({ paths, options: { flags: {} } }, { pool, kinds: SOURCE_KINDS, cwd: root }).catch((e: Error) => say(`  (loading the other datasets: ${e.message.split("\n")[0]})`));
      await pool.query("VACUUM ANALYZE");
    } finally {
      await pool.end();
    }

    // 3. the production server (Next behind the page cache, as `npm start` runs it) on the scaled database.
    say(`scripts/serve.ts on 127.0.0.1:${WEB_PORT}…`);
    const web = await startWeb(root, webUrl, WEB_PORT);
    next = web.child;
    const base = web.base;
    const http: RouteResult[] = [];
    for (const r of ROUTES) {
      for (const p of [r.page, r.api]) {
        say(`  ${p} ×${requests}`);
        http.push(await benchRoute(base, p, requests, server.adminUrl, "bazaar_quality_scaled").catch((e: Error) => ({ path: p, status: "failed" as const, note: e.message })));
      }
    }
    results.http = http;
    const js = [];
    for (const r of ROUTES) js.push(await firstLoadJs(root, base, r.page).catch((e: Error) => ({ path: r.page, status: `failed: ${e.message}` })));
    results.firstLoadJs = js;
    const probe = await fetch(`${base}/api/v1/companies`).then((r) => r.status).catch(() => -1);
    if (probe === 200) {
      say(`autocannon /api/v1/companies -c 32 -d ${loadSeconds}…`);
      results.ranking = { path: "/api/v1/companies", connections: 32, seconds: loadSeconds, ...(await loadRun(root, `${base}/api/v1/companies`, 32, loadSeconds, next.pid!)) };
      say(`autocannon /api/v1/companies -c 32 -d ${loadSeconds}, every request a fresh render…`);
      results.rankingFresh = { path: "/api/v1/companies", connections: 32, seconds: loadSeconds, ...(await loadRun(root, `${base}/api/v1/companies`, 32, loadSeconds, next.pid!, true)) };
    } else {
      results.ranking = { path: "/api/v1/companies", status: "not available", note: `status ${probe}` };
    }
    await stopChild(next);
    next = null;
  } finally {
    if (next) await stopChild(next);
    await server.stop();
    await rm(tmp, { recursive: true, force: true });
  }

  // 4. first page after `npm start`: empty embedded data folder, then the same folder with data loaded.
  if (!flag("--no-platform")) {
    const dataDir = await mkdtemp(path.join(tmpdir(), "bazaar-bench-start-"));
    await chmod(dataDir, 0o755); // as root, the embedded PostgreSQL runs as "postgres" and must enter it
    try {
      say("npm start on an empty embedded data folder…");
      platform.firstPageEmpty = await benchFirstPage(root, dataDir, START_PORT, START_DB_PORT);
      say("npm start again with the data loaded…");
      platform.firstPageLoaded = await benchFirstPage(root, dataDir, START_PORT, START_DB_PORT);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }

  report(results);
  const outFile = quick ? path.join(root, "bench", "out", "results-quick.json") : path.join(root, "bench", "results.json");
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(results, roundReplacer, 2) + "\n");
  say(`wrote ${path.relative(root, outFile)}`);
}

function roundReplacer(_k: string, v: unknown) {
  return typeof v === "number" && !Number.isInteger(v) ? round(v, 2) : v;
}

function report(r: Record<string, unknown>) {
  const ingest = (r.ingest ?? []) as IngestResult[];
  const http = (r.http ?? []) as RouteResult[];
  const js = (r.firstLoadJs ?? []) as { path: string; status: string; kb?: number; chunks?: number }[];
  type Load = { requestsPerSec?: number; p99Ms?: number; errors?: number; non2xx?: number; peakRssMb?: number; status?: string };
  const ranking = r.ranking as Load;
  const rankingFresh = r.rankingFresh as Load | undefined;
  const p = r.platform as Record<string, { ms?: number; peakRssMb?: number; ok?: boolean; note?: string } | undefined>;
  const out: string[] = [];
  out.push(`Bazaar bench — ${r.date} — ${quick ? "QUICK " : ""}scale ×${r.scale}, ${r.requests} requests/route, node ${(r.machine as { node: string }).node}, ${(r.machine as { cpus: number }).cpus} cpus\n`);
  out.push("Ingest (fresh database each; COPY = plain server-side COPY of the same rows into the same tables)");
  out.push(table([["dataset", "rows", "ingest s", "rows/s", "COPY s", "COPY rows/s", "ingest/COPY", `≥${TARGETS.ingestShareOfCopy * 100}%`, "note"],
    ...ingest.map((i) => [i.dataset, i.rows, i.ingestMs !== undefined ? round(i.ingestMs / 1000, 2) : i.status, i.rowsPerSec !== undefined ? round(i.rowsPerSec, 0) : null, i.copyMs !== undefined ? round(i.copyMs / 1000, 3) : null, i.copyRowsPerSec !== undefined ? round(i.copyRowsPerSec, 0) : null, i.ratioToCopy !== undefined ? `${round(i.ratioToCopy * 100, 1)}%` : null, verdict(i.ratioToCopy === undefined ? null : i.ratioToCopy >= TARGETS.ingestShareOfCopy), i.status === "ok" ? i.note : `${i.status}: ${i.note ?? ""}`.slice(0, 80)])]));
  out.push("\nServer time on the scaled set (sequential, 127.0.0.1, scripts/serve.ts; render = Cache-Control: no-cache, cached = page cache hit; SQL = pg_stat_statements execution time per render)");
  out.push(table([["path", "render median ms", "render p95 ms", "cached median ms", "cached p95 ms", "SQL ms/req", "stmts/req", "p95/SQL", "≤2× SQL", "≤50 ms", "status"],
    ...http.map((h) => [h.path, h.medianMs !== undefined ? round(h.medianMs, 1) : null, h.p95Ms !== undefined ? round(h.p95Ms, 1) : null, h.cachedMedianMs !== undefined ? round(h.cachedMedianMs, 2) : null, h.cachedP95Ms !== undefined ? round(h.cachedP95Ms, 2) : null, h.sqlMsPerRequest !== undefined ? round(h.sqlMsPerRequest, 2) : null, h.statementsPerRequest !== undefined ? round(h.statementsPerRequest, 1) : null, h.ratioToSql !== undefined ? `${round(h.ratioToSql, 1)}×` : null, verdict(h.ratioToSql === undefined ? null : h.ratioToSql <= TARGETS.p95VsSql), verdict(h.p95Ms === undefined ? null : h.p95Ms <= TARGETS.p95Ms), h.status + (h.note ? `: ${h.note}` : "")])]));
  out.push("\nRanking API throughput (autocannon, 32 connections)");
  out.push(ranking?.requestsPerSec !== undefined
    ? table([["path", "answers", "req/s", "p99 ms", "errors", "non-2xx", "server peak RSS MB", `≥${TARGETS.rankingRps} req/s`],
      ...([["cached", ranking], ["fresh render", rankingFresh]] as [string, Load | undefined][]).filter((x): x is [string, Load] => !!x[1]?.requestsPerSec).map(([how, l]) => ["/api/v1/companies", how, round(l.requestsPerSec!, 0), l.p99Ms, l.errors, l.non2xx, round(l.peakRssMb ?? NaN, 0), verdict(l.requestsPerSec! >= TARGETS.rankingRps)])])
    : `/api/v1/companies: ${ranking?.status ?? "not measured"}`);
  out.push("\nFirst-load JavaScript (gzip -9 of the /_next/static scripts each page's HTML loads)");
  out.push(table([["page", "KB gzip", "chunks", `≤${TARGETS.firstLoadJsKb} KB`], ...js.map((j) => [j.path, j.kb !== undefined ? round(j.kb, 1) : j.status, j.chunks, verdict(j.kb === undefined ? null : j.kb <= TARGETS.firstLoadJsKb)])]));
  out.push("\nPlatform");
  const sec = (x?: { ms?: number }) => (x?.ms !== undefined ? round(x.ms / 1000, 1) : null);
  out.push(table([["figure", "seconds", "peak RSS MB", "target", "verdict"],
    ["npm ci (--ignore-scripts)", sec(p.npmCi) ?? "not run (--npm-ci)", null, null, null],
    ["next build", sec(p.build) ?? "skipped", p.build?.peakRssMb, null, null],
    ["npm start, empty embedded → first page", sec(p.firstPageEmpty), null, "≤15 s", verdict(p.firstPageEmpty?.ms === undefined ? null : !!p.firstPageEmpty.ok && p.firstPageEmpty.ms <= TARGETS.firstPageEmptyMs)],
    ["npm start, data loaded → first page", sec(p.firstPageLoaded), null, "≤3 s", verdict(p.firstPageLoaded?.ms === undefined ? null : !!p.firstPageLoaded.ok && p.firstPageLoaded.ms <= TARGETS.firstPageLoadedMs)]]));
  console.log(out.join("\n"));
}

main().catch((err) => {
  console.error(`[bench] failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
