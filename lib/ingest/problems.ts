// Validation problems that name the file and place (line, column, field) of each issue.

/** One problem found in an input file. `line`/`column` are 1-based. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  message: string;
  severity: "error" | "warning";
}

/** Format a problem as `file:line:column: field: message` (parts omitted when unknown). */
export function formatProblem(p: Problem): string {
  const place = [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(":");
  const field = p.field ? `${p.field}: ` : "";
  const tag = p.severity === "warning" ? "warning: " : "";
  return `${place}: ${tag}${field}${p.message}`;
}

/** Thrown when input fails validation; carries every error found (not just the first). */
export class IngestValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    super(`${errors.length} problem${errors.length === 1 ? "" : "s"} in input:\n` + errors.slice(0, 50).map(formatProblem).join("\n") + (errors.length > 50 ? `\n… and ${errors.length - 50} more` : ""));
    this.name = "IngestValidationError";
    this.problems = problems;
  }
}

/** Collects problems while parsing; `throwIfErrors()` raises them all at once. */
export class ProblemLog {
  readonly items: Problem[] = [];
  error(file: string, message: string, at: Partial<Pick<Problem, "line" | "column" | "field">> = {}): void {
    this.items.push({ file, message, severity: "error", ...at });
  }
  warn(file: string, message: string, at: Partial<Pick<Problem, "line" | "column" | "field">> = {}): void {
    this.items.push({ file, message, severity: "warning", ...at });
  }
  get errors(): Problem[] {
    return this.items.filter((p) => p.severity === "error");
  }
  get warnings(): Problem[] {
    return this.items.filter((p) => p.severity === "warning");
  }
  throwIfErrors(): void {
    if (this.errors.length > 0) throw new IngestValidationError(this.items);
  }
}
