// "Make these slices of a table equal to these rows": syncRows (add/update) plus one set-based DELETE of rows in the
// touched slices that the input no longer has. Slices are e.g. one (metric, range, repo group) companies table.
import type { PoolClient } from "pg";
import { syncRows, type SyncSpec } from "../sync";
import type { TableCounts } from "../types";

/** Sync rows into `spec.table`, removing rows of the listed slices (values for `sliceColumns`) that are not in `rows`. */
export async function syncSlices(client: PoolClient, spec: Omit<SyncSpec, "scope">, rows: unknown[][], runId: number, projectId: number, sliceColumns: string[], slices: unknown[][], extraWhere = "true"): Promise<TableCounts> {
  let removed = 0;
  // nothing to remove when the table holds no rows of this project yet (first load): skip the anti-join
  const any = slices.length > 0 ? await client.query(`SELECT 1 FROM ${spec.table} WHERE project_id = $1 LIMIT 1`, [projectId]) : null;
  if (any && any.rowCount) {
    const colType = (name: string) => spec.columns.find((c) => c.name === name)!.type;
    const keyIdx = spec.key.map((k) => spec.columns.findIndex((c) => c.name === k));
    const sliceParams = sliceColumns.map((c, i) => `$${i + 2}::${colType(c)}[]`).join(", ");
    const keep = `_keep_${spec.table}`;
    await client.query(`DROP TABLE IF EXISTS ${keep}`);
    await client.query(
      `CREATE TEMP TABLE ${keep} ON COMMIT DROP AS SELECT * FROM unnest(${spec.key.map((k, i) => `$${i + 1}::${colType(k)}[]`).join(", ")}) AS k(${spec.key.join(", ")})`,
      keyIdx.map((i) => rows.map((r) => r[i])),
    );
    await client.query(`ANALYZE ${keep}`);
    // fresh rows in this transaction have no statistics; a nested-loop anti-join over them is quadratic
    await client.query(`SET LOCAL enable_nestloop = off`);
    const res = await client.query(
      `DELETE FROM ${spec.table} t
        WHERE t.project_id = $1
          AND ${extraWhere}
          AND (${sliceColumns.map((c) => `t.${c}`).join(", ")}) IN (SELECT * FROM unnest(${sliceParams}))
          AND NOT EXISTS (SELECT 1 FROM ${keep} k WHERE ${spec.key.map((k) => `k.${k} = t.${k}`).join(" AND ")})`,
      [projectId, ...sliceColumns.map((_, i) => slices.map((s) => s[i]))],
    );
    await client.query(`SET LOCAL enable_nestloop = on`);
    await client.query(`DROP TABLE ${keep}`);
    removed = res.rowCount ?? 0;
  }
  const counts = rows.length > 0 ? await syncRows(client, spec, rows, runId) : { added: 0, updated: 0, removed: 0, unchanged: 0 };
  return { ...counts, removed };
}
