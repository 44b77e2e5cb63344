// Property tests for the DevStats parsers (lib/ingest/devstats): API JSON responses and Grafana CSV downloads,
// mutated from the bundled sample and generated → accepted or a located IngestValidationError, never a crash.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ProblemLog } from "@/lib/ingest/problems";
import { acceptedOrLocated, mutatedText, parserModule, params, timeoutFor, yamlValue } from "./fuzz-kit";

type Log = ProblemLog;
const api = await parserModule<{ parseApiResponse(t: string, f: string, req: { api: string; payload?: Record<string, unknown> } | undefined, log: Log): unknown }>("lib/ingest/devstats/parse-api.ts");
const grafana = await parserModule<{ parseGrafanaCsv(t: string, f: string, p: Record<string, string>, log: Log): unknown }>("lib/ingest/devstats/parse-grafana.ts");

const SAMPLE = "data/devstats/sample";
const manifest = JSON.parse(readFileSync(path.join(SAMPLE, "manifest.json"), "utf8")) as { files: { file: string; request?: { api: string; payload?: Record<string, unknown> }; variables?: Record<string, string> }[] };
const pick = (api: string) => manifest.files.find((f) => f.request?.api === api)!;
const APIS = ["CompaniesTable", "ComStatsRepoGrp", "DevActCntComp", "ComContribRepoGrp", "RepoGroups", "Ranges"].map(pick).filter(Boolean);
const CSV = manifest.files.find((f) => f.file.endsWith(".csv"));

const viaLog = (fn: (log: Log) => unknown) => () => {
  const log = new ProblemLog();
  fn(log);
  log.throwIfErrors();
};

describe("DevStats API JSON under fuzzed input", () => {
  for (const f of APIS) {
    const file = path.join(SAMPLE, f.file);
    const text = readFileSync(file, "utf8").slice(0, 20_000);
    const whole = readFileSync(file, "utf8");
    const parse = (t: string) => viaLog((log) => api!.parseApiResponse(t, file, f.request, log));
    it(`${f.request!.api}: the bundled response is accepted`, () => expect(acceptedOrLocated(parse(whole), file)).toBe("accepted"));
    it(`${f.request!.api}: mutated responses → accepted or located rejection`, () => {
      fc.assert(fc.property(mutatedText(text), (t) => void acceptedOrLocated(parse(t), file)), params());
    }, timeoutFor());
  }
  it("generated JSON values (with and without a request) → accepted or located rejection", () => {
    const file = path.join(SAMPLE, APIS[0]!.file);
    const json = fc.oneof(yamlValue, fc.record({ project: yamlValue, range: yamlValue, metric: yamlValue, rank: fc.array(yamlValue, { maxLength: 4 }), company: fc.array(yamlValue, { maxLength: 4 }), number: fc.array(fc.oneof(fc.double(), yamlValue), { maxLength: 4 }), login: fc.array(yamlValue, { maxLength: 3 }), values: yamlValue, timestamps: yamlValue, companies: yamlValue }, { requiredKeys: [] }));
    fc.assert(fc.property(json, fc.option(fc.constantFrom(...APIS.map((a) => a.request!))), (v, req) => void acceptedOrLocated(viaLog((log) => api!.parseApiResponse(JSON.stringify(v) ?? "null", file, req ?? undefined, log)), file)), params());
  }, timeoutFor());
});

describe("Grafana CSV downloads under fuzzed input", () => {
  const file = path.join(SAMPLE, CSV?.file ?? "");
  const text = CSV ? readFileSync(file, "utf8").slice(0, 8_000) : "";
  const vars = (CSV?.variables ?? {}) as Record<string, string>;
  const parse = (t: string) => viaLog((log) => grafana!.parseGrafanaCsv(t, file, { metric: vars.metric ?? "Contributions", range: vars.range ?? vars.period ?? "Last year", repoGroup: vars.repogroup ?? "All", period: vars.period ?? "Month" }, log));
  it("mutated and arbitrary CSVs → accepted or located rejection", () => {
    fc.assert(fc.property(fc.oneof(mutatedText(text), fc.string({ unit: "binary", maxLength: 200 })), (t) => void acceptedOrLocated(parse(t), file)), params());
  }, timeoutFor());
});
