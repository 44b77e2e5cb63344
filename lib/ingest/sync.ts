// Set-based "make this table slice equal to these rows" writer: bulk-loads rows into a temp table with
// unnest(), then deletes, updates and inserts with three statements, and reports what changed.
import type { PoolClient } from "pg";
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

const CHUNK = 20_000;
let tempCounter = 0;

const ident = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe SQL identifier: ${name}`);
  return `"${name}"`;
};

/** Make the scoped slice of `spec.table` equal to `rows` (arrays in `spec.columns` order); returns the counts. */
export async function syncRows(client: PoolClient, spec: SyncSpec, rows: unknown[][], runId: number): Promise<TableCounts> {
  const table = ident(spec.table);
  const cols = spec.columns.map((c) => ident(c.name));
  const keyCols = spec.key.map(ident);
  const valueCols = spec.columns.filter((c) => !spec.key.includes(c.name)).map((c) => ident(c.name));
  for (const k of spec.key) if (!spec.columns.some((c) => c.name === k)) throw new Error(`key column ${k} missing from columns of ${spec.table}`);

  const tmp = `_sync_${spec.table}_${++tempCounter}`;
  await client.query(`CREATE TEMP TABLE ${tmp} (${spec.columns.map((c) => `${ident(c.name)} ${c.type}`).join(", ")}) ON COMMIT DROP`);
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const arrays = spec.columns.map((c, i) =>
      chunk.map((r) => {
        const v = r[i];
        if (c.type === "jsonb" && v !== null && v !== undefined) return JSON.stringify(v);
        return v === undefined ? null : v;
      }),
    );
    const params = spec.columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
    await client.query(`INSERT INTO ${tmp} (${cols.join(", ")}) SELECT * FROM unnest(${params})`, arrays);
  }

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
