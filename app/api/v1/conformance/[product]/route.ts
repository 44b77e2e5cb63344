// GET /api/v1/conformance/[product]?asOf= — one product's certifications, status and AI results (CSV: its timeline).
import { csvResponse, jsonError, jsonOk, wantsCsv, withApi } from "@/lib/api/respond";
import { parseAsOf } from "@/lib/conformance/as-of";
import { getDb } from "@/lib/db/prisma";
import { ProductDto } from "@/lib/data/conformance/dto";
import { getConformanceProduct } from "@/lib/data/conformance/get-product";

export const dynamic = "force-dynamic";

export const GET = withApi(async (req: Request, ctx: { params: Promise<{ product: string }> }) => {
  const asOf = parseAsOf(new URL(req.url).searchParams.get("asOf"));
  if (!asOf.ok) return jsonError(400, asOf.error);
  const { product } = await ctx.params;
  const data = await getConformanceProduct(getDb(), decodeURIComponent(product).toLowerCase(), asOf.asOf);
  if (!data) return jsonError(404, `no certified product "${product.slice(0, 80)}"`);
  if (wantsCsv(req)) {
    return csvResponse(
      `${data.slug}-certifications-${data.asOf}.csv`,
      ["k8s_version", "product_version", "name", "vendor", "type", "type_raw", "certified_at", "lapses_on", "status", "upstream"],
      data.certifications.map((c) => [c.k8sVersion, c.productVersion, c.name, c.vendor, c.type, c.typeRaw, c.certifiedAt ?? "", c.lapsesOn ?? "", c.status, c.upstreamUrl]),
    );
  }
  return jsonOk(ProductDto, data);
});
