// Reads everything a conformance input holds (k8s tree, AI tree, merge-date CSVs) into one validated bundle.
// Collects every error across all files before failing, so one run reports all problems at once.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ProblemLog } from "../problems";
import { parseAiChecklist, parseAiProduct, type AiProductFile, type AiRequirementDef } from "./parse-ai";
import { parseSubmissionDates, type SubmissionDate } from "./parse-dates";
import { MAX_PRODUCT_FILE_BYTES, parseProductYaml, type ProductFile } from "./parse-product";
import { productSlug } from "./normalise";
import { findConformanceParts, listChecklists, listProductFolders } from "./walk-tree";

/** Upstream web addresses of the two programmes' repositories. */
export const K8S_UPSTREAM_TREE = "https://github.com/cncf/k8s-conformance/tree/master";
export const AI_UPSTREAM_BLOB = "https://github.com/cncf/ai-conformance/blob/main";

/** One Certified Kubernetes submission: a PRODUCT.yaml in a version folder, with its merge date. */
export interface CertRecord {
  slug: string;
  minor: string;
  dirName: string;
  sourcePath: string;
  hasReadme: boolean;
  file: ProductFile;
  certifiedAt: string | null;
  lastCommitAt: string | null;
  commitSha: string | null;
}

/** One AI conformance submission with its merge date. */
export interface AiSubmissionRecord {
  sourcePath: string;
  checklistVersion: string;
  dirName: string;
  parsed: AiProductFile;
  mergedAt: string | null;
}

/** Everything read from one input; a part is null when the input does not contain it (its tables are left alone). */
export interface ConformanceBundle {
  k8s: CertRecord[] | null;
  ai: { requirements: (AiRequirementDef & { checklistVersion: string })[]; submissions: AiSubmissionRecord[] } | null;
}

const encodePath = (p: string) => p.split("/").map(encodeURIComponent).join("/");
const rel = (cwd: string, p: string) => path.relative(cwd, p) || p;

