// Integration: ingest the whole shipped conformance tree into a real PostgreSQL database, check per-version
// counts against an independent walk of the tree, every anomaly class of FORMAT.md, the data functions,
// idempotent re-ingest, a v1.40 tree, and that bad input writes nothing.
import { readdirSync, statSync } from "node:fs";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IngestValidationError } from "@/lib/ingest/problems";
import { SOURCE_KINDS } from "@/lib/ingest/registry";
import { runIngest } from "@/lib/ingest/run";
import { getConformanceMatrix } from "@/lib/data/conformance/get-matrix";
import { getConformanceProduct } from "@/lib/data/conformance/get-product";
import { getAiMatrix } from "@/lib/data/conformance/get-ai";
import { getVendor } from "@/lib/data/conformance/get-vendor";
import { createTestDatabase, databaseDigest, type TestDatabase } from "../setup/test-db";

const ROOT = path.resolve("data/conformance/k8s");
let db: TestDatabase;
let ingestMs = 0;

/** Independent count: version folder → number of sub-folders holding a product.yaml (any case, up to one level deeper). */
function walkCounts(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of readdirSync(ROOT).filter((n) => /^v\d+\.\d+$/.test(n))) {
    let n = 0;
    for (const d of readdirSync(path.join(ROOT, v))) {
      const dir = path.join(ROOT, v, d);
      if (!statSync(dir).isDirectory()) continue;
      const has = (p: string) => readdirSync(p).some((f) => f.toLowerCase() === "product.yaml");
      if (has(dir) || readdirSync(dir).some((s) => statSync(path.join(dir, s)).isDirectory() && has(path.join(dir, s)))) n++;
    }
    out[v.slice(1)] = n;
  }
  return out;
}

const q = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await db.pool.query<T>(sql, params)).rows;

beforeAll(async () => {
  db = await createTestDatabase("conf");
  const t0 = Date.now();
  const res = await runIngest({ paths: ["data/kubernetes/releases.csv", "data/conformance"], options: { flags: {} } }, { pool: db.pool, kinds: SOURCE_KINDS });
  ingestMs = Date.now() - t0;
  expect(res.outcome).toBe("committed");
}, 120_000);
afterAll(async () => {
  await db?.drop();
});

