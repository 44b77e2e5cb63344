// Set-based "make this table slice equal to these rows" writer: COPYs rows into a temp table, then deletes,
// updates and inserts with three statements, and reports what changed. A bulk load into a slice that is empty
// and shares no key with the table (a first load) is COPYed straight into the table instead.
import type { PoolClient } from "pg";
import { copyRows } from "./copy-rows";
import type { TableCounts } from "./types";

/** A column of the target table and its PostgreSQL type (used for the unnest cast), e.g. "text", "int4", "jsonb", "group_kind". */
export interface ColumnSpec {
  name: string;
  type: string;
}

/** What to sync: the table, its natural key, its columns, and the slice of the table the rows replace. */
export interface SyncSpec {
  table: string;
  /** natural-key column names (must be non-null); a subset of `columns` */
  key: string[];
  /** all written columns in the order the row arrays use (ingest_run_id is added automatically) */
  columns: ColumnSpec[];
  /** equality filter selecting the rows these rows replace; rows in scope but not in input are removed. Omit to never remove. */
  scope?: Record<string, string | number | boolean>;
}

let tempCounter = 0;
/** Below this many rows the staged path is cheap enough; the straight path is for bulk loads. */
const STRAIGHT_MIN_ROWS = 1_000;
const uniqueKeyCache = new Map<string, boolean>();

