// DTO schemas for the contributions pages and /api/v1/companies, /compare, /diversity (plain JSON values only).
import { z } from "zod";

export const SourceDto = z.object({ label: z.string(), upstream: z.string().nullable(), asOf: z.string().nullable() });

export const RankingRowDto = z.object({
  rank: z.number().int(),
  slug: z.string(),
  name: z.string(),
  /** raw DevStats company strings aggregated into this row */
  rawNames: z.array(z.string()),
  value: z.number(),
  share: z.number().nullable(),
  previous: z.number().nullable(),
  deltaAbs: z.number().nullable(),
  deltaRel: z.number().nullable(),
});

export const RankingDto = z.object({
  metric: z.string(),
  range: z.string(),
  repoGroup: z.string(),
  /** companies-table: DevStats CompaniesTable totals; series: monthly ComStatsRepoGrp buckets summed over the range */
  basis: z.enum(["companies-table", "series", "none"]),
  rangeStart: z.string().nullable(),
  rangeEnd: z.string().nullable(),
  previousRange: z.string().nullable(),
  total: z.number().nullable(),
  unaffiliated: z.number().nullable(),
  excludeIndependent: z.boolean(),
  rows: z.array(RankingRowDto),
  /** ranked rows before any ?rows= limit */
  rowCount: z.number().int(),
  note: z.string().nullable(),
  source: SourceDto,
});
export type Ranking = z.infer<typeof RankingDto>;

/** The first `rows` rows of a ranking (all of them for "all"); rowCount keeps the full count. */
export function limitRanking(r: Ranking, rows: number | "all"): Ranking {
  return rows === "all" || r.rows.length <= rows ? r : { ...r, rows: r.rows.slice(0, rows) };
}

export const RankingOptionsDto = z.object({
  metrics: z.array(z.string()),
  ranges: z.array(z.object({ name: z.string(), kind: z.string(), metrics: z.array(z.string()) })),
  repoGroups: z.array(z.object({ name: z.string(), groupDir: z.string().nullable() })),
});
export type RankingOptions = z.infer<typeof RankingOptionsDto>;

export const PointDto = z.object({ t: z.string(), value: z.number() });

export const CompanyDetailDto = z.object({
  slug: z.string(),
  name: z.string(),
  legalName: z.string().nullable(),
  rawNames: z.array(z.object({ raw: z.string(), source: z.string() })),
  totals: z.array(z.object({ metric: z.string(), range: z.string(), value: z.number(), share: z.number().nullable(), rank: z.number().int() })),
  series: z.array(PointDto),
  seriesMetric: z.string(),
  byRepoGroup: z.array(z.object({ repoGroup: z.string(), groupDir: z.string().nullable(), value: z.number(), share: z.number().nullable(), lastYear: z.number() })),
  developers: z.array(z.object({ login: z.string(), value: z.number(), rank: z.number().int() })),
  developersScope: z.object({ metric: z.string(), range: z.string(), repoGroup: z.string() }).nullable(),
  source: SourceDto,
});
export type CompanyDetail = z.infer<typeof CompanyDetailDto>;

export const CompareDto = z.object({
  companies: z.array(z.object({ slug: z.string(), name: z.string() })),
  missing: z.array(z.string()),
  totals: z.array(z.object({ metric: z.string(), range: z.string(), values: z.array(z.number().nullable()) })),
  series: z.array(z.object({ t: z.string(), values: z.array(z.number().nullable()) })),
  byRepoGroup: z.array(z.object({ repoGroup: z.string(), groupDir: z.string().nullable(), values: z.array(z.number()) })),
  source: SourceDto,
});
export type Compare = z.infer<typeof CompareDto>;

export const DiversityRowDto = z.object({
  repoGroup: z.string(),
  groupDir: z.string().nullable(),
  year: z.string().nullable(),
  total: z.number(),
  companies: z.number().int(),
  elephantFactor: z.number().int(),
  topCompany: z.string().nullable(),
  topShare: z.number().nullable(),
  hhi: z.number().nullable(),
});
export const DiversityDto = z.object({ year: z.string().nullable(), years: z.array(z.string()), rows: z.array(DiversityRowDto), note: z.string(), source: SourceDto });
export type Diversity = z.infer<typeof DiversityDto>;

export const GroupContributionsDto = z.object({
  groupDir: z.string(),
  repoGroups: z.array(z.string()),
  companies: z.array(z.object({ slug: z.string().nullable(), name: z.string(), rawName: z.string(), lastYear: z.number(), allTime: z.number() })),
  trend: z.array(DiversityRowDto.omit({ repoGroup: true, groupDir: true })),
  note: z.string(),
  source: SourceDto,
});
export type GroupContributions = z.infer<typeof GroupContributionsDto>;
