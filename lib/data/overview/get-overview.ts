import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/prisma";
import { getLoadedDatasets } from "@/lib/data/provenance/get-loaded-datasets";
import { getRanking } from "@/lib/data/contributions/get-ranking";
import { getLeadership } from "@/lib/data/governance/get-leadership";

const Leader = z.object({ slug: z.string().nullable(), name: z.string(), value: z.number(), share: z.number().nullable() });

/** Headline figures for the overview page and /api/v1/overview. */
export const OverviewDto = z.object({
  groups: z.object({ sig: z.number(), wg: z.number(), committee: z.number(), usergroup: z.number() }),
  people: z.number(),
  companies: z.object({ total: z.number(), withContributions: z.number() }),
  conformance: z.object({ products: z.number(), certifications: z.number(), newestVersion: z.string().nullable(), productsOnNewest: z.number(), aiPlatforms: z.number() }),
  releases: z.object({ count: z.number(), newest: z.string().nullable(), newestDate: z.string().nullable() }),
  datasets: z.array(z.object({ kind: z.string(), label: z.string(), section: z.string(), asOf: z.string().nullable(), upstream: z.string().nullable(), loadedAt: z.string(), runs: z.number() })),
  /** top companies by all-time Contributions (DevStats) and by chair + tech-lead seats (sigs.yaml) */
  topContributors: z.array(Leader),
  topLeadership: z.array(Leader),
  empty: z.boolean(),
});
export type Overview = z.infer<typeof OverviewDto>;

/** Counts across all three domains in one round trip, plus the loaded datasets. */
export async function getOverview(db: Db): Promise<Overview> {
  const [counts] = await db.$queryRaw<
    {
      sig: bigint; wg: bigint; committee: bigint; usergroup: bigint; people: bigint;
      companies: bigint; contributing: bigint; products: bigint; certifications: bigint;
      newest_version: string | null; on_newest: bigint; ai_platforms: bigint;
      releases: bigint; newest_release: string | null; newest_release_date: Date | null;
    }[]
  >`
    WITH newest AS (
      SELECT k8s_version FROM certification
      ORDER BY split_part(k8s_version, '.', 1)::int DESC, split_part(k8s_version, '.', 2)::int DESC LIMIT 1
    ), newest_release AS (
      SELECT minor, release_date FROM kubernetes_release ORDER BY major DESC, minor_number DESC LIMIT 1
    )
    SELECT
      (SELECT count(*) FROM governance_group WHERE kind = 'sig') AS sig,
      (SELECT count(*) FROM governance_group WHERE kind = 'wg') AS wg,
      (SELECT count(*) FROM governance_group WHERE kind = 'committee') AS committee,
      (SELECT count(*) FROM governance_group WHERE kind = 'usergroup') AS usergroup,
      (SELECT count(DISTINCT person_id) FROM group_role WHERE role IN ('chair', 'tech_lead')) AS people,
      (SELECT count(*) FROM company) AS companies,
      (SELECT count(DISTINCT company_id) FROM contribution_total WHERE company_id IS NOT NULL) AS contributing,
      (SELECT count(*) FROM conformance_product) AS products,
      (SELECT count(*) FROM certification) AS certifications,
      (SELECT k8s_version FROM newest) AS newest_version,
      (SELECT count(*) FROM certification WHERE k8s_version = (SELECT k8s_version FROM newest)) AS on_newest,
      (SELECT count(DISTINCT dir_name) FROM ai_submission) AS ai_platforms,
      (SELECT count(*) FROM kubernetes_release) AS releases,
      (SELECT minor FROM newest_release) AS newest_release,
      (SELECT release_date FROM newest_release) AS newest_release_date`;
  const c = counts!;
  const n = (x: bigint) => Number(x);
  const [datasets, ranking, leadership] = await Promise.all([
    getLoadedDatasets(db),
    getRanking(db, { metric: "Contributions", range: "Last century", repoGroup: "All" }),
    getLeadership(db, "seats"),
  ]);
  return {
    groups: { sig: n(c.sig), wg: n(c.wg), committee: n(c.committee), usergroup: n(c.usergroup) },
    people: n(c.people),
    companies: { total: n(c.companies), withContributions: n(c.contributing) },
    conformance: { products: n(c.products), certifications: n(c.certifications), newestVersion: c.newest_version, productsOnNewest: n(c.on_newest), aiPlatforms: n(c.ai_platforms) },
    releases: { count: n(c.releases), newest: c.newest_release, newestDate: c.newest_release_date ? c.newest_release_date.toISOString().slice(0, 10) : null },
    datasets,
    topContributors: ranking.rows.slice(0, 5).map((r) => ({ slug: r.slug, name: r.name, value: r.value, share: r.share })),
    topLeadership: leadership.rows.slice(0, 5).map((r) => ({ slug: r.slug, name: r.company, value: r.seats, share: r.share })),
    empty: datasets.length === 0,
  };
}
