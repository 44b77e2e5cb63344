// Pure parser for one Certified Kubernetes PRODUCT.yaml (k8s-conformance): validates the flat mapping,
// keeps every value as the string written, maps the free-text type, and checks URLs without trusting them.
import type { ProblemLog } from "../problems";
import { checkUrl, cleanText, normaliseProductType, type CheckedUrl, type ProductType } from "./normalise";
import { isYamlMap, parseStringYaml } from "./yaml-strings";

/** Largest PRODUCT.yaml read at all, and the longest description accepted (upstream's longest is ~1,200 characters). */
export const MAX_PRODUCT_FILE_BYTES = 256 * 1024;
export const MAX_DESCRIPTION_CHARS = 10_000;

const REQUIRED = ["vendor", "name", "version", "website_url", "documentation_url", "type", "description"] as const;
const OPTIONAL = ["repo_url", "product_logo_url", "contact_email_address"] as const;

/** A validated PRODUCT.yaml. URLs keep the raw text; `href` is null unless it is a safe http(s) URL. */
export interface ProductFile {
  vendor: string;
  name: string;
  productVersion: string;
  typeRaw: string;
  type: ProductType;
  description: string;
  website: CheckedUrl;
  documentation: CheckedUrl;
  repo: CheckedUrl | null;
  logo: CheckedUrl | null;
  contactEmail: string | null;
  /** keys other than the documented ones, kept as written */
  extra: Record<string, unknown> | null;
  /** warnings about this file (also added to the log) */
  warnings: string[];
}

/** Parse PRODUCT.yaml text; errors and warnings go to `log` naming `file`, line and field. Returns null on errors. */
export function parseProductYaml(text: string, file: string, log: ProblemLog): ProductFile | null {
  const before = log.errors.length;
  if (text.length > MAX_PRODUCT_FILE_BYTES) {
    log.error(file, `file is ${text.length} bytes; PRODUCT.yaml files over ${MAX_PRODUCT_FILE_BYTES} bytes are refused`);
    return null;
  }
  const y = parseStringYaml(text, { lenient: true });
  if (y.errors.length > 0) {
    for (const e of y.errors) log.error(file, `YAML syntax error: ${e.message}`, { line: e.line, column: e.column });
    return null;
  }
  if (!isYamlMap(y.value)) {
    log.error(file, "expected a mapping of fields (vendor, name, version, …) at the top level", { line: 1 });
    return null;
  }
  const doc = y.value;
  const warnings: string[] = [];
  const warn = (field: string, message: string) => {
    warnings.push(`${field}: ${message}`);
    log.warn(file, message, { field, line: y.lineOf([field]) });
  };
  const str = (field: string, required: boolean): string | null => {
    const v = doc[field];
    if (v === undefined) {
      if (required) log.error(file, "required field is missing", { field });
      return null;
    }
    if (typeof v !== "string") {
      log.error(file, `expected a single text value but found a ${Array.isArray(v) ? "list" : "mapping"}`, { field, line: y.lineOf([field]) });
      return null;
    }
    return cleanText(v);
  };
  const values = Object.fromEntries([...REQUIRED.map((f) => [f, str(f, true)]), ...OPTIONAL.map((f) => [f, str(f, false)])]) as Record<string, string | null>;
  for (const f of ["vendor", "name", "version"] as const) {
    if (values[f] === "") log.error(file, "required field is empty", { field: f, line: y.lineOf([f]) });
  }
  const description = values.description ?? "";
  if (description.length > MAX_DESCRIPTION_CHARS) {
    log.error(file, `description is ${description.length} characters; at most ${MAX_DESCRIPTION_CHARS} are accepted`, { field: "description", line: y.lineOf(["description"]) });
  }
  if (log.errors.length > before) return null;

  for (const note of y.lenient) warn("yaml", note);
  if (/<\s*\/?\s*(script|iframe|img|a|style|object|embed|svg)\b|javascript:/i.test(description)) warn("description", "contains HTML or script markup; it is stored and shown as plain text");
  const url = (field: string): CheckedUrl | null => {
    const raw = values[field];
    if (raw === null || raw === undefined) return null;
    if (raw === "" && !(REQUIRED as readonly string[]).includes(field)) return null;
    const c = checkUrl(raw);
    if (!c.href) warn(field, raw ? `"${raw.slice(0, 80)}" is not a valid http(s) URL; kept as text and never linked` : "is empty");
    return c;
  };
  const typeRaw = values.type ?? "";
  const type = normaliseProductType(typeRaw);
  if (type === "unknown") warn("type", `"${typeRaw}" is not one of distribution / hosted platform / installer`);
  for (const f of ["type", "description"] as const) if (values[f] === "") warn(f, "required field is empty");

  const known = new Set<string>([...REQUIRED, ...OPTIONAL]);
  const extraEntries = Object.entries(doc).filter(([k]) => !known.has(k));
  return {
    vendor: values.vendor!,
    name: values.name!,
    productVersion: values.version!,
    typeRaw,
    type,
    description,
    website: url("website_url")!,
    documentation: url("documentation_url")!,
    repo: url("repo_url"),
    logo: url("product_logo_url"),
    contactEmail: values.contact_email_address || null,
    extra: extraEntries.length ? Object.fromEntries(extraEntries) : null,
    warnings,
  };
}
