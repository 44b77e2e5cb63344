// Pure matching of AI conformance submissions to Certified Kubernetes products: through k8sConformanceUrl
// when given (required from v1.35), else by folder name, vendor company and product name.
import { companyKey } from "@/lib/companies/company-key";
import { productSlug } from "./normalise";

/** What is known about a certified product for matching. */
export interface ProductCandidate {
  productId: number;
  slug: string;
  companyIds: Set<number>;
  /** companyKey() of each raw vendor string (matches when no company id is known) */
  vendorKeys: Set<string>;
  nameKeys: Set<string>;
}

/** What an AI submission offers for matching. */
export interface AiLinkInput {
  dirName: string;
  platformName: string;
  companyId: number | null;
  vendorRaw: string;
  k8sConformanceUrl: string | null;
}

/** Slug named by a k8s-conformance folder URL (…/k8s-conformance/tree/master/v1.35/<dir>), or null. */
export function slugFromConformanceUrl(url: string | null): string | null {
  if (!url) return null;
  const m = /k8s-conformance\/(?:tree|blob)\/[^/]+\/v\d+\.\d+\/([^/?#]+)/i.exec(url);
  return m ? productSlug(decodeURIComponent(m[1]!)) : null;
}

const nameKey = (s: string) => companyKey(s.replace(/\(.*?\)/g, " "));

/** The product an AI submission belongs to, and how it was matched; null when no single product fits. */
export function linkAiSubmission(sub: AiLinkInput, products: ProductCandidate[]): { productId: number; how: string } | null {
  const bySlug = new Map(products.map((p) => [p.slug, p]));
  const fromUrl = slugFromConformanceUrl(sub.k8sConformanceUrl);
  if (fromUrl && bySlug.has(fromUrl)) return { productId: bySlug.get(fromUrl)!.productId, how: "k8sConformanceUrl" };
  const key = nameKey(sub.platformName);
  const vendorKey = companyKey(sub.vendorRaw);
  const sameVendor = products.filter((p) => (sub.companyId !== null && p.companyIds.has(sub.companyId)) || (vendorKey !== "" && p.vendorKeys.has(vendorKey)));
  const dirMatch = bySlug.get(productSlug(sub.dirName));
  if (dirMatch && (sameVendor.includes(dirMatch) || dirMatch.nameKeys.has(key))) return { productId: dirMatch.productId, how: "folder name" };
  const named = sameVendor.filter((p) => [...p.nameKeys].some((k) => k === key || (key.length >= 3 && (k.includes(key) || key.includes(k)))));
  if (named.length === 1) return { productId: named[0]!.productId, how: "vendor and name" };
  const exact = products.filter((p) => p.nameKeys.has(key));
  if (exact.length === 1) return { productId: exact[0]!.productId, how: "name" };
  return null;
}
