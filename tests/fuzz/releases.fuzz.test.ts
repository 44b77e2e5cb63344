// Property tests for the releases.csv parser: generated and mutated inputs are accepted or rejected with
// located problems (IngestValidationError naming file + line/field), never an unhandled exception.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReleasesCsv } from "@/lib/ingest/releases/parse-releases";
import { acceptedOrLocated, mutatedText, params, timeoutFor } from "./fuzz-kit";

const FILE = "data/kubernetes/releases.csv";
const VALID = readFileSync(path.resolve(FILE), "utf8");

const date = fc.oneof(
  fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("", "2024-02-30", "2024-13-01", "24-01-01", "tomorrow", "2024-1-1", "0000-00-00", "2024-02-29"),
);
const minor = fc.oneof(fc.tuple(fc.nat(3), fc.nat(40)).map(([a, b]) => `${a}.${b}`), fc.constantFrom("1.x", "", "v1.30", "1.30.0", "1"));
const row = fc.tuple(minor, date, date, fc.string({ maxLength: 20 }));

describe("releases.csv parser under fuzzed input", () => {
  it("the bundled file is accepted", () => {
    expect(acceptedOrLocated(() => parseReleasesCsv(VALID, FILE), FILE)).toBe("accepted");
  });

  it("generated rows → accepted or rejected with file + line + field", () => {
    const csv = fc.array(row, { maxLength: 20 }).map((rows) => ["minor,release_date,end_of_life_date,source", ...rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))].join("\n"));
    const seen = { accepted: 0, rejected: 0 };
    fc.assert(fc.property(csv, (text) => void seen[acceptedOrLocated(() => parseReleasesCsv(text, FILE), FILE)]++), params());
    expect(seen.rejected).toBeGreaterThan(0);
  }, timeoutFor());

  it("mutated copies of the bundled file → accepted or located rejection", () => {
    fc.assert(fc.property(mutatedText(VALID), (text) => void acceptedOrLocated(() => parseReleasesCsv(text, FILE), FILE)), params());
  }, timeoutFor());

  it("arbitrary text → accepted or located rejection", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => void acceptedOrLocated(() => parseReleasesCsv(text, FILE), FILE)), params());
  }, timeoutFor());
});
