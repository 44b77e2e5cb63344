// GET /badges/conformance/<product>.svg[?asOf=] — README badge: "Certified Kubernetes v1.32", "lapsed", "AI conformant".
import { badgeSvg } from "@/lib/conformance/badge-svg";
import { parseAsOf } from "@/lib/conformance/as-of";
import { getDb } from "@/lib/db/prisma";
import { getConformanceProduct } from "@/lib/data/conformance/get-product";

export const dynamic = "force-dynamic";

const svg = (body: string, status = 200, maxAge = 3600) =>
  new Response(body, { status, headers: { "content-type": "image/svg+xml; charset=utf-8", "cache-control": `public, max-age=${maxAge}, stale-while-revalidate=86400`, "x-content-type-options": "nosniff" } });

export async function GET(req: Request, ctx: { params: Promise<{ product: string }> }) {
  const raw = decodeURIComponent((await ctx.params).product);
  const asOf = parseAsOf(new URL(req.url).searchParams.get("asOf"));
  if (!asOf.ok) return svg(badgeSvg("Certified Kubernetes", "bad asOf date", "#9f9f9f"), 400, 60);
  const slug = raw.replace(/\.svg$/i, "").toLowerCase();
  try {
    const p = await getConformanceProduct(getDb(), slug, asOf.asOf);
    if (!p) return svg(badgeSvg("Certified Kubernetes", "unknown product", "#9f9f9f"), 404, 300);
    const ai = p.ai.some((s) => s.status === "conformant" || s.status === "expiring");
    if (p.status === "certified" || p.status === "expiring") {
      return svg(badgeSvg("Certified Kubernetes", `v${p.statusVersion}${p.status === "expiring" ? " (expiring)" : ""}${ai ? " · AI conformant" : ""}`, p.status === "expiring" ? "#dfb317" : "#326ce5"));
    }
    return svg(badgeSvg("Certified Kubernetes", p.status === "lapsed" ? `lapsed (v${p.statusVersion})` : "not yet certified", "#e05d44"));
  } catch {
    return svg(badgeSvg("Certified Kubernetes", "unavailable", "#9f9f9f"), 503, 30);
  }
}
