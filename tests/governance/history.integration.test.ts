// Two hand-made snapshots ingested in both orders give the same history, and the current tables
// always show the newest snapshot (an older one never replaces them).
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/test-db";
import { ingest, sig, sigsYaml, tempFile } from "./helpers";

const OLD = tempFile(
  "sigs-2025-01-15.yaml",
  sigsYaml({ sigs: [sig("sig-alpha", "Alpha", ["ann:Google", "bob:Red Hat"], ["alpha-core", "alpha-legacy"]), sig("sig-beta", "Beta", ["cat:VMware"], ["beta-one"])].join("\n"), workinggroups: sig("wg-old", "Old", ["dan"]).replace(/sig-/g, "x-") }),
);
const NEW = tempFile(
  "sigs-2025-07-01.yaml",
  sigsYaml({ sigs: [sig("sig-alpha", "Alpha", ["ann:Google", "eve:Microsoft"], ["alpha-core", "alpha-next"]), sig("sig-beta", "Beta", ["cat:Broadcom"], ["beta-one"]), sig("sig-gamma", "Gamma", ["fay"])].join("\n") }),
);

const dbs: TestDatabase[] = [];
afterAll(async () => {
  for (const d of dbs) await d.drop();
});

async function historyAfter(order: string[]) {
  const db = await createTestDatabase("gov");
  dbs.push(db);
  for (const f of order) expect((await ingest(db.pool, [f])).outcome).toBe("committed");
  const changes = (await db.pool.query(`SELECT snapshot_date::text AS date, previous_date::text AS prev, kind, group_dir, subproject, subject, role FROM governance_change ORDER BY 1, 3, 4, 5, 6, 7`)).rows;
  const groups = (await db.pool.query(`SELECT dir FROM governance_group ORDER BY dir`)).rows.map((r) => r.dir);
  const chairs = (await db.pool.query(`SELECT g.dir, p.github, r.company_raw FROM group_role r JOIN governance_group g ON g.id = r.group_id JOIN person p ON p.id = r.person_id WHERE r.role = 'chair' ORDER BY 1, 2`)).rows;
  const people = (await db.pool.query(`SELECT github FROM person ORDER BY 1`)).rows.map((r) => r.github);
  return { db, changes, groups, chairs, people };
}

describe("snapshot history", () => {
  it("records what changed between snapshots, dated by the newer one", async () => {
    const { changes } = await historyAfter([OLD, NEW]);
    const line = (c: Record<string, string>) => [c.date, c.prev, c.kind, c.group_dir, c.subproject, c.subject, c.role].filter(Boolean).join(" ");
    expect(changes.map(line)).toEqual([
      "2025-07-01 2025-01-15 group_created sig-gamma sig-gamma sig",
      "2025-07-01 2025-01-15 group_retired wg-old wg-old wg",
      "2025-07-01 2025-01-15 lead_joined sig-alpha eve chair",
      "2025-07-01 2025-01-15 lead_joined sig-gamma fay chair",
      "2025-07-01 2025-01-15 lead_left sig-alpha bob chair",
      "2025-07-01 2025-01-15 lead_left wg-old dan chair",
      "2025-07-01 2025-01-15 subproject_added sig-alpha alpha-next",
      "2025-07-01 2025-01-15 subproject_removed sig-alpha alpha-legacy",
    ]);
  });

  it("gives the same history and current tables when the older snapshot is ingested last", async () => {
    const forward = await historyAfter([OLD, NEW]);
    const backward = await historyAfter([NEW, OLD]);
    expect(backward.changes).toEqual(forward.changes);
    expect(backward.groups).toEqual(["sig-alpha", "sig-beta", "sig-gamma"]);
    expect(backward.groups).toEqual(forward.groups);
    expect(backward.chairs).toEqual(forward.chairs);
    expect(backward.chairs.find((c) => c.github === "cat")?.company_raw).toBe("Broadcom");
    // people of the older snapshot exist (their person pages show past roles)
    expect(backward.people).toContain("bob");
    expect(backward.people).toContain("dan");
  });

  it("an older snapshot leaves the current tables untouched", async () => {
    const db = await createTestDatabase("gov");
    dbs.push(db);
    await ingest(db.pool, [NEW]);
    const current = async () => (await db.pool.query(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS d FROM (SELECT dir, name, ingest_run_id FROM governance_group UNION ALL SELECT natural_key, company_raw, ingest_run_id FROM group_role) t`)).rows[0].d;
    const before = await current();
    const summary = await ingest(db.pool, [OLD]);
    expect(summary.sources[0]!.tables.governance_group).toBeUndefined();
    expect(await current()).toBe(before);
  });

  it("dates snapshots from --as-of over the file name", async () => {
    const db = await createTestDatabase("gov");
    dbs.push(db);
    const s = await ingest(db.pool, [OLD], { asOf: "2024-12-31" });
    expect(s.sources[0]!.asOf).toEqual({ date: "2024-12-31", source: "--as-of" });
    const s2 = await ingest(db.pool, [NEW]);
    expect(s2.sources[0]!.asOf).toEqual({ date: "2025-07-01", source: "file name" });
    expect((await db.pool.query(`SELECT as_of::text AS d, as_of_source AS s FROM governance_snapshot ORDER BY 1`)).rows).toEqual([
      { d: "2024-12-31", s: "--as-of" },
      { d: "2025-07-01", s: "file name" },
    ]);
  });
});
