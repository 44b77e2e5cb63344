// Hostile copies of the bundled sources for the XSS end-to-end test (e2e/security.spec.ts): every text field the
// pages render carries an HTML/script payload and every URL field a javascript: URL. Written to a temp folder.
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse, stringify } from "yaml";

/** Payloads: if any is ever interpreted as HTML or followed as a link, window.__xss becomes 1 (or a dialog opens). */
export const TEXT_PAYLOAD = `Hostile <img src=x onerror="window.__xss=1"><script>window.__xss=1</script>"><svg onload=alert(1)>`;
export const URL_PAYLOAD = "javascript:window.__xss=1;alert(1)";
/** A short marker present in every hostile text (to find the rows on the pages). */
export const MARKER = "Hostile";

const URL_KEY = /(url|link|href|mailing_list|owners|archive|recordings|website|documentation|evidence|logo)/i;
const TEXT_KEY = /^(name|description|mission_statement|company|vendor|label|title|notes?|comment|summary|charter_link|product)$/i;
const KEEP_KEY = /^(dir|github|day|time|tz|frequency|type|level|id|status|version|kubernetes_version|k8s_version|platform_version|email|contact_email_address|slack|kind)$/i;

/** Replace URL-ish leaves with a javascript: URL and append the payload to text leaves (keys we know are safe to change). */
export function poison(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  if (typeof value !== "string" || KEEP_KEY.test(key)) return value;
  if (URL_KEY.test(key)) return URL_PAYLOAD;
  if (TEXT_KEY.test(key)) return `${value} ${TEXT_PAYLOAD}`;
  return value;
}

/** sigs.yaml with the first `n` SIGs and the first working group and committee poisoned (others dropped to keep it small). */
export async function hostileSigs(root: string, out: string, n = 3): Promise<string> {
  const doc = parse(await readFile(path.join(root, "data", "community", "sigs.yaml"), "utf8")) as Record<string, unknown[]>;
  const pick = (list: unknown[] | undefined, k: number) => (list ?? []).slice(0, k).map((g) => poison(g));
  const hostile = { ...doc, sigs: pick(doc.sigs, n), workinggroups: pick(doc.workinggroups, 1), committees: pick(doc.committees, 1), usergroups: [] };
  const file = path.join(out, "sigs.yaml");
  await writeFile(file, stringify(hostile));
  return file;
}

/** A conformance tree: one k8s product and the AI checklists with one poisoned AI product. */
export async function hostileConformance(root: string, out: string): Promise<string> {
  const src = path.join(root, "data", "conformance");
  const dir = path.join(out, "conformance");
  const k8sVersions = (await readdir(path.join(src, "k8s"))).filter((v) => /^v\d+\.\d+$/.test(v)).sort();
  const v = k8sVersions[k8sVersions.length - 1]!;
  const product = (await readdir(path.join(src, "k8s", v))).sort()[0]!;
  const y = parse(await readFile(path.join(src, "k8s", v, product, "PRODUCT.yaml"), "utf8")) as Record<string, unknown>;
  await mkdir(path.join(dir, "k8s", v, "hostile-product"), { recursive: true });
  await writeFile(path.join(dir, "k8s", v, "hostile-product", "PRODUCT.yaml"), stringify({ ...(poison(y) as object), name: `Hostile product ${TEXT_PAYLOAD}` }));
  await cp(path.join(src, "ai", "docs"), path.join(dir, "ai", "docs"), { recursive: true });
  const aiVersions = (await readdir(path.join(src, "ai"))).filter((x) => /^v\d+\.\d+$/.test(x)).sort();
  const av = aiVersions[aiVersions.length - 1]!;
  const aiProduct = (await readdir(path.join(src, "ai", av))).sort()[0]!;
  const ai = parse(await readFile(path.join(src, "ai", av, aiProduct, "PRODUCT.yaml"), "utf8"));
  await mkdir(path.join(dir, "ai", av, "hostile-ai"), { recursive: true });
  await writeFile(path.join(dir, "ai", av, "hostile-ai", "PRODUCT.yaml"), stringify(poison(ai)));
  return dir;
}

/** DevStats: a CompaniesTable response whose company names carry the payload (when the kind exists). */
export async function hostileDevstats(root: string, out: string): Promise<string> {
  const dir = path.join(out, "devstats");
  await cp(path.join(root, "data", "devstats"), dir, { recursive: true, filter: (s) => !/\.(py|md)$/.test(s) });
  const tableDir = path.join(dir, "sample", "api", "CompaniesTable");
  for (const f of await readdir(tableDir)) {
    const file = path.join(tableDir, f);
    const o = JSON.parse(await readFile(file, "utf8")) as { company?: string[] };
    if (o.company) o.company = o.company.map((c, i) => (i > 0 && i <= 5 ? `${c} ${TEXT_PAYLOAD}` : c));
    await writeFile(file, JSON.stringify(o) + "\n");
  }
  return dir;
}
