// Reads YAML with every scalar kept as the exact string written (failsafe schema): `1.30` stays
// "1.30", `2022-12-09` stays a string. Reports syntax errors and field lines for file:line messages.
import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";

/** A YAML value as the failsafe schema gives it: strings, lists, maps (no numbers, booleans or dates). */
export type YamlValue = string | YamlValue[] | { [key: string]: YamlValue };

/** The parsed document, its syntax errors, and a lookup from a dotted field path to its 1-based line. */
export interface StringYaml {
  value: YamlValue | null;
  /** how the text was read leniently (duplicate keys, unindented continuation lines); empty when read strictly */
  lenient: string[];
  errors: { message: string; line?: number; column?: number }[];
  lineOf(path: (string | number)[]): number | undefined;
}

/** Indent column-0 lines that are not `key:` lines, comments or list items: continuation lines of a multi-line value (PyYAML accepts these, strict YAML 1.2 does not). */
export function indentContinuationLines(src: string): string {
  return src
    .split(/(?<=\n)/)
    .map((l) => (/^[^\s#\-]/.test(l) && !/^[^\s:'"]+(\s[^\s:'"]+)*\s*:(\s|$)/.test(l) ? "  " + l : l))
    .join("");
}

/** Parse YAML text keeping every scalar as a string; CRLF and a BOM are accepted. With `lenient`, duplicate keys
 * (last one wins) and unindented continuation lines of flat files are accepted and reported in `lenient`. */
export function parseStringYaml(text: string, opts: { lenient?: boolean } = {}): StringYaml {
  const strict = parseStringYamlOnce(text, true);
  if (!opts.lenient || strict.errors.length === 0) return strict;
  const lenient: string[] = [];
  let attempt = strict;
  if (attempt.errors.some((e) => /unique/i.test(e.message))) {
    attempt = parseStringYamlOnce(text, false);
    if (attempt.errors.length === 0) return { ...attempt, lenient: ["a field appears more than once; the last value is used"] };
  }
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fixed = indentContinuationLines(src);
  if (fixed !== src) {
    attempt = parseStringYamlOnce(fixed, false);
    if (attempt.errors.length === 0) {
      lenient.push("a multi-line value continues at column 0 (not valid YAML 1.2); read as PyYAML would");
      return { ...attempt, lenient };
    }
  }
  return strict;
}

function parseStringYamlOnce(text: string, uniqueKeys: boolean): StringYaml {
  const lineCounter = new LineCounter();
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc: Document = parseDocument(src, { schema: "failsafe", lineCounter, prettyErrors: false, uniqueKeys });
  const errors = doc.errors.map((e) => {
    const pos = e.linePos?.[0] ?? (typeof e.pos?.[0] === "number" ? lineCounter.linePos(e.pos[0]) : undefined);
    return { message: e.message.split("\n")[0]!, line: pos?.line, column: pos?.col };
  });
  const lineOf = (path: (string | number)[]): number | undefined => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === String(key));
        if (!pair) return line;
        const range = (pair.key as { range?: [number, number, number] })?.range;
        if (range) line = lineCounter.linePos(range[0]).line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        node = node.items[key];
        const range = (node as { range?: [number, number, number] })?.range;
        if (range) line = lineCounter.linePos(range[0]).line;
      } else return line;
    }
    return line;
  };
  let value: YamlValue | null = null;
  if (errors.length === 0) {
    const js = doc.toJS({ maxAliasCount: 50 }) as unknown;
    value = js === undefined || js === null ? null : (js as YamlValue);
  }
  return { value, errors, lineOf, lenient: [] };
}

/** True for a YAML mapping value. */
export function isYamlMap(v: YamlValue | null | undefined): v is { [key: string]: YamlValue } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
