// Database digest: md5 of every application table's full contents. Equal digests before and after an
// operation prove that nothing changed (used by the integration tests and the reliability kill test).
import type pg from "pg";

/** md5 of every application table (except _prisma_migrations), one line per table. */
export async function databaseDigest(pool: pg.Pool): Promise<string> {
  const tables = await pool.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`);
  const parts: string[] = [];
  for (const { tablename } of tables.rows) {
    const r = await pool.query<{ d: string | null }>(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d FROM "${tablename}" t`);
    parts.push(`${tablename}:${r.rows[0]!.d}`);
  }
  return parts.join("\n");
}
