// CSV writer for downloads: RFC 4180 quoting, CRLF, and a guard against spreadsheet formula injection.

const FORMULA = /^[=+\-@\t\r]/;

/** Quote one cell; text starting with = + - @ is prefixed with ' so spreadsheets don't run it. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  if (typeof value === "string" && FORMULA.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header + rows → CSV text (CRLF line ends, trailing newline). */
export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
