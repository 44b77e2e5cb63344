import { describe, expect, it } from "vitest";
import { cadenceFromString, cadenceToString, describeCadence, normaliseMeeting, parseCadence, parseStartDate, parseTimeOfDay, parseWeekday, resolveTimeZone } from "@/lib/governance/meetings";
import { resolveCharterLink } from "@/lib/governance/charter";
import { ownersFolderUrl, parseOwnersUrl } from "@/lib/governance/owners-url";

describe("meeting text normalisation", () => {
  it("reads weekdays from free text", () => {
    expect(parseWeekday("Thursday")).toBe(4);
    expect(parseWeekday("Thursdays (starting February 15th 2024)")).toBe(4);
    expect(parseWeekday("third Wednesday")).toBe(3);
    expect(parseWeekday("Tuesday (starting September 10th 2024)")).toBe(2);
    expect(parseWeekday("TBD")).toBeNull();
  });
  it("reads clock times", () => {
    expect(parseTimeOfDay("9:00")).toBe("09:00");
    expect(parseTimeOfDay("09:30")).toBe("09:30");
    expect(parseTimeOfDay("2PM")).toBe("14:00");
    expect(parseTimeOfDay("12 am")).toBe("00:00");
    expect(parseTimeOfDay("12:15")).toBe("12:15");
    expect(parseTimeOfDay("25:00")).toBeNull();
    expect(parseTimeOfDay("noon-ish")).toBeNull();
    expect(parseTimeOfDay("9")).toBeNull();
  });
  it("maps the zone spellings found in sigs.yaml to IANA zones", () => {
    expect(resolveTimeZone("PT (Pacific Time)")).toBe("America/Los_Angeles");
    expect(resolveTimeZone("UTC")).toBe("UTC");
    expect(resolveTimeZone("CET (Central European Time)")).toBe("Europe/Berlin");
    expect(resolveTimeZone("CET")).toBe("Europe/Berlin");
    expect(resolveTimeZone("Eastern Time (ET)")).toBe("America/New_York");
    expect(resolveTimeZone("ET (Eastern Time)")).toBe("America/New_York");
    expect(resolveTimeZone("EST (Eastern Time)")).toBe("America/New_York");
    expect(resolveTimeZone("Poland")).toBe("Europe/Warsaw");
    expect(resolveTimeZone("IST")).toBe("Asia/Kolkata");
    expect(resolveTimeZone("Europe/Madrid")).toBe("Europe/Madrid");
    expect(resolveTimeZone("Mars Standard Time")).toBeNull();
    expect(resolveTimeZone("")).toBeNull();
  });
  it("derives cadences, including nth-weekday monthly meetings", () => {
    expect(parseCadence("bi-weekly")).toEqual({ kind: "biweekly", nth: null });
    expect(parseCadence("Biweekly, interleaved with the Regular SIG Meeting")).toEqual({ kind: "biweekly", nth: null });
    expect(parseCadence("weekly, you must be signed into a free zoom account to join")).toEqual({ kind: "weekly", nth: null });
    expect(parseCadence("every four weeks")).toEqual({ kind: "every-4-weeks", nth: null });
    expect(parseCadence("monthly - third Tuesday")).toEqual({ kind: "monthly", nth: 3 });
    expect(parseCadence("monthly - last Wednesday every month")).toEqual({ kind: "monthly", nth: -1 });
    expect(parseCadence("Monthly on 4th Thursday")).toEqual({ kind: "monthly", nth: 4 });
    expect(parseCadence("First Tuesday of each month")).toEqual({ kind: "monthly", nth: 1 });
    expect(parseCadence("monthly", "third Wednesday")).toEqual({ kind: "monthly", nth: 3 });
    expect(parseCadence("monthly - Wednesday, after the fourth Tuesday, every month")).toEqual({ kind: "monthly", nth: null });
    expect(parseCadence("when needed")).toEqual({ kind: "unknown", nth: null });
  });
  it("finds stated start dates", () => {
    expect(parseStartDate("biweekly starting Tuesday Oct 28, 2025")).toBe("2025-10-28");
    expect(parseStartDate("biweekly starting Thursday June 25th, 2020")).toBe("2020-06-25");
    expect(parseStartDate("biweekly 2019 start date: Jan. 11th")).toBe("2019-01-11");
    expect(parseStartDate("weekly", "Tuesday (starting September 10th 2024)")).toBe("2024-09-10");
    expect(parseStartDate("biweekly starting Feb 30, 2024")).toBeNull();
    expect(parseStartDate("biweekly")).toBeNull();
  });
  it("round-trips stored cadence strings and describes them", () => {
    for (const f of ["weekly", "biweekly", "every four weeks", "monthly - third Tuesday", "monthly - last Wednesday every month", "monthly"]) {
      const c = parseCadence(f);
      expect(cadenceFromString(cadenceToString(c))).toEqual(c);
    }
    expect(describeCadence({ kind: "monthly", nth: 3 }, 3)).toBe("monthly, 3rd Wednesday");
    expect(describeCadence({ kind: "biweekly", nth: null }, 2)).toBe("every other Tuesday");
    expect(normaliseMeeting({ day: "Tuesday", time: "9:00", tz: "PT (Pacific Time)", frequency: "biweekly" })).toEqual({ weekday: 2, timeOfDay: "09:00", timeZone: "America/Los_Angeles", cadence: { kind: "biweekly", nth: null }, startDate: null });
  });
});

describe("OWNERS URLs and charter links", () => {
  it("normalises raw.githubusercontent and github.com/blob forms to org/repo/path", () => {
    expect(parseOwnersUrl("https://raw.githubusercontent.com/kubernetes/kubernetes/master/staging/src/k8s.io/client-go/OWNERS")).toEqual({ org: "kubernetes", repo: "kubernetes", branch: "master", path: "staging/src/k8s.io/client-go" });
    expect(parseOwnersUrl("https://raw.githubusercontent.com/kubernetes-sigs/kube-api-linter/refs/heads/main/OWNERS")).toEqual({ org: "kubernetes-sigs", repo: "kube-api-linter", branch: "main", path: "" });
    expect(parseOwnersUrl("https://github.com/oracle/cluster-api-provider-oci/blob/main/OWNERS")).toEqual({ org: "oracle", repo: "cluster-api-provider-oci", branch: "main", path: "" });
    expect(parseOwnersUrl("https://example.com/a/b/c/OWNERS")).toBeNull();
    expect(parseOwnersUrl("javascript:alert(1)")).toBeNull();
    expect(parseOwnersUrl("not a url")).toBeNull();
    expect(ownersFolderUrl({ org: "kubernetes", repo: "kubernetes", branch: "master", path: "pkg/quota/v1" })).toBe("https://github.com/kubernetes/kubernetes/tree/master/pkg/quota/v1");
  });
  it("resolves relative charter links against the group folder", () => {
    expect(resolveCharterLink("sig-network", "charter.md")).toBe("https://github.com/kubernetes/community/blob/master/sig-network/charter.md");
    expect(resolveCharterLink("sig-docs", "./CHARTER.md")).toBe("https://github.com/kubernetes/community/blob/master/sig-docs/CHARTER.md");
    expect(resolveCharterLink("committee-steering", "https://git.k8s.io/steering/charter.md")).toBe("https://git.k8s.io/steering/charter.md");
    expect(resolveCharterLink("committee-security-response", undefined)).toBeNull();
    expect(resolveCharterLink("sig-x", "javascript:alert(1)")).toBe("javascript:alert(1)"); // kept; SafeLink renders it as text
  });
});
