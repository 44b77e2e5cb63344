// A fresh, migrated database per test file on the test server (never a mock): create, use, drop.
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createPool } from "@/lib/db/pool";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrisma } from "@/lib/db/prisma";

/** A throwaway database: its URL, a pg pool, a Prisma client, and drop(). */
export interface TestDatabase {
  url: string;
  name: string;
  pool: pg.Pool;
  prisma: ReturnType<typeof createPrisma>;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Create `bazaar_t_<random>` on the test server, apply all migrations, and return handles to it. */
export async function createTestDatabase(prefix = "t"): Promise<TestDatabase> {
  const serverUrl = inject("testServerUrl");
  const name = `bazaar_${prefix}_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  const pool = createPool(url, 4);
  await applyMigrations(pool, path.resolve("prisma/migrations"));
  const prisma = createPrisma(url);
  return {
    url,
    name,
    pool,
    prisma,
    async drop() {
      await prisma.$disconnect().catch(() => {});
      await pool.end().catch(() => {});
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Row counts of every application table (to assert "nothing was written"). */
export async function tableCounts(pool: pg.Pool): Promise<Record<string, number>> {
  const tables = await pool.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`);
  const out: Record<string, number> = {};
  for (const { tablename } of tables.rows) {
    const r = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${tablename}"`);
    out[tablename] = Number(r.rows[0]!.n);
  }
  return out;
}

/** md5 of every application table's full contents (lib/db/database-digest.ts). */
export { databaseDigest } from "@/lib/db/database-digest";
