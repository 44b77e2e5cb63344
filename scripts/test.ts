// `npm test`: lint, unit + integration tests (vitest), production build, end-to-end tests (Playwright).
// Prints `unit: N passed, N failed` and `e2e: N passed, N failed` from the runners' JSON reports and
// exits non-zero if any step fails. `npm test -- --unit` or `-- --e2e` runs one half.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const reports = path.join(root, ".reports");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
const args = new Set(process.argv.slice(2));
const only = args.has("--unit") ? "unit" : args.has("--e2e") ? "e2e" : null;
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function run(title: string, cmd: string, cmdArgs: string[]): boolean {
  console.log(`\n=== ${title} ===`);
  const res = spawnSync(cmd, cmdArgs, { cwd: root, stdio: "inherit", env });
  return res.status === 0;
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(file: string): Counts | null {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCounts(file: string): Counts | null {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, "utf8")) as { stats?: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] };
  if (!r.stats) return null;
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + (r.errors?.length ?? 0), skipped: r.stats.skipped };
}

const line = (label: string, c: Counts | null, ok: boolean) =>
  c ? `${label}: ${c.passed} passed, ${c.failed + (ok || c.failed > 0 ? 0 : 1)} failed${c.skipped ? `, ${c.skipped} skipped` : ""}` : `${label}: 0 passed, 1 failed`;

mkdirSync(reports, { recursive: true });
let ok = true;
const summary: string[] = [];

if (only !== "e2e") {
  const lintOk = run("lint (eslint)", bin("eslint"), ["."]);
  summary.push(`lint: ${lintOk ? "ok" : "FAILED"}`);
  ok &&= lintOk;
  rmSync(path.join(reports, "unit.json"), { force: true });
  const unitOk = run("unit + integration (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reports, "unit.json")}`]);
  summary.push(line("unit", vitestCounts(path.join(reports, "unit.json")), unitOk));
  ok &&= unitOk;
}

if (only !== "unit") {
  const buildOk = run("production build (next build)", process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"]);
  ok &&= buildOk;
  rmSync(path.join(reports, "e2e.json"), { force: true });
  const e2eOk = buildOk && run("end-to-end (playwright)", bin("playwright"), ["test"]);
  summary.push(buildOk ? line("e2e", playwrightCounts(path.join(reports, "e2e.json")), e2eOk) : "e2e: 0 passed, 1 failed (build failed)");
  ok &&= e2eOk;
}

console.log(`\n${summary.join("\n")}`);
process.exit(ok ? 0 : 1);
