// Least privilege: after scripts/reliability/db-roles.sql, bazaar_reader can SELECT (the app's health and page
// queries work with it) but cannot INSERT / UPDATE / DELETE / DDL; bazaar_ingest can run an ingest but no DDL.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPool } from "@/lib/db/pool";
import { createPrisma } from "@/lib/db/prisma";
import { getHealth } from "@/lib/data/provenance/get-health";
import { getOverview } from "@/lib/data/overview/get-overview";
import { SOURCE_KINDS } from "@/lib/ingest/registry";
import { runIngest } from "@/lib/ingest/run";
import { createTestDatabase, type TestDatabase } from "../setup/test-db";

const PASSWORD = "bazaar-roles-test";
let db: TestDatabase;
let reader: pg.Pool;
let ingest: pg.Pool;

const as = (url: string, user: string) => {
  const u = new URL(url);
  u.username = user;
  u.password = PASSWORD;
  return u.toString();
};

/** The SQLSTATE a statement fails with (or "ok"). */
async function outcome(pool: pg.Pool, sql: string): Promise<string> {
  try {
    await pool.query(sql);
    return "ok";
  } catch (err) {
    return (err as { code?: string }).code ?? "error";
  }
}

beforeAll(async () => {
  db = await createTestDatabase("t");
  await runIngest({ paths: [path.resolve("data/kubernetes")], options: { flags: {} } }, { pool: db.pool, kinds: SOURCE_KINDS });
  await db.pool.query(readFileSync(path.resolve("scripts/reliability/db-roles.sql"), "utf8"));
  await db.pool.query(`ALTER ROLE bazaar_reader PASSWORD '${PASSWORD}'`);
  await db.pool.query(`ALTER ROLE bazaar_ingest PASSWORD '${PASSWORD}'`);
  reader = createPool(as(db.url, "bazaar_reader"), 2);
  ingest = createPool(as(db.url, "bazaar_ingest"), 2);
});

afterAll(async () => {
  await reader?.end();
  await ingest?.end();
  await db?.drop();
});

describe("bazaar_reader (the web server's role)", () => {
  it("can SELECT every table", async () => {
    const r = await reader.query<{ n: string }>("SELECT count(*) AS n FROM kubernetes_release");
    expect(Number(r.rows[0]!.n)).toBeGreaterThan(10);
    expect(await outcome(reader, "SELECT * FROM ingest_run LIMIT 1")).toBe("ok");
  });

  it("cannot INSERT, UPDATE, DELETE, TRUNCATE or change the schema", async () => {
    const denied = ["42501", "25006"]; // insufficient_privilege, read_only_sql_transaction
    expect(denied).toContain(await outcome(reader, "INSERT INTO kubernetes_release (minor, major, minor_number, release_date, source, ingest_run_id) SELECT '9.99', 9, 99, now(), 'x', id FROM ingest_run LIMIT 1"));
    expect(denied).toContain(await outcome(reader, "UPDATE kubernetes_release SET source = 'x'"));
    expect(denied).toContain(await outcome(reader, "DELETE FROM kubernetes_release"));
    expect(denied).toContain(await outcome(reader, "TRUNCATE kubernetes_release"));
    expect(denied).toContain(await outcome(reader, "CREATE TABLE evil (x int)"));
    expect(denied).toContain(await outcome(reader, "DROP TABLE kubernetes_release"));
    // Even past the read-only default, the grants alone refuse writes.
    expect(await outcome(reader, "BEGIN; SET TRANSACTION READ WRITE; DELETE FROM kubernetes_release; COMMIT")).toBe("42501");
    await reader.query("ROLLBACK").catch(() => {});
  });

  it("serves the app: the health and overview queries work as the reader", async () => {
    const prisma = createPrisma(as(db.url, "bazaar_reader"));
    try {
      const health = await getHealth(prisma);
      expect(health.database.reachable).toBe(true);
      expect(health.datasets.map((d) => d.kind)).toContain("releases");
      const overview = await getOverview(prisma);
      expect(overview).toBeTruthy();
    } finally {
      await prisma.$disconnect();
    }
  });
});

describe("bazaar_ingest (the ingestion role)", () => {
  it("can run an ingest (set-based sync with temp tables) and re-run it unchanged", async () => {
    const summary = await runIngest({ paths: [path.resolve("data/kubernetes")], options: { flags: {} } }, { pool: ingest, kinds: SOURCE_KINDS });
    expect(summary.outcome).toBe("unchanged");
    const client = await ingest.connect();
    try {
      await client.query("BEGIN");
      await client.query("UPDATE kubernetes_release SET source = source || ' (checked)' WHERE minor = (SELECT min(minor) FROM kubernetes_release)");
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
  });

  it("cannot change the schema", async () => {
    expect(await outcome(ingest, "CREATE TABLE evil (x int)")).toBe("42501");
    expect(await outcome(ingest, "DROP TABLE kubernetes_release")).toBe("42501");
    expect(await outcome(ingest, "ALTER TABLE kubernetes_release ADD COLUMN x int")).toBe("42501");
  });
});
