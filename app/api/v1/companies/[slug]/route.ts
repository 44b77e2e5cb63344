// GET /api/v1/companies/[slug][?format=csv]: one company's totals, series, SIG breakdown, developers and raw names.
import { csvResponse, jsonError, jsonOk, wantsCsv, withApi } from "@/lib/api/respond";
import { CompanyDetailDto } from "@/lib/data/contributions/dto";
import { getCompany } from "@/lib/data/contributions/get-company";
import { getDb } from "@/lib/db/prisma";

export const dynamic = "force-dynamic";

export const GET = withApi(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const { slug } = await ctx.params;
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return jsonError(404, `no company "${slug}"`);
  const company = await getCompany(getDb(), slug);
  if (!company) return jsonError(404, `no company "${slug}"`);
  if (wantsCsv(req)) {
    return csvResponse(`company-${slug}-series.csv`, ["company", "month", "metric", "value"], company.series.map((p) => [company.name, p.t, company.seriesMetric, p.value]));
  }
  return jsonOk(CompanyDetailDto, company);
});
