// One certified product: timeline of certifications with lapse dates, status as of a date, vendor history, AI results.
import "server-only";
import type { Db } from "@/lib/db/prisma";
import { utcDate } from "@/lib/conformance/dates";
import { certificationLapse, certificationStatus } from "@/lib/conformance/lapse";
import { minorSortKey } from "@/lib/ingest/conformance/normalise";
import { countsAsOf, k8sUpstreamUrl, loadReleasesAndSources, statusOf } from "./common";
import type { ProductData } from "./dto";
import { loadAiSubmissions } from "./get-ai";

interface CertRow {
  k8s_version: string;
  product_version: string;
  name: string;
  vendor_raw: string;
  type_raw: string;
  type: string;
  certified_at: Date | null;
  source_path: string;
  website_url: string | null;
  documentation_url: string | null;
  repo_url: string | null;
  description: string | null;
  warnings: string[];
}

/** The product page's data, or null when no product has this slug. */
export async function getConformanceProduct(db: Db, slug: string, asOf: string): Promise<ProductData | null> {
  const products = await db.$queryRaw<{ id: number; slug: string; name: string; type: string; vendor_raw: string; company_slug: string | null; company_name: string | null; has_contrib: boolean }[]>`
    SELECT p.id, p.slug, p.name, p.type, p.vendor_raw, co.slug AS company_slug, co.display_name AS company_name,
           EXISTS (SELECT 1 FROM contribution_total t WHERE t.company_id = p.company_id) AS has_contrib
    FROM conformance_product p LEFT JOIN company co ON co.id = p.company_id WHERE p.slug = ${slug}`;
  const p = products[0];
  if (!p) return null;
  const [{ releases, sources }, certRows] = await Promise.all([
    loadReleasesAndSources(db),
    db.$queryRaw<CertRow[]>`
      SELECT k8s_version, product_version, name, vendor_raw, type_raw, type, certified_at, source_path, website_url, documentation_url, repo_url, description, warnings
      FROM certification WHERE product_id = ${p.id}`,
  ]);
  const rows = certRows.sort((a, b) => minorSortKey(b.k8s_version) - minorSortKey(a.k8s_version) || a.source_path.localeCompare(b.source_path));
  const counted = rows.filter((c) => countsAsOf(c.k8s_version, c.certified_at, releases, asOf));
  const s = statusOf(counted.map((c) => ({ minor: c.k8s_version, certifiedAt: c.certified_at })), releases, asOf);
  const history: ProductData["vendorHistory"] = [];
  for (const c of [...rows].reverse()) {
    const last = history.at(-1);
    if (last && last.vendor === c.vendor_raw) last.to = c.k8s_version;
    else history.push({ vendor: c.vendor_raw, from: c.k8s_version, to: c.k8s_version });
  }
  return {
    asOf,
    slug: p.slug,
    name: p.name,
    type: p.type as ProductData["type"],
    vendor: p.vendor_raw,
    company: p.company_slug ? { slug: p.company_slug, name: p.company_name ?? p.vendor_raw, hasContributions: p.has_contrib } : null,
    vendorHistory: history,
    status: s.status,
    lapsesOn: s.lapsesOn,
    statusReason: s.reason,
    statusVersion: s.minor,
    certifications: rows.map((c) => {
      const lapse = certificationLapse(c.k8s_version, releases);
      const cs = certificationStatus({ minor: c.k8s_version, certifiedOn: c.certified_at ? utcDate(c.certified_at.toISOString()) : null }, releases, asOf);
      return {
        k8sVersion: c.k8s_version,
        productVersion: c.product_version,
        name: c.name,
        vendor: c.vendor_raw,
        typeRaw: c.type_raw,
        type: c.type as ProductData["type"],
        certifiedAt: c.certified_at ? c.certified_at.toISOString() : null,
        lapsesOn: lapse.lapsesOn,
        lapseReason: lapse.reason,
        status: cs.status,
        upstreamUrl: k8sUpstreamUrl(c.source_path),
        sourcePath: c.source_path,
        websiteUrl: c.website_url,
        documentationUrl: c.documentation_url,
        repoUrl: c.repo_url,
        description: c.description,
        warnings: c.warnings,
      };
    }),
    ai: await loadAiSubmissions(db, asOf, releases, { productSlug: p.slug }),
    sources,
  };
}
