// Pure helpers that turn free-text company strings into a comparison key and a URL slug.

const LEGAL_SUFFIX = /[\s,]+(incorporated|inc|llc|l\.l\.c|ltd|limited|gmbh|corp|corporation|co|company|plc|ag|s\.?a|a\.?s|b\.?v|oy|ab|kk|k\.k|pty|pvt|srl|s\.r\.l|sas|spa|s\.p\.a)\.?$/i;

/** Comparison key: lower case, accents folded, "&" → "and", punctuation and legal suffixes (Inc., LLC, GmbH, Co. Ltd…) removed. */
export function companyKey(raw: string): string {
  let s = raw.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").trim().toLowerCase();
  s = s.replace(/&/g, " and ").replace(/\s+/g, " ");
  for (let i = 0; i < 4; i++) {
    const next = s.replace(LEGAL_SUFFIX, "").trim();
    if (next === s) break;
    s = next;
  }
  return s.replace(/[^\p{L}\p{N}]+/gu, " ").trim().replace(/\s+/g, " ");
}

/** URL slug of a display name: "Red Hat" → "red-hat", "JD.com" → "jd-com". */
export function companySlug(displayName: string): string {
  const slug = displayName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "company";
}

/** Display form of an unknown legal name: legal suffixes dropped, original casing kept ("Kubermatic GmbH" → "Kubermatic"). */
export function stripLegalSuffix(raw: string): string {
  let s = raw.trim().replace(/\s+/g, " ");
  for (let i = 0; i < 4; i++) {
    const next = s.replace(LEGAL_SUFFIX, "").replace(/[\s,]+$/, "").trim();
    if (next === s) break;
    s = next;
  }
  return s || raw.trim();
}
