import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv, parseCsvObjects } from "@/lib/csv/parse-csv";
import { csvCell, toCsv } from "@/lib/csv/to-csv";

describe("parseCsv", () => {
  it("reads a Grafana 8 file: BOM, CRLF, quoted header, quoted comma, trailing blank line", () => {
    const text = '\uFEFF"Rank","name","value"\r\n1,"Huawei Technologies Co., Ltd",42\r\n2,Zoë GmbH,7\r\n\r\n';
    const { delimiter, records } = parseCsv(text);
    expect(delimiter).toBe(",");
    expect(records.map((r) => r.fields)).toEqual([
      ["Rank", "name", "value"],
      ["1", "Huawei Technologies Co., Ltd", "42"],
      ["2", "Zoë GmbH", "7"],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it("sniffs ';' and honours an Excel sep= line, keeping line numbers right", () => {
    const { delimiter, records } = parseCsv('sep=;\r\n"Rank";"Company";"Number"\r\n1;"Red ""Hat""";5');
    expect(delimiter).toBe(";");
    expect(records[1]).toEqual({ line: 3, fields: ["1", 'Red "Hat"', "5"] });
  });

  it("keeps newlines inside quoted fields and counts lines after them", () => {
    const { records } = parseCsv('a,b\n"x\ny",1\nz,2\n');
    expect(records[1]!.fields).toEqual(["x\ny", "1"]);
    expect(records[2]!.line).toBe(4);
  });

  it("reports an unterminated quote with its line", () => {
    expect(() => parseCsv('a,b\n1,"oops\n2,3\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\n1,"oops\n2,3\n');
    } catch (e) {
      expect((e as CsvSyntaxError).line).toBe(2);
    }
  });

  it("maps rows to header names", () => {
    const { header, rows } = parseCsvObjects("x, y\n1,2\n");
    expect(header).toEqual(["x", "y"]);
    expect(rows[0]).toEqual({ line: 2, values: { x: "1", y: "2" } });
  });
});

describe("toCsv", () => {
  it("quotes commas, quotes and newlines, and defuses formulas", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell("-12.5")).toBe("-12.5");
    expect(toCsv(["a", "b"], [[1, null]])).toBe("a,b\r\n1,\r\n");
  });

  it("round-trips through the parser", () => {
    const rows = [["Zoë, Inc.", 'say "hi"', "line\nbreak"]];
    const parsed = parseCsv(toCsv(["a", "b", "c"], rows)).records.slice(1).map((r) => r.fields);
    expect(parsed).toEqual(rows);
  });
});
