import { expect, test } from "@playwright/test";

const rows = (page: import("@playwright/test").Page) => page.getByTestId("ranking-table").locator("tbody tr");

test("/companies shows the cited all-time table by default", async ({ page }) => {
  await page.goto("/companies");
  const first = await rows(page).evaluateAll((trs) => trs.slice(0, 5).map((tr) => [...tr.querySelectorAll("td")].slice(1, 3).map((td) => td.textContent?.trim())));
  expect(first).toEqual([["Google", "1,334,974"], ["Red Hat", "527,045"], ["VMware", "361,508"], ["Microsoft", "246,836"], ["IBM", "114,501"]]);
  await expect(page.getByRole("link", { name: "Google" }).first()).toHaveAttribute("title", /Google LLC/);
  await expect(page.getByText(/Source: DevStats exports/)).toBeVisible();
});

test("changing metric and range updates the URL and the table without a reload", async ({ page }) => {
  await page.goto("/companies");
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  await page.getByLabel("Range").selectOption("Last year");
  await expect(page).toHaveURL(/range=Last%20year/);
  await expect(rows(page).first().locator("td").nth(2)).toHaveText("118,038");
  await page.getByLabel("Metric").selectOption("Contributors");
  await expect(page).toHaveURL(/metric=Contributors/);
  await expect(page.getByTestId("ranking-table").locator("thead")).toContainText("Contributors");
  await expect(rows(page).first().locator("td").nth(1)).toHaveText("Independent");
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
  await page.goBack();
  await expect(page).toHaveURL(/range=Last%20year$/);
  await expect(rows(page).first().locator("td").nth(2)).toHaveText("118,038");
});

test("the CSV download holds exactly the rows shown", async ({ page }) => {
  await page.goto("/companies?range=v1.33.0%20-%20v1.34.0&independent=0");
  const shown = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll("td")[1]!.textContent!.trim()));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-download").click()]);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const lines = text.trim().split(/\r\n/);
  expect(lines[0]).toMatch(/^rank,company,slug,devstats_names,metric,range,repo_group,value,share/);
  expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(shown);
  expect(shown).not.toContain("Independent");
  expect(lines[1]).toContain("v1.33.0 - v1.34.0");
});

test("a long ranking shows its first rows, and the rest on request (URL and CSV follow)", async ({ page }) => {
  await page.goto("/companies?rows=10");
  await expect(rows(page)).toHaveCount(10);
  const limit = page.getByTestId("row-limit");
  await expect(limit).toContainText(/Showing the top 10 of \d+ companies/);
  const total = Number((await limit.textContent())!.match(/of (\d+) companies/)![1]);
  await expect(page.getByTestId("csv-download")).toHaveAttribute("href", /rows=10/);
  await limit.getByRole("button", { name: `Show all ${total}` }).click();
  await expect(page).toHaveURL(/rows=all/);
  await expect(rows(page)).toHaveCount(total);
  await expect(page.getByTestId("csv-download")).toHaveAttribute("href", /rows=all/);
});

test("compare three companies, shareable URL", async ({ page }) => {
  await page.goto("/compare?c=google,red-hat");
  await page.getByLabel("Add a company").selectOption({ label: "VMware" });
  await expect(page).toHaveURL(/c=google,red-hat,vmware/);
  const head = page.getByTestId("compare-totals").locator("thead");
  await expect(head).toContainText("VMware");
  await expect(page.getByTestId("compare-totals").locator("tbody tr", { hasText: "Contributions · Last century" })).toContainText("1,334,974");
  await page.reload();
  await expect(page.getByTestId("compare-totals").locator("thead")).toContainText("Red Hat");
});

test("unknown company is a real 404; company page shows raw names and series", async ({ page }) => {
  const res = await page.goto("/companies/no-such-company");
  expect(res?.status()).toBe(404);
  await page.goto("/companies/red-hat");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Red Hat");
  await expect(page.getByText("DevStats name: Red Hat Inc.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Monthly Contributions" })).toBeVisible();
});

test("diversity table sorts by a column via the URL; the SIG page shows its contributors", async ({ page }) => {
  await page.goto("/companies/diversity");
  await page.getByRole("link", { name: /^HHI/ }).click();
  await expect(page).toHaveURL(/sort=hhi&dir=asc/);
  const hhis = await page.getByTestId("diversity-table").locator("tbody tr td:nth-child(6)").allTextContents();
  const nums = hhis.map((h) => Number(h.replace(/,/g, "")));
  expect(nums).toEqual([...nums].sort((a, b) => a - b));
  await page.goto("/groups/sig-node");
  const box = page.getByTestId("group-contributions");
  await expect(box).toContainText("Google");
  await expect(box).toContainText("Elephant factor");
});
