// Typed field readers over a parsed YAML document that report problems with file, line, column and field.
import { LineCounter, isNode, type Document } from "yaml";
import type { ProblemLog } from "../problems";

export type YamlPath = (string | number)[];

/** Reads values from `doc` and logs problems at the YAML position of each path. */
export class YamlReader {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    readonly log: ProblemLog,
    readonly file: string,
  ) {}

  /** Line/column (1-based) of the node at `path` (or its nearest existing parent). */
  pos(path: YamlPath): { line?: number; column?: number } {
    for (let p = path; ; p = p.slice(0, -1)) {
      const node = p.length === 0 ? this.doc.contents : this.doc.getIn(p, true);
      if (isNode(node) && node.range) {
        const { line, col } = this.lines.linePos(node.range[0]);
        return { line, column: col };
      }
      if (p.length === 0) return {};
    }
  }

  /** "sigs[3].leadership.chairs[0].github" */
  static field(path: YamlPath): string {
    return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
  }

  error(path: YamlPath, message: string): void {
    this.log.error(this.file, message, { ...this.pos(path), field: YamlReader.field(path) });
  }

  warn(path: YamlPath, message: string): void {
    this.log.warn(this.file, message, { ...this.pos(path), field: YamlReader.field(path) });
  }

  /** Text value: numbers/booleans become text, lists/mappings are an error; absent → null (error when required). */
  text(value: unknown, path: YamlPath, required = false): string | null {
    if (value === undefined || value === null || value === "") {
      if (required) this.error(path, "is required");
      return null;
    }
    if (typeof value === "string") return value.trim() || (required ? (this.error(path, "is empty"), null) : null);
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    this.error(path, `expected text, got ${describe(value)}`);
    return null;
  }

  /** List value: absent → []; anything else is an error. */
  list(value: unknown, path: YamlPath): unknown[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.error(path, `expected a list, got ${describe(value)}`);
    return [];
  }

  /** Mapping value: absent → null; anything else is an error. */
  mapping(value: unknown, path: YamlPath): Record<string, unknown> | null {
    if (value === undefined || value === null) return null;
    if (isPlainObject(value)) return value;
    this.error(path, `expected a mapping (key: value), got ${describe(value)}`);
    return null;
  }

  /** A URL field: kept verbatim; warns when it is not an http(s) URL (it will then never be rendered as a link). */
  url(value: unknown, path: YamlPath): string | null {
    // zero-width spaces pasted around links are invisible in the file; drop them at the ends
    const s = this.text(typeof value === "string" ? value.replace(/^[\s\u200B-\u200D\uFEFF]+|[\s\u200B-\u200D\uFEFF]+$/g, "") : value, path);
    if (s !== null && !isHttpUrl(s)) this.warn(path, `"${s.slice(0, 80)}" is not an http(s) URL; kept as text, never shown as a link`);
    return s;
  }
}

/** True for parseable http: / https: URLs. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === "http:" || u.protocol === "https:") && !!u.hostname;
  } catch {
    return false;
  }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return "a list";
  if (isPlainObject(v)) return "a mapping";
  if (typeof v === "string") return `text "${v.slice(0, 40)}"`;
  return String(v);
}
