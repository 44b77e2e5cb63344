import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, rruleFor, vtimezone } from "@/lib/governance/ics";
import { firstOccurrenceDate, isNthWeekday, nextOccurrence, zonedToUtc, zoneOffsetMinutes } from "@/lib/governance/zoned-time";

/** Minimal RFC 5545 reader: unfold, split name;params:value, nest BEGIN/END. */
export function parseIcs(text: string): { name: string; props: { name: string; params: Record<string, string>; value: string }[]; children: ReturnType<typeof parseIcs>[] } {
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
  for (const l of text.split("\r\n")) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
  const root = { name: "ROOT", props: [] as { name: string; params: Record<string, string>; value: string }[], children: [] as ReturnType<typeof parseIcs>[] };
  const stack = [root];
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[A-Z-]+=[^:;]+)*):(.*)$/.exec(line);
    expect(m, `bad content line: ${line}`).not.toBeNull();
    const [, name, paramText, value] = m!;
    if (name === "BEGIN") {
      const c = { name: value!, props: [], children: [] };
      stack[stack.length - 1]!.children.push(c);
      stack.push(c);
    } else if (name === "END") {
      expect(stack.pop()!.name).toBe(value);
    } else {
      const params = Object.fromEntries(paramText!.split(";").filter(Boolean).map((p) => p.split("=") as [string, string]));
      stack[stack.length - 1]!.props.push({ name: name!, params, value: value! });
    }
  }
  expect(stack.length).toBe(1);
  return root.children[0]!;
}

describe("zoned time", () => {
  it("knows Pacific DST offsets and converts wall time to UTC", () => {
    expect(zoneOffsetMinutes("America/Los_Angeles", new Date("2026-01-15T12:00:00Z"))).toBe(-480);
    expect(zoneOffsetMinutes("America/Los_Angeles", new Date("2026-07-15T12:00:00Z"))).toBe(-420);
    expect(zonedToUtc("2026-07-14", "09:00", "America/Los_Angeles").toISOString()).toBe("2026-07-14T16:00:00.000Z");
    expect(zonedToUtc("2026-12-01", "09:00", "America/Los_Angeles").toISOString()).toBe("2026-12-01T17:00:00.000Z");
    expect(zonedToUtc("2026-03-29", "10:00", "Europe/Berlin").toISOString()).toBe("2026-03-29T08:00:00.000Z");
  });
  it("finds first and next occurrences", () => {
    expect(isNthWeekday("2026-08-19", 3)).toBe(true);
    expect(isNthWeekday("2026-08-26", -1)).toBe(true);
    expect(firstOccurrenceDate("2026-08-21", 3, { kind: "monthly", nth: 3 }, null)).toBe("2026-09-16");
    expect(firstOccurrenceDate("2026-08-21", 2, { kind: "biweekly", nth: null }, "2025-10-28")).toBe("2026-09-01"); // 2026-08-18 + 14 days
    expect(firstOccurrenceDate("2026-08-21", 2, { kind: "biweekly", nth: null }, "2026-09-01")).toBe("2026-09-01");
    const next = nextOccurrence({ weekday: 2, timeOfDay: "09:00", timeZone: "America/Los_Angeles", cadence: { kind: "weekly", nth: null } }, new Date("2026-08-21T00:00:00Z"));
    expect(next?.toISOString()).toBe("2026-08-25T16:00:00.000Z");
    expect(nextOccurrence({ weekday: null, timeOfDay: "09:00", timeZone: "UTC", cadence: { kind: "weekly", nth: null } }, new Date())).toBeNull();
  });
});

describe("ics", () => {
  it("escapes text and folds long lines at 75 octets without splitting characters", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const folded = foldLine("DESCRIPTION:" + "é".repeat(80));
    for (const l of folded.split("\r\n")) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe("DESCRIPTION:" + "é".repeat(80));
  });
  it("builds RRULEs for each cadence", () => {
    expect(rruleFor("weekly", 4)).toBe("FREQ=WEEKLY;BYDAY=TH");
    expect(rruleFor("biweekly", 2)).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    expect(rruleFor("every-4-weeks", 3)).toBe("FREQ=WEEKLY;INTERVAL=4;BYDAY=WE");
    expect(rruleFor("monthly:3", 3)).toBe("FREQ=MONTHLY;BYDAY=3WE");
    expect(rruleFor("monthly:-1", 3)).toBe("FREQ=MONTHLY;BYDAY=-1WE");
    expect(rruleFor("monthly", 3)).toBeNull();
    expect(rruleFor(null, 3)).toBeNull();
  });
  it("derives US and EU VTIMEZONE rules from the tz database", () => {
    const la = vtimezone("America/Los_Angeles", 2026).join("\n");
    expect(la).toContain("BEGIN:DAYLIGHT\nDTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700");
    expect(la).toContain("BEGIN:STANDARD\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800");
    const berlin = vtimezone("Europe/Berlin", 2026).join("\n");
    expect(berlin).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200");
    expect(berlin).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100");
    expect(vtimezone("Asia/Kolkata", 2026).join("\n")).toContain("TZOFFSETTO:+0530");
  });
  it("writes a parseable calendar with TZID starts and leaves out meetings it cannot place", () => {
    const { text, skipped } = buildCalendar({
      name: "SIG Network, meetings",
      asOf: "2026-08-21",
      stamp: "20260821T000000Z",
      meetings: [
        { uid: "sig-network-0@bazaar", summary: "SIG Network: Regular; meeting", weekday: 4, timeOfDay: "09:00", timeZone: "America/Los_Angeles", cadence: "biweekly", description: "Agenda: https://example.com/a,b", url: "https://zoom.us/j/1" },
        { uid: "sig-x-0@bazaar", summary: "UTC one", weekday: 1, timeOfDay: "17:00", timeZone: "UTC", cadence: "monthly:1", description: "", url: null },
        { uid: "sig-y-0@bazaar", summary: "no zone", weekday: 1, timeOfDay: "17:00", timeZone: null, cadence: "weekly", description: "", url: null },
      ],
    });
    expect(skipped.map((s) => s.uid)).toEqual(["sig-y-0@bazaar"]);
    const cal = parseIcs(text);
    expect(cal.name).toBe("VCALENDAR");
    expect(cal.props.find((p) => p.name === "VERSION")?.value).toBe("2.0");
    const events = cal.children.filter((c) => c.name === "VEVENT");
    expect(events).toHaveLength(2);
    const ev = events[0]!;
    const start = ev.props.find((p) => p.name === "DTSTART")!;
    expect(start.params.TZID).toBe("America/Los_Angeles");
    expect(start.value).toBe("20260827T090000");
    expect(ev.props.find((p) => p.name === "RRULE")?.value).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    expect(ev.props.find((p) => p.name === "SUMMARY")?.value).toBe("SIG Network: Regular\\; meeting");
    expect(cal.children.filter((c) => c.name === "VTIMEZONE").map((z) => z.props[0]!.value)).toEqual(["America/Los_Angeles"]);
    expect(events[1]!.props.find((p) => p.name === "DTSTART")?.value).toBe("20260907T170000Z");
  });
});
