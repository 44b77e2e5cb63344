// A pg connection pool with short timeouts, shared by the ingest CLI, the launcher and the tests.
import pg from "pg";

/** Create a pool for `url`; connections fail fast (5 s) instead of hanging when the server is down. */
export function createPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 10_000 });
  // An idle client losing its server must not crash the process; the next query reports the error.
  pool.on("error", () => {});
  return pool;
}

/** Run one trivial query to prove the server answers; throws the driver's error otherwise. */
export async function ping(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } finally {
    await client.end().catch(() => {});
  }
}
