// GET /api/v1/companies?metric=&range=&repoGroup=&independent=0[&format=csv]: the company ranking.
import { csvResponse, jsonError, jsonOk, wantsCsv, withApi } from "@/lib/api/respond";
import { RankingDto } from "@/lib/data/contributions/dto";
import { getRanking } from "@/lib/data/contributions/get-ranking";
import { RankingParamsSchema } from "@/lib/data/contributions/params-schema";
import { getDb } from "@/lib/db/prisma";

export const dynamic = "force-dynamic";

export const GET = withApi(async (req: Request) => {
  const parsed = RankingParamsSchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return jsonError(400, parsed.error.issues.map((i) => i.message).join("; "));
  const q = parsed.data;
  const ranking = await getRanking(getDb(), { metric: q.metric, range: q.range, repoGroup: q.repoGroup, excludeIndependent: !q.independent });
  if (wantsCsv(req)) {
    return csvResponse(
      `companies-${q.metric}-${q.range}-${q.repoGroup}.csv`,
      ["rank", "company", "slug", "devstats_names", "metric", "range", "repo_group", "value", "share", "previous_range", "previous", "delta", "delta_pct", "as_of"],
      ranking.rows.map((r) => [r.rank, r.name, r.slug, r.rawNames.join("; "), ranking.metric, ranking.range, ranking.repoGroup, r.value, r.share, ranking.previousRange, r.previous, r.deltaAbs, r.deltaRel === null ? null : Math.round(r.deltaRel * 10000) / 100, ranking.source.asOf]),
    );
  }
  return jsonOk(RankingDto, ranking);
});
