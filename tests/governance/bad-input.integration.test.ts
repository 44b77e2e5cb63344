// Bad sigs.yaml input: every case fails with a message that names the place (or warns and stores the
// value inertly), and nothing partial is written (row counts before == after).
import { openSync, closeSync, ftruncateSync, writeSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IngestValidationError, formatProblem } from "@/lib/ingest/problems";
import { createTestDatabase, tableCounts, type TestDatabase } from "@/tests/setup/test-db";
import { ingest, sig, sigsYaml, tempFile } from "./helpers";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase("gov");
  await ingest(db.pool, [tempFile("sigs-2025-01-01.yaml", sigsYaml({ sigs: sig("sig-base", "Base", ["ann"]) }))]);
});
afterAll(async () => {
  await db?.drop();
});

/** Ingest `text` expecting a validation error; returns the formatted problems and checks no row changed. */
async function rejects(name: string, text: string): Promise<string[]> {
  const before = await tableCounts(db.pool);
  const err = await ingest(db.pool, [tempFile(name, text)]).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IngestValidationError);
  expect(await tableCounts(db.pool)).toEqual(before);
  return (err as IngestValidationError).problems.filter((p) => p.severity === "error").map(formatProblem);
}

describe("bad sigs.yaml input", () => {
  it("YAML syntax error: line and column in the message", async () => {
    const msgs = await rejects("sigs-2025-02-01.yaml", "sigs:\n  - dir: sig-a\n    name: [unclosed\n  - dir: sig-b\nworkinggroups: []\n");
    expect(msgs[0]).toMatch(/sigs-2025-02-01\.yaml:4:3: YAML syntax error: Flow sequence/); // where the parser notices the unclosed [ of line 3
  });

  it("a group without dir", async () => {
    const msgs = await rejects("sigs-2025-02-02.yaml", sigsYaml({ sigs: sig("sig-ok", "Ok", ["ann"]) + "\n  - name: Nameless\n    label: nameless" }));
    expect(msgs).toEqual([expect.stringMatching(/:\d+:\d+: sigs\[1\]\.dir: is required$/)]);
  });

  it("a duplicate dir (naming both places)", async () => {
    const msgs = await rejects("sigs-2025-02-03.yaml", sigsYaml({ sigs: sig("sig-dup", "Dup", ["ann"]), workinggroups: sig("sig-dup", "Dup again", ["bob"]) }));
    expect(msgs).toEqual([expect.stringMatching(/workinggroups\[0\]\.dir: duplicate dir "sig-dup" \(first at sigs\[0\] line 2\)/)]);
  });

  it("a person without github", async () => {
    const yaml = sigsYaml({ sigs: sig("sig-p", "P", ["ann"]).replace("        - github: ann\n          name: ann Person", "        - name: Anonymous Person") });
    const msgs = await rejects("sigs-2025-02-04.yaml", yaml);
    expect(msgs).toEqual([expect.stringMatching(/:9:11: sigs\[0\]\.leadership\.chairs\[0\]\.github: is required/)]);
  });

  it("a wrong type: text where a list is expected", async () => {
    const yaml = sigsYaml({ sigs: sig("sig-t", "T", ["ann"]).replace(/    leadership:\n      chairs:\n        - github: ann\n          name: ann Person/, "    leadership:\n      chairs: ann") });
    const msgs = await rejects("sigs-2025-02-05.yaml", yaml);
    expect(msgs).toEqual([expect.stringMatching(/sigs\[0\]\.leadership\.chairs: expected a list, got text "ann"/)]);
  });

  it("a file of 50 MB is refused with a size message before it is read", async () => {
    const file = tempFile("sigs-2025-02-06.yaml", "sigs:\n");
    const fd = openSync(file, "r+");
    writeSync(fd, "sigs:\n  - dir: sig-huge\n");
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const before = await tableCounts(db.pool);
    const err = (await ingest(db.pool, [file], { detect: true }).catch((e: unknown) => e)) as IngestValidationError;
    expect(err).toBeInstanceOf(IngestValidationError);
    expect(err.message).toMatch(/file is 50\.0 MB; a sigs\.yaml is at most 8 MB/);
    expect(await tableCounts(db.pool)).toEqual(before);
  });

  it("javascript: and malformed URLs are stored as text with a warning; HTML in a mission is stored verbatim", async () => {
    const evil = sig("sig-evil", "Evil", ["mal"], [], "")
      .replace("https://zoom.us/j/1", "javascript:alert(document.cookie)")
      .replace("Mission of Evil", '"<script>alert(1)</script><b>bold</b>"')
      .replace("charter_link: charter.md", "charter_link: 'javascript:alert(2)'")
      .replace("    contact:\n", "    contact:\n      mailing_list: ht!tp://not a url\n");
    const summary = await ingest(db.pool, [tempFile("sigs-2025-03-01.yaml", sigsYaml({ sigs: evil }))]);
    expect(summary.outcome).toBe("committed");
    const warnings = summary.sources[0]!.warnings.map(formatProblem);
    expect(warnings.some((w) => /meetings\[0\]\.url: "javascript:alert\(document\.cookie\)" is not an http\(s\) URL/.test(w))).toBe(true);
    expect(warnings.some((w) => /contact\.mailing_list: "ht!tp:\/\/not a url" is not an http\(s\) URL/.test(w))).toBe(true);
    const g = (await db.pool.query(`SELECT mission_statement, charter_link FROM governance_group WHERE dir = 'sig-evil'`)).rows[0];
    expect(g).toEqual({ mission_statement: "<script>alert(1)</script><b>bold</b>", charter_link: "javascript:alert(2)" });
    expect((await db.pool.query(`SELECT url FROM meeting m JOIN governance_group g ON g.id = m.group_id WHERE g.dir = 'sig-evil'`)).rows[0].url).toBe("javascript:alert(document.cookie)");
  });

  it("unknown keys are kept (extra) with a warning, missing optional keys are fine", async () => {
    const yaml = sigsYaml({ sigs: sig("sig-new-keys", "New keys", ["ann"], [], "    annual_report: 2025\n    sponsors: [x, y]"), extra: "future_section:\n  a: 1\n" }).replace("usergroups: []\n", "");
    const summary = await ingest(db.pool, [tempFile("sigs-2025-04-01.yaml", yaml)]);
    expect(summary.outcome).toBe("committed");
    const w = summary.sources[0]!.warnings.map((p) => p.message).join("\n");
    expect(w).toMatch(/unknown group key "annual_report"/);
    expect(w).toMatch(/unknown top-level key "future_section"/);
    expect((await db.pool.query(`SELECT extra FROM governance_group WHERE dir = 'sig-new-keys'`)).rows[0].extra).toEqual({ annual_report: 2025, sponsors: ["x", "y"] });
    expect((await db.pool.query(`SELECT extra FROM governance_snapshot WHERE as_of = '2025-04-01'`)).rows[0].extra).toEqual({ future_section: { a: 1 } });
  });
});
