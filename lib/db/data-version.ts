// The data version: data only changes when an ingest commits, and every commit adds an ingest_run row, so
// max(ingest_run.id) stamps the data. Shared by the per-process memo (lib/data/cache) and the page cache (lib/serve).
import type pg from "pg";

/** SQL of the data version ("v": null when nothing was ever loaded). */
export const DATA_VERSION_SQL = "SELECT max(id) AS v FROM ingest_run";

/** The current data version over a pg pool ("0" when nothing is loaded). */
export async function readDataVersion(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ v: string | number | null }>(DATA_VERSION_SQL);
  return String(rows[0]?.v ?? 0);
}
