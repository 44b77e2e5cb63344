// Security end to end: response headers on every page and API (nonce CSP without 'unsafe-inline' scripts,
// nosniff, Referrer-Policy, Permissions-Policy, frame-ancestors 'none' except badges); pages still hydrate
// under the CSP; and hostile source files (script/HTML payloads, javascript: URLs in every text and URL field)
// ingested into their own database and served by a second scripts/serve.ts never run script or become links.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { startEmbedded } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { createPool } from "@/lib/db/pool";
import { SOURCE_KINDS } from "@/lib/ingest/registry";
import { runIngest } from "@/lib/ingest/run";
import { hostileConformance, hostileDevstats, hostileSigs, MARKER } from "../tests/security/hostile-data";

const root = process.cwd(); // playwright runs from the repository root
const PAGES = ["/", "/groups", "/groups/sig-node", "/groups/leadership", "/companies", "/compare?c=google,red-hat,vmware", "/companies/diversity", "/conformance", "/conformance/ai"];
const APIS = ["/api/v1/health", "/api/v1/overview", "/api/v1/groups", "/api/v1/groups/sig-node", "/api/v1/leadership", "/api/v1/companies", "/api/v1/conformance", "/api/v1/conformance/ai", "/api/v1/nope"];

function scriptSrc(csp: string): string {
  return (csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("default-src")) ?? "");
}

test.describe("security headers", () => {
  for (const p of [...PAGES, ...APIS, "/this/does/not/exist"]) {
    test(`headers on ${p}`, async ({ request }) => {
      const res = await request.get(p, { maxRedirects: 0 });
      const h = res.headers();
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["permissions-policy"]).toContain("camera=()");
      expect(h["x-frame-options"]).toBe("DENY");
      const csp = h["content-security-policy"] ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(scriptSrc(csp)).not.toContain("'unsafe-inline'");
      if (!p.startsWith("/api/")) expect(scriptSrc(csp)).toMatch(/'nonce-[A-Za-z0-9+/=_-]+'/);
    });
  }

  test("badges are embeddable on purpose: no frame-ancestors, still nosniff and no script", async ({ request }) => {
    const list = await request.get("/api/v1/conformance");
    expect(list.status()).toBe(200);
    const res = await request.get("/badges/conformance/aks.svg"); // a bundled product (see e2e/conformance.spec.ts)
    expect(res.status()).toBe(200);
    const h = res.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBeUndefined();
    expect(h["content-security-policy"]).toContain("default-src 'none'");
    expect(h["content-security-policy"]).not.toContain("frame-ancestors");
  });

  test("a fresh nonce on every page response, cached or not, matching every script tag", async ({ request }) => {
    const answers = [];
    for (let i = 0; i < 3; i++) {
      const res = await request.get("/groups");
      answers.push({ csp: res.headers()["content-security-policy"]!, cache: res.headers()["x-bazaar-cache"], html: await res.text() });
    }
    // the page cache answers the repeats: the nonce must still differ per response
    expect(answers.slice(1).map((a) => a.cache)).toEqual(["hit", "hit"]);
    const nonces = answers.map((a) => /'nonce-([^']+)'/.exec(a.csp)?.[1]);
    expect(new Set(nonces).size).toBe(3);
    answers.forEach((a, i) => {
      const inBody = new Set([...a.html.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]));
      expect([...inBody]).toEqual([nonces[i]]);
    });
  });
});

/** Record CSP violations and console errors; returns a checker. */
async function watch(page: Page): Promise<() => Promise<{ violations: string[]; consoleErrors: string[]; dialogs: string[] }>> {
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => ({ violations: await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), consoleErrors, dialogs });
}

test.describe("pages hydrate under the CSP", () => {
  for (const p of PAGES) {
    test(`no CSP violation or console error on ${p}`, async ({ page }) => {
      const check = await watch(page);
      const res = await page.goto(p);
      expect(res?.status(), `${p} should answer 200`).toBe(200);
      await page.waitForLoadState("load");
      // Hydrated: the theme toggle (a client component) reacts.
      const toggle = page.getByRole("button", { name: /Theme:/ });
      await toggle.click();
      await expect(page.locator("html")).toHaveAttribute("data-theme", /light|dark/);
      const r = await check();
      expect(r.violations).toEqual([]);
      expect(r.consoleErrors.filter((e) => /Content Security Policy|Refused to|nonce/i.test(e))).toEqual([]);
    });
  }
});

