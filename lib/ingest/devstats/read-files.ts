// Reads a DevStats export file or folder: classifies every file by content, parses it, and merges the facts.
// Reference tables (display names, acquisitions, gitdm mapping, company model) are recognised and left to the company directory.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ProblemLog } from "../problems";
import { decodeText, MAX_FILE_BYTES } from "./decode";
import { mergeBatches } from "./merge";
import { type DevstatsBatch, emptyBatch } from "./model";
import { type ApiRequest, parseApiResponse } from "./parse-api";
import { type GrafanaParams, paramsFromFileName, parseGrafanaCsv } from "./parse-grafana";
import { pairRanges, parseQuickRangesCsv, parseRepoGroupsCsv } from "./parse-reference";

/** What kind of DevStats-related file some text is (by content). */
export type FileRole = "manifest" | "api" | "grafana" | "repo-groups" | "quick-ranges" | "company-reference" | "unknown";

/** Classify a file by its name's extension and its first bytes. */
export function classifyText(name: string, head: string): FileRole {
  const h = head.replace(/^\uFEFF/, "").trimStart();
  if (/\.json$/i.test(name)) {
    if (/^\{\s*"generator"\s*:/.test(h) || (/"files"\s*:\s*\[/.test(h) && /devstats/.test(h))) return "manifest";
    if (h === "null" || /^\{\s*"(project|db_name|error|contributions|apis|projects)"\s*:/.test(h)) return "api";
    // pretty-printed with sorted keys (jq -S): "db_name" may come after a long "company" array
    if (/^\{/.test(h) && /"db_name"\s*:\s*"/.test(h) && /"project"\s*:/.test(h)) return "api";
    return "unknown";
  }
  if (/\.(csv|tsv)$/i.test(name)) {
    const first = h.split(/\r?\n/, 1)[0]!.toLowerCase().replace(/"/g, "");
    if (/^repo,repo_group$/.test(first)) return "repo-groups";
    if (first.startsWith("quick_ranges_name")) return "quick-ranges";
    if (first.startsWith("devstats_company_name,display_name") || first.startsWith("company,all_time_contributions") || first.startsWith("raw_name,display_name")) return "company-reference";
    if (/^\d+(\.\d+)?[,;\t][^,;\t]+[,;\t]/.test(first)) return "grafana"; // header missing: the parser says so with the line
    const fields = first.split(/[,;\t]/).map((f) => f.trim());
    if (/^sep=/.test(first) || fields.some((f) => f === "rank" || f === "time" || f === "series")) return "grafana";
    return "unknown";
  }
  if (/\.ya?ml$/i.test(name) && /^acquisitions\s*:/m.test(h)) return "company-reference";
  if (/company-names-mapping/i.test(name) && /->/.test(h)) return "company-reference";
  return "unknown";
}

/** Read the first bytes of a file as text (for detection). */
export async function readHead(file: string, bytes = /\.json$/i.test(file) ? 65_536 : 512): Promise<string> {
  const { open } = await import("node:fs/promises");
  const fh = await open(file, "r");
  try {
    const { bytesRead, buffer } = await fh.read(Buffer.alloc(bytes), 0, bytes, 0);
    const d = decodeText(buffer.subarray(0, bytesRead));
    return "text" in d ? d.text : "";
  } finally {
    await fh.close();
  }
}

async function listFiles(root: string): Promise<string[]> {
  const s = await stat(root);
  if (!s.isDirectory()) return [root];
  const out: string[] = [];
  for (const e of (await readdir(root, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith(".")) continue;
    const p = path.join(root, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (e.isFile() && !/\.(md|py|png|svg)$/i.test(e.name)) out.push(p);
  }
  return out;
}

interface ManifestEntry {
  file: string;
  request?: ApiRequest;
  variables?: Record<string, unknown>;
}

/** Grafana params from a manifest entry's dashboard variables. */
function manifestParams(v: Record<string, unknown> | undefined): GrafanaParams | undefined {
  if (!v) return undefined;
  const s = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  return { metric: s("metric"), range: s("period_name"), repoGroup: s("repogroup_name"), period: s("period"), source: "manifest.json" };
}

/** Everything read from one input path. */
export interface ReadResult {
  batch: DevstatsBatch;
  warnings: ProblemLog["items"];
  files: number;
  asOf?: string;
}

/** Read and parse every DevStats file under `root` (a file or folder); throws IngestValidationError on any error. */
export async function readDevstats(root: string, displayRoot: string, flags: Record<string, string>): Promise<ReadResult> {
  const log = new ProblemLog();
  const files = await listFiles(root);
  const isDir = files.length !== 1 || files[0] !== root;
  const display = (f: string) => (isDir ? path.join(displayRoot, path.relative(root, f)) : displayRoot);
  const manifests = new Map<string, ManifestEntry>();
  let asOf: string | undefined;
  const texts = new Map<string, { text: string; role: FileRole }>();
  const maxBytes = flags["max-file-mb"] === undefined ? MAX_FILE_BYTES : Number(flags["max-file-mb"]) * 1048576;
  if (!(maxBytes > 0)) {
    log.error(displayRoot, `--max-file-mb must be a positive number of megabytes, got "${flags["max-file-mb"]}"`);
    log.throwIfErrors();
  }
  for (const f of files) {
    const size = (await stat(f)).size;
    if (size > maxBytes) {
      log.error(display(f), `file is ${(size / 1048576).toFixed(1)} MB, over the ${+(maxBytes / 1048576).toFixed(1)} MB limit for one DevStats export (split the export by range or repo group, or raise the limit with --max-file-mb)`);
      continue;
    }
    const decoded = decodeText(await readFile(f));
    if ("error" in decoded) {
      log.error(display(f), decoded.error, { line: decoded.line });
      continue;
    }
    const role = classifyText(f, decoded.text.slice(0, /\.json$/i.test(f) ? 65_536 : 512));
    if (role === "unknown") {
      if (!isDir) log.error(display(f), "not a DevStats API response, Grafana CSV or DevStats reference file");
      else if (!/\.txt$/i.test(f)) log.warn(display(f), "not a DevStats file; skipped");
      continue;
    }
    if (role === "manifest") {
      try {
        const m = JSON.parse(decoded.text) as { as_of?: string; files?: ManifestEntry[] };
        asOf = m.as_of ?? asOf;
        for (const e of m.files ?? []) manifests.set(path.resolve(path.dirname(f), e.file), e);
      } catch (err) {
        log.error(display(f), `invalid manifest JSON: ${(err as Error).message}`);
      }
      continue;
    }
    texts.set(f, { text: decoded.text, role });
  }

  const batches: DevstatsBatch[] = [];
  let rangeNames: string[] | undefined;
  let rangeSuffixes: string[] | undefined;
  for (const [f, { text, role }] of texts) {
    const name = display(f);
    const entry = manifests.get(f);
    if (role === "api") {
      const b = parseApiResponse(text, name, entry?.request, log);
      for (const d of b.documents) {
        if (d.api !== "Ranges") continue;
        const list = (d.payload as { ranges?: string[] }).ranges ?? [];
        if (list.includes("y100") || (d.payload as object) && /"raw"/.test(d.paramsKey)) rangeSuffixes = list;
        else rangeNames = list;
      }
      batches.push(b);
    } else if (role === "grafana") {
      const fromFlags: GrafanaParams = { metric: flags.metric, range: flags.range, repoGroup: flags["repo-group"], period: flags.period, source: "flags" };
      const fromManifest = manifestParams(entry?.variables);
      const fromName = paramsFromFileName(f);
      const pick = (k: keyof GrafanaParams) => fromFlags[k] ?? fromManifest?.[k] ?? fromName?.[k];
      const params: GrafanaParams = { metric: pick("metric"), range: pick("range"), repoGroup: pick("repoGroup"), period: pick("period"), source: fromFlags.metric || fromFlags.range ? "flags" : fromManifest ? "manifest.json" : "file name" };
      batches.push(parseGrafanaCsv(text, name, params, log));
    } else if (role === "repo-groups") {
      const b = emptyBatch();
      for (const [repo, group] of parseRepoGroupsCsv(text, name, log)) {
        b.repos.set(repo, group);
        b.repoGroups.add(group);
      }
      batches.push(b);
    } else if (role === "quick-ranges") {
      const b = emptyBatch();
      b.ranges = parseQuickRangesCsv(text, name, log).map((r) => ({ ...r, sortOrder: r.sortOrder + 10_000 }));
      batches.push(b);
    }
  }
  if (rangeNames) {
    const b = emptyBatch();
    b.ranges = pairRanges(rangeNames, rangeSuffixes);
    batches.push(b);
  }
  const batch = mergeBatches(batches, log);
  log.throwIfErrors();
  return { batch, warnings: log.warnings, files: texts.size, asOf };
}
