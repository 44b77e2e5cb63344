// GET /api/v1/leadership[?sort=seats|chairs|tech_leads|people|groups|company][&format=csv] — seats per company.
import { csvResponse, jsonError, jsonOk, wantsCsv, withApi } from "@/lib/api/respond";
import { getDb } from "@/lib/db/prisma";
import { LeadershipDto } from "@/lib/data/governance/dto";
import { getLeadership } from "@/lib/data/governance/get-leadership";
import { LEADERSHIP_SORTS, type LeadershipSort } from "@/lib/governance/leadership";
import { LEADERSHIP_CSV_HEADER, leadershipCsvRows } from "@/lib/governance/leadership-csv";

export const dynamic = "force-dynamic";

export const GET = withApi(async (req: Request) => {
  const sp = new URL(req.url).searchParams;
  const sort = sp.get("sort") ?? "seats";
  if (!(LEADERSHIP_SORTS as readonly string[]).includes(sort)) return jsonError(400, `sort must be one of ${LEADERSHIP_SORTS.join(", ")}`);
  const format = sp.get("format");
  if (format && !["csv", "json"].includes(format.toLowerCase())) return jsonError(400, "format must be csv or json");
  const data = await getLeadership(getDb(), sort as LeadershipSort);
  if (wantsCsv(req)) {
    const src = data.source ? [data.source.label, data.source.upstream].filter(Boolean).join(" ") : "";
    return csvResponse(`kubernetes-leadership-by-company-${data.source?.asOf ?? "empty"}.csv`, LEADERSHIP_CSV_HEADER, leadershipCsvRows(data.rows, data.source?.asOf ?? null, src));
  }
  return jsonOk(LeadershipDto, data);
});
