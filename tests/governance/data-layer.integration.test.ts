// Data functions behind the pages and API, on a real database: group detail, person tenures,
// leadership totals (recomputed from the raw YAML), the .ics feed, and safe rendering of hostile text.
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { getGroup } from "@/lib/data/governance/get-group";
import { getLeadership } from "@/lib/data/governance/get-leadership";
import { getPerson } from "@/lib/data/governance/get-person";
import { getMeetingsCalendar } from "@/lib/data/governance/get-calendar";
import { getGroupList } from "@/lib/data/governance/list-groups";
import { GroupDetail, GroupList, LeadershipDto, PersonDetail } from "@/lib/data/governance/dto";
import { MeetingList } from "@/components/governance/meeting-list";
import { ContactList } from "@/components/governance/contact-list";
import { MissionText } from "@/components/governance/mission-text";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-db";
import { ingest, sig, sigsYaml, tempFile } from "./helpers";

const FILE = path.resolve("data/community/sigs.yaml");
type P = { github: string; company?: string };
const raw = parse(readFileSync(FILE, "utf8")) as Record<string, { dir: string; leadership?: { chairs?: P[]; tech_leads?: P[] } }[]>;
const groups = ["sigs", "workinggroups", "committees", "usergroups"].flatMap((k) => raw[k] ?? []);
const seats = groups.flatMap((g) => [...(g.leadership?.chairs ?? []), ...(g.leadership?.tech_leads ?? [])]);

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase("gov");
  // an older hand-made snapshot first, then the shipped file (newest)
  await ingest(db.pool, [tempFile("sigs-2025-01-01.yaml", sigsYaml({ sigs: [sig("sig-network", "Network", ["oldchair:Acme"], ["retired-sub"]), sig("sig-gone", "Gone", ["thockin:Google"])].join("\n") }))]);
  await ingest(db.pool, [FILE]);
});
afterAll(async () => {
  await db?.drop();
});

