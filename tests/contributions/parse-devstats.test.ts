// Unit tests of the DevStats parsers: formats, quirks and bad input (each fails with file:line and a reason).
import { describe, expect, it } from "vitest";
import { ProblemLog } from "@/lib/ingest/problems";
import { decodeText } from "@/lib/ingest/devstats/decode";
import { mergeBatches } from "@/lib/ingest/devstats/merge";
import { canonicalRange, groupDirFor, normalizeRepoGroup } from "@/lib/ingest/devstats/names";
import { inferApi, parseApiResponse } from "@/lib/ingest/devstats/parse-api";
import { classifyHeader, paramsFromFileName, parseGrafanaCsv } from "@/lib/ingest/devstats/parse-grafana";
import { parseCountCell } from "@/lib/ingest/devstats/numbers";

const table = (extra = "") =>
  `{"project":"kubernetes","db_name":"gha","range":"Last century","metric":"Contributions","rank":[0,1,2],"company":["All","Google LLC","Red Hat Inc."],"number":[100,60,30]${extra}}`;

describe("API JSON", () => {
  it("reads a CompaniesTable (row 0 All with rank 0) and infers the API from its fields", () => {
    const log = new ProblemLog();
    const b = parseApiResponse(table(), "t.json", undefined, log);
    expect(log.errors).toEqual([]);
    expect(b.totals.map((t) => [t.rank, t.companyRaw, t.value])).toEqual([[0, "All", 100], [1, "Google LLC", 60], [2, "Red Hat Inc.", 30]]);
    expect(inferApi(JSON.parse(table()))).toBe("CompaniesTable");
  });
  it("keeps DevActCnt ranks from 1 and logins with their case", () => {
    const log = new ProblemLog();
    const b = parseApiResponse(`{"project":"kubernetes","db_name":"gha","range":"Last year","metric":"Contributions","repository_group":"SIG Node","country":"All","github_id":"","filter":"x","rank":[1,2],"login":["dev-A","dev-a"],"number":[5,4]}`, "d.json", undefined, log);
    expect(log.errors).toEqual([]);
    expect(b.developers.map((d) => [d.rank, d.login, d.companyRaw])).toEqual([[1, "dev-A", "*"], [2, "dev-a", "*"]]);
  });
  it("reads ComStatsRepoGrp value maps whatever their key order", () => {
    const log = new ProblemLog();
    const b = parseApiResponse(`{"project":"kubernetes","db_name":"gha","period":"Month","metric":"Contributions","repository_group":"SIG Node","companies":["B","A"],"from":"2025-01-01","to":"2025-03-01","values":[{"B":1,"A":2},{"A":3,"B":4}],"timestamps":["2025-01-01T00:00:00Z","2025-02-01T00:00:00Z"]}`, "s.json", undefined, log);
    expect(log.errors).toEqual([]);
    expect(b.series.map((s) => `${s.companyRaw}@${s.periodStart.slice(0, 7)}=${s.value}`).sort()).toEqual(["A@2025-01=2", "A@2025-02=3", "B@2025-01=1", "B@2025-02=4"]);
    expect(b.series[0]!.period).toBe("m");
  });
  it("treats null arrays as an empty result and an API error object as a warning", () => {
    const log = new ProblemLog();
    const b = parseApiResponse(`{"project":"kubernetes","db_name":"gha","range":"Last week","metric":"Contributions","rank":null,"company":null,"number":null}`, "n.json", undefined, log);
    expect(b.totals).toEqual([]);
    expect(b.totalSlices.size).toBe(1);
    const e = parseApiResponse(`{"error":"API 'CompaniesTable': invalid metric value: 'x'"}`, "e.json", undefined, log);
    expect(e.totals).toEqual([]);
    expect(log.warnings[0]!.message).toMatch(/invalid metric value/);
    expect(log.errors).toEqual([]);
  });
  it("rejects truncated JSON with a line", () => {
    const log = new ProblemLog();
    parseApiResponse(table().slice(0, 80), "trunc.json", undefined, log);
    expect(log.errors[0]).toMatchObject({ file: "trunc.json", line: 1 });
    expect(log.errors[0]!.message).toMatch(/truncated|invalid JSON/);
  });
  it("rejects string counts, negative counts, unknown metric and unknown range", () => {
    const cases: [string, RegExp][] = [
      [table().replace("[100,60,30]", '[100,"60",30]'), /expected a number/],
      [table().replace("[100,60,30]", "[100,-60,30]"), /negative/],
      [table().replace('"metric":"Contributions"', '"metric":"Karma"'), /unknown metric "Karma"/],
      [table().replace('"range":"Last century"', '"range":"Last eon"'), /unknown range "Last eon"/],
    ];
    for (const [text, re] of cases) {
      const log = new ProblemLog();
      const b = parseApiResponse(text, "bad.json", undefined, log);
      expect(log.errors.map((e) => e.message).join()).toMatch(re);
      expect(b.totals).toEqual([]);
    }
  });
});

