// Parser for DevStats HTTP API responses (one JSON response per file). The API is taken from the request
// (manifest.json) when known, else inferred from the response's fields. Pure: text in, facts out.
import { ProblemLog } from "../problems";
import { type DevstatsBatch, emptyBatch, sliceKey } from "./model";
import { canonicalMetric, canonicalPeriod, canonicalRange, type MetricFamily } from "./names";
import { checkJsonCount } from "./numbers";

/** The request that produced a response, as listed in the sample's manifest.json. */
export interface ApiRequest {
  api: string;
  payload?: Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const has = (o: Obj, ...keys: string[]) => keys.every((k) => k in o);

/** Which API produced this response, from its fields (FORMAT.md §1 table); null when it matches none. */
export function inferApi(o: Obj): string | null {
  if (has(o, "login", "company", "rank", "number")) return "DevActCntComp";
  if (has(o, "login", "rank", "number")) return "DevActCnt";
  if (has(o, "company", "rank", "number", "range", "metric")) return "CompaniesTable";
  if (has(o, "values", "timestamps", "period", "metric", "repository_group")) return "ComStatsRepoGrp";
  if (has(o, "companies", "developers", "companies_timestamps")) return "ComContribRepoGrp";
  if (has(o, "repo_groups", "repos")) return "Repos";
  if (has(o, "repo_groups")) return "RepoGroups";
  if (has(o, "ranges")) return "Ranges";
  if (has(o, "countries")) return "Countries";
  if (has(o, "contributors", "contributions", "boc")) return "SiteStats";
  if (has(o, "timestamps", "values", "metric")) return "CumulativeCounts";
  if (has(o, "timestamps", "values", "from", "to")) return "Events";
  if (has(o, "companies", "project")) return "Companies";
  if (has(o, "events", "db_name", "project")) return "Health";
  if (has(o, "contributions", "issues", "prs")) return "GithubIDContributions";
  if (has(o, "apis")) return "ListAPIs";
  if (has(o, "projects")) return "ListProjects";
  return null;
}

/** 1-based line/column of a character offset. */
function lineCol(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, pos);
  const line = before.split("\n").length;
  return { line, column: pos - before.lastIndexOf("\n") };
}

/** Canonical JSON (sorted keys) for document keys. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (v && typeof v === "object") return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Obj)[k])}`).join(",")}}`;
  return JSON.stringify(v);
}

/** Parse one API response file into facts; errors go to `log` (and nothing is returned for that file). */
export function parseApiResponse(text: string, file: string, request: ApiRequest | undefined, log: ProblemLog): DevstatsBatch {
  const out = emptyBatch();
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    const m = /position (\d+)/.exec(msg);
    const at = m ? lineCol(text, Number(m[1])) : lineCol(text, text.length);
    log.error(file, `invalid JSON (${/Unexpected end/.test(msg) || !m ? "truncated or incomplete" : msg.replace(/ in JSON at position \d+.*$/, "")})`, at);
    return out;
  }
  if (doc === null) {
    if (!request) log.warn(file, "the response is null (an empty DevStats result) and no request is known for it: nothing to ingest");
    else fillEmpty(out, request, file, log);
    return out;
  }
  if (typeof doc !== "object" || Array.isArray(doc)) {
    log.error(file, `expected a DevStats API response object, got ${Array.isArray(doc) ? "an array" : typeof doc}`, { line: 1 });
    return out;
  }
  const o = doc as Obj;
  if (typeof o.error === "string" && Object.keys(o).length === 1) {
    log.warn(file, `holds a DevStats API error instead of data, nothing ingested from it: ${o.error}`, { line: 1 });
    return out;
  }
  const api = request?.api ?? inferApi(o);
  if (!api) {
    log.error(file, `JSON does not match any DevStats API response (fields: ${Object.keys(o).slice(0, 8).join(", ")})`, { line: 1 });
    return out;
  }
  const inferred = request?.api ? undefined : api;
  const before = log.errors.length;
  const part = emptyBatch();
  switch (api) {
    case "CompaniesTable": companiesTable(o, file, log, part); break;
    case "DevActCnt": case "DevActCntComp": developers(o, api, file, log, part); break;
    case "ComStatsRepoGrp": companyStats(o, file, log, part); break;
    case "ComContribRepoGrp": groupActivity(o, file, log, part); break;
    case "RepoGroups": for (const g of strings(o.repo_groups, "repo_groups", file, log)) if (!request?.payload?.raw && !isRaw(o)) part.repoGroups.add(g); break;
    case "Repos": repos(o, file, log, part); break;
    case "Ranges": break; // paired with its raw twin in the folder step (see pairRanges)
  }
  if (log.errors.length > before) return out;
  const payload = request?.payload ?? inferredPayload(o, inferred ?? api);
  part.documents.push({ api, paramsKey: canonicalJson(payload), payload: o, at: { file } });
  return part;
}

