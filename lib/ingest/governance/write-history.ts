// Writes one snapshot's row and membership facts, adds its people, and recomputes governance_change
// from all snapshots in date order (so out-of-order ingests still give the right history).
import type { Fact } from "@/lib/governance/history";
import { changesFromSnapshots } from "@/lib/governance/history";
import { syncRows } from "../sync";
import type { TableCounts, WriteContext } from "../types";
import type { SigsParsed } from "./source";

/** Write snapshot + facts + changes; returns whether this snapshot is the newest on record. */
export async function writeHistory(ctx: WriteContext, data: SigsParsed, counts: Record<string, TableCounts>): Promise<{ isNewest: boolean; snapshotId: number }> {
  const { client, runId, projectId } = ctx;
  counts.governance_snapshot = await syncRows(
    client,
    { table: "governance_snapshot", key: ["project_id", "as_of"], columns: [{ name: "project_id", type: "int4" }, { name: "as_of", type: "date" }, { name: "as_of_source", type: "text" }, { name: "digest", type: "text" }, { name: "extra", type: "jsonb" }] },
    [[projectId, data.asOf.date, data.asOf.source, ctx.input.digest, data.snapshot.topLevelExtra]],
    runId,
  );
  const snap = await client.query<{ id: number; newest: boolean }>(
    `SELECT id, as_of = (SELECT max(as_of) FROM governance_snapshot WHERE project_id = $1) AS newest FROM governance_snapshot WHERE project_id = $1 AND as_of = $2`,
    [projectId, data.asOf.date],
  );
  const snapshotId = snap.rows[0]!.id;
  const isNewest = snap.rows[0]!.newest;
  ctx.progress(`snapshot ${data.asOf.date} (${isNewest ? "newest" : "older than the newest"})`);

  counts.governance_snapshot_fact = await syncRows(
    client,
    {
      table: "governance_snapshot_fact",
      key: ["snapshot_id", "fact_type", "group_dir", "subproject", "subject", "role"],
      columns: ["snapshot_id:int4", "fact_type", "group_dir", "subproject", "subject", "role", "label", "company_raw"].map(col),
      scope: { snapshot_id: snapshotId },
    },
    data.snapshot.facts.map((f) => [snapshotId, f.factType, f.groupDir, f.subproject, f.subject, f.role, f.label, f.companyRaw ?? null]),
    runId,
  );

  // People of every snapshot exist (person pages cover past roles); older snapshots never overwrite names.
  const people = new Map<string, { github: string; name: string | null }>();
  for (const g of data.snapshot.groups)
    for (const p of [...g.chairs, ...g.techLeads, ...g.emeritusLeads, ...(g.liaison ? [g.liaison] : []), ...g.subprojects.flatMap((s) => s.leads)])
      if (!people.has(p.githubKey) || (!people.get(p.githubKey)!.name && p.name)) people.set(p.githubKey, { github: p.github, name: p.name });
  const rows = [...people].map(([key, p]) => [key, p.github, p.name]);
  if (isNewest) {
    counts.person = await syncRows(client, { table: "person", key: ["github_key"], columns: ["github_key", "github", "name"].map(col) }, rows, runId);
  } else {
    const ins = await client.query(
      `INSERT INTO person (github_key, github, name, ingest_run_id) SELECT k, g, n, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS x(k, g, n) ON CONFLICT (github_key) DO NOTHING`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), runId],
    );
    counts.person = { added: ins.rowCount ?? 0, updated: 0, removed: 0, unchanged: rows.length - (ins.rowCount ?? 0) };
  }

  const all = await client.query<{ as_of: string } & Record<string, string>>(
    `SELECT s.as_of::text AS as_of, f.fact_type, f.group_dir, f.subproject, f.subject, f.role, f.label
       FROM governance_snapshot_fact f JOIN governance_snapshot s ON s.id = f.snapshot_id WHERE s.project_id = $1`,
    [projectId],
  );
  const byDate = new Map<string, Fact[]>();
  for (const r of all.rows) {
    const list = byDate.get(r.as_of) ?? [];
    list.push({ factType: r.fact_type as Fact["factType"], groupDir: r.group_dir!, subproject: r.subproject!, subject: r.subject!, role: r.role!, label: r.label ?? null });
    byDate.set(r.as_of, list);
  }
  const dates = await client.query<{ as_of: string }>(`SELECT as_of::text AS as_of FROM governance_snapshot WHERE project_id = $1`, [projectId]);
  const changes = changesFromSnapshots(dates.rows.map((d) => ({ date: d.as_of, facts: byDate.get(d.as_of) ?? [] })));
  counts.governance_change = await syncRows(
    client,
    {
      table: "governance_change",
      key: ["project_id", "snapshot_date", "kind", "group_dir", "subproject", "subject", "role"],
      columns: ["project_id:int4", "snapshot_date:date", "kind", "group_dir", "subproject", "subject", "role", "label", "previous_date:date"].map(col),
      scope: { project_id: projectId },
    },
    changes.map((c) => [projectId, c.snapshotDate, c.kind, c.groupDir, c.subproject, c.subject, c.role, c.label, c.previousDate]),
    runId,
  );
  return { isNewest, snapshotId };
}

/** "name" → text column, "name:type" → typed column. */
export function col(spec: string): { name: string; type: string } {
  const [name, type] = spec.split(":");
  return { name: name!, type: type ?? "text" };
}