const ident = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe SQL identifier: ${name}`);
  return `"${name}"`;
};

/** Whether `table` has a unique index on exactly the `key` columns (so a duplicate cannot slip in unnoticed). */
async function hasUniqueKey(client: PoolClient, table: string, key: string[]): Promise<boolean> {
  const id = `${table}(${[...key].sort().join(",")})`;
  const known = uniqueKeyCache.get(id);
  if (known !== undefined) return known;
  const r = await client.query(
    `SELECT 1 FROM pg_index i WHERE i.indrelid = $1::regclass AND i.indisunique AND i.indpred IS NULL
        AND (SELECT array_agg(a.attname::text ORDER BY a.attname::text) FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)) = $2::text[]
        AND cardinality(i.indkey) = $3`,
    [table, [...key].sort(), key.length],
  );
  uniqueKeyCache.set(id, (r.rowCount ?? 0) > 0);
  return uniqueKeyCache.get(id)!;
}

/** The straight path: when the slice is empty and no incoming key exists yet, COPY the rows into the table
 *  itself (under a savepoint; a unique violation means some key did exist, and the staged path takes over). */
async function insertsStraight(client: PoolClient, spec: SyncSpec, rows: unknown[][], runId: number): Promise<boolean> {
  if (rows.length < STRAIGHT_MIN_ROWS || !(await hasUniqueKey(client, spec.table, spec.key))) return false;
  const table = ident(spec.table);
  // a scope (even `{}`, the whole table) means rows outside the input get removed: it must be empty here
  if (spec.scope !== undefined) {
    const scope = Object.entries(spec.scope);
    const where = scope.map(([k], i) => `${ident(k)} = $${i + 1}`).join(" AND ") || "true";
    const inScope = await client.query(`SELECT 1 FROM ${table} WHERE ${where} LIMIT 1`, scope.map(([, v]) => v));
    if (inScope.rowCount) return false;
  }
  // a re-ingest usually shares its first key with the table: skip a COPY that would fail on row one
  const keyIdx = spec.key.map((k) => spec.columns.findIndex((c) => c.name === k));
  const first = await client.query(`SELECT 1 FROM ${table} WHERE ${spec.key.map((k, i) => `${ident(k)} = $${i + 1}::${spec.columns[keyIdx[i]!]!.type}`).join(" AND ")} LIMIT 1`, keyIdx.map((i) => rows[0]![i]));
  if (first.rowCount) return false;
  const sp = `sync_straight_${++tempCounter}`;
  await client.query(`SAVEPOINT ${sp}`);
  try {
    await copyRows(client, table, [...spec.columns.map((c) => ident(c.name)), `"ingest_run_id"`], spec.columns, rows, [{ value: runId, type: "int4" }]);
    await client.query(`RELEASE SAVEPOINT ${sp}`);
    return true;
  } catch (err) {
    if ((err as { code?: string }).code !== "23505") throw err;
    await client.query(`ROLLBACK TO SAVEPOINT ${sp}`);
    await client.query(`RELEASE SAVEPOINT ${sp}`);
    return false;
  }
}

/** Make the scoped slice of `spec.table` equal to `rows` (arrays in `spec.columns` order); returns the counts. */
export async function syncRows(client: PoolClient, spec: SyncSpec, rows: unknown[][], runId: number): Promise<TableCounts> {
  const table = ident(spec.table);
  const cols = spec.columns.map((c) => ident(c.name));
  const keyCols = spec.key.map(ident);
  const valueCols = spec.columns.filter((c) => !spec.key.includes(c.name)).map((c) => ident(c.name));
  for (const k of spec.key) if (!spec.columns.some((c) => c.name === k)) throw new Error(`key column ${k} missing from columns of ${spec.table}`);

  if (await insertsStraight(client, spec, rows, runId)) return { added: rows.length, updated: 0, removed: 0, unchanged: 0 };

  const tmp = `_sync_${spec.table}_${++tempCounter}`;
  await client.query(`CREATE TEMP TABLE ${tmp} (${spec.columns.map((c) => `${ident(c.name)} ${c.type}`).join(", ")}) ON COMMIT DROP`);
  await copyRows(client, tmp, cols, spec.columns, rows);

  const dup = await client.query(`SELECT ${keyCols.join(", ")}, count(*) AS n FROM ${tmp} GROUP BY ${keyCols.join(", ")} HAVING count(*) > 1 LIMIT 3`);
  if (dup.rowCount) {
    throw new Error(`duplicate key in rows for ${spec.table} (${spec.key.join(", ")}): ${JSON.stringify(dup.rows[0])}`);
  }

  const match = keyCols.map((k) => `t.${k} = i.${k}`).join(" AND ");
  let removed = 0;
  if (spec.scope) {
    const entries = Object.entries(spec.scope);
    const where = entries.map(([k], i) => `t.${ident(k)} = $${i + 1}`).join(" AND ");
    const res = await client.query(
      `DELETE FROM ${table} t WHERE ${where || "true"} AND NOT EXISTS (SELECT 1 FROM ${tmp} i WHERE ${match})`,
      entries.map(([, v]) => v),
    );
    removed = res.rowCount ?? 0;
  }

  let updated = 0;
  if (valueCols.length > 0) {
    const set = valueCols.map((c) => `${c} = i.${c}`).join(", ");
    const differs = `(${valueCols.map((c) => `t.${c}`).join(", ")}) IS DISTINCT FROM (${valueCols.map((c) => `i.${c}`).join(", ")})`;
    const res = await client.query(`UPDATE ${table} t SET ${set}, "ingest_run_id" = $1 FROM ${tmp} i WHERE ${match} AND ${differs}`, [runId]);
    updated = res.rowCount ?? 0;
  }

  const ins = await client.query(
    `INSERT INTO ${table} (${cols.join(", ")}, "ingest_run_id") SELECT ${cols.map((c) => `i.${c}`).join(", ")}, $1 FROM ${tmp} i WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE ${match})`,
    [runId],
  );
  const added = ins.rowCount ?? 0;
  await client.query(`DROP TABLE ${tmp}`);
  return { added, updated, removed, unchanged: rows.length - added - updated };
}

/** Sum several TableCounts (e.g. per-chunk results of the same table). */
export function addCounts(a: TableCounts, b: TableCounts): TableCounts {
  return { added: a.added + b.added, updated: a.updated + b.updated, removed: a.removed + b.removed, unchanged: a.unchanged + b.unchanged };
}

/** True when the counts record any write. */
export function hasChanges(c: TableCounts): boolean {
  return c.added + c.updated + c.removed > 0;
}
