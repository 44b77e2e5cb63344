// GET /api/v1/compare?c=google,red-hat[,…][&format=csv]: 2–6 companies side by side.
import { csvResponse, jsonError, jsonOk, wantsCsv, withApi } from "@/lib/api/respond";
import { CompareDto } from "@/lib/data/contributions/dto";
import { getCompare } from "@/lib/data/contributions/get-compare";
import { compareSlugs } from "@/lib/data/contributions/params";
import { getDb } from "@/lib/db/prisma";

export const dynamic = "force-dynamic";

export const GET = withApi(async (req: Request) => {
  const { slugs, error } = compareSlugs(new URL(req.url).searchParams.get("c") ?? "");
  if (error) return jsonError(400, error);
  const cmp = await getCompare(getDb(), slugs);
  if (cmp.missing.length) return jsonError(404, `unknown compan${cmp.missing.length === 1 ? "y" : "ies"}: ${cmp.missing.join(", ")}`);
  if (wantsCsv(req)) {
    return csvResponse(`compare-${slugs.join("-")}.csv`, ["metric", "range", ...cmp.companies.map((c) => c.name)], cmp.totals.map((t) => [t.metric, t.range, ...t.values]));
  }
  return jsonOk(CompareDto, cmp);
});
