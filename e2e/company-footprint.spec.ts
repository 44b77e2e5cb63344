import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { parse } from "yaml";

// Counted from the raw sigs.yaml, not from the app.
function suseSeats(): number {
  const raw = parse(readFileSync("data/community/sigs.yaml", "utf8")) as Record<string, { leadership?: Record<string, { company?: string }[]> }[]>;
  let n = 0;
  for (const list of Object.values(raw)) {
    if (!Array.isArray(list)) continue;
    for (const g of list) for (const role of ["chairs", "tech_leads"]) n += (g.leadership?.[role] ?? []).filter((p) => /^suse\b/i.test(p.company ?? "")).length;
  }
  return n;
}

test("a company page joins contributions, leadership seats and certified products", async ({ page }) => {
  await page.goto("/companies/suse");
  await expect(page.getByRole("heading", { level: 1, name: "SUSE" })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Leadership seats (${suseSeats()})` })).toBeVisible();
  const products = page.locator("#products");
  await expect(products.getByRole("link", { name: "k3s" })).toBeVisible();
  await products.getByRole("link", { name: "Vendor page →" }).click();
  await expect(page).toHaveURL(/\/vendors\/suse$/);
});

test("the overview ranks companies by contributions and by leadership seats", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("Most contributions, all time")).toBeVisible();
  const first = page.getByRole("listitem").filter({ hasText: "1,334,974" });
  await expect(first.getByRole("link", { name: "Google" })).toBeVisible();
  await expect(page.getByText("Most leadership seats")).toBeVisible();
});
