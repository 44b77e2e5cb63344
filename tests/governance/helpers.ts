// Shared helpers for governance integration tests: run the real ingest against a test database.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { SOURCE_KINDS } from "@/lib/ingest/registry";
import { runIngest } from "@/lib/ingest/run";

/** Ingest `paths` (explicitly as kind "sigs" unless detection is wanted) with optional --as-of. */
export function ingest(pool: pg.Pool, paths: string[], opts: { asOf?: string; detect?: boolean } = {}) {
  return runIngest({ paths, kind: opts.detect ? undefined : "sigs", options: { asOf: opts.asOf, flags: {} } }, { pool, kinds: SOURCE_KINDS });
}

/** Write `text` to a fresh temp folder under `name` and return its path. */
export function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bazaar-gov-"));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** A tiny sigs.yaml: groups given as YAML snippets under each list key. */
export function sigsYaml(parts: { sigs?: string; workinggroups?: string; committees?: string; extra?: string }): string {
  return [`sigs:${parts.sigs ? "\n" + parts.sigs : " []"}`, `workinggroups:${parts.workinggroups ? "\n" + parts.workinggroups : " []"}`, `committees:${parts.committees ? "\n" + parts.committees : " []"}`, "usergroups: []", parts.extra ?? ""].join("\n") + "\n";
}

/** A SIG entry with the given chairs ("login:Company" strings), subprojects and optional extra YAML lines. */
export function sig(dir: string, name: string, chairs: string[], subprojects: string[] = [], more = ""): string {
  const people = chairs.map((c) => {
    const [gh, company] = c.split(":");
    return `        - github: ${gh}\n          name: ${gh} Person${company ? `\n          company: ${company}` : ""}`;
  });
  const subs = subprojects.map((s) => `      - name: ${s}\n        owners:\n          - https://raw.githubusercontent.com/kubernetes/${s}/master/OWNERS`);
  return [
    `  - dir: ${dir}`,
    `    name: ${name}`,
    `    mission_statement: Mission of ${name}`,
    `    charter_link: charter.md`,
    `    label: ${dir.replace(/^sig-/, "")}`,
    `    leadership:`,
    `      chairs:`,
    ...people,
    `    meetings:`,
    `      - description: Regular SIG Meeting`,
    `        day: Thursday`,
    `        time: "9:00"`,
    `        tz: PT (Pacific Time)`,
    `        frequency: biweekly`,
    `        url: https://zoom.us/j/1`,
    `    contact:`,
    `      slack: ${dir}`,
    subs.length ? `    subprojects:\n${subs.join("\n")}` : "",
    more,
  ].filter(Boolean).join("\n");
}
