// Conformance end to end: filter the matrix to hosted platforms, open a product (timeline + lapse date),
// open the AI matrix and an evidence link, fetch a README badge, and check the API's as-of handling.
import { expect, test } from "@playwright/test";

const AS_OF = "2025-08-28"; // the bundled k8s-conformance snapshot date: results are reproducible

test("filter the matrix to hosted platforms, then open a product's timeline and lapse date", async ({ page }) => {
  await page.goto(`/conformance?asOf=${AS_OF}`);
  await expect(page.getByRole("heading", { level: 1, name: "Certified Kubernetes" })).toBeVisible();
  const table = page.getByRole("table", { name: /Certified Kubernetes products/ });
  await expect(table.getByRole("columnheader", { name: /v1\.24\s*122/ })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /v1\.32\s*99/ })).toBeVisible();

  await page.getByLabel("Type").selectOption("hosted_platform");
  await expect(page).toHaveURL(/type=hosted_platform/);
  await expect(page.getByText(/^\d+ of 211 products/)).toBeVisible();
  const types = await table.locator("tbody tr td:nth-child(3)").allTextContents();
  expect(types.length).toBeGreaterThan(20);
  expect(new Set(types)).toEqual(new Set(["Hosted platform"]));

  await table.getByRole("link", { name: "Azure Kubernetes Service AKS" }).click();
  await expect(page).toHaveURL(new RegExp(`/conformance/aks\\?asOf=${AS_OF}`));
  await expect(page.getByRole("heading", { name: "Certification timeline" })).toBeVisible();
  await expect(page.getByRole("row", { name: /v1\.32 .*2026-01-23/ })).toBeVisible();
  await expect(page.getByTestId("product-status")).toHaveText("Certified");
  await expect(page.getByTestId("lapse-date")).toContainText("Lapses on 2026-01-23");
  await expect(page.getByRole("link", { name: "v1.32/aks" })).toHaveAttribute("href", "https://github.com/cncf/k8s-conformance/tree/master/v1.32/aks");
});

test("a malformed website URL is shown as text, never as a link", async ({ page }) => {
  await page.goto(`/conformance/nks?asOf=${AS_OF}`);
  // v1.26–v1.28 wrote "ttps://…" (no h): shown in the flagged submission rows, never as a link
  await expect(page.getByText(/"ttps:\/\/www\.nhncloud\.com\/" is not a valid http\(s\) URL/).first()).toBeVisible();
  await expect(page.locator('a[href^="ttps"], a[href^="javascript"]')).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^ttps/ })).toHaveCount(0);
});

test("the AI matrix shows requirements per checklist version and opens an evidence link", async ({ page, context }) => {
  await context.route("https://docs.coreweave.com/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<h1>evidence</h1>" }));
  await page.goto(`/conformance/ai?asOf=2026-01-28`);
  await expect(page.getByRole("link", { name: "Checklist v1.33" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("rowheader", { name: /gang_scheduling MUST/ })).toBeVisible();
  await expect(page.getByText(/met by \d+ of 10/).first()).toBeVisible();
  const evidence = page.getByRole("link", { name: /docs\.coreweave\.com\/docs\/products\/cks/ }).first();
  await expect(evidence).toHaveAttribute("rel", /noopener/);
  const [popup] = await Promise.all([page.waitForEvent("popup"), evidence.click()]);
  await expect(popup).toHaveURL(/^https:\/\/docs\.coreweave\.com\//);
  await expect(popup.getByRole("heading", { name: "evidence" })).toBeVisible();

  await page.getByRole("link", { name: "Checklist v1.35" }).click();
  await expect(page).toHaveURL(/version=1\.35/);
  await expect(page.getByText("No platform has submitted against checklist v1.35 yet")).toBeVisible();
  await expect(page.getByText(/virtualized_accelerator/).first()).toBeVisible();
});

test("README badge is an SVG with cache headers", async ({ request }) => {
  const ok = await request.get(`/badges/conformance/aks.svg?asOf=${AS_OF}`);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toContain("image/svg+xml");
  expect(ok.headers()["cache-control"]).toMatch(/max-age=\d+/);
  expect(await ok.text()).toContain("Certified Kubernetes: v1.32");
  const lapsed = await request.get(`/badges/conformance/aks.svg?asOf=2026-06-01`);
  expect(await lapsed.text()).toContain("lapsed (v1.32)");
  const unknown = await request.get(`/badges/conformance/no-such-product.svg`);
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["content-type"]).toContain("image/svg+xml");
});

test("API: as-of status, CSV variant and a 400 for a bad asOf", async ({ request }) => {
  const bad = await request.get("/api/v1/conformance?asOf=2025-13-45");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/asOf/);
  const hosted = await request.get(`/api/v1/conformance?asOf=${AS_OF}&type=hosted_platform&status=valid`);
  const body = await hosted.json();
  expect(body.totals["1.28"]).toBe(130);
  expect(body.rows.every((r: { type: string; status: string }) => r.type === "hosted_platform" && r.status !== "lapsed")).toBe(true);
  const csv = await request.get(`/api/v1/conformance?asOf=${AS_OF}&format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n")[0]).toBe("product,name,vendor,type,status,lapses_on,latest_version,v1.24,v1.25,v1.26,v1.27,v1.28,v1.29,v1.30,v1.31,v1.32");
  const product = await request.get(`/api/v1/conformance/aks?asOf=${AS_OF}`);
  expect((await product.json()).lapsesOn).toBe("2026-01-23");
  expect((await request.get("/api/v1/conformance/no-such-product")).status()).toBe(404);
  expect((await request.get("/api/v1/conformance/ai?version=1.35")).status()).toBe(200);
});

test("an unknown product or vendor is a real 404", async ({ page }) => {
  const res = await page.goto("/conformance/no-such-product");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect((await page.goto("/vendors/no-such-vendor"))?.status()).toBe(404);
  // a directory name written with capitals redirects to the product's one slug
  await page.goto(`/conformance/ZStack-Edge?asOf=${AS_OF}`);
  await expect(page).toHaveURL(new RegExp(`/conformance/zstack-edge\\?asOf=${AS_OF}`));
});
