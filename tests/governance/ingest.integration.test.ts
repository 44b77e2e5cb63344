// The shipped sigs.yaml end to end: exact counts (recomputed here from the raw YAML), company
// normalisation, and "re-ingesting the same file writes nothing".
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createTestDatabase, databaseDigest, type TestDatabase } from "@/tests/setup/test-db";
import { ingest } from "./helpers";

const FILE = path.resolve("data/community/sigs.yaml");
type P = { github: string; company?: string };
type G = { dir: string; leadership?: { chairs?: P[]; tech_leads?: P[] }; subprojects?: unknown[] };
const raw = parse(readFileSync(FILE, "utf8")) as Record<string, G[]>;
const all = ["sigs", "workinggroups", "committees", "usergroups"].flatMap((k) => raw[k] ?? []);
const expected = {
  sig: raw.sigs!.length,
  wg: raw.workinggroups!.length,
  committee: raw.committees!.length,
  usergroup: (raw.usergroups ?? []).length,
  subprojects: all.reduce((n, g) => n + (g.subprojects?.length ?? 0), 0),
  chairs: all.reduce((n, g) => n + (g.leadership?.chairs?.length ?? 0), 0),
  techLeads: all.reduce((n, g) => n + (g.leadership?.tech_leads?.length ?? 0), 0),
  leaders: new Set(all.flatMap((g) => [...(g.leadership?.chairs ?? []), ...(g.leadership?.tech_leads ?? [])].map((p) => p.github.toLowerCase()))).size,
};

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase("gov");
});
afterAll(async () => {
  await db?.drop();
});

describe("ingesting the shipped sigs.yaml", () => {
  it("the raw file has the documented shape", () => {
    expect(expected).toEqual({ sig: 24, wg: 8, committee: 3, usergroup: 0, subprojects: 236, chairs: 112, techLeads: 54, leaders: 129 });
  });

  it("loads every group, subproject and seat", async () => {
    const t0 = Date.now();
    const summary = await ingest(db.pool, [FILE], { detect: true });
    const ms = Date.now() - t0;
    expect(summary.outcome).toBe("committed");
    const src = summary.sources.find((s) => s.kind === "sigs")!;
    expect(src.asOf).toEqual({ date: "2026-08-21", source: "provenance" });
    expect(ms).toBeLessThan(20_000);
    const q = async (sql: string) => (await db.pool.query(sql)).rows;
    const kinds = Object.fromEntries((await q(`SELECT kind::text, count(*)::int AS n FROM governance_group GROUP BY kind`)).map((r) => [r.kind, r.n]));
    expect({ sig: kinds.sig ?? 0, wg: kinds.wg ?? 0, committee: kinds.committee ?? 0, usergroup: kinds.usergroup ?? 0 }).toEqual({ sig: expected.sig, wg: expected.wg, committee: expected.committee, usergroup: expected.usergroup });
    expect((await q(`SELECT count(*)::int AS n FROM subproject`))[0].n).toBe(expected.subprojects);
    const seats = Object.fromEntries((await q(`SELECT role::text, count(*)::int AS n FROM group_role WHERE role IN ('chair','tech_lead') GROUP BY role`)).map((r) => [r.role, r.n]));
    expect(seats).toEqual({ chair: expected.chairs, tech_lead: expected.techLeads });
    expect((await q(`SELECT count(DISTINCT person_id)::int AS n FROM group_role WHERE role IN ('chair','tech_lead')`))[0].n).toBe(expected.leaders);
    expect((await q(`SELECT count(*)::int AS n FROM governance_snapshot`))[0].n).toBe(1);
    expect((await q(`SELECT count(*)::int AS n FROM governance_change`))[0].n).toBe(0);
  });

  it("normalises employer spellings through the company directory and keeps the raw string", async () => {
    const rows = (await db.pool.query<{ company_raw: string; slug: string }>(`SELECT DISTINCT r.company_raw, c.slug FROM group_role r JOIN company c ON c.id = r.company_id WHERE r.company_raw IN ('Kubermatic GmbH','Kubermatic','Lambda AI','Lambda, Inc','Red Hat','Google')`)).rows;
    const bySlug = (raw: string) => rows.find((r) => r.company_raw === raw)?.slug;
    expect(bySlug("Kubermatic GmbH")).toBe("kubermatic");
    expect(bySlug("Kubermatic")).toBe("kubermatic");
    expect(bySlug("Lambda AI")).toBe("lambda");
    expect(bySlug("Lambda, Inc")).toBe("lambda");
    expect(bySlug("Red Hat")).toBe("red-hat");
    expect(bySlug("Google")).toBe("google");
    // no explicitly named employer ends up as a placeholder company
    const placeholders = (await db.pool.query(`SELECT count(*)::int AS n FROM group_role r JOIN company c ON c.id = r.company_id WHERE c.slug IN ('notfound', 'unknown')`)).rows[0].n;
    expect(placeholders).toBe(0);
  });

  it("normalises meetings and OWNERS URLs", async () => {
    const m = (await db.pool.query(`SELECT count(*)::int AS n, count(time_zone)::int AS tz, count(weekday)::int AS wd FROM meeting`)).rows[0];
    expect(m).toEqual({ n: 102, tz: 102, wd: 102 });
    const poland = (await db.pool.query(`SELECT time_zone FROM meeting WHERE tz_raw = 'Poland'`)).rows[0];
    expect(poland.time_zone).toBe("Europe/Warsaw");
    const owners = (await db.pool.query(`SELECT count(*)::int AS n, count(repo)::int AS parsed FROM subproject_owner`)).rows[0];
    expect(owners).toEqual({ n: 526, parsed: 526 });
    const oci = (await db.pool.query(`SELECT org, repo, path FROM subproject_owner WHERE url LIKE 'https://github.com/oracle/%'`)).rows[0];
    expect(oci).toEqual({ org: "oracle", repo: "cluster-api-provider-oci", path: "" });
  });

  it("re-ingesting the same file reports unchanged and writes nothing", async () => {
    const before = await databaseDigest(db.pool);
    const summary = await ingest(db.pool, [FILE]);
    expect(summary.outcome).toBe("unchanged");
    expect(summary.sources[0]!.changed).toBe(false);
    expect(await databaseDigest(db.pool)).toBe(before);
  });
});