const BOM = "\uFEFF";
describe("Grafana CSV", () => {
  it("reads a Grafana 8 companies table with commas, quotes, non-ASCII names and formatted numbers, columns in any order", () => {
    const csv = `${BOM}"value","name","Rank"\r\n100,All,0\r\n"1,334,974","Acme, Inc.",1\r\n5.0,"The ""Q"" Co",2\r\n3,Zoë GmbH,3\r\n\r\n`;
    const log = new ProblemLog();
    const b = parseGrafanaCsv(csv, "x.csv", { metric: "contributions", range: "Last century" }, log);
    expect(log.errors).toEqual([]);
    expect(b.totals.map((t) => [t.companyRaw, t.value, t.at.line])).toEqual([["All", 100, 2], ["Acme, Inc.", 1334974, 3], ['The "Q" Co', 5, 4], ["Zoë GmbH", 3, 5]]);
  });
  it("reads the legacy ;-separated export with on-screen headers", () => {
    const log = new ProblemLog();
    const b = parseGrafanaCsv(`"Rank";"Company";"Number"\r\n0;"All";10\r\n1;"Google LLC";7`, "grafana_data_export.csv", { metric: "Contributions", range: "Last year" }, log);
    expect(log.errors).toEqual([]);
    expect(b.totals.map((t) => t.companyRaw)).toEqual(["All", "Google LLC"]);
  });
  it("takes parameters from the sample's file-name pattern, and names the missing flag otherwise", () => {
    expect(paramsFromFileName("/a/company-statistics-by-repository-group__SIG-Node__Contributions__Month.csv")).toMatchObject({ repoGroup: "SIG-Node", metric: "Contributions", period: "Month" });
    const log = new ProblemLog();
    const b = parseGrafanaCsv(`"Time","Google LLC"\r\n2025-01-01 00:00:00,5\r\n`, "company-statistics-by-repository-group__SIG-Cluster-Lifecycle-Cluster-API__Contributions__Month.csv", paramsFromFileName("company-statistics-by-repository-group__SIG-Cluster-Lifecycle-Cluster-API__Contributions__Month.csv")!, log);
    expect(log.errors).toEqual([]);
    expect(b.series[0]).toMatchObject({ repoGroup: "SIG Cluster Lifecycle (Cluster API)", period: "m", value: 5, periodStart: "2025-01-01T00:00:00.000Z" });
    const log2 = new ProblemLog();
    parseGrafanaCsv(`"Rank","name","value"\r\n0,All,3\r\n`, "download.csv", { range: "Last year" }, log2);
    expect(log2.errors[0]!.message).toMatch(/--metric/);
  });
  it("fails on a missing header, unknown columns, a bad number (with line and column)", () => {
    const a = new ProblemLog();
    parseGrafanaCsv(`0,All,3\r\n1,Google LLC,2\r\n`, "noheader.csv", { metric: "Contributions", range: "Last year" }, a);
    expect(a.errors[0]).toMatchObject({ line: 1 });
    expect(a.errors[0]!.message).toMatch(/missing header/);
    const b = new ProblemLog();
    parseGrafanaCsv(`"foo","bar"\r\n1,2\r\n`, "other.csv", {}, b);
    expect(b.errors[0]!.message).toMatch(/match no known DevStats Grafana export/);
    const c = new ProblemLog();
    parseGrafanaCsv(`"Rank","name","value"\r\n0,All,3\r\n1,Google LLC,lots\r\n`, "n.csv", { metric: "Contributions", range: "Last year" }, c);
    expect(c.errors[0]).toMatchObject({ file: "n.csv", line: 3, column: 3, field: "value" });
  });
  it("decodes UTF-16 LE with tabs (newer Grafana) into the same rows", () => {
    const text = `Rank\tname\tvalue\r\n0\tAll\t3\r\n1\tZoë\t2\r\n`;
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const d = decodeText(buf);
    expect("text" in d && d.encoding).toBe("UTF-16LE");
    const log = new ProblemLog();
    const b = parseGrafanaCsv((d as { text: string }).text, "u16.csv", { metric: "Contributions", range: "Last year" }, log);
    expect(log.errors).toEqual([]);
    expect(b.totals.map((t) => t.companyRaw)).toEqual(["All", "Zoë"]);
  });
  it("tells the companies table from developer tables", () => {
    expect(classifyHeader(["Rank", "name", "Company", "value"])).toBe("developers-by-company");
    expect(classifyHeader(["Rank", "name", "value"], "developers")).toBe("developers");
    expect(classifyHeader(["Time", "Number of contributing companies", "Number of contributing developers"])).toBe("contributing-companies");
  });
});