describe("whole shipped tree", () => {
  it("ingests in a few seconds", () => {
    expect(ingestMs).toBeLessThan(15_000);
  });

  it("per-version counts equal the source (walked independently) and FORMAT.md", async () => {
    const walked = walkCounts();
    expect(walked).toEqual({ "1.24": 122, "1.25": 114, "1.26": 119, "1.27": 124, "1.28": 130, "1.29": 120, "1.30": 125, "1.31": 119, "1.32": 99 });
    const rows = await q<{ v: string; n: string }>(`SELECT k8s_version v, count(*) n FROM certification GROUP BY 1`);
    expect(Object.fromEntries(rows.map((r) => [r.v, Number(r.n)]))).toEqual(walked);
    expect((await q<{ n: string }>(`SELECT count(*) n FROM conformance_product`))[0]!.n).toBe("211");
    const m = await getConformanceMatrix(db.prisma, { asOf: "2026-11-28" });
    expect(m.totals).toEqual(walked);
    expect(m.productCount).toBe(211);
  });

  it("1. file name case and 13. missing READMEs", async () => {
    expect(await q(`SELECT source_path FROM certification WHERE dir_name IN ('kubeops', 'puppetlabs-kubernetes') AND k8s_version IN ('1.24','1.25','1.26','1.27') ORDER BY 1`)).toEqual(
      expect.arrayContaining([{ source_path: "v1.24/kubeops" }, { source_path: "v1.26/puppetlabs-kubernetes" }]),
    );
    expect((await q<{ n: string }>(`SELECT count(*) n FROM certification WHERE NOT has_readme`))[0]!.n).toBe("23");
    expect((await q(`SELECT has_readme FROM certification WHERE source_path = 'v1.24/orka'`))[0]).toEqual({ has_readme: true });
  });

  it("2. extra nesting keeps the product elastx", async () => {
    expect(await q(`SELECT c.source_path, p.slug FROM certification c JOIN conformance_product p ON p.id = c.product_id WHERE c.k8s_version = '1.24' AND c.dir_name = 'elastx'`)).toEqual([{ source_path: "v1.24/elastx/elastx", slug: "elastx" }]);
  });

  it("3. directory names with spaces, parentheses and dots become slugs", async () => {
    const slugs = (await q<{ slug: string }>(`SELECT slug FROM conformance_product`)).map((r) => r.slug);
    expect(slugs).toEqual(expect.arrayContaining(["zstack-edge", "weave-gitops-enterprise", "incloud-os", "taikun-cloudworks", "taikun-(tks)", "robin.io"]));
  });

  it("4. directory case changes across versions join into one product", async () => {
    const versions = async (slug: string) => (await q<{ v: string }>(`SELECT c.k8s_version v FROM certification c JOIN conformance_product p ON p.id = c.product_id WHERE p.slug = $1 ORDER BY 1`, [slug])).map((r) => r.v);
    expect(await versions("american-cloud")).toEqual(["1.24", "1.25", "1.27", "1.28"]);
    expect(await versions("aruba")).toEqual(["1.27", "1.28", "1.29", "1.30", "1.31", "1.32"]);
    expect(await versions("ovh")).toContain("1.28");
  });

  it("5. version scalars stay as written", async () => {
    const v = async (p: string) => (await q<{ product_version: string }>(`SELECT product_version FROM certification WHERE source_path = $1`, [p]))[0]!.product_version;
    expect(await v("v1.30/cdk")).toBe("1.30");
    expect((await q<{ product_version: string }>(`SELECT product_version FROM certification WHERE name ILIKE 'metalk8s%' ORDER BY k8s_version`)).map((r) => r.product_version)).toEqual(expect.arrayContaining(["124.0", "125.0"]));
    expect(await v("v1.24/metakube-aws")).toBe("2022-12-09");
  });

  it("6. free-text type maps onto three types, raw kept", async () => {
    const rows = await q<{ type_raw: string; type: string; n: string }>(`SELECT trim(type_raw) type_raw, type, count(*) n FROM certification GROUP BY 1, 2`);
    const m = new Map(rows.map((r) => [r.type_raw, r.type]));
    expect(m.get("Certified Kubernetes - Installer")).toBe("installer");
    expect(m.get("distro")).toBe("distribution");
    expect(m.get("hosted")).toBe("hosted_platform");
    expect(m.get("platform")).toBe("hosted_platform");
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(["distribution", "hosted_platform", "installer"]));
  });

  it("7. missing optional fields are null, and 8. malformed URLs are kept as text and flagged", async () => {
    expect(Number((await q<{ n: string }>(`SELECT count(*) n FROM certification WHERE repo_url IS NULL`))[0]!.n)).toBeGreaterThanOrEqual(663);
    const biz = (await q<{ documentation_url: string; warnings: string[] }>(`SELECT documentation_url, warnings FROM certification WHERE source_path = 'v1.26/BizKube'`))[0]!;
    expect(biz.documentation_url).toBe("--");
    expect(biz.warnings.join()).toMatch(/documentation_url/);
    const nks = await q<{ website_url: string }>(`SELECT website_url FROM certification WHERE dir_name = 'nks' AND k8s_version IN ('1.26','1.27','1.28')`);
    expect(nks.every((r) => r.website_url.startsWith("ttps://"))).toBe(true);
  });

  it("9. CRLF, non-ASCII and surrounding whitespace", async () => {
    const d = (await q<{ description: string }>(`SELECT description FROM certification WHERE source_path = 'v1.24/KubeGien'`))[0]!.description;
    expect(d.startsWith("GienTech")).toBe(true);
    expect(d).not.toMatch(/\r/);
    expect(Number((await q<{ n: string }>(`SELECT count(*) n FROM certification WHERE description ~ '[^\\x01-\\x7f]' OR name ~ '[^\\x01-\\x7f]' OR vendor_raw ~ '[^\\x01-\\x7f]'`))[0]!.n)).toBeGreaterThan(20);
  });

  it("10. vendor spellings normalise to one company; products keep identity when the vendor changes", async () => {
    const company = async (raw: string) => (await q<{ company_id: number }>(`SELECT DISTINCT company_id FROM certification WHERE vendor_raw = $1`, [raw]))[0]!.company_id;
    expect(await company("SUSE, LLC")).toBe(await company("SUSE"));
    expect(await company("Inspur Cloud Creation")).toBe(await company("Inspur"));
    expect(await company("STACKIT - Schwarz IT KG")).toBe(await company("STACKIT"));
    expect(await company("JD Cloud")).toBe(await company("JD.com"));
    expect(await q(`SELECT DISTINCT co.slug FROM certification c JOIN company co ON co.id = c.company_id WHERE co.slug IN ('notfound', 'unknown', 'independent')`)).toEqual([]);
    const konvoy = await q<{ vendor_raw: string }>(`SELECT DISTINCT c.vendor_raw FROM certification c JOIN conformance_product p ON p.id = c.product_id WHERE p.slug = 'konvoy'`);
    expect(konvoy.map((r) => r.vendor_raw).sort()).toEqual(["D2iQ", "Nutanix"].sort());
    const p = await getConformanceProduct(db.prisma, "rancher", "2025-08-28");
    expect(p!.vendorHistory.map((h) => h.vendor)).toEqual(["Rancher Inc.", "SUSE"]);
  });

  it("11. name casing differs but the product is one; 12. two directories with one name stay two products", async () => {
    expect((await q(`SELECT DISTINCT c.name FROM certification c JOIN conformance_product p ON p.id = c.product_id WHERE p.slug = 'vcluster'`)).length).toBe(2);
    expect((await q(`SELECT slug FROM conformance_product WHERE slug IN ('metakube-aws', 'metakube-openstack', 'harmonycloud', 'harmonycloud-installer')`)).length).toBe(4);
  });

  it("AI: checklists, submissions and every anomaly", async () => {
    expect((await q<{ v: string; n: string }>(`SELECT checklist_version v, count(*) n FROM ai_requirement GROUP BY 1 ORDER BY 1`)).map((r) => [r.v, Number(r.n)])).toEqual([["1.33", 9], ["1.34", 9], ["1.35", 12]]);
    const ai = await getAiMatrix(db.prisma, { asOf: "2026-01-28", version: "1.33" });
    expect(ai.submissions).toHaveLength(10);
    const by = new Map(ai.submissions.map((s) => [s.sourcePath.split("/")[1]!, s]));
    const talosDra = (await q<{ level: string; level_raw: string }>(`SELECT q.level, r.level_raw FROM ai_result r JOIN ai_requirement q ON q.id = r.requirement_id JOIN ai_submission s ON s.id = r.submission_id WHERE s.dir_name = 'talos' AND q.req_id = 'dra_support'`))[0];
    expect(talosDra).toEqual({ level: "SHOULD", level_raw: "MUST" });
    expect(by.get("talos")!.results.find((r) => r.reqId === "cluster_autoscaling")!.evidence).toEqual([{ raw: "N/A", kind: "text" }]);
    expect(by.get("jdcloud")!.results.find((r) => r.reqId === "dra_support")!.status).toBe("unspecified");
    expect(by.get("gardener")!.results.find((r) => r.reqId === "dra_support")!.status).toBe("partially_implemented");
    expect(by.get("openshift")!.results.find((r) => r.reqId === "dra_support")!.status).toBe("not_implemented");
    const cks = (await q<{ website_url: string; metadata: Record<string, string> }>(`SELECT website_url, metadata FROM ai_submission WHERE dir_name = 'cks'`))[0]!;
    expect(cks.website_url).toMatch(/^https:\/\/www\.coreweave\.com/);
    expect((await q<{ metadata: Record<string, string> }>(`SELECT metadata FROM ai_submission WHERE dir_name = 'jdcloud'`))[0]!.metadata.contactEmailAddress).toBe("jdcloud@jd.com");
    const fileEvidence = by.get("talos")!.results.flatMap((r) => r.evidence).find((e) => e.kind === "file");
    expect(fileEvidence?.href).toBe("https://github.com/cncf/ai-conformance/blob/main/v1.33/talos/secure_accelerator_access.md");
    expect(by.get("openshift")!.productSlug).toBe("openshift");
    expect(ai.requirements.find((r) => r.reqId === "ai_inference")!.met).toBeGreaterThan(0);
  });

  it("status as of a date is reproducible", async () => {
    const aks = await getConformanceProduct(db.prisma, "aks", "2025-08-28");
    expect(aks).toMatchObject({ status: "certified", lapsesOn: "2026-01-23", statusVersion: "1.32" });
    expect((await getConformanceProduct(db.prisma, "aks", "2026-01-23"))!.status).toBe("lapsed");
    expect((await getConformanceProduct(db.prisma, "aks", "2025-12-01"))!.status).toBe("expiring");
    expect(await getConformanceProduct(db.prisma, "no-such-product", "2025-08-28")).toBeNull();
    const early = await getConformanceMatrix(db.prisma, { asOf: "2022-06-01" });
    expect(early.totals["1.25"]).toBeUndefined();
    expect(early.totals["1.24"]).toBeLessThan(122);
    const hosted = await getConformanceMatrix(db.prisma, { asOf: "2025-08-28", type: "hosted_platform", status: "valid" });
    expect(hosted.rows.every((r) => r.type === "hosted_platform" && r.status !== "lapsed")).toBe(true);
    expect(hosted.rows.length).toBeGreaterThan(10);
    const v = await getVendor(db.prisma, "microsoft", "2025-08-28");
    expect(v!.products.map((p) => p.slug)).toContain("aks");
  });

  it("re-ingesting the same tree changes nothing", async () => {
    const before = await databaseDigest(db.pool);
    const res = await runIngest({ paths: ["data/conformance"], options: { flags: {} } }, { pool: db.pool, kinds: SOURCE_KINDS });
    expect(res.outcome).toBe("unchanged");
    expect(await databaseDigest(db.pool)).toBe(before);
  });
});

