// Golden tests of the Certified Kubernetes lapse rule and status-as-of-date, around every edge.
import { describe, expect, it } from "vitest";
import { addMonths } from "@/lib/conformance/dates";
import { aiConformanceStatus, certificationLapse, certificationStatus, productStatus } from "@/lib/conformance/lapse";

// The real release dates from data/kubernetes/releases.csv (1.24–1.35) plus two made-up minors for edges.
const releases = new Map([
  ["1.10", "2020-01-15"], // made up: 1.11 follows after only 6 weeks
  ["1.11", "2020-03-01"],
  ["1.24", "2022-05-03"],
  ["1.25", "2022-08-23"],
  ["1.26", "2022-12-09"],
  ["1.27", "2023-04-11"],
  ["1.28", "2023-08-15"],
  ["1.29", "2023-12-13"],
  ["1.30", "2024-04-17"],
  ["1.31", "2024-08-13"],
  ["1.32", "2024-12-11"],
  ["1.33", "2025-04-23"],
  ["1.34", "2025-08-27"],
  ["1.35", "2025-12-17"],
]);

describe("addMonths", () => {
  it.each([
    ["2024-12-11", 12, "2025-12-11"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2025-05-31", 9, "2026-02-28"],
    ["2023-11-30", 3, "2024-02-29"],
  ])("%s + %i months = %s", (from, n, want) => expect(addMonths(from, n)).toBe(want));
});

describe("certificationLapse (golden)", () => {
  it.each([
    // minor, lapsesOn, which term
    ["1.24", "2023-05-23", "9 months after Kubernetes 1.25"], // 1.25 came 16 weeks later: 9 months after it wins
    ["1.25", "2023-09-09", "9 months after Kubernetes 1.26"],
    ["1.26", "2024-01-11", "9 months after Kubernetes 1.27"],
    ["1.27", "2024-05-15", "9 months after Kubernetes 1.28"],
    ["1.28", "2024-09-13", "9 months after Kubernetes 1.29"],
    ["1.29", "2025-01-17", "9 months after Kubernetes 1.30"],
    ["1.30", "2025-05-13", "9 months after Kubernetes 1.31"],
    ["1.31", "2025-09-11", "9 months after Kubernetes 1.32"],
    ["1.32", "2026-01-23", "9 months after Kubernetes 1.33"],
    ["1.10", "2021-01-15", "12 months after Kubernetes 1.10"], // 1.11 only 6 weeks later: 12 months wins
  ])("v%s lapses on %s (%s)", (minor, lapsesOn, why) => {
    const l = certificationLapse(minor, releases);
    expect(l.lapsesOn).toBe(lapsesOn);
    expect(l.reason).toContain(why);
    expect(l.openEnded).toBe(false);
  });

  it("is open-ended when x.y+1 is not released, and says why", () => {
    const l = certificationLapse("1.35", releases);
    expect(l).toMatchObject({ lapsesOn: null, openEnded: true });
    expect(l.reason).toContain("1.36 is not released yet");
    expect(l.reason).toContain("2026-12-17");
  });

  it("is open-ended when x.y itself has no known release date (a v1.40 folder)", () => {
    expect(certificationLapse("1.40", releases)).toMatchObject({ lapsesOn: null, openEnded: true });
  });

  it("exactly 12 months: the 12-month term and the 9-month term meet", () => {
    // 1.11 three months after 1.10: 9 months after it = exactly 12 months after 1.10
    const r = new Map([["1.10", "2020-01-15"], ["1.11", "2020-04-15"]]);
    expect(certificationLapse("1.10", r).lapsesOn).toBe("2021-01-15");
  });

  it("x.y+1 later than 3 months: the 9-month term extends the validity past 12 months", () => {
    const r = new Map([["1.10", "2020-01-15"], ["1.11", "2020-04-16"]]);
    expect(certificationLapse("1.10", r).lapsesOn).toBe("2021-01-16");
  });
});

describe("certificationStatus around the lapse date", () => {
  const cert = { minor: "1.10", certifiedOn: "2020-02-01" };
  it.each([
    ["2020-01-31", "not_yet_certified"],
    ["2020-02-01", "certified"],
    ["2020-11-15", "certified"], // 61 days left
    ["2020-11-16", "expiring"], // exactly 60 days left
    ["2021-01-14", "expiring"], // last valid day
    ["2021-01-15", "lapsed"], // exactly 12 months after release: lapsed from this day on
    ["2030-01-01", "lapsed"],
  ])("as of %s → %s", (asOf, status) => expect(certificationStatus(cert, releases, asOf).status).toBe(status));

  it("counts from the release date when the merge date is unknown", () => {
    expect(certificationStatus({ minor: "1.10", certifiedOn: null }, releases, "2020-01-14").status).toBe("not_yet_certified");
    expect(certificationStatus({ minor: "1.10", certifiedOn: null }, releases, "2020-01-15").status).toBe("certified");
  });
});

describe("productStatus", () => {
  const certs = [
    { minor: "1.31", certifiedOn: "2024-09-01" },
    { minor: "1.32", certifiedOn: "2025-01-10" },
  ];
  it("takes the certification that lasts longest", () => {
    expect(productStatus(certs, releases, "2025-06-01")).toMatchObject({ status: "certified", minor: "1.32", lapsesOn: "2026-01-23" });
    expect(productStatus(certs, releases, "2026-01-01")).toMatchObject({ status: "expiring", minor: "1.32", daysLeft: 22 });
    expect(productStatus(certs, releases, "2026-01-23")).toMatchObject({ status: "lapsed", lapsesOn: "2026-01-23" });
  });
  it("ignores certifications merged after the as-of date", () => {
    expect(productStatus(certs, releases, "2024-12-01")).toMatchObject({ status: "certified", minor: "1.31", lapsesOn: "2025-09-11" });
    expect(productStatus(certs, releases, "2024-08-01").status).toBe("not_yet_certified");
  });
  it("open-ended beats dated", () => {
    expect(productStatus([...certs, { minor: "1.35", certifiedOn: "2026-01-05" }], releases, "2026-11-28")).toMatchObject({ status: "certified", lapsesOn: null, minor: "1.35" });
  });
});

describe("aiConformanceStatus", () => {
  const k8sOk = certificationStatus({ minor: "1.35", certifiedOn: "2026-01-05" }, releases, "2026-02-01");
  const k8sLapsed = certificationStatus({ minor: "1.24", certifiedOn: "2022-06-01" }, releases, "2026-02-01");
  it("is valid one year from the merge date", () => {
    expect(aiConformanceStatus("2025-10-30", k8sOk, "2026-02-01")).toMatchObject({ status: "conformant", lapsesOn: "2026-10-30" });
    expect(aiConformanceStatus("2025-10-30", k8sOk, "2026-09-15").status).toBe("expiring");
    expect(aiConformanceStatus("2025-10-30", k8sOk, "2026-10-30").status).toBe("expired");
  });
  it("requires a valid Kubernetes certification", () => {
    expect(aiConformanceStatus("2025-10-30", k8sLapsed, "2026-02-01").status).toBe("k8s_not_certified");
    expect(aiConformanceStatus("2025-10-30", null, "2026-02-01").status).toBe("k8s_not_certified");
  });
  it("is not yet certified before its merge", () => {
    expect(aiConformanceStatus("2025-10-30", k8sOk, "2025-10-29").status).toBe("not_yet_certified");
  });
});

describe("formatVersionRanges", () => {
  it("collapses consecutive minors", async () => {
    const { formatVersionRanges } = await import("@/lib/conformance/version-ranges");
    expect(formatVersionRanges(["1.28", "1.24", "1.25", "1.26", "1.9", "1.10"])).toBe("v1.9–v1.10, v1.24–v1.26, v1.28");
    expect(formatVersionRanges([])).toBe("");
  });
});
