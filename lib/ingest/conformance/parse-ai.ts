// Pure parsers for Kubernetes AI Conformance files: the checklist template (docs/AIConformance-X.YY.yaml)
// and a platform's PRODUCT.yaml (metadata in snake_case or camelCase, evidence as list, string or file names).
import type { ProblemLog } from "../problems";
import { checkUrl, cleanText, type CheckedUrl } from "./normalise";
import { isYamlMap, parseStringYaml, type YamlValue } from "./yaml-strings";

/** One requirement of a checklist version. */
export interface AiRequirementDef {
  category: string;
  reqId: string;
  description: string;
  level: "MUST" | "SHOULD";
  position: number;
}

/** Normalised answer status. */
export type AiStatus = "implemented" | "partially_implemented" | "not_implemented" | "not_applicable" | "unspecified";

/** One evidence entry: a link, a file next to the submission, or free text. */
export interface AiEvidence {
  raw: string;
  kind: "url" | "file" | "text";
  href?: string;
}

/** A platform's answer to one requirement. */
export interface AiAnswer {
  reqId: string;
  status: AiStatus;
  statusRaw: string;
  levelRaw: string | null;
  descriptionRaw: string | null;
  evidence: AiEvidence[];
  notes: string | null;
}

/** A parsed AI conformance PRODUCT.yaml. */
export interface AiProductFile {
  kubernetesVersion: string | null;
  platformName: string;
  platformVersion: string | null;
  vendorName: string;
  website: CheckedUrl | null;
  documentation: CheckedUrl | null;
  repo: CheckedUrl | null;
  k8sConformanceUrl: CheckedUrl | null;
  description: string | null;
  metadata: Record<string, string>;
  answers: AiAnswer[];
  warnings: string[];
}

const STATUS: Record<string, AiStatus> = {
  implemented: "implemented",
  "partially implemented": "partially_implemented",
  "not implemented": "not_implemented",
  "n/a": "not_applicable",
  na: "not_applicable",
  "not applicable": "not_applicable",
  "": "unspecified",
};

/** snake_case or camelCase key → camelCase ("website_url" → "websiteUrl"). */
export function camelKey(key: string): string {
  return key.replace(/[_-]+([a-z0-9])/gi, (_, c: string) => c.toUpperCase());
}

/** Map a raw status string onto AiStatus (null when unrecognised). */
export function normaliseAiStatus(raw: string): AiStatus | null {
  return STATUS[raw.trim().toLowerCase().replace(/\s+/g, " ")] ?? null;
}

/** Classify one evidence string: http(s) URL, a file name or relative Markdown link, or free text. `fileBase` turns files into upstream links. */
export function classifyEvidence(raw: string, fileBase?: string): AiEvidence | null {
  const s = cleanText(raw);
  if (!s) return null;
  const md = /^\[[^\]]*\]\(([^)\s]+)\)$/.exec(s);
  const target = md ? md[1]! : s;
  const url = checkUrl(target);
  if (url.href) return { raw: s, kind: "url", href: url.href };
  const file = /^(?:see\s+)?(?:\.\/)?([\w.\-/]+\.(?:md|log|xml|txt|yaml|yml|json|png|pdf))$/i.exec(target);
  if (file && !file[1]!.includes("..") && !/^[a-z]+:/i.test(file[1]!)) {
    return { raw: s, kind: "file", ...(fileBase ? { href: `${fileBase}/${file[1]!.split("/").map(encodeURIComponent).join("/")}` } : {}) };
  }
  return { raw: s, kind: "text" };
}

/** Parse a checklist (docs/AIConformance-X.YY.yaml) into its requirements in file order. */
export function parseAiChecklist(text: string, file: string, log: ProblemLog): AiRequirementDef[] | null {
  const before = log.errors.length;
  const y = parseStringYaml(text);
  if (y.errors.length) {
    for (const e of y.errors) log.error(file, `YAML syntax error: ${e.message}`, { line: e.line, column: e.column });
    return null;
  }
  const spec = isYamlMap(y.value) ? y.value.spec : undefined;
  if (!isYamlMap(spec)) {
    log.error(file, "expected a `spec` mapping of categories", { field: "spec" });
    return null;
  }
  const out: AiRequirementDef[] = [];
  const seen = new Set<string>();
  for (const [category, items] of Object.entries(spec)) {
    if (!Array.isArray(items)) {
      log.error(file, "expected a list of requirements", { field: `spec.${category}`, line: y.lineOf(["spec", category]) });
      continue;
    }
    items.forEach((item, i) => {
      const at = { field: `spec.${category}[${i}]`, line: y.lineOf(["spec", category, i]) };
      if (!isYamlMap(item) || typeof item.id !== "string" || !item.id.trim()) return log.error(file, "requirement without an `id`", at);
      const level = typeof item.level === "string" ? item.level.trim().toUpperCase() : "";
      if (level !== "MUST" && level !== "SHOULD") return log.error(file, `level must be MUST or SHOULD, found "${String(item.level)}"`, { ...at, field: `${at.field}.level` });
      if (seen.has(item.id)) return log.error(file, `duplicate requirement id "${item.id}"`, at);
      seen.add(item.id);
      out.push({ category, reqId: item.id.trim(), description: typeof item.description === "string" ? cleanText(item.description) : "", level, position: out.length });
    });
  }
  if (out.length === 0) log.error(file, "checklist has no requirements", { field: "spec" });
  return log.errors.length > before ? null : out;
}

