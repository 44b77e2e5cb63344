// AI conformance submissions with their per-requirement results and status as of a date.
import "server-only";
import type { Db } from "@/lib/db/prisma";
import { utcDate } from "@/lib/conformance/dates";
import { aiConformanceStatus, type ReleaseDates } from "@/lib/conformance/lapse";
import { minorSortKey } from "@/lib/ingest/conformance/normalise";
import { aiUpstreamUrl, countsAsOf, loadReleasesAndSources, statusOf } from "./common";
import type { AiMatrixData } from "./dto";

type Submission = AiMatrixData["submissions"][number];

interface SubRow {
  id: number;
  source_path: string;
  checklist_version: string;
  platform_name: string;
  platform_version: string | null;
  vendor_raw: string;
  product_slug: string | null;
  merged_at: Date | null;
  warnings: string[];
  results: { reqId: string; category: string; level: string; status: string; statusRaw: string; evidence: Submission["results"][number]["evidence"]; notes: string | null; position: number }[] | null;
  k8s: { minor: string; certifiedAt: string | null }[] | null;
}

/** AI submissions (optionally one checklist version or one product) with results and status as of `asOf`. */
export async function loadAiSubmissions(db: Db, asOf: string, releases: ReleaseDates, filter: { version?: string; productSlug?: string }): Promise<Submission[]> {
  const rows = await db.$queryRaw<SubRow[]>`
    SELECT s.id, s.source_path, s.checklist_version, s.platform_name, s.platform_version, s.vendor_raw, p.slug AS product_slug, s.merged_at, s.warnings,
      (SELECT json_agg(json_build_object('reqId', q.req_id, 'category', q.category, 'level', q.level, 'status', r.status, 'statusRaw', r.status_raw,
               'evidence', r.evidence, 'notes', r.notes, 'position', q.position) ORDER BY q.position)
         FROM ai_result r JOIN ai_requirement q ON q.id = r.requirement_id WHERE r.submission_id = s.id) AS results,
      (SELECT json_agg(json_build_object('minor', c.k8s_version, 'certifiedAt', c.certified_at)) FROM certification c WHERE c.product_id = s.product_id) AS k8s
    FROM ai_submission s LEFT JOIN conformance_product p ON p.id = s.product_id
    WHERE (${filter.version ?? null}::text IS NULL OR s.checklist_version = ${filter.version ?? null}::text)
      AND (${filter.productSlug ?? null}::text IS NULL OR p.slug = ${filter.productSlug ?? null}::text)
    ORDER BY s.platform_name`;
  return rows.map((r) => {
    const certs = (r.k8s ?? []).map((c) => ({ minor: c.minor, certifiedAt: c.certifiedAt ? new Date(c.certifiedAt) : null })).filter((c) => countsAsOf(c.minor, c.certifiedAt, releases, asOf));
    const k8s = r.product_slug ? statusOf(certs, releases, asOf) : null;
    const ai = aiConformanceStatus(r.merged_at ? utcDate(r.merged_at.toISOString()) : null, k8s, asOf);
    return {
      sourcePath: r.source_path,
      checklistVersion: r.checklist_version,
      platformName: r.platform_name,
      platformVersion: r.platform_version,
      vendor: r.vendor_raw,
      productSlug: r.product_slug,
      mergedAt: r.merged_at ? r.merged_at.toISOString() : null,
      status: ai.status,
      lapsesOn: ai.lapsesOn,
      statusReason: ai.reason,
      upstreamUrl: aiUpstreamUrl(r.source_path),
      warnings: r.warnings,
      results: (r.results ?? []).map((x) => ({ reqId: x.reqId, category: x.category, level: x.level, status: x.status, statusRaw: x.statusRaw, evidence: x.evidence, notes: x.notes })),
    };
  });
}

/** The /conformance/ai matrix for one checklist version (default: the newest with submissions). */
export async function getAiMatrix(db: Db, p: { asOf: string; version?: string }): Promise<AiMatrixData> {
  const { releases, sources } = await loadReleasesAndSources(db);
  const versionsRows = await db.$queryRaw<{ v: string; n: bigint }[]>`
    SELECT q.checklist_version AS v, (SELECT count(*) FROM ai_submission s WHERE s.checklist_version = q.checklist_version) AS n
    FROM ai_requirement q GROUP BY q.checklist_version`;
  const versions = versionsRows.map((r) => r.v).sort((a, b) => minorSortKey(a) - minorSortKey(b));
  const withSubs = versionsRows.filter((r) => Number(r.n) > 0).map((r) => r.v).sort((a, b) => minorSortKey(a) - minorSortKey(b));
  const version = p.version && versions.includes(p.version) ? p.version : (withSubs.at(-1) ?? versions.at(-1) ?? "");
  const [reqs, submissions, newest] = await Promise.all([
    db.$queryRaw<{ req_id: string; category: string; level: string; description: string }[]>`
      SELECT req_id, category, level, description FROM ai_requirement WHERE checklist_version = ${version} ORDER BY position`,
    loadAiSubmissions(db, p.asOf, releases, { version }),
    db.$queryRaw<{ m: Date | null }[]>`SELECT max(merged_at) AS m FROM ai_submission`,
  ]);
  const met = (id: string) => submissions.filter((s) => s.results.some((r) => r.reqId === id && (r.status === "implemented" || r.status === "not_applicable"))).length;
  return {
    asOf: p.asOf,
    version,
    versions,
    requirements: reqs.map((r) => ({ reqId: r.req_id, category: r.category, level: r.level, description: r.description, met: met(r.req_id) })),
    submissions,
    sources: [
      { label: "Kubernetes AI Conformance checklists and submissions", upstream: "cncf/ai-conformance", asOf: newest[0]?.m ? newest[0].m.toISOString().slice(0, 10) : null },
      ...sources.filter((s) => s.label.startsWith("Kubernetes release")),
    ],
  };
}
