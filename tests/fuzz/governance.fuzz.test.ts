// Property tests for the sigs.yaml parser (lib/ingest/governance): mutated copies of the bundled file,
// structurally generated documents and arbitrary text → accepted or a located IngestValidationError.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { acceptedOrLocated, mutatedText, parserModule, params, RUNS, timeoutFor, yamlValue } from "./fuzz-kit";

type Mod = { parseSigsYaml(text: string, file: string): unknown };
const mod = await parserModule<Mod>("lib/ingest/governance/parse-sigs.ts");
const FILE = "data/community/sigs.yaml";
const VALID = readFileSync(FILE, "utf8");
// The bundled file is ~200 KB: mutate a prefix of it (still many groups) to keep each run fast.
const PREFIX = VALID.slice(0, 12_000);

describe("sigs.yaml parser under fuzzed input", () => {
  const parse = (t: string) => () => mod!.parseSigsYaml(t, FILE);
  it("the bundled file is accepted", () => {
    expect(acceptedOrLocated(parse(VALID), FILE)).toBe("accepted");
  });
  it("mutated copies → accepted or located rejection", () => {
    fc.assert(fc.property(mutatedText(PREFIX), (t) => void acceptedOrLocated(parse(t), FILE)), params(Math.max(20, Math.floor(RUNS / 2))));
  }, timeoutFor());
  it("generated documents (sigs/workinggroups/committees lists of odd shapes) → accepted or located rejection", () => {
    const group = fc.record({ dir: fc.oneof(fc.constantFrom("sig-node", "wg-x", "../x", ""), fc.string({ maxLength: 10 })), name: yamlValue, mission_statement: yamlValue, leadership: yamlValue, meetings: yamlValue, contact: yamlValue, subprojects: yamlValue }, { requiredKeys: [] });
    const doc = fc.record({ sigs: fc.oneof(fc.array(group, { maxLength: 3 }), yamlValue), workinggroups: fc.oneof(fc.array(group, { maxLength: 2 }), yamlValue), committees: yamlValue }, { requiredKeys: [] });
    fc.assert(fc.property(doc, (d) => void acceptedOrLocated(parse(stringify(d)), FILE)), params());
  }, timeoutFor());
  it("arbitrary text → accepted or located rejection", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (t) => void acceptedOrLocated(parse(t), FILE)), params());
  }, timeoutFor());
});
