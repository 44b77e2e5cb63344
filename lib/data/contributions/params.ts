// URL parameters of the contributions views (pages and API share them): DevStats' own metric and range names.
import { z } from "zod";
import { canonicalMetric, canonicalRange } from "@/lib/ingest/devstats/names";

const truthy = (v: unknown) => v === "1" || v === "true" || v === "yes" || v === "on";

/** /companies and /api/v1/companies: ?metric=Contributions&range=Last%20century&repoGroup=All&independent=0&top=15 */
export const RankingParamsSchema = z.object({
  metric: z.string().optional().transform((v, ctx) => {
    if (!v) return "Contributions";
    const m = canonicalMetric("companies", v) ?? canonicalMetric("company-stats", v);
    if (!m) ctx.addIssue({ code: "custom", message: `unknown metric "${v}"` });
    return m ?? "Contributions";
  }),
  range: z.string().optional().transform((v, ctx) => {
    if (!v) return "Last century";
    const r = canonicalRange(v);
    if (!r) ctx.addIssue({ code: "custom", message: `unknown range "${v}" (use a DevStats range name such as "Last century" or "v1.33.0 - v1.34.0")` });
    return r ?? "Last century";
  }),
  repoGroup: z.string().trim().min(1).max(100).optional().default("All"),
  /** "0" hides the Independent row */
  independent: z.string().optional().transform((v) => (v === undefined ? true : truthy(v))),
  top: z.coerce.number().int().min(3).max(50).optional().catch(undefined).transform((v) => v ?? 15),
});
export type RankingQuery = z.output<typeof RankingParamsSchema>;

/** ?c=google,red-hat (2–6 company slugs). */
export const CompareParamsSchema = z.object({
  c: z.string().optional().default("").transform((v) => [...new Set(v.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean))]),
});

/** Parse a comma list of slugs, checking the 2–6 bound. */
export function compareSlugs(raw: string | undefined): { slugs: string[]; error: string | null } {
  const slugs = CompareParamsSchema.parse({ c: raw ?? "" }).c;
  if (slugs.some((s) => !/^[a-z0-9-]{1,80}$/.test(s))) return { slugs: [], error: "company slugs are lower-case letters, digits and dashes" };
  if (slugs.length < 2 || slugs.length > 6) return { slugs, error: `compare needs 2 to 6 companies (?c=google,red-hat), got ${slugs.length}` };
  return { slugs, error: null };
}

/** Query string for a ranking view (defaults dropped so the plain /companies URL stays plain). */
export function rankingQueryString(q: Partial<RankingQuery>): string {
  const p = new URLSearchParams();
  if (q.metric && q.metric !== "Contributions") p.set("metric", q.metric);
  if (q.range && q.range !== "Last century") p.set("range", q.range);
  if (q.repoGroup && q.repoGroup !== "All") p.set("repoGroup", q.repoGroup);
  if (q.independent === false) p.set("independent", "0");
  if (q.top && q.top !== 15) p.set("top", String(q.top));
  const s = p.toString().replace(/\+/g, "%20");
  return s ? `?${s}` : "";
}
