// Bulk load rows with `COPY … FROM STDIN` (PostgreSQL's fastest load path): rows are encoded in COPY's text
// format and streamed in chunks. Used by syncRows for staging tables and for straight inserts into tables
// that hold none of the incoming keys yet (a first load).
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** A column as syncRows describes it: name and PostgreSQL type. */
export interface CopyColumn {
  name: string;
  type: string;
}

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** One value in COPY text format (`\N` is NULL; jsonb values are JSON-encoded, as the unnest path did). */
export function copyText(value: unknown, type: string): string {
  if (value === null || value === undefined) return "\\N";
  let s: string;
  if (type === "jsonb") s = JSON.stringify(value);
  else if (typeof value === "boolean") s = value ? "t" : "f";
  else if (value instanceof Date) s = value.toISOString();
  else if (typeof value === "object") s = JSON.stringify(value);
  else s = String(value);
  return /[\\\n\r\t]/.test(s) ? s.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]!) : s;
}

/** The COPY text lines of `rows` (arrays in `columns` order, then `trailing` values), in blocks of about 1 MB. */
function* encode(rows: unknown[][], columns: CopyColumn[], trailing: string): Generator<string> {
  let block = "";
  for (const r of rows) {
    let line = "";
    for (let i = 0; i < columns.length; i++) line += (i ? "\t" : "") + copyText(r[i], columns[i]!.type);
    block += line + trailing + "\n";
    if (block.length > 1_000_000) {
      yield block;
      block = "";
    }
  }
  if (block) yield block;
}

/** COPY `rows` into `table` (`targets`: quoted column names, `columns` plus any `constants`, which every row gets). */
export async function copyRows(client: PoolClient, table: string, targets: string[], columns: CopyColumn[], rows: unknown[][], constants: { value: unknown; type: string }[] = []): Promise<void> {
  if (rows.length === 0) return;
  const trailing = constants.map((c) => "\t" + copyText(c.value, c.type)).join("");
  const stream = client.query(copyFrom(`COPY ${table} (${targets.join(", ")}) FROM STDIN`));
  await pipeline(Readable.from(encode(rows, columns, trailing)), stream);
}
