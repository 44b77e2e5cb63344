// Parser for Grafana CSV downloads of the DevStats dashboards: Grafana 8 "Inspect → Data" (BOM, CRLF,
// SQL column names) and the legacy `;` panel export (column aliases). The export is recognised from its
// columns (any order); request parameters come from flags, the manifest, or the sample's file-name pattern.
import path from "node:path";
import { CsvSyntaxError, parseCsv } from "@/lib/csv/parse-csv";
import type { ProblemLog } from "../problems";
import { type DevstatsBatch, emptyBatch, sliceKey } from "./model";
import { canonicalMetric, canonicalPeriod, canonicalRange, KUBERNETES_REPO_GROUPS, matchSlug, type MetricFamily } from "./names";
import { parseCountCell } from "./numbers";

/** Request parameters of a Grafana panel export (names as DevStats shows them). */
export interface GrafanaParams {
  metric?: string;
  range?: string;
  repoGroup?: string;
  period?: string;
  /** where the parameters came from, for messages */
  source?: string;
}

export type GrafanaExport = "companies-table" | "company-statistics" | "contributing-companies" | "developers" | "developers-by-company";

const PANEL_PARAMS: Record<string, { export: GrafanaExport; params: (keyof GrafanaParams)[] }> = {
  "companies-table": { export: "companies-table", params: ["range", "metric"] },
  "company-statistics-by-repository-group": { export: "company-statistics", params: ["repoGroup", "metric", "period"] },
  "companies-contributing-in-repository-groups": { export: "contributing-companies", params: ["repoGroup", "period"] },
  "developer-activity-counts-by-companies": { export: "developers-by-company", params: ["repoGroup", "range", "metric"] },
  "developer-activity-counts-by-repository-group": { export: "developers", params: ["repoGroup", "range", "metric"] },
};

/** Parameters encoded in a `<panel>__<param>__<param>.csv` file name, or null when the name does not follow it. */
export function paramsFromFileName(file: string): (GrafanaParams & { panel: GrafanaExport }) | null {
  const parts = path.basename(file).replace(/\.csv$/i, "").split("__");
  const spec = PANEL_PARAMS[parts[0]!.toLowerCase()];
  if (!spec || parts.length !== spec.params.length + 1) return null;
  const out: GrafanaParams & { panel: GrafanaExport } = { panel: spec.export, source: "file name" };
  spec.params.forEach((p, i) => (out[p] = parts[i + 1]!));
  return out;
}

const lc = (s: string) => s.trim().toLowerCase();

/** Which export a header row is, or null. `hint` breaks the companies-table/developers tie (same Rank,name,value columns). */
export function classifyHeader(header: string[], hint?: GrafanaExport): GrafanaExport | null {
  const h = new Set(header.map(lc));
  const rank = h.has("rank");
  const val = h.has("value") || h.has("number");
  if (h.has("time") && (h.has("number of contributing companies") || h.has("companies")) && [...h].some((c) => c.includes("developers"))) return "contributing-companies";
  if (h.has("time") && header.length >= 2) return "company-statistics";
  if (rank && val && (h.has("name") || h.has("login") || h.has("developer")) && h.has("company")) return "developers-by-company";
  if (rank && val && h.has("company")) return "companies-table";
  if (rank && val && (h.has("login") || h.has("developer"))) return "developers";
  if (rank && val && h.has("name")) return hint === "developers" ? "developers" : hint === "companies-table" ? "companies-table" : "companies-table";
  return null;
}

/** Resolve raw parameter strings to DevStats names; errors name the missing flag. */
function resolve(p: GrafanaParams, needs: (keyof GrafanaParams)[], family: MetricFamily, file: string, log: ProblemLog, repoGroups: string[]) {
  const out: Required<Omit<GrafanaParams, "source">> = { metric: "", range: "", repoGroup: "", period: "" };
  const flag: Record<string, string> = { metric: "--metric", range: "--range", repoGroup: "--repo-group", period: "--period" };
  for (const k of needs) {
    const raw = p[k];
    if (!raw) {
      log.error(file, `Grafana CSV carries no request parameters: give ${flag[k]} (or name the file <panel>__<params>.csv as in the sample)`, { line: 1 });
      continue;
    }
    const v = k === "metric" ? canonicalMetric(family, raw) : k === "range" ? canonicalRange(raw) : k === "period" ? canonicalPeriod(raw) : (repoGroups.includes(raw) ? raw : matchSlug(raw, repoGroups));
    if (!v) log.error(file, `unknown ${k === "repoGroup" ? "repo group" : k} "${raw}" (from ${p.source ?? "flags"})`, { line: 1, field: flag[k] });
    else out[k as keyof typeof out] = v;
  }
  return out;
}