/** Read and validate a conformance input folder; throws IngestValidationError listing every error. */
export async function readConformanceBundle(dir: string, cwd = process.cwd()): Promise<{ bundle: ConformanceBundle; log: ProblemLog; records: number }> {
  const log = new ProblemLog();
  const parts = await findConformanceParts(dir);
  if (parts.k8sRoots.length > 1) log.error(rel(cwd, dir), `holds ${parts.k8sRoots.length} k8s-conformance trees; ingest them one at a time`);
  if (parts.aiRoots.length > 1) log.error(rel(cwd, dir), `holds ${parts.aiRoots.length} AI-conformance trees; ingest them one at a time`);
  if (!parts.k8sRoots.length && !parts.aiRoots.length) log.error(rel(cwd, dir), "no k8s-conformance (vX.YY/<product>/PRODUCT.yaml) or AI-conformance (docs/AIConformance-X.YY.yaml) tree found");
  log.throwIfErrors();

  const dates: { file: string; rows: SubmissionDate[] }[] = [];
  for (const csv of parts.dateCsvs) dates.push({ file: rel(cwd, csv), rows: parseSubmissionDates(await readFile(csv, "utf8"), rel(cwd, csv), log) });

  let records = 0;
  let k8s: CertRecord[] | null = null;
  let k8sKeys = new Set<string>();
  if (parts.k8sRoots[0]) {
    const root = parts.k8sRoots[0];
    const { folders, missing } = await listProductFolders(root);
    for (const m of missing) log.warn(rel(cwd, path.join(root, m)), "product folder has no PRODUCT.yaml; skipped");
    k8s = [];
    for (const f of folders) {
      const display = rel(cwd, f.file);
      const size = (await stat(f.file)).size;
      if (size > MAX_PRODUCT_FILE_BYTES) {
        log.error(display, `file is ${size} bytes; PRODUCT.yaml files over ${MAX_PRODUCT_FILE_BYTES} bytes are refused`);
        continue;
      }
      const file = parseProductYaml(await readFile(f.file, "utf8"), display, log);
      if (!file) continue;
      k8s.push({ slug: productSlug(f.dirName), minor: f.minor, dirName: f.dirName, sourcePath: f.relFolder, hasReadme: f.hasReadme, file, certifiedAt: null, lastCommitAt: null, commitSha: null });
    }
    records += folders.length;
    k8sKeys = new Set(folders.map((f) => `${f.minor}/${f.dirName.toLowerCase()}`));
  }

  let ai: ConformanceBundle["ai"] = null;
  let aiKeys = new Set<string>();
  if (parts.aiRoots[0]) {
    const root = parts.aiRoots[0];
    const checklists = new Map<string, AiRequirementDef[]>();
    for (const c of await listChecklists(root)) {
      const reqs = parseAiChecklist(await readFile(c.file, "utf8"), rel(cwd, c.file), log);
      if (reqs) checklists.set(c.minor, reqs);
    }
    const { folders } = await listProductFolders(root);
    const submissions: AiSubmissionRecord[] = [];
    for (const f of folders) {
      const display = rel(cwd, f.file);
      const checklist = checklists.get(f.minor);
      if (!checklist) {
        log.error(display, `no checklist docs/AIConformance-${f.minor}.yaml for this version folder`, { field: "kubernetesVersion" });
        continue;
      }
      const parsed = parseAiProduct(await readFile(f.file, "utf8"), display, checklist, log, `${AI_UPSTREAM_BLOB}/${encodePath(f.relFolder)}`);
      if (!parsed) continue;
      if (parsed.kubernetesVersion && parsed.kubernetesVersion.replace(/^v/i, "") !== f.minor) {
        parsed.warnings.push(`metadata.kubernetesVersion: "${parsed.kubernetesVersion}" differs from the folder ${f.versionDir}; the folder wins`);
        log.warn(display, `"${parsed.kubernetesVersion}" differs from the folder ${f.versionDir}; the folder wins`, { field: "metadata.kubernetesVersion" });
      }
      submissions.push({ sourcePath: f.relFolder, checklistVersion: f.minor, dirName: f.dirName, parsed, mergedAt: null });
    }
    records += folders.length + checklists.size;
    ai = { requirements: [...checklists].flatMap(([v, reqs]) => reqs.map((r) => ({ ...r, checklistVersion: v }))), submissions };
    aiKeys = new Set(folders.map((f) => `${f.minor}/${f.dirName.toLowerCase()}`));
  }

  // Each merge-date CSV belongs to the tree whose (version, folder) pairs it matches most.
  for (const { file, rows } of dates) {
    const key = (r: SubmissionDate) => `${r.minor}/${r.productDir.toLowerCase()}`;
    const inK8s = rows.filter((r) => k8sKeys.has(key(r))).length;
    const inAi = rows.filter((r) => aiKeys.has(key(r))).length;
    if (inK8s === 0 && inAi === 0) {
      if (rows.length) log.warn(file, "no row matches a product folder of the trees ingested with it; file not used");
      continue;
    }
    const byKey = new Map(rows.map((r) => [key(r), r]));
    const byExact = new Map(rows.map((r) => [`${r.minor}/${r.productDir}`, r]));
    const used = new Set<SubmissionDate>();
    // A tie (a product folder name used in both trees) is settled by the file name ("ai-submissions.csv").
    const toK8s = inK8s > inAi || (inK8s === inAi && !/(^|[^a-z])ai([^a-z]|$)/i.test(path.basename(file)));
    if (toK8s && k8s) {
      for (const c of k8s) {
        const r = byExact.get(`${c.minor}/${c.dirName}`) ?? byKey.get(`${c.minor}/${c.dirName.toLowerCase()}`);
        if (!r) continue;
        used.add(r);
        c.certifiedAt = r.firstCommitAt;
        c.lastCommitAt = r.lastCommitAt;
        c.commitSha = r.firstCommit;
      }
    } else if (ai) {
      for (const s of ai.submissions) {
        const r = byExact.get(`${s.checklistVersion}/${s.dirName}`) ?? byKey.get(`${s.checklistVersion}/${s.dirName.toLowerCase()}`);
        if (r) {
          used.add(r);
          s.mergedAt = r.firstCommitAt;
        }
      }
    }
    for (const r of rows) if (!used.has(r)) log.warn(file, `no product folder v${r.minor}/${r.productDir} in the tree`, { line: r.line, field: "product_dir" });
  }
  if (k8s && dates.length) for (const c of k8s) if (!c.certifiedAt) c.file.warnings.push("certified_at: no merge date in the submissions CSV");
  if (ai && dates.length) for (const s of ai.submissions) if (!s.mergedAt) s.parsed.warnings.push("merged_at: no merge date in the submissions CSV");

  log.throwIfErrors();
  return { bundle: { k8s, ai }, log, records };
}
