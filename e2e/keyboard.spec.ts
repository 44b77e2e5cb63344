// Keyboard only: walk the company ranking filters (/companies) and the conformance matrix with Tab, arrows and
// Enter — every control is reachable, shows a focus indicator, changes the URL (permalink) and links open.
import { expect, test, type Page } from "@playwright/test";

/** Press Tab until `match` holds for the focused element (at most `max` presses); returns its description. */
async function tabTo(page: Page, match: (el: { tag: string; name: string; type: string; inTable: boolean; href: string }) => boolean, max = 80): Promise<string> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName.toLowerCase() ?? "", name: a?.getAttribute("name") ?? "", type: a?.getAttribute("type") ?? "", inTable: !!a?.closest("table"), href: a?.getAttribute("href") ?? "" };
    });
    if (match(el)) return `${el.tag}[name=${el.name}]${el.href}`;
  }
  throw new Error("the control was not reachable with Tab");
}

/** The focused element draws a visible focus indicator (outline or box-shadow). */
async function expectFocusVisible(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement as Element);
    return { outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== "none" };
  });
  expect(style.outline || style.shadow, "focused control shows a focus indicator").toBe(true);
}

test("conformance matrix: search, filter, sort and open a product with the keyboard only", async ({ page }) => {
  await page.goto("/conformance?asOf=2025-08-28");
  await tabTo(page, (e) => e.tag === "input" && e.name === "q");
  await expectFocusVisible(page);
  await page.keyboard.type("Azure");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=Azure/);
  await tabTo(page, (e) => e.tag === "select" && e.name === "type");
  await expectFocusVisible(page);
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/type=/);
  // Into the table: a sort header link, then a product link opened with Enter.
  await tabTo(page, (e) => e.tag === "a" && e.inTable && /sort=/.test(e.href));
  await expectFocusVisible(page);
  await tabTo(page, (e) => e.tag === "a" && e.inTable && /^\/conformance\/[^/?]+/.test(e.href) && !/sort=/.test(e.href));
  await expectFocusVisible(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/conformance\/[a-z0-9-]+/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("company ranking filters: every control reachable, changes the permalink, rows open", async ({ page }) => {
  const res = await page.goto("/companies");
  expect(res?.status()).toBe(200);
  const controls = await page.locator("main select, main input:not([type=hidden]), main [role=radio], main [role=tab]").count();
  expect(controls).toBeGreaterThan(0);
  const firstSelect = page.locator("main select").first();
  if (await firstSelect.count()) {
    const name = (await firstSelect.getAttribute("name")) ?? "";
    await tabTo(page, (e) => e.tag === "select" && e.name === name);
    await expectFocusVisible(page);
    const before = page.url();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.url()).not.toBe(before);
  }
  await tabTo(page, (e) => e.tag === "a" && e.inTable && /^\/companies\/[^/?]+/.test(e.href));
  await expectFocusVisible(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/companies\/[a-z0-9-]+/);
});
