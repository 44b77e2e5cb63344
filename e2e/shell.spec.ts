import { expect, test } from "@playwright/test";

test("overview shows headline figures from the database and the loaded datasets", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kubernetes community atlas");
  await expect(page.getByTestId("loaded-datasets")).toContainText("Kubernetes releases");
  await expect(page.getByTestId("loaded-datasets")).toContainText("data as of 2025-12-17");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
});

test("unknown pages are a real 404 and unknown API paths answer JSON", async ({ page, request }) => {
  const res = await page.goto("/this/does/not/exist");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const api = await request.get("/api/v1/nope");
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: "no API endpoint at /api/v1/nope" });
});

test("health reports the database and datasets", async ({ request }) => {
  const res = await request.get("/api/v1/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.database.reachable).toBe(true);
  expect(body.datasets.map((d: { kind: string }) => d.kind)).toContain("releases");
});

test("the theme toggle switches to dark and is remembered", async ({ page }) => {
  await page.goto("/");
  const toggle = page.getByRole("button", { name: /Theme:/ });
  await toggle.click(); // system → light
  await toggle.click(); // light → dark
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("phone layout uses a menu for navigation", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await page.getByRole("button", { name: "Menu" }).click();
  await page.locator("#mobile-nav").getByRole("link", { name: "Conformance" }).click();
  await expect(page).toHaveURL(/\/conformance/);
});

test("no main page scrolls sideways at phone width (wide tables scroll inside their frame)", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const p of ["/", "/groups", "/groups/sig-node", "/groups/leadership", "/companies", "/companies/google", "/compare?c=google,red-hat,vmware", "/companies/diversity", "/conformance", "/conformance/ai"]) {
    await page.goto(p);
    await expect(page.locator("main h1").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), p).toBeLessThanOrEqual(390);
  }
});
