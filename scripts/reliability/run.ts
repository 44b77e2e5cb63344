// `npm run test:reliability`: load, fault and long fuzz runs (not part of `npm test`). Each part prints what it
// did and PASS/FAIL; exit code 1 if any part failed. Flags: --quick (20 s load, 5 kills, 1,000 fuzz runs),
// --duration SECONDS (load, default 300), --kills N (default 20), --only load,outage,kill,disk,fuzz.
// Uses its own embedded PostgreSQL (ports 54410–54413) and web ports 3107–3108; never the shared server.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPool } from "@/lib/db/pool";
import { SOURCE_KINDS } from "@/lib/ingest/registry";
import { runIngest } from "@/lib/ingest/run";
import { startBenchServer } from "@/bench/lib/bench-db";
import { stopChild } from "@/bench/lib/proc";
import { generateScaledDevstats } from "@/bench/lib/scaled-devstats";
import { fullDiskCase, readOnlyCase } from "./disk";
import { killIngestTest } from "./kill-ingest";
import { loadTest } from "./load";
import { outageTest } from "./outage";
import { availablePaths, detailPaths, startWeb } from "./web";

const root = path.resolve(import.meta.dirname, "..", "..");
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const duration = Number(arg("--duration") ?? (quick ? 20 : 300));
const kills = Number(arg("--kills") ?? (quick ? 5 : 20));
const only = new Set((arg("--only") ?? "load,outage,kill,disk,fuzz").split(","));
const PG_PORT = 54410;
const WEB_PORT = 3107;
const say = (s: string) => console.log(`[reliability] ${s}`);
const results: Record<string, unknown> = { date: new Date().toISOString(), quick, duration, kills };
const verdicts: [string, boolean][] = [];

