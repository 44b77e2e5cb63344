// JSON API conventions for /api/v1: zod-validated DTOs, {"error": "..."} errors with the right status,
// CSV variants, and database outages reported as 503 instead of stack traces.
import { NextResponse } from "next/server";
import type { z } from "zod";
import { toCsv } from "@/lib/csv/to-csv";
import { isDatabaseDown } from "@/lib/db/is-database-down";

/** Validate `data` against the DTO schema and send it as JSON (a schema mismatch is a 500, never bad data). */
export function jsonOk<S extends z.ZodType>(schema: S, data: z.input<S>, init?: ResponseInit): NextResponse {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    console.error("API DTO validation failed:", parsed.error.issues.slice(0, 5));
    return jsonError(500, "internal error: response failed validation");
  }
  return NextResponse.json(parsed.data, init);
}

/** `{ "error": message }` with `status`. */
export function jsonError(status: number, message: string): NextResponse {
  return NextResponse.json({ error: message }, { status, headers: { "cache-control": "no-store" } });
}

/** A CSV download (attachment) of exactly these rows. */
export function csvResponse(filename: string, header: string[], rows: unknown[][]): Response {
  return new Response(toCsv(header, rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]+/g, "-")}"`,
    },
  });
}

/** True when the request asks for CSV (?format=csv). */
export function wantsCsv(req: Request): boolean {
  return new URL(req.url).searchParams.get("format")?.toLowerCase() === "csv";
}

/** Wrap a route handler: database outages → 503 {error}, anything unexpected → 500 {error}, both logged. */
export function withApi<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (err) {
      if (isDatabaseDown(err)) {
        console.error("API: database unavailable:", (err as Error).message);
        return jsonError(503, "database unavailable; try again shortly");
      }
      console.error("API error:", err);
      return jsonError(500, "internal error");
    }
  };
}
