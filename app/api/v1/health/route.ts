// GET /api/v1/health — database reachability and loaded datasets; 503 when the database is down.
import { jsonOk } from "@/lib/api/respond";
import { getDb } from "@/lib/db/prisma";
import { getHealth, HealthDto } from "@/lib/data/provenance/get-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await getHealth(getDb());
  return jsonOk(HealthDto, health, { status: health.database.reachable ? 200 : 503, headers: { "cache-control": "no-store" } });
}
