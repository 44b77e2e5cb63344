// Web server for the e2e run: a fresh database (on DATABASE_URL's server, else embedded), migrations,
// the bundled data, then the existing production build (built if missing) served as `npm start` serves it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPool } from "@/lib/db/pool";
import { applyMigrations } from "@/lib/db/migrate";
import { startEmbedded } from "@/lib/db/embedded";
import { SOURCE_KINDS } from "@/lib/ingest/registry";
import { runIngest } from "@/lib/ingest/run";
import { serveProduction } from "@/lib/serve/serve-production";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3199);
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

async function prepareDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  let serverUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!serverUrl) {
    const server = await startEmbedded({ dataDir: path.join(root, ".data/e2e"), port: Number(process.env.BAZAAR_E2E_DB_PORT ?? 54349), database: "postgres" });
    serverUrl = server.url;
    stop = server.stop;
  }
  const name = "bazaar_e2e";
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const pool = createPool(url, 2);
  await applyMigrations(pool, path.join(root, "prisma/migrations"));
  const summary = await runIngest({ paths: [path.join(root, "data")], options: { flags: {} } }, { pool, kinds: SOURCE_KINDS, cwd: root });
  console.log(`[e2e] loaded ${summary.sources.length} source(s) into ${name}`);
  await pool.end();
  return { url, stop };
}

async function main() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    const res = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
    if (res.status !== 0) process.exit(1);
  }
  const db = await prepareDatabase();
  // The same serving path as `npm start`: Next behind the page cache (lib/serve/).
  const web = await serveProduction({ root, databaseUrl: db.url, port, host: "127.0.0.1" });
  const stop = () => void web.stop().then(() => db.stop()).then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  web.next.on("exit", (code) => void db.stop().then(() => process.exit(code ?? 0)));
}

main().catch((err) => {
  console.error("[e2e] server setup failed:", err);
  process.exit(1);
});
