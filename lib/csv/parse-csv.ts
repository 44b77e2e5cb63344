// RFC 4180 CSV reader that keeps the line number of every record (for file:line error messages).
// Handles a UTF-8 BOM, CRLF/LF, quoted fields with commas, quotes and newlines, an Excel "sep=X" first
// line, any single-character delimiter, and trailing blank lines.

/** One parsed record and the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Result of parsing: the delimiter used and the records (blank lines dropped). */
export interface CsvParseResult {
  delimiter: string;
  records: CsvRecord[];
}

/** Raised on malformed CSV (an unterminated quote, a stray quote inside an unquoted field). */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, readonly column: number, message: string) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

/** Guess the delimiter from the first line: the most frequent of , ; \t outside quotes. */
export function sniffDelimiter(firstLine: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let inQuotes = false;
  for (const ch of firstLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch in counts) counts[ch]!++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ",";
}

/** Parse CSV text. `delimiter` defaults to the "sep=" line or a sniff of the first line. */
export function parseCsv(input: string, delimiter?: string): CsvParseResult {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let line = 1;
  const sep = /^sep=(.)\r?\n/.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
    line = 2;
  }
  const firstLineEnd = text.search(/\r?\n/);
  const delim = delimiter ?? sniffDelimiter(firstLineEnd === -1 ? text : text.slice(0, firstLineEnd));

  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let recordLine = line;
  let col = 1;
  let i = 0;
  let quoted = false;
  let afterQuote = false;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "" && !afterQuote)) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    afterQuote = false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          col += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        col++;
        continue;
      }
      if (ch === "\n") {
        line++;
        col = 0;
      }
      field += ch;
      i++;
      col++;
      continue;
    }
    if (ch === '"') {
      if (field.length > 0 || afterQuote) throw new CsvSyntaxError(line, col, `unexpected quote inside an unquoted field`);
      quoted = true;
      i++;
      col++;
      continue;
    }
    if (ch === delim) {
      fields.push(field);
      field = "";
      afterQuote = false;
      i++;
      col++;
      continue;
    }
    if (ch === "\r" && text[i + 1] === "\n") {
      i++;
      continue;
    }
    if (ch === "\n" || ch === "\r") {
      endRecord();
      line++;
      col = 1;
      recordLine = line;
      i++;
      continue;
    }
    if (afterQuote) throw new CsvSyntaxError(line, col, `unexpected character after a closing quote`);
    field += ch;
    i++;
    col++;
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 1, `unterminated quoted field`);
  if (field !== "" || fields.length > 0 || afterQuote) endRecord();
  return { delimiter: delim, records };
}

/** Parse a CSV with a header row into objects keyed by header name (header names trimmed). */
export function parseCsvObjects(input: string, delimiter?: string): { header: string[]; rows: { line: number; values: Record<string, string> }[] } {
  const { records } = parseCsv(input, delimiter);
  const head = records[0];
  if (!head) return { header: [], rows: [] };
  const header = head.fields.map((h) => h.trim());
  const rows = records.slice(1).map((r) => {
    const values: Record<string, string> = {};
    header.forEach((h, idx) => (values[h] = r.fields[idx] ?? ""));
    return { line: r.line, values };
  });
  return { header, rows };
}