describe("merging and names", () => {
  it("collapses identical duplicates and reports conflicting ones with both places", () => {
    const log = new ProblemLog();
    const a = parseGrafanaCsv(`"Rank","name","value"\r\n0,All,3\r\n1,Acme,2\r\n`, "a.csv", { metric: "Contributions", range: "Last year" }, log);
    const same = parseGrafanaCsv(`"Rank","name","value"\r\n0,All,3\r\n1,Acme,2\r\n`, "b.csv", { metric: "Contributions", range: "Last year" }, log);
    expect(mergeBatches([a, same], log).totals).toHaveLength(2);
    expect(log.errors).toEqual([]);
    const other = parseGrafanaCsv(`"Rank","name","value"\r\n0,All,3\r\n1,Acme,9\r\n`, "c.csv", { metric: "Contributions", range: "Last year" }, log);
    mergeBatches([a, other], log);
    expect(log.errors[0]).toMatchObject({ file: "c.csv", line: 3 });
    expect(log.errors[0]!.message).toMatch(/a\.csv:3 says 2/);
  });
  it("parses counts and DevStats names", () => {
    expect(parseCountCell("1,334,974")).toEqual({ ok: true, value: 1334974 });
    expect(parseCountCell("12.50")).toEqual({ ok: true, value: 12.5 });
    expect(parseCountCell("")).toEqual({ ok: true, value: null });
    expect(parseCountCell("-3").ok).toBe(false);
    expect(canonicalRange("v1.33.0---v1.34.0")).toBe("v1.33.0 - v1.34.0");
    expect(canonicalRange("Last-century")).toBe("Last century");
    expect(normalizeRepoGroup("SIG Cluster Lifecycle (Cluster API)")).toBe("sigclusterlifecycleclusterapi");
    expect(groupDirFor("SIG Node")).toBe("sig-node");
    expect(groupDirFor("Kubernetes")).toBeNull();
  });
});

describe("file classification", () => {
  it("recognises compact, jq-pretty and jq -S (sorted keys) responses, and leaves other JSON/CSV alone", async () => {
    const { classifyText } = await import("@/lib/ingest/devstats/read-files");
    const obj = { project: "kubernetes", db_name: "gha", range: "Last week", metric: "Contributions", rank: [0], company: ["All"], number: [1] };
    const sorted = JSON.stringify(Object.fromEntries(Object.entries(obj).sort(([a], [b]) => a.localeCompare(b))), null, 2);
    expect(classifyText("a.json", JSON.stringify(obj))).toBe("api");
    expect(classifyText("a.json", sorted)).toBe("api");
    expect(classifyText("a.json", `{"sources": []}`)).toBe("unknown");
    expect(classifyText("a.csv", `\uFEFF"Rank","name","value"\r\n`)).toBe("grafana");
    expect(classifyText("a.csv", `k8s_version,product_dir,first_commit_date\n`)).toBe("unknown");
    expect(classifyText("a.csv", `repo,repo_group\n`)).toBe("repo-groups");
    expect(classifyText("x.yaml", `# c\nacquisitions:\n  - ['a', 'b']\n`)).toBe("company-reference");
  });
  it("parses a jq -S response exactly like the compact one", () => {
    const compact = `{"project":"kubernetes","db_name":"gha","range":"Last week","metric":"Contributions","rank":[0,1],"company":["All","Acme"],"number":[3,2]}`;
    const o = JSON.parse(compact) as Record<string, unknown>;
    const sorted = JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))), null, 2);
    const a = parseApiResponse(compact, "a.json", undefined, new ProblemLog());
    const b = parseApiResponse(sorted, "b.json", undefined, new ProblemLog());
    expect(b.totals.map((t) => [t.companyRaw, t.value])).toEqual(a.totals.map((t) => [t.companyRaw, t.value]));
  });
});
