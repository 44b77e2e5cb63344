// GET /api/v1/overview — the overview page's headline figures as JSON.
import { jsonOk, withApi } from "@/lib/api/respond";
import { getDb } from "@/lib/db/prisma";
import { getOverview, OverviewDto } from "@/lib/data/overview/get-overview";

export const dynamic = "force-dynamic";

export const GET = withApi(async () => jsonOk(OverviewDto, await getOverview(getDb())));