const isRaw = (o: Obj) => Array.isArray(o.repo_groups) && (o.repo_groups as unknown[]).every((g) => typeof g === "string" && g === g.toLowerCase() && !/\s/.test(g));

/** The request parameters a response echoes (used as the document key when no manifest names the request). */
function inferredPayload(o: Obj, api: string): Obj {
  const keys = ["project", "range", "metric", "period", "repository_group", "country", "github_id", "from", "to", "companies"];
  const p: Obj = {};
  for (const k of keys) if (k in o && !(api === "ComContribRepoGrp" && k === "companies") && !(api === "Companies" && k === "companies")) p[k] = o[k];
  if (api === "Ranges" && Array.isArray(o.ranges) && (o.ranges as string[]).includes("y100")) p.raw = "1";
  if (api === "RepoGroups" && isRaw(o)) p.raw = "1";
  return p;
}

function strings(v: unknown, field: string, file: string, log: ProblemLog): string[] {
  if (v === null || v === undefined) return [];
  if (!Array.isArray(v)) {
    log.error(file, `expected an array of strings`, { line: 1, field });
    return [];
  }
  v.forEach((x, i) => {
    if (typeof x !== "string") log.error(file, `expected a string, got ${JSON.stringify(x)}`, { line: 1, field: `${field}[${i}]` });
  });
  return v as string[];
}

function counts(v: unknown, field: string, file: string, log: ProblemLog): number[] {
  if (v === null || v === undefined) return [];
  if (!Array.isArray(v)) {
    log.error(file, `expected an array of numbers`, { line: 1, field });
    return [];
  }
  return v.map((x, i) => {
    const r = checkJsonCount(x);
    if (!r.ok) log.error(file, r.message, { line: 1, field: `${field}[${i}]` });
    return r.ok ? (r.value ?? 0) : 0;
  });
}

function str(o: Obj, field: string, file: string, log: ProblemLog): string {
  const v = o[field];
  if (typeof v !== "string") {
    log.error(file, `missing or not a string`, { line: 1, field });
    return "";
  }
  return v;
}

function metricOf(o: Obj, family: MetricFamily, file: string, log: ProblemLog): string {
  const raw = str(o, "metric", file, log);
  const m = raw ? canonicalMetric(family, raw) : null;
  if (raw && !m) log.error(file, `unknown metric "${raw}"`, { line: 1, field: "metric" });
  return m ?? "";
}

function rangeOf(o: Obj, file: string, log: ProblemLog): string {
  const raw = str(o, "range", file, log);
  const r = raw ? canonicalRange(raw) : null;
  if (raw && !r) log.error(file, `unknown range "${raw}" (expected a DevStats quick range such as "Last century" or "v1.33.0 - v1.34.0")`, { line: 1, field: "range" });
  return r ?? "";
}

function sameLength(file: string, log: ProblemLog, arrays: Record<string, unknown[]>): boolean {
  const lens = Object.entries(arrays).map(([k, a]) => `${k}=${a.length}`);
  const distinct = new Set(Object.values(arrays).map((a) => a.length));
  if (distinct.size > 1) log.error(file, `parallel arrays differ in length (${lens.join(", ")})`, { line: 1 });
  return distinct.size <= 1;
}

function companiesTable(o: Obj, file: string, log: ProblemLog, out: DevstatsBatch) {
  const metric = metricOf(o, "companies", file, log);
  const range = rangeOf(o, file, log);
  const rank = counts(o.rank, "rank", file, log);
  const company = strings(o.company, "company", file, log);
  const number = counts(o.number, "number", file, log);
  if (!metric || !range || !sameLength(file, log, { rank, company, number })) return;
  out.totalSlices.add(sliceKey(metric, range, "All"));
  company.forEach((c, i) => out.totals.push({ metric, range, repoGroup: "All", companyRaw: c, rank: rank[i]!, value: number[i]!, at: { file } }));
}

function developers(o: Obj, api: string, file: string, log: ProblemLog, out: DevstatsBatch) {
  const metric = metricOf(o, "developers", file, log);
  const range = rangeOf(o, file, log);
  const repoGroup = typeof o.repository_group === "string" ? o.repository_group : typeof o.repository === "string" ? `repo:${o.repository}` : "";
  if (!repoGroup) log.error(file, "missing repository_group", { line: 1, field: "repository_group" });
  const country = typeof o.country === "string" && o.country !== "" ? o.country : "All";
  const rank = counts(o.rank, "rank", file, log);
  const login = strings(o.login, "login", file, log);
  const number = counts(o.number, "number", file, log);
  const company = api === "DevActCntComp" ? strings(o.company, "company", file, log) : login.map(() => "*");
  const filter = api === "DevActCntComp" ? strings(o.companies, "companies", file, log) : ["All"];
  if (!metric || !range || !repoGroup || !sameLength(file, log, { rank, login, number, company })) return;
  const filtered = !(filter.length === 0 || (filter.length === 1 && filter[0] === "All"));
  if (!filtered || api === "DevActCnt") out.developerSlices.add(sliceKey(metric, range, repoGroup, country, api === "DevActCnt" ? "*" : "company"));
  login.forEach((l, i) => out.developers.push({ metric, range, repoGroup, country, login: l, companyRaw: company[i]!, rank: rank[i]!, value: number[i]!, filtered, at: { file } }));
}

