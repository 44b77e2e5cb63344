// Pure normalisers for conformance source text: product type, product slug, URLs, free text.

/** The three product types of the Certified Kubernetes programme, plus "unknown" for unmappable text. */
export type ProductType = "distribution" | "hosted_platform" | "installer" | "unknown";

/** Human label of a product type. */
export const PRODUCT_TYPE_LABEL: Record<ProductType, string> = {
  distribution: "Distribution",
  hosted_platform: "Hosted platform",
  installer: "Installer",
  unknown: "Unknown",
};

/** Map the free-text `type` field onto a ProductType ("Certified Kubernetes - Installer" → installer, "hosted"/"platform" → hosted_platform, "distro" → distribution). */
export function normaliseProductType(raw: string): ProductType {
  const t = raw.trim().toLowerCase();
  if (!t) return "unknown";
  if (/install/.test(t)) return "installer";
  if (/distr/.test(t)) return "distribution";
  if (/hosted|platform|managed|service|cloud/.test(t)) return "hosted_platform";
  return "unknown";
}

/** A product's slug: its upstream directory name lower-cased, whitespace runs as dashes ("ZStack Edge" → "zstack-edge"). */
export function productSlug(dirName: string): string {
  return dirName.normalize("NFC").trim().toLowerCase().replace(/\s+/g, "-");
}

/** A URL field classified: kept as written, with `href` only when it is a well-formed http(s) URL. */
export interface CheckedUrl {
  raw: string;
  href: string | null;
}

/** Keep a URL string as text; `href` is set only for absolute http:/https: URLs with a host (so `ttps://…`, `--` and `javascript:` never become links). */
export function checkUrl(raw: string): CheckedUrl {
  const s = raw.trim();
  if (!s) return { raw: s, href: null };
  try {
    const u = new URL(s);
    if ((u.protocol === "http:" || u.protocol === "https:") && u.hostname && !/\s/.test(s)) return { raw: s, href: u.toString() };
  } catch {
    // not a URL: kept as text
  }
  return { raw: s, href: null };
}

/** Trim, normalise line endings and Unicode (NFC) of free text; keeps the characters (non-ASCII is fine). */
export function cleanText(raw: string): string {
  return raw.replace(/\r\n?/g, "\n").normalize("NFC").trim();
}

/** "v1.32" / "1.32" → "1.32"; null when not a Kubernetes minor version folder name. */
export function parseMinorDir(name: string): string | null {
  const m = /^v?(\d+)\.(\d+)$/i.exec(name.trim());
  return m ? `${Number(m[1])}.${Number(m[2])}` : null;
}

/** Numeric sort key of a minor version "1.9" < "1.10". */
export function minorSortKey(minor: string): number {
  const [a, b] = minor.split(".").map(Number) as [number, number];
  return a * 1000 + b;
}
