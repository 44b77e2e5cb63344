// Dev helper: screenshot pages at desktop and phone width, light and dark.
// Usage: node scripts/dev/screenshot.mjs http://localhost:3000/ [/path …] [--out DIR]
import { chromium } from "@playwright/test";
const args = process.argv.slice(2);
const outIdx = args.indexOf("--out");
const out = outIdx >= 0 ? args[outIdx + 1] : "/tmp/shots";
const urls = outIdx >= 0 ? args.filter((a, i) => i !== outIdx && i !== outIdx + 1) : args;
const base = urls[0];
const paths = urls.length > 1 ? urls.slice(1) : ["/"];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
for (const p of paths) {
  for (const [w, h, tag] of [[1280, 900, "desktop"], [390, 844, "phone"]]) {
    for (const scheme of ["light", "dark"]) {
      const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
      await page.goto(base.replace(/\/$/, "") + p, { waitUntil: "load" });
      await page.waitForSelector("main h1", { timeout: 15000 }).catch(() => {});
      await page.waitForTimeout(300);
      const name = `${out}/${(p.replace(/[^a-z0-9]+/gi, "_") || "root")}-${tag}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
