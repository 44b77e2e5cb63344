// Typed URL state: pages parse their search params with a zod schema, so every view is a permalink.
import type { z } from "zod";

/** Next.js page searchParams (a promise in Next 16). */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** First value of a search param, or undefined. */
export function firstParam(sp: Record<string, string | string[] | undefined>, key: string): string | undefined {
  const v = sp[key];
  return Array.isArray(v) ? v[0] : v;
}

/** Parse search params with `schema` (taking the first value of repeated keys); invalid values fall back to the schema's defaults via `.catch()` in the schema. */
export function parseSearchParams<S extends z.ZodType>(schema: S, sp: Record<string, string | string[] | undefined>): z.output<S> {
  const flat: Record<string, string | undefined> = {};
  for (const key of Object.keys(sp)) flat[key] = firstParam(sp, key);
  return schema.parse(flat);
}

/** Build "?a=1&b=2" from a record, dropping empty values (for links that change one filter). */
export function toQueryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "" && v !== false) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}
