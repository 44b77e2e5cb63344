// GET /api/v1/conformance/ai?version=&asOf= — AI conformance platforms × requirements for one checklist version (CSV: one row per answer).
import { csvResponse, jsonError, jsonOk, wantsCsv, withApi } from "@/lib/api/respond";
import { parseAsOf } from "@/lib/conformance/as-of";
import { getDb } from "@/lib/db/prisma";
import { AiMatrixDto } from "@/lib/data/conformance/dto";
import { getAiMatrix } from "@/lib/data/conformance/get-ai";

export const dynamic = "force-dynamic";

export const GET = withApi(async (req: Request) => {
  const url = new URL(req.url);
  const asOf = parseAsOf(url.searchParams.get("asOf"));
  if (!asOf.ok) return jsonError(400, asOf.error);
  const version = url.searchParams.get("version")?.replace(/^v/i, "") || undefined;
  if (version && !/^\d+\.\d+$/.test(version)) return jsonError(400, `version must look like 1.33, got "${version.slice(0, 20)}"`);
  const data = await getAiMatrix(getDb(), { asOf: asOf.asOf, version });
  if (version && data.version !== version) return jsonError(404, `no AI conformance checklist for ${version}; known: ${data.versions.join(", ")}`);
  if (wantsCsv(req)) {
    return csvResponse(
      `ai-conformance-${data.version}-${data.asOf}.csv`,
      ["platform", "vendor", "product", "status", "merged_at", "requirement", "level", "result", "result_raw", "evidence", "notes"],
      data.submissions.flatMap((s) =>
        s.results.map((r) => [s.platformName, s.vendor, s.productSlug ?? "", s.status, s.mergedAt ?? "", r.reqId, r.level, r.status, r.statusRaw, r.evidence.map((e) => e.href ?? e.raw).join(" "), r.notes ?? ""]),
      ),
    );
  }
  return jsonOk(AiMatrixDto, data);
});
