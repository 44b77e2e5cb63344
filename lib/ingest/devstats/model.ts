// The normalised facts one or more DevStats export files yield, before they are written.

/** Where a fact came from (for file:line messages on conflicts). */
export interface Origin {
  file: string;
  line?: number;
}

/** One row of a companies table (CompaniesTable / Grafana /d/9). */
export interface TotalFact {
  metric: string;
  range: string;
  repoGroup: string;
  companyRaw: string;
  rank: number | null;
  value: number;
  at: Origin;
}

/** One company's value in one period bucket (ComStatsRepoGrp / Grafana /d/54). */
export interface SeriesFact {
  metric: string;
  period: string;
  repoGroup: string;
  companyRaw: string;
  /** ISO timestamp of the bucket start */
  periodStart: string;
  value: number;
  at: Origin;
}

/** One developer row (DevActCnt: companyRaw "*"; DevActCntComp: company, "" when unaffiliated). */
export interface DeveloperFact {
  metric: string;
  range: string;
  repoGroup: string;
  country: string;
  login: string;
  companyRaw: string;
  rank: number;
  value: number;
  /** true when the request filtered companies (ranks are then relative to the filter) */
  filtered: boolean;
  at: Origin;
}

/** Contributing companies / developers per period (ComContribRepoGrp / Grafana /d/11). */
export interface GroupActivityFact {
  period: string;
  repoGroup: string;
  periodStart: string;
  companies: number;
  developers: number;
  at: Origin;
}

/** A DevStats quick range and, when known, its dates. */
export interface RangeFact {
  name: string;
  suffix: string | null;
  startsAt: string | null;
  endsAt: string | null;
  sortOrder: number;
}

/** Any other API response kept whole. */
export interface DocumentFact {
  api: string;
  paramsKey: string;
  payload: unknown;
  at: Origin;
}

/** Everything parsed from a set of files. Slices list every (table, scope) a file fully describes, even when empty. */
export interface DevstatsBatch {
  totals: TotalFact[];
  series: SeriesFact[];
  developers: DeveloperFact[];
  groupActivity: GroupActivityFact[];
  repoGroups: Set<string>;
  repos: Map<string, string>;
  ranges: RangeFact[];
  documents: DocumentFact[];
  /** "metric\u0000range\u0000repoGroup" slices a companies table fully describes */
  totalSlices: Set<string>;
  /** "metric\u0000period\u0000repoGroup" */
  seriesSlices: Set<string>;
  /** "metric\u0000range\u0000repoGroup\u0000country" */
  developerSlices: Set<string>;
  /** "period\u0000repoGroup" */
  activitySlices: Set<string>;
}

/** An empty batch. */
export function emptyBatch(): DevstatsBatch {
  return {
    totals: [], series: [], developers: [], groupActivity: [], repoGroups: new Set(), repos: new Map(), ranges: [], documents: [],
    totalSlices: new Set(), seriesSlices: new Set(), developerSlices: new Set(), activitySlices: new Set(),
  };
}

/** Join slice parts with NUL (never inside names). */
export const sliceKey = (...parts: string[]): string => parts.join("\u0000");