function isoTime(v: unknown, field: string, file: string, log: ProblemLog): string {
  if (typeof v === "string") {
    const t = /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v.replace(" ", "T");
    const d = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(t) ? t : `${t}Z`);
    if (!Number.isNaN(d.getTime())) return d.toISOString();
  }
  log.error(file, `not a timestamp: ${JSON.stringify(v)}`, { line: 1, field });
  return "";
}

function companyStats(o: Obj, file: string, log: ProblemLog, out: DevstatsBatch) {
  const metric = metricOf(o, "company-stats", file, log);
  const periodRaw = str(o, "period", file, log);
  const period = canonicalPeriod(periodRaw);
  if (periodRaw && !period) log.error(file, `unknown period "${periodRaw}"`, { line: 1, field: "period" });
  const repoGroup = str(o, "repository_group", file, log);
  const timestamps = (Array.isArray(o.timestamps) ? o.timestamps : o.timestamps == null ? [] : null) ?? [];
  if (!Array.isArray(o.timestamps) && o.timestamps != null) log.error(file, "expected an array", { line: 1, field: "timestamps" });
  const values = Array.isArray(o.values) ? (o.values as unknown[]) : [];
  if (!metric || !period || !repoGroup || !sameLength(file, log, { values, timestamps })) return;
  out.seriesSlices.add(sliceKey(metric, period, repoGroup));
  values.forEach((row, i) => {
    const periodStart = isoTime(timestamps[i], `timestamps[${i}]`, file, log);
    if (!row || typeof row !== "object") return void log.error(file, "expected an object {company: number}", { line: 1, field: `values[${i}]` });
    for (const [company, v] of Object.entries(row as Obj)) {
      const r = checkJsonCount(v);
      if (!r.ok) log.error(file, r.message, { line: 1, field: `values[${i}].${company}` });
      else if (r.value !== null && periodStart) out.series.push({ metric, period, repoGroup, companyRaw: company, periodStart, value: r.value, at: { file } });
    }
  });
}

function groupActivity(o: Obj, file: string, log: ProblemLog, out: DevstatsBatch) {
  const periodRaw = str(o, "period", file, log);
  const period = canonicalPeriod(periodRaw);
  if (periodRaw && !period) log.error(file, `unknown period "${periodRaw}"`, { line: 1, field: "period" });
  const repoGroup = str(o, "repository_group", file, log);
  const companies = counts(o.companies, "companies", file, log);
  const developers = counts(o.developers, "developers", file, log);
  const ct = Array.isArray(o.companies_timestamps) ? (o.companies_timestamps as unknown[]) : [];
  const dt = Array.isArray(o.developers_timestamps) ? (o.developers_timestamps as unknown[]) : [];
  if (!period || !repoGroup || !sameLength(file, log, { companies, developers, companies_timestamps: ct, developers_timestamps: dt })) return;
  out.activitySlices.add(sliceKey(period, repoGroup));
  ct.forEach((t, i) => {
    const periodStart = isoTime(t, `companies_timestamps[${i}]`, file, log);
    if (periodStart) out.groupActivity.push({ period, repoGroup, periodStart, companies: companies[i]!, developers: developers[i]!, at: { file } });
  });
}

function repos(o: Obj, file: string, log: ProblemLog, out: DevstatsBatch) {
  const groups = strings(o.repo_groups, "repo_groups", file, log);
  const names = strings(o.repos, "repos", file, log);
  if (!sameLength(file, log, { repo_groups: groups, repos: names })) return;
  names.forEach((n, i) => out.repos.set(n.toLowerCase(), groups[i]!));
}

/** Mark the slices an empty (null) response fully describes, so re-ingesting it empties them. */
function fillEmpty(out: DevstatsBatch, req: ApiRequest, file: string, log: ProblemLog) {
  const p = req.payload ?? {};
  const s = (k: string) => (typeof p[k] === "string" ? (p[k] as string) : "");
  if (req.api === "CompaniesTable") {
    const metric = canonicalMetric("companies", s("metric"));
    const range = canonicalRange(s("range"));
    if (!metric || !range) return void log.error(file, `request has an unknown metric or range (${s("metric")}, ${s("range")})`);
    out.totalSlices.add(sliceKey(metric, range, "All"));
  }
}