describe("governance data layer", () => {
  it("lists every group with valid DTOs and provenance", async () => {
    const list = await getGroupList(db.prisma);
    expect(GroupList.safeParse(list).success).toBe(true);
    expect(list.total).toBe(groups.length);
    expect(list.source).toEqual({ label: "sigs.yaml", upstream: "kubernetes/community @ 24e7d8f", asOf: "2026-08-21" });
    expect(list.snapshots).toEqual(["2025-01-01", "2026-08-21"]);
    expect(list.latestChanges.length).toBeGreaterThan(0);
    expect(list.latestChanges.every((c) => c.snapshotDate === "2026-08-21" && c.previousDate === "2025-01-01")).toBe(true);
    expect(list.latestChanges.some((c) => c.kind === "group_retired" && c.groupDir === "sig-gone")).toBe(true);
  });

  it("builds a group page: stakeholders, sponsored WGs, charter, history", async () => {
    const net = (await getGroup(db.prisma, "sig-network"))!;
    expect(GroupDetail.safeParse(net).success).toBe(true);
    expect(net.charterUrl).toBe("https://github.com/kubernetes/community/blob/master/sig-network/charter.md");
    expect(net.sponsoredWgs.map((w) => w.dir)).toContain("wg-ai-gateway");
    expect(net.snapshots).toEqual(["2025-01-01", "2026-08-21"]);
    expect(net.history.some((c) => c.kind === "lead_left" && c.subject === "oldchair")).toBe(true);
    expect(net.history.some((c) => c.kind === "subproject_removed" && c.subject === "retired-sub")).toBe(true);
    const batch = (await getGroup(db.prisma, "wg-batch"))!;
    expect(batch.stakeholderSigs.every((s) => s.dir !== null)).toBe(true);
    const steering = (await getGroup(db.prisma, "committee-steering"))!;
    expect(steering.charterUrl).toBe("https://git.k8s.io/steering/charter.md");
    expect((await getGroup(db.prisma, "committee-security-response"))!.charterUrl).toBeNull();
    expect(await getGroup(db.prisma, "sig-gone")).toBeNull();
  });

  it("shows a person's past roles, including in retired groups", async () => {
    const p = (await getPerson(db.prisma, "THOCKIN"))!;
    expect(PersonDetail.safeParse(p).success).toBe(true);
    const gone = p.tenures.find((t) => t.groupDir === "sig-gone")!;
    expect(gone).toMatchObject({ role: "chair", firstSeen: "2025-01-01", endedBy: "2026-08-21", groupExists: false });
    expect(p.employers.map((e) => e.companyRaw)).toContain("Google");
    expect(p.current.some((r) => r.groupDir === "sig-network")).toBe(true);
    expect(await getPerson(db.prisma, "nobody-at-all")).toBeNull();
    const old = (await getPerson(db.prisma, "oldchair"))!;
    expect(old.current).toEqual([]);
  });

  it("leadership by company adds up to every seat in the file", async () => {
    const l = await getLeadership(db.prisma, "seats");
    expect(LeadershipDto.safeParse(l).success).toBe(true);
    expect(l.totalSeats).toBe(seats.length);
    expect(l.totalPeople).toBe(new Set(seats.map((s) => s.github.toLowerCase())).size);
    expect(l.rows.reduce((n, r) => n + r.seats, 0)).toBe(seats.length);
    expect(l.rows.reduce((n, r) => n + r.share, 0)).toBeCloseTo(1, 6);
    const google = l.rows.find((r) => r.slug === "google")!;
    expect(google.seats).toBe(seats.filter((s) => s.company === "Google").length);
    const noEmployer = seats.filter((s) => !s.company).length;
    expect(l.rows.find((r) => r.slug === null)?.seats ?? 0).toBe(noEmployer);
    expect(l.rows.map((r) => r.seats)).toEqual([...l.rows.map((r) => r.seats)].sort((a, b) => b - a));
  });

  it("builds .ics feeds (one group, all groups) and 404s unknown groups", async () => {
    const one = (await getMeetingsCalendar(db.prisma, "sig-network"))!;
    expect(one.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(one.text).toContain("BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles");
    const all = (await getMeetingsCalendar(db.prisma, null))!;
    expect((all.text.match(/BEGIN:VEVENT/g) ?? []).length + all.skipped).toBe(102);
    expect(await getMeetingsCalendar(db.prisma, "sig-gone")).toBeNull();
  });
});

describe("hostile text renders inert", () => {
  it("javascript: URLs are never links; HTML in a mission is text", () => {
    const meeting = { description: "<img src=x onerror=alert(1)>", subproject: null, dayRaw: "Monday", timeRaw: "9:00", tzRaw: "UTC", frequencyRaw: "weekly", weekday: 1, timeOfDay: "09:00", timeZone: "UTC", cadence: "weekly", cadenceLabel: "every Monday", startDate: null, url: "javascript:alert(1)", archiveUrl: "ht!tp://bad", recordingsUrl: "https://example.com/rec", calendarUrl: null };
    const html = renderToStaticMarkup(createElement(MeetingList, { meetings: [meeting] }));
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain('href="https://example.com/rec"');
    const contacts = renderToStaticMarkup(createElement(ContactList, { contacts: [{ kind: "mailing_list", value: "javascript:alert(2)", description: null }, { kind: "slack", value: "bad channel<script>", description: null }] }));
    expect(contacts).not.toMatch(/href="javascript:/i);
    expect(contacts).not.toContain("<script>");
    const mission = renderToStaticMarkup(createElement(MissionText, { text: "<script>alert(1)</script><b>bold</b>", charterLinkRaw: "javascript:alert(3)", charterUrl: "javascript:alert(3)" }));
    expect(mission).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;");
    expect(mission).not.toContain("<script>");
    expect(mission).not.toMatch(/href="javascript:/i);
  });
});