function isoTime(cell: string): string | null {
  const s = cell.trim();
  if (/^\d{10,13}$/.test(s)) return new Date(Number(s.length === 13 ? s : `${s}000`)).toISOString();
  const t = s.replace(" ", "T");
  const d = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(t) ? t : /T/.test(t) ? `${t}Z` : `${t}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Parse one Grafana CSV (already decoded to a string) into facts; problems go to `log`. */
export function parseGrafanaCsv(text: string, file: string, params: GrafanaParams, log: ProblemLog, repoGroups: string[] = KUBERNETES_REPO_GROUPS): DevstatsBatch {
  const out = emptyBatch();
  const before = log.errors.length;
  let records;
  try {
    records = parseCsv(text).records;
  } catch (err) {
    if (err instanceof CsvSyntaxError) log.error(file, err.message, { line: err.line, column: err.column });
    else throw err;
    return out;
  }
  const head = records[0];
  if (!head) {
    log.error(file, "empty file: no header row", { line: 1 });
    return out;
  }
  const header = head.fields.map((f) => f.trim());
  const hint = paramsFromFileName(file)?.panel;
  const kind = classifyHeader(header, hint);
  if (!kind) {
    const looksLikeData = header.length > 0 && /^\d/.test(header[0]!);
    log.error(file, looksLikeData ? "missing header row: the first line holds data" : `columns (${header.join(", ")}) match no known DevStats Grafana export (companies table: Rank,name,value; company statistics: Time,<companies…>; developers: Rank,name[,Company],value; contributing companies: Time,Number of contributing companies,Number of contributing developers)`, { line: head.line });
    return out;
  }
  const idx = (...names: string[]) => header.findIndex((h) => names.includes(lc(h)));
  const rows = records.slice(1);
  const count = (cell: string | undefined, line: number, column: number, field: string): number | null => {
    const r = parseCountCell(cell ?? "");
    if (!r.ok) {
      log.error(file, r.message, { line, column, field });
      return null;
    }
    return r.value;
  };
  const width = (r: { line: number; fields: string[] }) => {
    if (r.fields.length !== header.length) {
      log.error(file, `row has ${r.fields.length} fields, the header has ${header.length}`, { line: r.line });
      return false;
    }
    return true;
  };

  if (kind === "companies-table") {
    const p = resolve(params, ["metric", "range"], "companies", file, log, repoGroups);
    const [iRank, iName, iVal] = [idx("rank"), idx("name", "company"), idx("value", "number")];
    if (log.errors.length > before) return out;
    out.totalSlices.add(sliceKey(p.metric, p.range, "All"));
    for (const r of rows) {
      if (!width(r)) continue;
      const rank = count(r.fields[iRank], r.line, iRank + 1, header[iRank]!);
      const v = count(r.fields[iVal], r.line, iVal + 1, header[iVal]!);
      if (v !== null) out.totals.push({ metric: p.metric, range: p.range, repoGroup: "All", companyRaw: r.fields[iName]!.trim(), rank, value: v, at: { file, line: r.line } });
    }
  } else if (kind === "developers" || kind === "developers-by-company") {
    const p = resolve(params, ["metric", "range", "repoGroup"], "developers", file, log, repoGroups);
    const [iRank, iLogin, iVal] = [idx("rank"), idx("name", "login", "developer"), idx("value", "number")];
    const iCompany = kind === "developers-by-company" ? idx("company") : -1;
    if (log.errors.length > before) return out;
    out.developerSlices.add(sliceKey(p.metric, p.range, p.repoGroup, "All", iCompany >= 0 ? "company" : "*"));
    for (const r of rows) {
      if (!width(r)) continue;
      const rank = count(r.fields[iRank], r.line, iRank + 1, header[iRank]!);
      const v = count(r.fields[iVal], r.line, iVal + 1, header[iVal]!);
      if (v !== null) out.developers.push({ metric: p.metric, range: p.range, repoGroup: p.repoGroup, country: "All", login: r.fields[iLogin]!.trim(), companyRaw: iCompany >= 0 ? r.fields[iCompany]!.trim() : "*", rank: rank ?? 0, value: v, filtered: false, at: { file, line: r.line } });
    }
  } else if (kind === "contributing-companies") {
    const p = resolve(params, ["repoGroup", "period"], "companies", file, log, repoGroups);
    const iTime = idx("time");
    const iC = header.findIndex((h) => /compan/i.test(h));
    const iD = header.findIndex((h) => /developer/i.test(h));
    if (log.errors.length > before) return out;
    out.activitySlices.add(sliceKey(p.period, p.repoGroup));
    for (const r of rows) {
      if (!width(r)) continue;
      const t = isoTime(r.fields[iTime]!);
      if (!t) log.error(file, `not a time: "${r.fields[iTime]}"`, { line: r.line, column: iTime + 1, field: "Time" });
      const c = count(r.fields[iC], r.line, iC + 1, header[iC]!);
      const d = count(r.fields[iD], r.line, iD + 1, header[iD]!);
      if (t) out.groupActivity.push({ period: p.period, repoGroup: p.repoGroup, periodStart: t, companies: c ?? 0, developers: d ?? 0, at: { file, line: r.line } });
    }
  } else {
    const p = resolve(params, ["metric", "repoGroup", "period"], "company-stats", file, log, repoGroups);
    const iTime = idx("time");
    const iSeries = idx("series");
    const iValue = idx("value");
    if (log.errors.length > before) return out;
    out.seriesSlices.add(sliceKey(p.metric, p.period, p.repoGroup));
    for (const r of rows) {
      if (!width(r)) continue;
      const t = isoTime(r.fields[iTime]!);
      if (!t) {
        log.error(file, `not a time: "${r.fields[iTime]}"`, { line: r.line, column: iTime + 1, field: "Time" });
        continue;
      }
      if (iSeries >= 0 && iValue >= 0 && header.length === 3) {
        const v = count(r.fields[iValue], r.line, iValue + 1, "Value");
        if (v !== null) out.series.push({ metric: p.metric, period: p.period, repoGroup: p.repoGroup, companyRaw: r.fields[iSeries]!.trim(), periodStart: t, value: v, at: { file, line: r.line } });
        continue;
      }
      header.forEach((company, i) => {
        if (i === iTime) return;
        const v = count(r.fields[i], r.line, i + 1, company);
        if (v !== null) out.series.push({ metric: p.metric, period: p.period, repoGroup: p.repoGroup, companyRaw: company, periodStart: t, value: v, at: { file, line: r.line } });
      });
    }
  }
  return out;
}
