// GET /api/v1/conformance?asOf=&type=&status=&vendor=&version=&q= — the certification matrix (JSON, or CSV with ?format=csv).
import { csvResponse, jsonError, jsonOk, wantsCsv, withApi } from "@/lib/api/respond";
import { parseAsOf } from "@/lib/conformance/as-of";
import { getDb } from "@/lib/db/prisma";
import { MatrixDto } from "@/lib/data/conformance/dto";
import { getConformanceMatrix } from "@/lib/data/conformance/get-matrix";
import { MatrixQuery } from "@/lib/data/conformance/params";

export const dynamic = "force-dynamic";

export const GET = withApi(async (req: Request) => {
  const url = new URL(req.url);
  const asOf = parseAsOf(url.searchParams.get("asOf"));
  if (!asOf.ok) return jsonError(400, asOf.error);
  const q = MatrixQuery.parse(Object.fromEntries(url.searchParams));
  const data = await getConformanceMatrix(getDb(), { asOf: asOf.asOf, ...q });
  if (wantsCsv(req)) {
    return csvResponse(
      `certified-kubernetes-${data.asOf}.csv`,
      ["product", "name", "vendor", "type", "status", "lapses_on", "latest_version", ...data.versions.map((v) => `v${v}`)],
      data.rows.map((r) => [r.slug, r.name, r.vendor, r.type, r.status, r.lapsesOn ?? "", r.latestVersion ?? "", ...data.versions.map((v) => (r.versions.includes(v) ? "certified" : ""))]),
    );
  }
  return jsonOk(MatrixDto, data);
});
