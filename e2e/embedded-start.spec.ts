// Smoke test of the no-DATABASE_URL default: `npm start`'s launcher on a fresh embedded PostgreSQL loads the
// bundled data and serves pages; when the database stops, pages show a friendly error and health says so;
// SIGTERM stops the app and PostgreSQL cleanly.
import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = process.cwd();
const PORT = 3198;
const DB_PORT = 54359;

function waitForLine(child: ChildProcess, pattern: RegExp, ms: number, log: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output:\n${log.join("")}`)), ms);
    const onData = (b: Buffer) => {
      log.push(b.toString());
      if (pattern.test(log.join(""))) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`launcher exited with ${code}:\n${log.join("")}`));
    });
  });
}

test("npm start on the embedded default: loads data, serves, survives a database outage, stops cleanly", async ({ page, request }) => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "bazaar-embedded-"));
  chmodSync(dataDir, 0o755);
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), BAZAAR_DATA_DIR: dataDir, BAZAAR_DB_PORT: String(DB_PORT), BAZAAR_SKIP_BUILD: "1" };
  delete env.DATABASE_URL;
  const log: string[] = [];
  const launcher = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  try {
    await waitForLine(launcher, /Ready in/, 200_000, log);
    await expect.poll(async () => (await request.get(`http://127.0.0.1:${PORT}/api/v1/health`).catch(() => null))?.status() ?? 0, { timeout: 30_000 }).toBe(200);
    const output = log.join("");
    expect(output).toContain("using the embedded PostgreSQL");
    expect(output).toContain("empty database: loading the bundled data");

    await page.goto(`http://127.0.0.1:${PORT}/`);
    await expect(page.getByTestId("loaded-datasets")).toContainText("Kubernetes releases");

    // Stop PostgreSQL under the running app (fast shutdown of the postmaster).
    const pid = Number(readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, "SIGINT");
    await expect.poll(() => existsSync(`/proc/${pid}`), { timeout: 15_000 }).toBe(false);

    const health = await request.get(`http://127.0.0.1:${PORT}/api/v1/health`);
    expect(health.status()).toBe(503);
    expect((await health.json()).database.reachable).toBe(false);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await expect(page.getByRole("heading", { name: "The database is unavailable" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText("at async");
  } finally {
    launcher.kill("SIGTERM");
    await new Promise((r) => (launcher.exitCode !== null ? r(null) : launcher.once("exit", r)));
    rmSync(dataDir, { recursive: true, force: true });
  }
  expect(log.join("")).toContain("stopped.");
});