async function main() {
  if (!argv.includes("--no-build") && (only.has("load") || only.has("outage"))) {
    say("next build (skip with --no-build when the build is current)…");
    const b = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], { cwd: root, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" } });
    if (b.status !== 0) throw new Error("next build failed");
  }
  const tmp = await mkdtemp(path.join(tmpdir(), "bazaar-reliability-"));
  await chmod(tmp, 0o755); // as root, the embedded PostgreSQL runs as "postgres" and must enter it
  try {
    if (only.has("load") || only.has("outage")) {
      const server = await startBenchServer(PG_PORT, { root });
      try {
        const url = await server.freshDatabase("bazaar_quality_reliability");
        const pool = createPool(url, 2);
        await runIngest({ paths: [path.join(root, "data")], options: { flags: {} } }, { pool, kinds: SOURCE_KINDS, cwd: root });
        await pool.end();
        const web = await startWeb(root, url, WEB_PORT);
        try {
          const paths = await availablePaths(web.base);
          say(`paths in the mix: ${paths.join(" ")}`);
          if (only.has("load")) {
            const details = await detailPaths(web.base);
            // Interleave: each main page or API, then a handful of detail pages, so every connection spreads.
            const mix = details.flatMap((d, i) => (i % 4 === 0 ? [paths[(i / 4) % paths.length]!, d] : [d]));
            say(`load: 64 connections for ${duration} s over ${new Set(mix).size} distinct URLs (the main ones + ${details.length} group, company and product pages and APIs)…`);
            const r = await loadTest(web, mix.length ? mix : paths, 64, duration);
            results.load = r;
            verdicts.push([`load 64 conns ${duration} s: ${r.requests} requests, ${r.errors} errors, ${r.non2xx} non-2xx, p99 ${r.p99Ms} ms, ${Math.round(r.requestsPerSec)} req/s, peak RSS ${Math.round(r.peakRssMb)} MB`, r.ok]);
          }
          if (only.has("outage")) {
            say("outage: PostgreSQL stopped for 6 s under load…");
            const r = await outageTest(server, web, paths);
            // The server's own words for anything that was not a clean 503 (to diagnose unfriendly answers).
            const unexpected = web.log().split("\n").filter((l) => /API error|unhandled|uncaught/i.test(l) && !/database unavailable/i.test(l));
            results.outage = { ...r, serverErrors: [...new Set(unexpected)].slice(0, 10) };
            if (!r.ok && unexpected.length) say(`  server log: ${[...new Set(unexpected)].slice(0, 3).join(" | ")}`);
            verdicts.push([`outage: before ${r.before.failed}/${r.before.total} failed; down ${r.down.failed}/${r.down.total} failed (${r.down.unfriendly} unfriendly${r.down.examples.length ? ": " + r.down.examples.join(", ") : ""}); recovered ${r.recoveredAfterMs === null ? "never" : Math.round(r.recoveredAfterMs) + " ms"} after restart; after ${r.after.failed}/${r.after.total} failed`, r.ok]);
          }
        } finally {
          await stopChild(web.child);
        }
      } finally {
        await server.stop();
      }
    }

    // A changed input for the kill and disk tests: releases with another source text + (when available) a scaled DevStats set.
    const changed = path.join(tmp, "changed");
    mkdirSync(changed, { recursive: true });
    const releases = await readFile(path.join(root, "data", "kubernetes", "releases.csv"), "utf8");
    await writeFile(path.join(changed, "releases.csv"), releases.replace(/\n(\d+\.\d+,[^,]*,[^,]*,)([^\n]*)/g, "\n$1$2 (reliability run)"));
    const changedPaths = [path.join(changed, "releases.csv")];
    if (SOURCE_KINDS.some((k) => k.kind === "devstats")) {
      await generateScaledDevstats(path.join(root, "data", "devstats"), path.join(changed, "devstats"), quick ? 2 : 5);
      changedPaths.push(path.join(changed, "devstats"));
    }

    if (only.has("kill")) {
      const server = await startBenchServer(PG_PORT + 1, { root });
      try {
        const url = await server.freshDatabase("bazaar_quality_kill");
        const probeUrl = await server.freshDatabase("bazaar_quality_kill_probe");
        for (const u of [url, probeUrl]) {
          const pool = createPool(u, 2);
          await runIngest({ paths: [path.join(root, "data")], options: { flags: {} } }, { pool, kinds: SOURCE_KINDS, cwd: root });
          await pool.end();
        }
        say(`kill: ingest of ${changedPaths.map((p) => path.basename(p)).join(" + ")} killed with SIGKILL at ${kills} random moments…`);
        const r = await killIngestTest(root, url, probeUrl, changedPaths, kills, say);
        results.kill = r;
        verdicts.push([`SIGKILL ×${r.kills} (full run ${Math.round(r.fullRunMs)} ms): ${r.rolledBack} left the previous data, ${r.committedBeforeKill} landed after COMMIT, ${r.corrupt} corrupt; re-run exit ${r.rerun.exitCode}`, r.ok]);
      } finally {
        await server.stop();
      }
    }

    if (only.has("disk")) {
      say("disk: read-only data folder…");
      const ro = await readOnlyCase(root, path.join(tmp, "ro"), PG_PORT + 2, WEB_PORT + 1);
      say("disk: full data folder…");
      const full = await fullDiskCase(root, path.join(tmp, "full"), PG_PORT + 3, changedPaths);
      results.disk = [ro, full];
      for (const c of [ro, full]) verdicts.push([`${c.name} (${c.how}): exit ${c.exitCode ?? "–"}, data unchanged ${c.digestUnchanged ?? "–"}, recovered ${c.recovered ?? "–"}; message: ${c.message ?? c.note ?? ""}`.slice(0, 400), c.ok]);
    }

    if (only.has("fuzz")) {
      const runs = quick ? 1_000 : 10_000;
      say(`fuzz: tests/fuzz with FUZZ_RUNS=${runs}…`);
      const t0 = performance.now();
      const r = spawnSync(path.join(root, "node_modules", ".bin", "vitest"), ["run", "tests/fuzz"], { cwd: root, stdio: "inherit", env: { ...process.env, FUZZ_RUNS: String(runs) } });
      results.fuzz = { runs, ok: r.status === 0, seconds: Math.round((performance.now() - t0) / 1000) };
      verdicts.push([`fuzz: every parser property at ${runs} runs`, r.status === 0]);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  console.log("\nReliability summary");
  for (const [line, ok] of verdicts) console.log(`${ok ? "PASS" : "FAIL"}  ${line}`);
  const out = path.join(root, "bench", "out", "reliability.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
  process.exit(verdicts.every(([, ok]) => ok) ? 0 : 1);
}

main().catch((err) => {
  console.error(`[reliability] failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
