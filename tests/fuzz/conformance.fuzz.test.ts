// Property tests for the conformance parsers (lib/ingest/conformance): PRODUCT.yaml, AI checklists and AI
// product files, and the merge-date CSVs → accepted or a located IngestValidationError, never a crash.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { ProblemLog } from "@/lib/ingest/problems";
import { acceptedOrLocated, mutatedText, parserModule, params, timeoutFor, yamlValue } from "./fuzz-kit";

type Log = ProblemLog;
const product = await parserModule<{ parseProductYaml(t: string, f: string, log: Log): unknown }>("lib/ingest/conformance/parse-product.ts");
const ai = await parserModule<{ parseAiChecklist(t: string, f: string, log: Log): unknown[] | null; parseAiProduct(t: string, f: string, c: unknown[], log: Log): unknown }>("lib/ingest/conformance/parse-ai.ts");
const dates = await parserModule<{ parseSubmissionDates(t: string, f: string, log: Log): unknown }>("lib/ingest/conformance/parse-dates.ts");

/** Run a log-based parser and turn its logged errors into the IngestValidationError the run would raise. */
const viaLog = (fn: (log: Log) => unknown) => () => {
  const log = new ProblemLog();
  fn(log);
  log.throwIfErrors();
};

function firstFile(dir: string, name: string): string {
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name === name) return path.join(e.parentPath, e.name);
  throw new Error(`no ${name} under ${dir}`);
}
const K8S_FILE = firstFile("data/conformance/k8s", "PRODUCT.yaml");
const AI_FILE = firstFile("data/conformance/ai/v1.33", "PRODUCT.yaml");
const CHECKLIST_FILE = "data/conformance/ai/docs/AIConformance-1.33.yaml";
const DATES_FILE = "data/conformance/k8s-submissions.csv";

describe("PRODUCT.yaml (Certified Kubernetes) under fuzzed input", () => {
  const text = readFileSync(K8S_FILE, "utf8");
  const parse = (t: string) => viaLog((log) => product!.parseProductYaml(t, K8S_FILE, log));
  it("a bundled file is accepted", () => expect(acceptedOrLocated(parse(text), K8S_FILE)).toBe("accepted"));
  it("mutated copies → accepted or located rejection", () => {
    fc.assert(fc.property(mutatedText(text), (t) => void acceptedOrLocated(parse(t), K8S_FILE)), params());
  }, timeoutFor());
  it("generated documents → accepted or located rejection", () => {
    const doc = fc.record({ vendor: yamlValue, name: yamlValue, version: yamlValue, website_url: yamlValue, documentation_url: yamlValue, product_logo_url: yamlValue, type: yamlValue, description: yamlValue, contact_email_address: yamlValue }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(doc, yamlValue), (d) => void acceptedOrLocated(parse(stringify(d)), K8S_FILE)), params());
  }, timeoutFor());
  it("arbitrary text → accepted or located rejection", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (t) => void acceptedOrLocated(parse(t), K8S_FILE)), params());
  }, timeoutFor());
});

describe("AI conformance checklist and product files under fuzzed input", () => {
  const checklistText = readFileSync(CHECKLIST_FILE, "utf8");
  const productText = readFileSync(AI_FILE, "utf8");
  const checklist = () => {
    const log = new ProblemLog();
    return ai!.parseAiChecklist(checklistText, CHECKLIST_FILE, log) ?? [];
  };
  it("the bundled checklist and a product are accepted", () => {
    expect(acceptedOrLocated(viaLog((log) => ai!.parseAiChecklist(checklistText, CHECKLIST_FILE, log)), CHECKLIST_FILE)).toBe("accepted");
    expect(acceptedOrLocated(viaLog((log) => ai!.parseAiProduct(productText, AI_FILE, checklist(), log)), AI_FILE)).toBe("accepted");
  });
  it("mutated checklists → accepted or located rejection", () => {
    fc.assert(fc.property(mutatedText(checklistText), (t) => void acceptedOrLocated(viaLog((log) => ai!.parseAiChecklist(t, CHECKLIST_FILE, log)), CHECKLIST_FILE)), params());
  }, timeoutFor());
  it("mutated and generated AI product files → accepted or located rejection", () => {
    const list = checklist();
    const input = fc.oneof(mutatedText(productText), yamlValue.map((v) => stringify(v)), fc.string({ unit: "binary", maxLength: 200 }));
    fc.assert(fc.property(input, (t) => void acceptedOrLocated(viaLog((log) => ai!.parseAiProduct(t, AI_FILE, list, log)), AI_FILE)), params());
  }, timeoutFor());
});

describe("merge-date CSVs under fuzzed input", () => {
  const text = readFileSync(DATES_FILE, "utf8").split("\n").slice(0, 40).join("\n");
  const parse = (t: string) => viaLog((log) => dates!.parseSubmissionDates(t, DATES_FILE, log));
  it("the bundled file is accepted", () => expect(acceptedOrLocated(parse(readFileSync(DATES_FILE, "utf8")), DATES_FILE)).toBe("accepted"));
  it("mutated and arbitrary CSVs → accepted or located rejection", () => {
    fc.assert(fc.property(fc.oneof(mutatedText(text), fc.string({ unit: "binary", maxLength: 200 })), (t) => void acceptedOrLocated(parse(t), DATES_FILE)), params());
  }, timeoutFor());
});
