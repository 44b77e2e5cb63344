import { describe, expect, it } from "vitest";
import { changesFromSnapshots, diffSnapshots, tenures, type Fact } from "@/lib/governance/history";
import { leadershipByCompany, NO_COMPANY, type Seat } from "@/lib/governance/leadership";

const g = (dir: string): Fact => ({ factType: "group", groupDir: dir, subproject: "", subject: dir, role: "sig", label: dir });
const r = (dir: string, who: string, role: string, sub = ""): Fact => ({ factType: "role", groupDir: dir, subproject: sub, subject: who, role, label: who });
const s = (dir: string, name: string): Fact => ({ factType: "subproject", groupDir: dir, subproject: "", subject: name, role: "", label: null });

describe("history", () => {
  const a = { date: "2025-01-01", facts: [g("sig-a"), g("wg-old"), r("sig-a", "ann", "chair"), r("sig-a", "bob", "tech_lead"), s("sig-a", "one")] };
  const b = { date: "2025-06-01", facts: [g("sig-a"), g("sig-new"), r("sig-a", "ann", "chair"), r("sig-a", "cat", "tech_lead"), r("sig-a", "bob", "emeritus_lead"), s("sig-a", "two"), r("sig-a", "dan", "subproject_lead", "two")] };
  it("diffs two snapshots", () => {
    const kinds = diffSnapshots(a, b).map((c) => `${c.kind} ${c.groupDir} ${c.subproject} ${c.subject} ${c.role}`.replace(/\s+/g, " ").trim());
    expect(kinds.sort()).toEqual(
      [
        "group_created sig-new sig-new sig",
        "group_retired wg-old wg-old sig",
        "lead_joined sig-a cat tech_lead",
        "lead_joined sig-a bob emeritus_lead",
        "lead_joined sig-a two dan subproject_lead",
        "lead_left sig-a bob tech_lead",
        "subproject_added sig-a two",
        "subproject_removed sig-a one",
      ].sort(),
    );
  });
  it("gives the same changes whatever order snapshots arrive in", () => {
    const c = { date: "2025-03-01", facts: [g("sig-a"), r("sig-a", "ann", "chair"), s("sig-a", "one")] };
    const one = changesFromSnapshots([a, b, c]);
    const two = changesFromSnapshots([c, b, a]);
    expect(two).toEqual(one);
    expect(one.filter((x) => x.snapshotDate === "2025-03-01").every((x) => x.previousDate === "2025-01-01")).toBe(true);
    expect(one.some((x) => x.kind === "lead_left" && x.subject === "bob" && x.snapshotDate === "2025-03-01")).toBe(true);
  });
  it("computes tenures with gaps and open ends", () => {
    const dates = ["2025-01-01", "2025-03-01", "2025-06-01"];
    const by = new Map([
      ["2025-01-01", [r("sig-a", "bob", "chair")]],
      ["2025-03-01", [] as Fact[]],
      ["2025-06-01", [r("sig-a", "bob", "chair"), r("sig-b", "bob", "tech_lead")]],
    ]);
    expect(tenures(dates, by)).toEqual([
      { groupDir: "sig-a", subproject: "", role: "chair", firstSeen: "2025-06-01", onRecordSince: false, lastSeen: "2025-06-01", endedBy: null },
      { groupDir: "sig-b", subproject: "", role: "tech_lead", firstSeen: "2025-06-01", onRecordSince: false, lastSeen: "2025-06-01", endedBy: null },
      { groupDir: "sig-a", subproject: "", role: "chair", firstSeen: "2025-01-01", onRecordSince: true, lastSeen: "2025-01-01", endedBy: "2025-03-01" },
    ]);
  });
});

describe("leadership by company", () => {
  const seat = (role: Seat["role"], dir: string, gh: string, slug: string | null, raw: string | null = slug): Seat => ({ role, groupDir: dir, groupName: dir, github: gh, name: gh, companySlug: slug, companyName: slug ? slug.toUpperCase() : null, companyRaw: raw });
  const seats = [seat("chair", "sig-a", "ann", "acme", "Acme GmbH"), seat("tech_lead", "sig-a", "ann", "acme", "Acme"), seat("chair", "sig-b", "bob", "acme"), seat("chair", "sig-b", "cat", "beta"), seat("tech_lead", "sig-c", "dan", null)];
  it("counts seats, people, groups and shares", () => {
    const { rows, totalSeats, totalPeople } = leadershipByCompany(seats);
    expect(totalSeats).toBe(5);
    expect(totalPeople).toBe(4);
    expect(rows.map((x) => [x.company, x.chairs, x.techLeads, x.seats, x.people.length, x.groups, x.share])).toEqual([
      ["ACME", 2, 1, 3, 2, 2, 0.6],
      ["BETA", 1, 0, 1, 1, 1, 0.2],
      [NO_COMPANY, 0, 1, 1, 1, 1, 0.2],
    ]);
    expect(rows[0]!.people[0]).toMatchObject({ github: "ann", seats: [{ companyRaw: "Acme GmbH" }, { companyRaw: "Acme" }] });
    expect(rows.reduce((n, x) => n + x.share, 0)).toBeCloseTo(1);
  });
  it("sorts by the requested column", () => {
    expect(leadershipByCompany(seats, "tech_leads").rows.map((x) => x.company)).toEqual(["ACME", NO_COMPANY, "BETA"]);
    expect(leadershipByCompany(seats, "company").rows.map((x) => x.company)).toEqual(["ACME", "BETA", NO_COMPANY]);
  });
});

import { filterGroups, GroupFilterParams } from "@/lib/governance/group-filter";

describe("group filter", () => {
  const mk = (dir: string, kind: string, extra: Partial<Parameters<typeof filterGroups>[0][number]> = {}) => ({ dir, kind, name: dir.replace(/^\w+-/, ""), label: null, chairs: [], techLeads: [], subprojects: [], meetingWeekdays: [], ...extra });
  const groups = [
    mk("sig-network", "sig", { label: "network", subprojects: ["gateway-api"], chairs: [{ github: "thockin", name: "Tim Hockin" }], meetingWeekdays: [4] }),
    mk("wg-batch", "wg", { meetingWeekdays: [4] }),
    mk("committee-steering", "committee", { meetingWeekdays: [1] }),
  ];
  it("parses URL params leniently", () => {
    expect(GroupFilterParams.parse({ kind: "wg", q: " net ", day: "4" })).toEqual({ kind: "wg", q: "net", day: 4 });
    expect(GroupFilterParams.parse({ kind: "bogus", day: "9" })).toEqual({ kind: undefined, q: undefined, day: undefined });
  });
  it("filters by kind, weekday and search text with the reason", () => {
    expect(filterGroups(groups, { kind: "wg" }).map((g) => g.dir)).toEqual(["wg-batch"]);
    expect(filterGroups(groups, { day: 4 }).map((g) => g.dir)).toEqual(["sig-network", "wg-batch"]);
    expect(filterGroups(groups, { q: "gateway" }).map((g) => [g.dir, g.matched])).toEqual([["sig-network", "subproject gateway-api"]]);
    expect(filterGroups(groups, { q: "hockin" }).map((g) => g.matched)).toEqual(["lead Tim Hockin"]);
    expect(filterGroups(groups, { q: "zzz" })).toEqual([]);
  });
});
