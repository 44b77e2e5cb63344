import "server-only";
// Caches expensive read-only results until the data changes. Data only changes when an ingest commits, and
// every committed ingest adds an ingest_run row, so max(ingest_run.id) is a version stamp: one indexed
// lookup replaces the heavy aggregation on repeat requests. Per database handle, LRU-bounded.
import { DATA_VERSION_SQL } from "@/lib/db/data-version";
import type { Db } from "@/lib/db/prisma";

/** The current data version of `db` (max ingest_run id; "0" when nothing is loaded). */
export async function dataVersion(db: Db): Promise<string> {
  const [row] = await db.$queryRawUnsafe<{ v: number | null }[]>(DATA_VERSION_SQL); // a constant: nothing interpolated
  return String(row?.v ?? 0);
}

/** Wrap `fn(db, ...args)` so equal args on the same data version share one result (failures are not cached). */
export function memoByDataVersion<A extends unknown[], R>(fn: (db: Db, ...args: A) => Promise<R>, maxEntries = 200): (db: Db, ...args: A) => Promise<R> {
  const perDb = new WeakMap<Db, Map<string, Promise<R>>>();
  return async (db: Db, ...args: A): Promise<R> => {
    let cache = perDb.get(db);
    if (!cache) perDb.set(db, (cache = new Map()));
    const key = `${await dataVersion(db)}|${JSON.stringify(args)}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const result = fn(db, ...args);
    cache.set(key, result);
    result.catch(() => cache.delete(key));
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
    return result;
  };
}
