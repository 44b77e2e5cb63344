// Ranking URL parameters: parsing (with errors for bad values) and the canonical query string round trip.
import { describe, expect, it } from "vitest";
import { DEFAULT_ROWS, parseRankingQuery, rankingQueryString } from "@/lib/data/contributions/params";

describe("ranking params", () => {
  it("defaults to the first DEFAULT_ROWS rows and accepts 'all' or 10–5000", () => {
    expect(parseRankingQuery({}).query.rows).toBe(DEFAULT_ROWS);
    expect(parseRankingQuery({ rows: "all" }).query.rows).toBe("all");
    expect(parseRankingQuery({ rows: "250" }).query.rows).toBe(250);
    for (const bad of ["9", "5001", "2.5", "lots", ""]) {
      const r = parseRankingQuery({ rows: bad });
      expect(r.query.rows, bad).toBe(DEFAULT_ROWS);
      expect(r.errors.join(), bad).toMatch(/rows must be/);
    }
  });

  it("keeps default values out of the query string and round-trips the rest", () => {
    expect(rankingQueryString(parseRankingQuery({}).query)).toBe("");
    const q = parseRankingQuery({ range: "Last year", independent: "0", rows: "all", top: "20" }).query;
    const qs = rankingQueryString(q);
    expect(qs).toBe("?range=Last%20year&independent=0&top=20&rows=all");
    expect(parseRankingQuery(Object.fromEntries(new URLSearchParams(qs.slice(1)))).query).toEqual(q);
  });
});
