// Source kind "conformance": a k8s-conformance tree and/or an AI-conformance tree with their merge-date CSVs
// → conformance_product, certification, ai_requirement, ai_submission, ai_result (set-based syncRows writes).
import { loadCompanyDirectory } from "@/lib/companies/company-directory";
import { resolveCompanyIds } from "@/lib/companies/resolve-company-ids";
import { addCounts, syncRows } from "../sync";
import type { SourceKind, TableCounts } from "../types";
import { linkAiSubmission, type ProductCandidate } from "./link-ai";
import { minorSortKey } from "./normalise";
import { readConformanceBundle, type ConformanceBundle } from "./read-bundle";
import { findConformanceParts } from "./walk-tree";
import { companyKey } from "@/lib/companies/company-key";

const text = (name: string) => ({ name, type: "text" });
const PLACEHOLDER_COMPANIES = new Set(["notfound", "unknown", "independent"]);

/** Certified Kubernetes + Kubernetes AI Conformance submissions. */
export const conformanceSource: SourceKind<ConformanceBundle> = {
  kind: "conformance",
  description: "k8s-conformance tree (vX.YY/<product>/PRODUCT.yaml), AI-conformance tree (docs/AIConformance-X.YY.yaml + vX.YY/<product>/PRODUCT.yaml) and their merge-date CSVs",
  order: 40,
  async detect(path, isDirectory) {
    if (!isDirectory) return false;
    const parts = await findConformanceParts(path);
    return parts.k8sRoots.length + parts.aiRoots.length > 0;
  },
  async parse(input) {
    const { bundle, log, records } = await readConformanceBundle(input.path);
    return { data: bundle, warnings: log.warnings, records };
  },
  async write(ctx, parsed) {
    const { client, runId } = ctx;
    const bundle = parsed.data;
    const directory = loadCompanyDirectory();
    const tables: Record<string, TableCounts> = {};
    const add = (t: string, c: TableCounts) => (tables[t] = tables[t] ? addCounts(tables[t]!, c) : c);
    // A vendor is a named company: never let a directory placeholder (gitdm's "NotFound") stand in for one.
    const vendors = [...(bundle.k8s ?? []).map((c) => c.file.vendor), ...(bundle.ai?.submissions ?? []).map((s) => s.parsed.vendorName)].filter(
      (v) => !PLACEHOLDER_COMPANIES.has(directory.resolve(v)?.slug ?? ""),
    );
    const { ids: companyIds, counts } = await resolveCompanyIds(client, runId, directory, vendors, "conformance");
    add("company", counts.company);
    add("company_alias", counts.company_alias);

    if (bundle.k8s) {
      ctx.progress(`${bundle.k8s.length} certifications`);
      // The product's name, vendor and type come from its newest certification.
      const newest = new Map<string, (typeof bundle.k8s)[number]>();
      for (const c of bundle.k8s) {
        const prev = newest.get(c.slug);
        if (!prev || minorSortKey(c.minor) > minorSortKey(prev.minor) || (c.minor === prev.minor && (c.certifiedAt ?? "") > (prev.certifiedAt ?? ""))) newest.set(c.slug, c);
      }
      add(
        "conformance_product",
        await syncRows(
          client,
          { table: "conformance_product", key: ["slug"], columns: [text("slug"), text("name"), text("vendor_raw"), { name: "company_id", type: "int4" }, text("type")], scope: {} },
          [...newest.values()].map((c) => [c.slug, c.file.name, c.file.vendor, companyIds.get(c.file.vendor) ?? null, c.file.type]),
          runId,
        ),
      );
      const productIds = new Map((await client.query<{ id: number; slug: string }>(`SELECT id, slug FROM conformance_product`)).rows.map((r) => [r.slug, r.id]));
      add(
        "certification",
        await syncRows(
          client,
          {
            table: "certification",
            key: ["source_path"],
            columns: [
              text("source_path"), { name: "product_id", type: "int4" }, text("k8s_version"), text("dir_name"), text("name"), text("product_version"), text("vendor_raw"),
              { name: "company_id", type: "int4" }, text("type_raw"), text("type"), text("website_url"), text("documentation_url"), text("repo_url"), text("logo_url"),
              text("contact_email"), text("description"), { name: "certified_at", type: "timestamptz" }, { name: "last_commit_at", type: "timestamptz" }, text("commit_sha"),
              { name: "has_readme", type: "bool" }, { name: "warnings", type: "jsonb" }, { name: "extra", type: "jsonb" },
            ],
            scope: {},
          },
          bundle.k8s.map((c) => [
            c.sourcePath, productIds.get(c.slug)!, c.minor, c.dirName, c.file.name, c.file.productVersion, c.file.vendor, companyIds.get(c.file.vendor) ?? null, c.file.typeRaw, c.file.type,
            c.file.website.raw, c.file.documentation.raw, c.file.repo?.raw ?? null, c.file.logo?.raw ?? null, c.file.contactEmail, c.file.description,
            c.certifiedAt, c.lastCommitAt, c.commitSha, c.hasReadme, c.file.warnings, c.file.extra,
          ]),
          runId,
        ),
      );
    }

    if (bundle.ai) {
      const { requirements, submissions } = bundle.ai;
      add(
        "ai_requirement",
        await syncRows(
          client,
          { table: "ai_requirement", key: ["checklist_version", "req_id"], columns: [text("checklist_version"), text("req_id"), text("category"), text("description"), text("level"), { name: "position", type: "int4" }], scope: {} },
          requirements.map((r) => [r.checklistVersion, r.reqId, r.category, r.description, r.level, r.position]),
          runId,
        ),
      );
      const cand = await client.query<{ id: number; slug: string; company_ids: (number | null)[]; names: string[]; vendors: string[] }>(
        `SELECT p.id, p.slug, array_agg(DISTINCT c.company_id) AS company_ids, array_agg(DISTINCT c.name) AS names, array_agg(DISTINCT c.vendor_raw) AS vendors
         FROM conformance_product p JOIN certification c ON c.product_id = p.id GROUP BY p.id, p.slug`,
      );
      const products: ProductCandidate[] = cand.rows.map((r) => ({
        productId: r.id,
        slug: r.slug,
        companyIds: new Set(r.company_ids.filter((x): x is number => x !== null)),
        vendorKeys: new Set(r.vendors.map((v) => companyKey(v))),
        nameKeys: new Set(r.names.map((n) => companyKey(n.replace(/\(.*?\)/g, " ")))),
      }));
      const rows = submissions.map((s) => {
        const companyId = companyIds.get(s.parsed.vendorName) ?? null;
        const link = linkAiSubmission({ dirName: s.dirName, platformName: s.parsed.platformName, companyId, vendorRaw: s.parsed.vendorName, k8sConformanceUrl: s.parsed.k8sConformanceUrl?.raw ?? null }, products);
        const warnings = link ? s.parsed.warnings : [...s.parsed.warnings, "product: no single Certified Kubernetes product matches this platform"];
        const m = s.parsed;
        return [
          s.sourcePath, s.checklistVersion, s.dirName, link?.productId ?? null, m.platformName, m.platformVersion, m.vendorName, companyId, m.website?.raw ?? null, m.documentation?.raw ?? null,
          m.repo?.raw ?? null, m.description, m.k8sConformanceUrl?.raw ?? null, s.mergedAt, { ...m.metadata, linkedBy: link?.how ?? null }, warnings,
        ];
      });
      add(
        "ai_submission",
        await syncRows(
          client,
          {
            table: "ai_submission",
            key: ["source_path"],
            columns: [
              text("source_path"), text("checklist_version"), text("dir_name"), { name: "product_id", type: "int4" }, text("platform_name"), text("platform_version"), text("vendor_raw"),
              { name: "company_id", type: "int4" }, text("website_url"), text("documentation_url"), text("repo_url"), text("description"), text("k8s_conformance_url"),
              { name: "merged_at", type: "timestamptz" }, { name: "metadata", type: "jsonb" }, { name: "warnings", type: "jsonb" },
            ],
            scope: {},
          },
          rows,
          runId,
        ),
      );
      const subIds = new Map((await client.query<{ id: number; source_path: string }>(`SELECT id, source_path FROM ai_submission`)).rows.map((r) => [r.source_path, r.id]));
      const reqIds = new Map((await client.query<{ id: number; k: string }>(`SELECT id, checklist_version || '/' || req_id AS k FROM ai_requirement`)).rows.map((r) => [r.k, r.id]));
      add(
        "ai_result",
        await syncRows(
          client,
          {
            table: "ai_result",
            key: ["submission_id", "requirement_id"],
            columns: [{ name: "submission_id", type: "int4" }, { name: "requirement_id", type: "int4" }, text("status"), text("status_raw"), text("level_raw"), text("description_raw"), { name: "evidence", type: "jsonb" }, text("notes")],
            scope: {},
          },
          submissions.flatMap((s) =>
            s.parsed.answers.map((a) => [subIds.get(s.sourcePath)!, reqIds.get(`${s.checklistVersion}/${a.reqId}`)!, a.status, a.statusRaw, a.levelRaw, a.descriptionRaw, a.evidence, a.notes]),
          ),
          runId,
        ),
      );
    }
    return tables;
  },
};
