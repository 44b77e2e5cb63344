// Writes companies and their raw aliases inside an ingest transaction and returns raw string → company id.
// Existing rows are left untouched, so re-ingesting the same data reports them as unchanged.
import type { PoolClient } from "pg";
import type { TableCounts } from "@/lib/ingest/types";
import { companyKey } from "./company-key";
import type { CompanyDirectory } from "./company-directory";

/** Resolve raw strings to company ids, inserting missing companies/aliases; `source` labels new aliases (e.g. "sigs.yaml"). */
export async function resolveCompanyIds(
  client: PoolClient,
  runId: number,
  directory: CompanyDirectory,
  raws: Iterable<string>,
  source: string,
): Promise<{ ids: Map<string, number | null>; counts: { company: TableCounts; company_alias: TableCounts } }> {
  const ids = new Map<string, number | null>();
  const companies = new Map<string, { displayName: string; legalName: string | null }>();
  const aliases = new Map<string, { alias: string; slug: string }>();
  for (const raw of raws) {
    if (ids.has(raw)) continue;
    const c = directory.resolve(raw);
    ids.set(raw, null);
    if (!c) continue;
    companies.set(c.slug, { displayName: c.displayName, legalName: c.legalName });
    const key = companyKey(raw);
    if (key && !aliases.has(key)) aliases.set(key, { alias: raw.trim(), slug: c.slug });
  }
  const slugs = [...companies.keys()];
  const ins = await client.query(
    `INSERT INTO company (slug, display_name, legal_name, ingest_run_id)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int4[]) ON CONFLICT (slug) DO NOTHING`,
    [slugs, slugs.map((s) => companies.get(s)!.displayName), slugs.map((s) => companies.get(s)!.legalName), slugs.map(() => runId)],
  );
  const keys = [...aliases.keys()];
  const insAlias = await client.query(
    `INSERT INTO company_alias (company_id, alias, alias_key, source, ingest_run_id)
     SELECT c.id, a.alias, a.key, $4, $5 FROM unnest($1::text[], $2::text[], $3::text[]) AS a(key, alias, slug) JOIN company c ON c.slug = a.slug
     ON CONFLICT (alias_key) DO NOTHING`,
    [keys, keys.map((k) => aliases.get(k)!.alias), keys.map((k) => aliases.get(k)!.slug), source, runId],
  );
  const rows = await client.query<{ slug: string; id: number }>(`SELECT slug, id FROM company WHERE slug = ANY($1::text[])`, [slugs]);
  const bySlug = new Map(rows.rows.map((r) => [r.slug, r.id]));
  for (const raw of ids.keys()) {
    const c = directory.resolve(raw);
    if (c) ids.set(raw, bySlug.get(c.slug) ?? null);
  }
  const added = ins.rowCount ?? 0;
  const aliasAdded = insAlias.rowCount ?? 0;
  return {
    ids,
    counts: {
      company: { added, updated: 0, removed: 0, unchanged: slugs.length - added },
      company_alias: { added: aliasAdded, updated: 0, removed: 0, unchanged: keys.length - aliasAdded },
    },
  };
}
