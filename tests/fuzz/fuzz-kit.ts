// Shared fast-check settings and the property every ingest parser must satisfy: any input is either accepted
// or rejected with an IngestValidationError whose errors name the file and a place (line or field).
import fc from "fast-check";
import { expect } from "vitest";
import { IngestValidationError } from "@/lib/ingest/problems";

/** Runs per property: FUZZ_RUNS (test:reliability sets ≥ 10,000), else a modest count for `npm test`. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** Fixed seed so `npm test` is reproducible; FUZZ_SEED overrides (fast-check prints the seed of a failure). */
export const SEED = Number(process.env.FUZZ_SEED ?? 20260301);
/** fast-check parameters for every property in tests/fuzz. */
export const params = (runs = RUNS): fc.Parameters<unknown> => ({ numRuns: runs, seed: SEED, endOnFailure: true });
/** vitest timeout for a property, scaled with the number of runs. */
export const timeoutFor = (runs = RUNS) => Math.max(30_000, runs * 20);

/** Call `parse`; it must return, or throw IngestValidationError whose every error names `file` and a line or field. */
export function acceptedOrLocated(parse: () => unknown, file: string): "accepted" | "rejected" {
  try {
    parse();
    return "accepted";
  } catch (err) {
    if (!(err instanceof IngestValidationError)) throw new Error(`unhandled ${(err as Error)?.name ?? typeof err}: ${(err as Error)?.message ?? String(err)}`, { cause: err });
    const errors = err.problems.filter((p) => p.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const p of errors) {
      expect(p.file.startsWith(file) || p.file.includes(file)).toBe(true);
      expect(p.line !== undefined || p.field !== undefined).toBe(true);
      if (p.line !== undefined) expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    }
    return "rejected";
  }
}

/** Mutations of a valid text: delete / duplicate / swap slices, insert hostile or structural characters, truncate. */
export function mutatedText(valid: string, alphabet: string[] = ['"', ",", "\n", "\r\n", ":", "-", "#", "'", "{", "}", "[", "]", "\t", " ", "\uFEFF", "\u0000", "é", "<script>", "&", "null", "1e999", "--", "|"]): fc.Arbitrary<string> {
  const pos = fc.nat({ max: Math.max(0, valid.length) });
  const edit = fc.oneof(
    fc.tuple(fc.constant("del" as const), pos, fc.nat({ max: 40 })),
    fc.tuple(fc.constant("ins" as const), pos, fc.oneof(fc.constantFrom(...alphabet), fc.string({ maxLength: 8 }), fc.string({ unit: "binary", maxLength: 4 }))),
    fc.tuple(fc.constant("dup" as const), pos, fc.nat({ max: 200 })),
    fc.tuple(fc.constant("cut" as const), pos, fc.constant(0)),
  );
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let s = valid;
    for (const [op, at, arg] of edits) {
      const i = Math.min(at, s.length);
      if (op === "del") s = s.slice(0, i) + s.slice(i + (arg as number));
      else if (op === "ins") s = s.slice(0, i) + (arg as string) + s.slice(i);
      else if (op === "dup") s = s.slice(0, i) + s.slice(i, i + (arg as number)) + s.slice(i);
      else s = s.slice(0, i);
    }
    return s;
  });
}

/** Import a parser module by repository path (a missing parser fails the suite). */
export async function parserModule<T>(relPath: string): Promise<T> {
  const path = await import("node:path");
  return (await import(/* @vite-ignore */ path.resolve(relPath))) as T;
}

/** Generic YAML-ish values (maps, lists, scalars with hostile strings) for structure-aware fuzzing. */
export const yamlValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  scalar: fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom("<script>window.__xss=1</script>", "javascript:alert(1)", "2024-02-30", "", "~", "*anchor", "&a", "!!binary", "1e400")),
  node: fc.oneof({ depthSize: "small" }, tie("scalar"), fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 10 }), tie("node"), { maxKeys: 5 })),
})).node;