test.describe("hostile source files", () => {
  test.describe.configure({ mode: "serial" });
  let server: ChildProcess | null = null;
  let stopDb: () => Promise<void> = async () => {};
  let base = "";
  let tmp = "";

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    tmp = await mkdtemp(path.join(tmpdir(), "bazaar-hostile-"));
    const inputs = [await hostileSigs(root, tmp), await hostileConformance(root, tmp), path.join(root, "data", "kubernetes")];
    if (SOURCE_KINDS.some((k) => k.kind === "devstats")) inputs.push(await hostileDevstats(root, tmp));
    let serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) {
      const s = await startEmbedded({ dataDir: path.join(root, ".data/e2e-hostile"), port: Number(process.env.BAZAAR_E2E_HOSTILE_DB_PORT ?? 54359), database: "postgres" });
      serverUrl = s.url;
      stopDb = s.stop;
    }
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS bazaar_e2e_hostile WITH (FORCE)");
    await admin.query("CREATE DATABASE bazaar_e2e_hostile");
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = "/bazaar_e2e_hostile";
    const pool = createPool(u.toString(), 2);
    await applyMigrations(pool, path.join(root, "prisma/migrations"));
    await runIngest({ paths: inputs, options: { flags: {} } }, { pool, kinds: SOURCE_KINDS, cwd: root });
    await pool.end();
    const port = Number(process.env.E2E_HOSTILE_PORT ?? Number(process.env.E2E_PORT ?? 3199) + 1);
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts")], { cwd: root, env: { ...process.env, DATABASE_URL: u.toString(), PORT: String(port), HOST: "127.0.0.1" }, stdio: "ignore" });
    for (let i = 0; i < 600; i++) {
      const ok = await fetch(`${base}/api/v1/health`).then((r) => r.ok).catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once("exit", r));
      server.kill("SIGTERM");
      await exited;
    }
    await stopDb();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  test("no payload runs and no javascript: link exists on any page that shows hostile data", async ({ page }) => {
    test.setTimeout(180_000);
    const check = await watch(page);
    const start = ["/", "/groups", "/groups/leadership", "/conformance", "/conformance/ai", "/companies", "/companies/diversity", "/compare?c=google,red-hat,vmware"];
    const seen = new Set<string>();
    const queue = [...start];
    let withMarker = 0;
    while (queue.length && seen.size < 30) {
      const p = queue.shift()!;
      if (seen.has(p)) continue;
      seen.add(p);
      const res = await page.goto(base + p);
      if (res?.status() === 404) continue;
      await page.waitForLoadState("load");
      const state = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: unknown }).__xss,
        jsLinks: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i], iframe, object, embed').length,
        handlers: document.querySelectorAll("[onerror], [onload], [onclick], [onmouseover]").length,
        injectedScripts: [...document.scripts].filter((s) => s.textContent?.includes("window.__xss=1") && !s.textContent.includes("self.__next")).length,
        marker: document.body.innerText.includes("Hostile"),
      }));
      expect(state.xss, `window.__xss on ${p}`).toBeUndefined();
      expect(state.jsLinks, `javascript: links on ${p}`).toBe(0);
      expect(state.handlers, `inline event handlers on ${p}`).toBe(0);
      expect(state.injectedScripts, `injected <script> on ${p}`).toBe(0);
      if (state.marker) withMarker++;
      // Follow internal links to detail pages that may show the hostile rows.
      const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!).filter((h) => /^\/(groups|people|conformance|vendors|companies)\//.test(h)));
      const hostileLinks = await page.locator('a[href^="/"]', { hasText: MARKER }).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
      for (const h of [...hostileLinks, ...links.slice(0, 3)]) if (!seen.has(h)) queue.push(h);
    }
    const r = await check();
    expect(r.dialogs).toEqual([]);
    expect(withMarker, "pages showing the hostile text as text").toBeGreaterThan(2);
  });

  test("the API returns the payloads as inert JSON strings", async ({ request }) => {
    const res = await request.get(`${base}/api/v1/groups`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/json");
    expect(await res.text()).toContain("Hostile");
  });
});
