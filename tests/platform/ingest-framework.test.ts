// Integration: the ingest framework against a real PostgreSQL database (releases.csv as the source).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { runIngest } from "@/lib/ingest/run";
import { IngestValidationError } from "@/lib/ingest/problems";
import { releasesSource } from "@/lib/ingest/releases/source";
import { syncRows } from "@/lib/ingest/sync";
import type { SourceKind } from "@/lib/ingest/types";
import { createTestDatabase, databaseDigest, tableCounts, type TestDatabase } from "../setup/test-db";

const kinds = [releasesSource as SourceKind];
const RELEASES = path.resolve("data/kubernetes/releases.csv");
const BAD = path.resolve("tests/platform/fixtures/releases-bad.csv");
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase("platform");
});
afterAll(async () => {
  await db?.drop();
});

describe("runIngest", () => {
  it("loads releases.csv, recording provenance on the ingest run", async () => {
    const summary = await runIngest({ paths: [RELEASES], options: { flags: {} } }, { pool: db.pool, kinds });
    expect(summary.outcome).toBe("committed");
    const rawLines = (await import("node:fs")).readFileSync(RELEASES, "utf8").trim().split("\n").length - 1;
    expect(summary.sources[0]!.tables.kubernetes_release!.added).toBe(rawLines);
    const run = await db.pool.query("SELECT kind, status, digest, upstream_repo, as_of::text FROM ingest_run");
    expect(run.rows).toHaveLength(1);
    expect(run.rows[0]).toMatchObject({ kind: "releases", status: "succeeded", as_of: "2025-12-17" });
    expect(run.rows[0].digest).toMatch(/^[0-9a-f]{64}$/);
    const r132 = await db.pool.query("SELECT release_date::text, end_of_life_date FROM kubernetes_release WHERE minor = '1.32'");
    expect(r132.rows[0]).toEqual({ release_date: "2024-12-11", end_of_life_date: null });
  });

  it("re-ingesting the same file reports unchanged and writes nothing", async () => {
    const before = await databaseDigest(db.pool);
    const summary = await runIngest({ paths: [RELEASES], options: { flags: {} } }, { pool: db.pool, kinds });
    expect(summary.outcome).toBe("unchanged");
    expect(summary.sources[0]!.tables.kubernetes_release).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(await databaseDigest(db.pool)).toBe(before);
  });

  it("a malformed file fails with file:line:field messages and leaves the database exactly as before", async () => {
    const before = await databaseDigest(db.pool);
    const counts = await tableCounts(db.pool);
    const err = await runIngest({ paths: [BAD], options: { flags: {} } }, { pool: db.pool, kinds, cwd: path.resolve(".") }).catch((e) => e);
    expect(err).toBeInstanceOf(IngestValidationError);
    const messages = (err as IngestValidationError).message;
    expect(messages).toContain("tests/platform/fixtures/releases-bad.csv:3: release_date:");
    expect(messages).toContain("releases-bad.csv:5: minor: duplicate minor 1.32 (first on line 4)");
    expect(await databaseDigest(db.pool)).toBe(before);
    expect(await tableCounts(db.pool)).toEqual(counts);
  });

  it("a dry run counts changes and rolls them back", async () => {
    await db.pool.query("DELETE FROM kubernetes_release WHERE minor = '1.20'");
    const before = await databaseDigest(db.pool);
    const summary = await runIngest({ paths: [RELEASES], dryRun: true, options: { flags: {} } }, { pool: db.pool, kinds });
    expect(summary.outcome).toBe("dry-run");
    expect(summary.sources[0]!.tables.kubernetes_release!.added).toBe(1);
    expect(await databaseDigest(db.pool)).toBe(before);
  });

  it("an unknown file or kind is refused before anything is written", async () => {
    await expect(runIngest({ paths: ["package.json"], options: { flags: {} } }, { pool: db.pool, kinds })).rejects.toThrow(/no source kind recognises/);
    await expect(runIngest({ paths: [RELEASES], kind: "nope", options: { flags: {} } }, { pool: db.pool, kinds })).rejects.toThrow(/unknown kind "nope"/);
    await expect(runIngest({ paths: ["does/not/exist"], options: { flags: {} } }, { pool: db.pool, kinds })).rejects.toThrow(/no such file/);
  });

  it("a failure while writing rolls back everything written earlier in the run", async () => {
    await db.pool.query("DELETE FROM kubernetes_release WHERE minor IN ('1.20', '1.21')");
    const before = await databaseDigest(db.pool);
    const exploding: SourceKind<null> = {
      kind: "exploding",
      description: "test kind that fails while writing",
      order: 99,
      detect: async (p) => p.endsWith("package.json"),
      parse: async () => ({ data: null, warnings: [], records: 0 }),
      write: async () => {
        throw new Error("boom after the releases were written");
      },
    };
    await expect(
      runIngest({ paths: [RELEASES, path.resolve("package.json")], options: { flags: {} } }, { pool: db.pool, kinds: [...kinds, exploding as SourceKind] }),
    ).rejects.toThrow(/boom/);
    expect(await databaseDigest(db.pool)).toBe(before);
  });
});

describe("syncRows", () => {
  it("reports added / updated / removed / unchanged within a scope", async () => {
    const client = await db.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("INSERT INTO project (slug, name) VALUES ('p1', 'P1') ON CONFLICT DO NOTHING");
      const pid = (await client.query("SELECT id FROM project WHERE slug = 'p1'")).rows[0].id as number;
      const spec = {
        table: "repo_group",
        key: ["project_id", "name"],
        columns: [
          { name: "project_id", type: "int4" },
          { name: "name", type: "text" },
          { name: "normalized_name", type: "text" },
          { name: "group_dir", type: "text" },
        ],
        scope: { project_id: pid },
      };
      const first = await syncRows(client, spec, [[pid, "SIG Node", "signode", "sig-node"], [pid, "SIG Apps", "sigapps", null]], 1);
      expect(first).toEqual({ added: 2, updated: 0, removed: 0, unchanged: 0 });
      const second = await syncRows(client, spec, [[pid, "SIG Node", "signode", "sig-node"], [pid, "SIG Apps", "sigapps", "sig-apps"], [pid, "All", "all", null]], 2);
      expect(second).toEqual({ added: 1, updated: 1, removed: 0, unchanged: 1 });
      const third = await syncRows(client, spec, [[pid, "All", "all", null]], 3);
      expect(third).toEqual({ added: 0, updated: 0, removed: 2, unchanged: 1 });
      await expect(syncRows(client, spec, [[pid, "X", "x", null], [pid, "X", "y", null]], 4)).rejects.toThrow(/duplicate key/);
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });
});