describe("bad input and future versions", () => {
  const tmp: string[] = [];
  afterAll(async () => {
    for (const d of tmp) await rm(d, { recursive: true, force: true });
  });

  it("a tree with one broken PRODUCT.yaml writes nothing and names the file", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "bazaar-conf-bad-"));
    tmp.push(dir);
    await cp(path.join(ROOT, "v1.32"), path.join(dir, "k8s", "v1.32"), { recursive: true });
    await writeFile(path.join(dir, "k8s", "v1.32", "aks", "PRODUCT.yaml"), "vendor: Microsoft\nname: [AKS\n");
    const before = await databaseDigest(db.pool);
    const err = await runIngest({ paths: [dir], options: { flags: {} } }, { pool: db.pool, kinds: SOURCE_KINDS }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestValidationError);
    expect((err as Error).message).toMatch(/v1\.32\/aks\/PRODUCT\.yaml/);
    expect(await databaseDigest(db.pool)).toBe(before);
  });

  it("a v1.40 folder and an AIConformance-1.40.yaml checklist ingest with no code change", async () => {
    const res = await runIngest({ paths: ["tests/conformance/fixtures/tree"], options: { flags: {} } }, { pool: db.pool, kinds: SOURCE_KINDS });
    expect(res.outcome).toBe("committed");
    const p = await getConformanceProduct(db.prisma, "newkube", "2030-06-01");
    expect(p).toMatchObject({ status: "certified", lapsesOn: null, statusVersion: "1.40" });
    expect(p!.statusReason).toMatch(/1\.40 has no known release date/);
    expect(p!.ai[0]).toMatchObject({ checklistVersion: "1.40", productSlug: "newkube", status: "conformant" });
    const ai = await getAiMatrix(db.prisma, { asOf: "2030-06-01", version: "1.40" });
    expect(ai.requirements).toHaveLength(12);
  });
});
