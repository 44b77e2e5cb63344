// Integration: the ingest framework against a real PostgreSQL database (releases.csv as the source).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { runIngest } from "@/lib/ingest/run";
import { IngestValidationError } from "@/lib/ingest/problems";
import { releasesSource } from "@/lib/ingest/releases/source";
import { copyText } from "@/lib/ingest/copy-rows";
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

  it("bulk loads COPY straight into an empty slice, and fall back to the staged path when a key already exists", async () => {
    const client = await db.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("INSERT INTO project (slug, name) VALUES ('p2', 'P2') ON CONFLICT DO NOTHING");
      const pid = (await client.query("SELECT id FROM project WHERE slug = 'p2'")).rows[0].id as number;
      const columns = ["project_id:int4", "name:text", "normalized_name:text", "group_dir:text"].map((c) => ({ name: c.split(":")[0]!, type: c.split(":")[1]! }));
      const spec = { table: "repo_group", key: ["project_id", "name"], columns, scope: { project_id: pid, group_dir: "bulk" } };
      const odd = "tab\there, new\nline, back\\slash \\N, ünïcødé, 'quote' \"dq\"";
      const rows = Array.from({ length: 1_500 }, (_, i) => [pid, `row-${i}`, i === 7 ? odd : `norm-${i}`, "bulk"]);
      // a row outside the scope that shares a key with the input: the straight COPY must fail and fall back
      await client.query("INSERT INTO repo_group (project_id, name, normalized_name, ingest_run_id) VALUES ($1, 'row-900', 'other', 1)", [pid]);
      expect(await syncRows(client, spec, rows, 1)).toEqual({ added: 1_499, updated: 1, removed: 0, unchanged: 0 });
      const back = await client.query("SELECT name, normalized_name, group_dir FROM repo_group WHERE project_id = $1 AND name IN ('row-7', 'row-900') ORDER BY name", [pid]);
      expect(back.rows).toEqual([{ name: "row-7", normalized_name: odd, group_dir: "bulk" }, { name: "row-900", normalized_name: "norm-900", group_dir: "bulk" }]);
      expect(await syncRows(client, spec, rows, 2)).toEqual({ added: 0, updated: 0, removed: 0, unchanged: 1_500 });

      // straight path proper: a fresh scope, no shared key
      const fresh = { ...spec, scope: { project_id: pid, group_dir: "fresh" } };
      const freshRows = rows.map((r, i) => [pid, `new-${r[1]}`, `new-norm-${i}`, "fresh"]);
      expect(await syncRows(client, fresh, freshRows, 3)).toEqual({ added: 1_500, updated: 0, removed: 0, unchanged: 0 });
      const runIds = await client.query("SELECT DISTINCT ingest_run_id FROM repo_group WHERE project_id = $1 AND group_dir = 'fresh'", [pid]);
      expect(runIds.rows).toEqual([{ ingest_run_id: 3 }]);
      // scope {} is the whole table: new keys must replace what is there, never be added beside it
      const whole = { ...spec, table: "repo_group", scope: {} };
      const replaced = rows.map((r, i) => [pid, `whole-${i}`, `whole-norm-${i}`, "whole"]);
      const before = Number((await client.query("SELECT count(*) AS n FROM repo_group")).rows[0].n);
      expect(before).toBeGreaterThan(0);
      expect(await syncRows(client, whole, replaced, 4)).toEqual({ added: 1_500, updated: 0, removed: before, unchanged: 0 });
      expect(Number((await client.query("SELECT count(*) AS n FROM repo_group")).rows[0].n)).toBe(1_500);
      const dupRows = [...freshRows.map((r, i) => [pid, `x-${r[1]}`, `x-norm-${i}`, "dup"]), [pid, "x-new-row-0", "x-norm-extra", "dup"]];
      await expect(syncRows(client, { ...spec, scope: { project_id: pid, group_dir: "dup" } }, dupRows, 4)).rejects.toThrow(/duplicate key/);
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });
});

describe("copyText", () => {
  it("encodes values in COPY text format", () => {
    expect(copyText(null, "text")).toBe("\\N");
    expect(copyText(undefined, "int4")).toBe("\\N");
    expect(copyText("a\tb\nc\\d\re", "text")).toBe("a\\tb\\nc\\\\d\\re");
    expect(copyText(true, "bool")).toBe("t");
    expect(copyText(1.5e-7, "float8")).toBe("1.5e-7");
    expect(copyText({ a: "x\ty" }, "jsonb")).toBe('{"a":"x\\\\ty"}');
    expect(copyText("plain", "jsonb")).toBe('"plain"');
    expect(copyText(new Date("2025-01-02T03:04:05Z"), "timestamptz")).toBe("2025-01-02T03:04:05.000Z");
  });
});