const asText = (v: YamlValue | undefined): string | null => (typeof v === "string" ? cleanText(v) : null);

/** Parse a platform's AI PRODUCT.yaml against its checklist; ids missing from the checklist are errors. */
export function parseAiProduct(text: string, file: string, checklist: AiRequirementDef[], log: ProblemLog, fileBase?: string): AiProductFile | null {
  const before = log.errors.length;
  if (text.length > 1024 * 1024) {
    log.error(file, "file is larger than 1 MiB; refused");
    return null;
  }
  const y = parseStringYaml(text);
  if (y.errors.length) {
    for (const e of y.errors) log.error(file, `YAML syntax error: ${e.message}`, { line: e.line, column: e.column });
    return null;
  }
  if (!isYamlMap(y.value) || !isYamlMap(y.value.metadata) || !isYamlMap(y.value.spec)) {
    log.error(file, "expected top-level `metadata` and `spec` mappings", { field: isYamlMap(y.value) && isYamlMap(y.value.metadata) ? "spec" : "metadata" });
    return null;
  }
  const root = y.value;
  const warnings: string[] = [];
  const warn = (field: string, message: string, line?: number) => {
    warnings.push(`${field}: ${message}`);
    log.warn(file, message, { field, line });
  };
  const metadata: Record<string, string> = {};
  for (const [k, v] of Object.entries(root.metadata as Record<string, YamlValue>)) {
    if (typeof v !== "string") {
      log.error(file, `expected a single text value but found a ${Array.isArray(v) ? "list" : "mapping"}`, { field: `metadata.${k}`, line: y.lineOf(["metadata", k]) });
      continue;
    }
    metadata[camelKey(k)] = cleanText(v);
  }
  for (const [k, v] of Object.entries(root)) {
    if (k === "metadata" || k === "spec" || typeof v !== "string") continue;
    const key = camelKey(k);
    if (!(key in metadata)) {
      metadata[key] = cleanText(v);
      warn(k, "metadata field found at the top level, outside `metadata`; used as metadata", y.lineOf([k]));
    }
  }
  for (const f of ["platformName", "vendorName"]) if (!metadata[f]) log.error(file, "required metadata field is missing or empty", { field: `metadata.${f}` });
  const byId = new Map(checklist.map((r) => [r.reqId, r]));
  const answers: AiAnswer[] = [];
  const seen = new Set<string>();
  for (const [category, items] of Object.entries(root.spec as Record<string, YamlValue>)) {
    if (!Array.isArray(items)) {
      log.error(file, "expected a list of requirements", { field: `spec.${category}`, line: y.lineOf(["spec", category]) });
      continue;
    }
    items.forEach((item, i) => {
      const field = `spec.${category}[${i}]`;
      const line = y.lineOf(["spec", category, i]);
      if (!isYamlMap(item) || typeof item.id !== "string") return log.error(file, "requirement without an `id`", { field, line });
      const id = item.id.trim();
      if (!byId.has(id)) return log.error(file, `requirement id "${id}" does not exist in the checklist (known: ${[...byId.keys()].join(", ")})`, { field: `${field}.id`, line });
      if (seen.has(id)) return log.error(file, `requirement "${id}" answered twice`, { field: `${field}.id`, line });
      seen.add(id);
      const statusRaw = asText(item.status) ?? "";
      let status = normaliseAiStatus(statusRaw);
      if (status === null) {
        warn(`${field}.status`, `unrecognised status "${statusRaw}"; shown as unspecified`, line);
        status = "unspecified";
      } else if (status === "unspecified") warn(`${field}.status`, `status of "${id}" is empty`, line);
      const ev = item.evidence;
      const rawEvidence = Array.isArray(ev) ? ev.filter((e): e is string => typeof e === "string") : typeof ev === "string" ? [ev] : [];
      const evidence = rawEvidence.map((e) => classifyEvidence(e, fileBase)).filter((e): e is AiEvidence => e !== null);
      const def = byId.get(id)!;
      const levelRaw = asText(item.level);
      if (levelRaw && levelRaw.toUpperCase() !== def.level) warn(`${field}.level`, `level "${levelRaw}" differs from the checklist's ${def.level}; the checklist's level is used`, line);
      const descriptionRaw = asText(item.description);
      if (descriptionRaw !== null && descriptionRaw !== def.description) warn(`${field}.description`, `description of "${id}" differs from the checklist text; the checklist text is shown`, line);
      if (def.level === "MUST" && status === "implemented" && evidence.length === 0) warn(`${field}.evidence`, `MUST requirement "${id}" is marked Implemented without evidence`, line);
      answers.push({ reqId: id, status, statusRaw, levelRaw, descriptionRaw, evidence, notes: asText(item.notes) || null });
    });
  }
  for (const r of checklist) if (!seen.has(r.reqId)) warn("spec", `requirement "${r.reqId}" is not answered`);
  if (log.errors.length > before) return null;
  const url = (k: string) => (metadata[k] !== undefined ? checkUrl(metadata[k]!) : null);
  return {
    kubernetesVersion: metadata.kubernetesVersion ?? null,
    platformName: metadata.platformName!,
    platformVersion: metadata.platformVersion ?? null,
    vendorName: metadata.vendorName!,
    website: url("websiteUrl"),
    documentation: url("documentationUrl"),
    repo: url("repoUrl"),
    k8sConformanceUrl: url("k8sConformanceUrl"),
    description: metadata.description ?? null,
    metadata,
    answers,
    warnings,
  };
}
