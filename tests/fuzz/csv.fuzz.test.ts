// Property tests for lib/csv: the reader never throws anything but CsvSyntaxError (with a real line and
// column), and reading what the writer wrote gives the same cells back (modulo the formula guard).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv, parseCsvObjects } from "@/lib/csv/parse-csv";
import { csvCell, toCsv } from "@/lib/csv/to-csv";
import { mutatedText, params, timeoutFor } from "./fuzz-kit";

const GRAFANA = '\uFEFF"Rank","name","value"\r\n0,All,4712386\r\n1,Google LLC,1334974\r\n2,"Huawei Technologies Co., Ltd",42\r\n\r\n';
const csvChars = fc.constantFrom(",", ";", "\t", '"', "\n", "\r", "\r\n", "a", "b", " ", "1", "é", "=", "\uFEFF");
const csvish = fc.array(csvChars, { maxLength: 80 }).map((a) => a.join(""));

function onlyCsvErrors(text: string): void {
  try {
    const { records } = parseCsv(text);
    let last = 0;
    for (const r of records) {
      expect(r.line).toBeGreaterThan(last);
      last = r.line;
    }
  } catch (err) {
    if (!(err instanceof CsvSyntaxError)) throw err;
    expect(err.line).toBeGreaterThanOrEqual(1);
    expect(err.column).toBeGreaterThanOrEqual(0);
  }
}

describe("lib/csv under fuzzed input", () => {
  it("parseCsv: arbitrary text → records with increasing lines, or a located CsvSyntaxError", () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 100 }), csvish), onlyCsvErrors), params());
  }, timeoutFor());

  it("parseCsv: mutated Grafana downloads → records or a located CsvSyntaxError", () => {
    fc.assert(fc.property(mutatedText(GRAFANA), onlyCsvErrors), params());
  }, timeoutFor());

  it("toCsv → parseCsvObjects round-trips every cell (formula-looking text gets a leading ')", () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 6 }), fc.integer().map(String), csvish);
    const header = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(header.chain((h) => fc.tuple(fc.constant(h), fc.array(fc.array(cell, { minLength: h.length, maxLength: h.length }), { maxLength: 8 }))), ([h, rows]) => {
        const parsed = parseCsvObjects(toCsv(h, rows), ",");
        const nonBlank = rows.filter((r) => !(r.length === 1 && csvCell(r[0]) === ""));
        expect(parsed.rows.length).toBe(nonBlank.length);
        parsed.rows.forEach((r, i) => h.forEach((col, j) => {
          const raw = nonBlank[i]![j]!;
          const expected = /^[=+\-@\t\r]/.test(raw) && !/^-?\d+(\.\d+)?$/.test(raw) ? `'${raw}` : raw;
          expect(r.values[col]).toBe(expected.replace(/\r\n|\r/g, (m) => m));
        }));
      }),
      params(),
    );
  }, timeoutFor());
});
