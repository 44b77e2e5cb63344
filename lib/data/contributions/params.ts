// URL parameters of the contributions views (pages, client and API share them): DevStats' own metric and
// range names. Plain functions with no zod, so client components can use them without shipping zod;
// the API boundary wraps them in a zod schema (./params-schema.ts).
import { canonicalMetric, canonicalRange } from "@/lib/ingest/devstats/names";

const truthy = (v: unknown) => v === "1" || v === "true" || v === "yes" || v === "on";

/** Rows the ranking page shows unless ?rows= says otherwise (the API answers every row unless asked). */
export const DEFAULT_ROWS = 100;

/** A parsed ranking view: /companies?metric=Contributions&range=Last%20century&repoGroup=All&independent=0&top=15&rows=all */
export interface RankingQuery {
  metric: string;
  range: string;
  repoGroup: string;
  /** false hides the Independent row ("independent=0") */
  independent: boolean;
  top: number;
  /** table rows shown: the first N (10–5000) or "all" */
  rows: number | "all";
}

/** Parse ranking search params; unknown metric/range names become errors (and fall back to the defaults). */
export function parseRankingQuery(raw: Record<string, string | undefined>): { query: RankingQuery; errors: string[] } {
  const errors: string[] = [];
  let metric = "Contributions";
  if (raw.metric) {
    const m = canonicalMetric("companies", raw.metric) ?? canonicalMetric("company-stats", raw.metric);
    if (m) metric = m;
    else errors.push(`unknown metric "${raw.metric}"`);
  }
  let range = "Last century";
  if (raw.range) {
    const r = canonicalRange(raw.range);
    if (r) range = r;
    else errors.push(`unknown range "${raw.range}" (use a DevStats range name such as "Last century" or "v1.33.0 - v1.34.0")`);
  }
  const group = raw.repoGroup?.trim();
  if (group !== undefined && (group.length < 1 || group.length > 100)) errors.push("repoGroup must be 1–100 characters");
  const top = Number(raw.top);
  const rowsN = Number(raw.rows);
  const rowsOk = raw.rows === undefined || raw.rows === "all" || (Number.isInteger(rowsN) && rowsN >= 10 && rowsN <= 5000);
  if (!rowsOk) errors.push(`rows must be "all" or a whole number from 10 to 5000, got "${raw.rows}"`);
  return {
    query: {
      metric,
      range,
      repoGroup: group && group.length <= 100 ? group : "All",
      independent: raw.independent === undefined ? true : truthy(raw.independent),
      top: Number.isInteger(top) && top >= 3 && top <= 50 ? top : 15,
      rows: raw.rows === "all" ? "all" : rowsOk && raw.rows !== undefined ? rowsN : DEFAULT_ROWS,
    },
    errors,
  };
}

/** Parse a comma list of slugs, checking the 2–6 bound. */
export function compareSlugs(raw: string | undefined): { slugs: string[]; error: string | null } {
  const slugs = [...new Set((raw ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean))];
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
  if (q.rows !== undefined && q.rows !== DEFAULT_ROWS) p.set("rows", String(q.rows));
  const s = p.toString().replace(/\+/g, "%20");
  return s ? `?${s}` : "";
}
