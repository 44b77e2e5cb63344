// Integration: the /api/v1 contributions route handlers against a real database loaded with the sample
// (DTOs pass their zod schemas, CSV variants, 400/404 answers).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-db";
import { devstatsSource } from "@/lib/ingest/devstats/source";
import { runIngest } from "@/lib/ingest/run";
import type { SourceKind } from "@/lib/ingest/types";

let db: TestDatabase;
let routes: {
  companies: typeof import("@/app/api/v1/companies/route");
  company: typeof import("@/app/api/v1/companies/[slug]/route");
  compare: typeof import("@/app/api/v1/compare/route");
  diversity: typeof import("@/app/api/v1/diversity/route");
};

beforeAll(async () => {
  db = await createTestDatabase("contrib");
  await runIngest({ paths: ["data/devstats"], options: { flags: {} } }, { pool: db.pool, kinds: [devstatsSource as SourceKind] });
  process.env.DATABASE_URL = db.url;
  routes = {
    companies: await import("@/app/api/v1/companies/route"),
    company: await import("@/app/api/v1/companies/[slug]/route"),
    compare: await import("@/app/api/v1/compare/route"),
    diversity: await import("@/app/api/v1/diversity/route"),
  };
}, 120_000);
afterAll(async () => {
  const { getDb } = await import("@/lib/db/prisma");
  await getDb().$disconnect().catch(() => {});
  await db?.drop();
});

const get = (url: string) => new Request(`http://localhost${url}`);

describe("/api/v1 contributions", () => {
  it("companies: JSON ranking and CSV of the same rows", async () => {
    const res = await routes.companies.GET(get("/api/v1/companies?metric=Contributions&range=Last%20century"));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.rows.slice(0, 2).map((r: { name: string; value: number }) => [r.name, r.value])).toEqual([["Google", 1334974], ["Red Hat", 527045]]);
    const csv = await (await routes.companies.GET(get("/api/v1/companies?format=csv"))).text();
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(body.rows.length + 1);
    expect(lines[1]).toMatch(/^1,Google,google,Google LLC,Contributions,Last century,All,1334974,/);
  });
  it("companies: ?rows= limits the JSON and the CSV alike; rowCount is always the full count", async () => {
    const all = await (await routes.companies.GET(get("/api/v1/companies"))).json();
    expect(all.rowCount).toBe(all.rows.length);
    expect(all.rowCount).toBeGreaterThan(10);
    const ten = await (await routes.companies.GET(get("/api/v1/companies?rows=10"))).json();
    expect(ten.rows).toEqual(all.rows.slice(0, 10));
    expect(ten.rowCount).toBe(all.rowCount);
    const csv = await (await routes.companies.GET(get("/api/v1/companies?rows=10&format=csv"))).text();
    expect(csv.trim().split("\r\n")).toHaveLength(11);
    expect((await (await routes.companies.GET(get("/api/v1/companies?rows=all"))).json()).rows).toHaveLength(all.rowCount);
    const bad = await routes.companies.GET(get("/api/v1/companies?rows=3"));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/rows must be "all" or a whole number from 10 to 5000/);
  });
  it("companies: unknown metric or range is a 400 with the reason", async () => {
    const res = await routes.companies.GET(get("/api/v1/companies?range=Last%20eon"));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/unknown range "Last eon"/);
  });
  it("company detail and 404", async () => {
    const ok = await routes.company.GET(get("/api/v1/companies/vmware"), { params: Promise.resolve({ slug: "vmware" }) });
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.rawNames.map((r: { raw: string }) => r.raw)).toContain("VMware Inc.");
    const missing = await routes.company.GET(get("/api/v1/companies/nope"), { params: Promise.resolve({ slug: "nope" }) });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'no company "nope"' });
  });
  it("compare: 2–6 companies, 400 outside, 404 for unknown, CSV", async () => {
    const ok = await routes.compare.GET(get("/api/v1/compare?c=google,red-hat,vmware"));
    expect(ok.status).toBe(200);
    expect((await ok.json()).companies.map((c: { slug: string }) => c.slug)).toEqual(["google", "red-hat", "vmware"]);
    expect((await routes.compare.GET(get("/api/v1/compare?c=google"))).status).toBe(400);
    expect((await routes.compare.GET(get("/api/v1/compare?c=a,b,c,d,e,f,g"))).status).toBe(400);
    expect((await routes.compare.GET(get("/api/v1/compare?c=google,nope"))).status).toBe(404);
    const csv = await (await routes.compare.GET(get("/api/v1/compare?c=google,red-hat&format=csv"))).text();
    expect(csv.split("\r\n")[0]).toBe("metric,range,Google,Red Hat");
  });
  it("diversity: one row per repo group with sane measures", async () => {
    const res = await routes.diversity.GET(get("/api/v1/diversity"));
    expect(res.status).toBe(200);
    const body = await res.json();
    const node = body.rows.find((r: { repoGroup: string }) => r.repoGroup === "SIG Node");
    expect(node.groupDir).toBe("sig-node");
    expect(node.elephantFactor).toBeGreaterThanOrEqual(1);
    expect(node.hhi).toBeGreaterThan(0);
    expect(node.hhi).toBeLessThanOrEqual(10000);
    expect((await routes.diversity.GET(get("/api/v1/diversity?year=20x4"))).status).toBe(400);
  });
});
