// GET /api/v1/diversity[?year=2024][&format=csv]: vendor diversity per repo group (elephant factor, top share, HHI).
import { csvResponse, jsonError, jsonOk, wantsCsv, withApi } from "@/lib/api/respond";
import { DiversityDto } from "@/lib/data/contributions/dto";
import { getDiversity } from "@/lib/data/contributions/get-diversity";
import { getDb } from "@/lib/db/prisma";

export const dynamic = "force-dynamic";

export const GET = withApi(async (req: Request) => {
  const year = new URL(req.url).searchParams.get("year") ?? undefined;
  if (year !== undefined && !/^\d{4}$/.test(year)) return jsonError(400, "year must be a 4-digit year");
  const d = await getDiversity(getDb(), year);
  if (wantsCsv(req)) {
    return csvResponse(`diversity-${d.rows[0]?.year ?? "none"}.csv`, ["repo_group", "group_dir", "year", "contributions", "companies", "elephant_factor", "top_company", "top_share", "hhi"],
      d.rows.map((r) => [r.repoGroup, r.groupDir, r.year, r.total, r.companies, r.elephantFactor, r.topCompany, r.topShare, r.hhi === null ? null : Math.round(r.hhi)]));
  }
  return jsonOk(DiversityDto, d);
});
