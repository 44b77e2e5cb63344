import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/prisma";
import { describeDbError } from "@/lib/db/describe-error";
import { getLoadedDatasets } from "./get-loaded-datasets";

/** /api/v1/health: database reachability, latency and loaded datasets. */
export const HealthDto = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.object({ reachable: z.boolean(), latencyMs: z.number().nullable(), error: z.string().nullable(), migrations: z.number().nullable() }),
  datasets: z.array(z.object({ kind: z.string(), label: z.string(), asOf: z.string().nullable(), upstream: z.string().nullable(), loadedAt: z.string() })),
  time: z.string(),
});
export type Health = z.infer<typeof HealthDto>;

/** Probe the database (bounded to ~3 s) and list loaded datasets; never throws. */
export async function getHealth(db: Db): Promise<Health> {
  const t0 = performance.now();
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(Object.assign(new Error("timed out after 3 s"), { code: "ETIMEDOUT" })), 3_000));
    const [m] = await Promise.race([db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`, timeout]);
    const latencyMs = Math.round((performance.now() - t0) * 10) / 10;
    const datasets = await getLoadedDatasets(db);
    return {
      status: "ok",
      database: { reachable: true, latencyMs, error: null, migrations: Number(m?.n ?? 0) },
      datasets: datasets.map(({ kind, label, asOf, upstream, loadedAt }) => ({ kind, label, asOf, upstream, loadedAt })),
      time: new Date().toISOString(),
    };
  } catch (err) {
    return { status: "degraded", database: { reachable: false, latencyMs: null, error: describeDbError(err), migrations: null }, datasets: [], time: new Date().toISOString() };
  }
}
