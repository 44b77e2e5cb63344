// Golden tests for the contribution math on tiny hand-made fixtures.
import { describe, expect, it } from "vitest";
import { diversityOf, elephantFactor, hhi, hhiBand, topShare } from "@/lib/contributions/diversity";
import { delta, rankByValue, share, shareDeltaPoints } from "@/lib/contributions/ranking";
import { sumByYear, sumInWindow } from "@/lib/contributions/series";

describe("elephant factor", () => {
  it("is the fewest companies reaching half of all contributions", () => {
    expect(elephantFactor([50, 30, 20])).toBe(1); // 50 of 100 is exactly half
    expect(elephantFactor([49, 30, 21])).toBe(2);
    expect(elephantFactor([10, 10, 10, 10, 10])).toBe(3); // 30 of 50
    expect(elephantFactor([20, 10, 70])).toBe(1); // order does not matter
  });
  it("is 0 without activity and ignores zero rows", () => {
    expect(elephantFactor([])).toBe(0);
    expect(elephantFactor([0, 0])).toBe(0);
    expect(elephantFactor([0, 5])).toBe(1);
  });
});

describe("HHI", () => {
  it("is 10,000 for one company and 10,000/n for n equal companies", () => {
    expect(hhi([42])).toBe(10_000);
    expect(hhi([1, 1, 1, 1])).toBeCloseTo(2_500, 9);
  });
  it("matches a hand computation", () => {
    // shares 60 %, 30 %, 10 % → 3600 + 900 + 100
    expect(hhi([600, 300, 100])).toBeCloseTo(4_600, 9);
    expect(hhiBand(4600)).toBe("high");
    expect(hhiBand(999)).toBe("unconcentrated");
    expect(hhiBand(1200)).toBe("moderate");
    expect(hhi([0, 0])).toBeNull();
  });
  it("top share and the combined summary", () => {
    expect(topShare([600, 300, 100])).toBeCloseTo(0.6, 12);
    const d = diversityOf([{ company: "B", value: 300 }, { company: "A", value: 600 }, { company: "C", value: 100 }, { company: "D", value: 0 }]);
    expect(d).toMatchObject({ elephantFactor: 1, topCompany: "A", companies: 3, total: 1000 });
    expect(d.hhi).toBeCloseTo(4600, 9);
  });
});

describe("ranking, shares and deltas", () => {
  it("gives competition ranks with ties sharing a rank", () => {
    const r = rankByValue([{ n: "b", v: 5 }, { n: "a", v: 5 }, { n: "c", v: 9 }, { n: "d", v: 1 }], (x) => x.v, (x) => x.n);
    expect(r.map((x) => `${x.rank}${x.row.n}`)).toEqual(["1c", "2a", "2b", "4d"]);
  });
  it("computes shares and deltas", () => {
    expect(share(1_334_974, 4_712_386)).toBeCloseTo(0.28329, 4);
    expect(share(5, 0)).toBeNull();
    expect(delta(120, 100)).toEqual({ abs: 20, rel: 0.2 });
    expect(delta(5, 0)).toEqual({ abs: 5, rel: null });
    expect(delta(5, null)).toEqual({ abs: null, rel: null });
    expect(shareDeltaPoints(0.3, 0.25)).toBeCloseTo(5, 9);
  });
  it("sums series over windows and years", () => {
    const pts = [{ t: "2024-11-01", value: 1 }, { t: "2024-12-01", value: 2 }, { t: "2025-01-01", value: 4 }];
    expect(sumInWindow(pts, "2024-12-01", "2025-01-01")).toBe(2);
    expect(sumInWindow(pts, null, null)).toBe(7);
    expect([...sumByYear(pts)]).toEqual([["2024", 3], ["2025", 4]]);
  });
});
