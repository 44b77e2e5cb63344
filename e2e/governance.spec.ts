import { expect, test, type APIRequestContext } from "@playwright/test";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import path from "node:path";

// Independent expectations from the shipped file (not from the app).
const raw = parse(readFileSync(path.resolve("data/community/sigs.yaml"), "utf8")) as Record<string, { dir: string; name: string; stakeholder_sigs?: string[]; leadership?: { chairs?: { github: string; name: string }[] } }[]>;

test("groups: filter to WGs, open one, follow a stakeholder SIG, open a lead's person page", async ({ page }) => {
  await page.goto("/groups");
  await expect(page.getByRole("heading", { level: 1, name: "Groups" })).toBeVisible();
  await expect(page.getByText(`Showing ${raw.sigs!.length + raw.workinggroups!.length + raw.committees!.length} of`)).toBeVisible();
  await page.getByRole("navigation", { name: "Group kinds" }).getByRole("link", { name: /Working groups/ }).click();
  await expect(page).toHaveURL(/\/groups\?kind=wg$/);
  await expect(page.getByText(`Showing ${raw.workinggroups!.length} of`)).toBeVisible();
  const wg = raw.workinggroups!.find((w) => w.dir === "wg-batch")!;
  await page.getByRole("link", { name: wg.name, exact: true }).click();
  await expect(page).toHaveURL(/\/groups\/wg-batch$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(wg.name);
  const stake = page.locator("#stakeholders");
  for (const s of wg.stakeholder_sigs!) await expect(stake.getByRole("link", { name: `SIG ${s}` })).toBeVisible();
  await stake.getByRole("link", { name: "SIG Node" }).click();
  await expect(page).toHaveURL(/\/groups\/sig-node$/);
  await expect(page.locator("#sponsored").getByRole("link", { name: `WG ${wg.name}` })).toBeVisible();
  const sigNode = raw.sigs!.find((s) => s.dir === "sig-node")!;
  const chair = sigNode.leadership!.chairs![0]!;
  await page.locator("#leadership").getByRole("link", { name: chair.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${chair.github}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(chair.name);
  await expect(page.locator("#current")).toContainText("Node");
  await expect(page.locator("#current")).toContainText("Chair");
});

test("group page: meeting times in the viewer's zone, contributions section, text-only mission", async ({ page }) => {
  await page.goto("/groups/sig-network");
  await expect(page.locator("#meetings").getByTestId("local-time").first()).not.toContainText("…");
  await expect(page.locator("#contributions")).toBeVisible();
  await expect(page.getByRole("link", { name: "Charter" })).toHaveAttribute("href", "https://github.com/kubernetes/community/blob/master/sig-network/charter.md");
});

test("search and weekday filters live in the URL", async ({ page }) => {
  await page.goto("/groups?q=kubectl");
  await expect(page.getByRole("link", { name: "CLI", exact: true })).toBeVisible();
  await expect(page.getByText(/matched subproject kubectl/)).toBeVisible();
  await page.goto("/groups?kind=usergroup");
  await expect(page.getByText("No group matches these filters")).toBeVisible();
});

test("unknown group and person are real 404s; API errors are JSON", async ({ page, request }) => {
  expect((await page.goto("/groups/sig-does-not-exist"))?.status()).toBe(404);
  expect((await page.goto("/people/nobody-here-xyz"))?.status()).toBe(404);
  const res = await request.get("/api/v1/groups/sig-does-not-exist");
  expect(res.status()).toBe(404);
  expect(await res.json()).toEqual({ error: 'no group "sig-does-not-exist" in the newest sigs.yaml snapshot' });
  expect((await request.get("/api/v1/leadership?sort=bogus")).status()).toBe(400);
  expect((await request.get("/api/v1/groups?kind=bogus")).status()).toBe(400);
});

test("leadership by company: seats add up, sortable, CSV download", async ({ page, request }) => {
  const chairs = Object.values(raw).flatMap((v) => (Array.isArray(v) ? v : [])).reduce((n, g) => n + (g.leadership?.chairs?.length ?? 0), 0);
  const api = await (await request.get("/api/v1/leadership")).json();
  expect(api.rows.reduce((n: number, r: { chairs: number }) => n + r.chairs, 0)).toBe(chairs);
  await page.goto("/groups/leadership");
  await expect(page.getByRole("heading", { level: 1, name: "Leadership by company" })).toBeVisible();
  await page.getByRole("link", { name: "Tech leads" }).click();
  await expect(page).toHaveURL(/sort=tech_leads/);
  const csv = await request.get("/api/v1/leadership?format=csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toMatch(/^company,company_slug,chair_seats,tech_lead_seats,seats,/);
  expect(lines.length).toBe(api.rows.length + 1);
});

async function ics(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/calendar");
  const text = await res.text();
  const physical = text.split("\r\n");
  expect(physical.pop()).toBe("");
  for (const l of physical) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
  const stack: string[] = [];
  const events: Record<string, string>[] = [];
  const tzids = new Set<string>();
  let cur: Record<string, string> | null = null;
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[A-Z-]+=[^:;]+)*):(.*)$/.exec(line);
    expect(m, line).not.toBeNull();
    const [, name, params, value] = m!;
    if (name === "BEGIN") {
      stack.push(value!);
      if (value === "VEVENT") cur = {};
    } else if (name === "END") {
      expect(stack.pop()).toBe(value);
      if (value === "VEVENT") events.push(cur!);
    } else if (stack[stack.length - 1] === "VTIMEZONE" && name === "TZID") tzids.add(value!);
    else if (cur) cur[name! + params!] = value!;
  }
  expect(stack).toEqual([]);
  return { events, tzids, text };
}

test("meetings .ics feeds parse, carry time zones and recurrence", async ({ request }) => {
  const one = await ics(request, "/groups/sig-network/meetings.ics");
  expect(one.events.length).toBeGreaterThan(0);
  for (const e of one.events) {
    const start = Object.keys(e).find((k) => k.startsWith("DTSTART"))!;
    const tz = /TZID=([^;]+)/.exec(start)?.[1];
    if (tz) expect(one.tzids.has(tz)).toBe(true);
    else expect(e[start]).toMatch(/Z$/);
    expect(e.UID).toMatch(/@bazaar$/);
  }
  expect(one.events.some((e) => e.RRULE === "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH")).toBe(true);
  const all = await ics(request, "/groups/meetings.ics");
  expect(all.events.length).toBeGreaterThan(90);
  expect([...all.tzids]).toEqual(expect.arrayContaining(["America/Los_Angeles", "Europe/Warsaw"]));
  expect((await request.get("/groups/sig-nope/meetings.ics")).status()).toBe(404);
});
