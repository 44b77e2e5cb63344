// GET /api/v1/companies?metric=&range=&repoGroup=&independent=0[&rows=N|all][&format=csv]: the company ranking
// (every row unless ?rows= limits it; rowCount is always the full count).
import { csvResponse, jsonError, jsonOk, wantsCsv, withApi } from "@/lib/api/respond";
import { limitRanking, RankingDto } from "@/lib/data/contributions/dto";
import { getRanking } from "@/lib/data/contributions/get-ranking";
import { getRankingJson } from "@/lib/data/contributions/get-ranking-json";
import { RankingParamsSchema } from "@/lib/data/contributions/params-schema";
import { getDb } from "@/lib/db/prisma";

export const dynamic = "force-dynamic";

export const GET = withApi(async (req: Request) => {
  const parsed = RankingParamsSchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return jsonError(400, parsed.error.issues.map((i) => i.message).join("; "));
  const q = parsed.data;
  const rows = new URL(req.url).searchParams.has("rows") ? q.rows : "all";
  const params = { metric: q.metric, range: q.range, repoGroup: q.repoGroup, excludeIndependent: !q.independent };
  if (!wantsCsv(req) && rows === "all") return new Response(await getRankingJson(getDb(), params), { headers: { "content-type": "application/json" } });
  const ranking = limitRanking(await getRanking(getDb(), params), rows);
  if (!wantsCsv(req)) return jsonOk(RankingDto, ranking);
  return csvResponse(
    `companies-${q.metric}-${q.range}-${q.repoGroup}.csv`,
    ["rank", "company", "slug", "devstats_names", "metric", "range", "repo_group", "value", "share", "previous_range", "previous", "delta", "delta_pct", "as_of"],
    ranking.rows.map((r) => [r.rank, r.name, r.slug, r.rawNames.join("; "), ranking.metric, ranking.range, ranking.repoGroup, r.value, r.share, ranking.previousRange, r.previous, r.deltaAbs, r.deltaRel === null ? null : Math.round(r.deltaRel * 10000) / 100, ranking.source.asOf]),
  );
});
