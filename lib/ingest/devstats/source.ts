// Source kind "devstats": DevStats API JSON responses, Grafana CSV downloads and the DevStats reference tables,
// as single files or whole folders (data/devstats). Writes repo groups, ranges, companies and contribution facts.
import { createHash } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { loadCompanyDirectory } from "@/lib/companies/company-directory";
import { resolveCompanyIds } from "@/lib/companies/resolve-company-ids";
import { addCounts, syncRows } from "../sync";
import type { SourceKind, TableCounts } from "../types";
import type { DevstatsBatch } from "./model";
import { groupDirFor, normalizeRepoGroup, rangeKind } from "./names";
import { classifyText, readDevstats, readHead } from "./read-files";
import { syncSlices } from "./write-slices";

const sha256Hex = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

const NUL = "\u0000";

/** True for a folder that is a DevStats export set (a manifest, the repo-group table, or api/ + grafana-csv/). */
async function isDevstatsFolder(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => [] as string[]);
  if (names.includes("kubernetes-repo-groups.csv")) return true;
  if (names.includes("manifest.json") && classifyText("manifest.json", await readHead(path.join(dir, "manifest.json"))) === "manifest") return true;
  return names.includes("api") && names.includes("grafana-csv");
}

/** DevStats exports → contribution facts. */
export const devstatsSource: SourceKind<DevstatsBatch> = {
  kind: "devstats",
  description: "DevStats API JSON responses, Grafana CSV downloads and reference tables (files or a folder such as data/devstats)",
  order: 30,
  async detect(p, isDirectory) {
    if (isDirectory) return isDevstatsFolder(p);
    if ((await stat(p)).size === 0) return false;
    return classifyText(p, await readHead(p)) !== "unknown";
  },
  async parse(input, options) {
    const r = await readDevstats(input.path, input.displayPath, options.flags);
    const b = r.batch;
    const records = b.totals.length + b.series.length + b.developers.length + b.groupActivity.length + b.repos.size + b.documents.length;
    const asOf = options.asOf ? { date: options.asOf, source: "--as-of" } : r.asOf ? { date: r.asOf, source: "manifest.json" } : undefined;
    return { data: b, warnings: r.warnings, records, asOf };
  },
  async write(ctx, { data: b }) {
    const { client, runId, projectId } = ctx;
    const out: Record<string, TableCounts> = {};
    const groups = new Set(b.repoGroups);
    for (const g of b.repos.values()) groups.add(g);
    for (const r of [...b.totals, ...b.series, ...b.developers, ...b.groupActivity]) groups.add(r.repoGroup);
    groups.add("All");
    const groupList = [...groups].sort();
    out.repo_group = await syncRows(client, {
      table: "repo_group", key: ["project_id", "name"],
      columns: [{ name: "project_id", type: "int4" }, { name: "name", type: "text" }, { name: "normalized_name", type: "text" }, { name: "group_dir", type: "text" }],
    }, groupList.map((g) => [projectId, g, normalizeRepoGroup(g), groupDirFor(g)]), runId);
    const gid = new Map((await client.query<{ name: string; id: number }>(`SELECT name, id FROM repo_group WHERE project_id = $1`, [projectId])).rows.map((r) => [r.name, r.id]));

    ctx.progress("repos and ranges");
    if (b.repos.size) {
      out.repo = await syncRows(client, {
        table: "repo", key: ["project_id", "name"],
        columns: [{ name: "project_id", type: "int4" }, { name: "name", type: "text" }, { name: "repo_group_id", type: "int4" }],
      }, [...b.repos].map(([repo, g]) => [projectId, repo, gid.get(g)]), runId);
    }
    const rangeNames = new Set<string>(b.ranges.map((r) => r.name));
    const ranges = [...b.ranges];
    for (const r of [...b.totals, ...b.developers]) if (!rangeNames.has(r.range)) {
      rangeNames.add(r.range);
      ranges.push({ name: r.range, suffix: null, startsAt: null, endsAt: null, sortOrder: 100_000 + ranges.length });
    }
    if (ranges.length) {
      out.devstats_range = await syncRows(client, {
        table: "devstats_range", key: ["project_id", "name"],
        columns: [{ name: "project_id", type: "int4" }, { name: "name", type: "text" }, { name: "suffix", type: "text" }, { name: "kind", type: "text" }, { name: "starts_at", type: "timestamptz" }, { name: "ends_at", type: "timestamptz" }, { name: "sort_order", type: "int4" }],
      }, ranges.map((r) => [projectId, r.name, r.suffix, rangeKind(r.name) ?? "custom", r.startsAt, r.endsAt, r.sortOrder]), runId);
    }

    ctx.progress("companies");
    const raws = new Set<string>();
    for (const r of [...b.totals, ...b.series, ...b.developers]) raws.add(r.companyRaw);
    const directory = loadCompanyDirectory();
    const { ids, counts } = await resolveCompanyIds(client, runId, directory, [...raws].filter((r) => r !== "*" && r !== "All"), "devstats");
    out.company = counts.company;
    out.company_alias = counts.company_alias;
    const cid = (raw: string) => ids.get(raw) ?? null;
    const split = (s: string) => s.split(NUL);

    ctx.progress("companies tables");
    out.contribution_total = await syncSlices(client, {
      table: "contribution_total", key: ["project_id", "metric", "range_name", "repo_group_id", "company_raw"],
      columns: [{ name: "project_id", type: "int4" }, { name: "metric", type: "text" }, { name: "range_name", type: "text" }, { name: "repo_group_id", type: "int4" }, { name: "company_raw", type: "text" }, { name: "company_id", type: "int4" }, { name: "rank", type: "int4" }, { name: "value", type: "float8" }],
    }, b.totals.map((r) => [projectId, r.metric, r.range, gid.get(r.repoGroup), r.companyRaw, cid(r.companyRaw), r.rank, r.value]), runId, projectId,
    ["metric", "range_name", "repo_group_id"], [...b.totalSlices].map((s) => { const [m, r, g] = split(s); return [m, r, gid.get(g!)]; }));

    ctx.progress("time series");
    out.contribution_series = await syncSlices(client, {
      table: "contribution_series", key: ["project_id", "metric", "period", "repo_group_id", "company_raw", "period_start"],
      columns: [{ name: "project_id", type: "int4" }, { name: "metric", type: "text" }, { name: "period", type: "text" }, { name: "repo_group_id", type: "int4" }, { name: "company_raw", type: "text" }, { name: "period_start", type: "timestamptz" }, { name: "company_id", type: "int4" }, { name: "value", type: "float8" }],
    }, b.series.map((r) => [projectId, r.metric, r.period, gid.get(r.repoGroup), r.companyRaw, r.periodStart, cid(r.companyRaw), r.value]), runId, projectId,
    ["metric", "period", "repo_group_id"], [...b.seriesSlices].map((s) => { const [m, p, g] = split(s); return [m, p, gid.get(g!)]; }));

    ctx.progress("developers");
    const devSpec = {
      table: "developer_activity", key: ["project_id", "metric", "range_name", "repo_group_id", "country", "login", "company_raw"],
      columns: [{ name: "project_id", type: "int4" }, { name: "metric", type: "text" }, { name: "range_name", type: "text" }, { name: "repo_group_id", type: "int4" }, { name: "country", type: "text" }, { name: "login", type: "text" }, { name: "company_raw", type: "text" }, { name: "company_id", type: "int4" }, { name: "rank", type: "int4" }, { name: "value", type: "float8" }],
    };
    const devRow = (r: DevstatsBatch["developers"][number]) => [projectId, r.metric, r.range, gid.get(r.repoGroup), r.country, r.login, r.companyRaw, r.companyRaw === "*" ? null : cid(r.companyRaw), r.rank, r.value];
    const devSlices = (suffix: string) => [...b.developerSlices].filter((s) => s.endsWith(`${NUL}${suffix}`)).map((s) => { const [m, r, g, c] = split(s); return [m, r, gid.get(g!), c]; });
    // DevActCnt rows (company "*") and DevActCntComp rows are separate slices: re-ingesting one never removes the other
    const perLogin = await syncSlices(client, devSpec, b.developers.filter((r) => r.companyRaw === "*").map(devRow), runId, projectId,
      ["metric", "range_name", "repo_group_id", "country"], devSlices("*"), `t.company_raw = '*'`);
    const perCompany = await syncSlices(client, devSpec, b.developers.filter((r) => r.companyRaw !== "*").map(devRow), runId, projectId,
      ["metric", "range_name", "repo_group_id", "country"], devSlices("company"), `t.company_raw <> '*'`);
    out.developer_activity = addCounts(perLogin, perCompany);

    out.repo_group_activity = await syncSlices(client, {
      table: "repo_group_activity", key: ["project_id", "period", "repo_group_id", "period_start"],
      columns: [{ name: "project_id", type: "int4" }, { name: "period", type: "text" }, { name: "repo_group_id", type: "int4" }, { name: "period_start", type: "timestamptz" }, { name: "companies", type: "float8" }, { name: "developers", type: "float8" }],
    }, b.groupActivity.map((r) => [projectId, r.period, gid.get(r.repoGroup), r.periodStart, r.companies, r.developers]), runId, projectId,
    ["period", "repo_group_id"], [...b.activitySlices].map((s) => { const [p, g] = split(s); return [p, gid.get(g!)]; }));

    if (b.documents.length) {
      out.devstats_document = await syncRows(client, {
        table: "devstats_document", key: ["project_id", "api", "params_hash"],
        columns: [{ name: "project_id", type: "int4" }, { name: "api", type: "text" }, { name: "params_hash", type: "text" }, { name: "params_key", type: "text" }, { name: "payload", type: "jsonb" }],
      }, b.documents.map((d) => [projectId, d.api, sha256Hex(d.paramsKey), d.paramsKey, d.payload]), runId);
    }
    return out;
  },
};
