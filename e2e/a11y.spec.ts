// Accessibility: axe-core (WCAG 2.1 A/AA rules) over every main page in the light and the dark theme → no
// serious or critical violation; and every chart (an <svg> from recharts) has a table or text alternative.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const PAGES = [
  "/",
  "/groups",
  "/groups/sig-node",
  "/groups/leadership",
  "/companies",
  "/compare?c=google,red-hat,vmware",
  "/companies/diversity",
  "/conformance",
  "/conformance/aks",
  "/conformance/ai",
];

async function open(page: Page, theme: "light" | "dark", p: string): Promise<void> {
  await page.context().addCookies([{ name: "theme", value: theme, url: test.info().project.use.baseURL! }]);
  const res = await page.goto(p);
  expect(res?.status(), `${p} should answer 200`).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
  await page.waitForLoadState("load");
}

for (const theme of ["light", "dark"] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    for (const p of PAGES) {
      test(`${p} has no serious or critical violation`, async ({ page }) => {
        await open(page, theme, p);
        const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        const bad = result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
        expect(bad, bad.join("\n")).toEqual([]);
      });
    }
  });
}

test.describe("charts have a text or table alternative", () => {
  for (const p of PAGES) {
    test(`charts on ${p}`, async ({ page }) => {
      await open(page, "light", p);
      const charts = page.locator(".recharts-wrapper");
      const n = await charts.count();
      for (let i = 0; i < n; i++) {
        // The chart's nearest section/figure/card must also hold a table, a <details> with a table, or a
        // text description tied by aria-describedby / figcaption; and the svg itself needs a name or be hidden.
        const ok = await charts.nth(i).evaluate((el) => {
          const container = el.closest("figure, section, article, .card, [data-chart]") ?? el.parentElement?.parentElement ?? el.parentElement;
          const svg = el.querySelector("svg");
          const named = !!svg && (svg.getAttribute("aria-hidden") === "true" || !!svg.getAttribute("aria-label") || !!svg.getAttribute("role"));
          const alt = !!container && (container.querySelector("table, figcaption, [data-chart-alt]") !== null || !!el.closest("[aria-describedby]"));
          return { named, alt };
        });
        expect(ok.alt, `chart ${i + 1} on ${p} has no table/text alternative nearby`).toBe(true);
      }
    });
  }
});
