// DevStats vocabulary: metric display names, period codes, quick-range names and repo-group names
// (FORMAT.md §1, §5, §6), plus the mapping of repo groups to governance group dirs.

/** CompaniesTable metrics: display name → internal name (FORMAT.md §1). */
export const COMPANY_TABLE_METRICS: Record<string, string> = {
  Commenters: "commenters", Comments: "comments", "Commit commenters": "commitcommenters", Commits: "commits",
  Committers: "committers", "Documentation commits": "documentationcommits", "Documentation committers": "documentationcommitters",
  Pushers: "pushers", "GitHub Events": "events", Forkers: "forkers", "Issue commenters": "issuecommenters", Issuers: "issues",
  "PR authors": "prcreators", "PR reviews": "prreviewers", "PR reviewers": "prreviewers", "PR review commenters": "prreviewcommenters",
  "Pull requests": "prs", "Contributing in repositories": "repositories", Contributors: "contributors", Contributions: "contributions",
  Watchers: "watchers",
};

/** ComStatsRepoGrp metrics (company statistics by repository group). */
export const COMPANY_STATS_METRICS: Record<string, string> = {
  "All activity": "activity", "Active authors": "authors", "Issues created": "issues", "Pull requests created": "prs",
  Commits: "commits", Committers: "committers", Pushers: "pushers", Pushes: "pushes", Contributions: "contributions",
  Contributors: "contributors", Comments: "comments", "Reviews submitted": "reviews",
};

/** DevActCnt / DevActCntComp metrics. */
export const DEVELOPER_METRICS: Record<string, string> = {
  Comments: "comments", "Commit comments": "commit_comments", Commits: "commits", "GitHub Events": "events",
  "GitHub pushes": "pushes", "Issue comments": "issue_comments", Issues: "issues", PRs: "prs", "Merged PRs": "merged_prs",
  "Review comments": "review_comments", Contributions: "contributions", "Active repositories": "active_repos",
  Approves: "approves", Reviews: "reviews",
};

export type MetricFamily = "companies" | "company-stats" | "developers";
const FAMILIES: Record<MetricFamily, Record<string, string>> = {
  companies: COMPANY_TABLE_METRICS,
  "company-stats": COMPANY_STATS_METRICS,
  developers: DEVELOPER_METRICS,
};

const loose = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");

/** Canonical display name of a metric given as display name, internal name or slug ("GitHub-Events"); null if unknown. */
export function canonicalMetric(family: MetricFamily, raw: string): string | null {
  const table = FAMILIES[family];
  const k = loose(raw);
  for (const [display, internal] of Object.entries(table)) if (loose(display) === k || loose(internal) === k) return display;
  return null;
}

/** DevStats period names → codes. */
export const PERIODS: Record<string, string> = { Day: "d", "7 Days MA": "d7", "28 Days MA": "d28", Week: "w", Month: "m", Quarter: "q", Year: "y" };

/** Period code of a period name or code ("Month", "m"); null if unknown. */
export function canonicalPeriod(raw: string): string | null {
  const k = loose(raw);
  for (const [name, code] of Object.entries(PERIODS)) if (loose(name) === k || code === raw.trim().toLowerCase()) return code;
  return null;
}

/** Rolling ranges in DevStats order, with suffixes. */
export const ROLLING_RANGES: [string, string][] = [
  ["Last day", "d"], ["Last week", "w"], ["Last 10 days", "d10"], ["Last month", "m"], ["Last quarter", "q"], ["Last 6 months", "m6"],
  ["Last year", "y"], ["Last 2 years", "y2"], ["Last 3 years", "y3"], ["Last 5 years", "y5"], ["Last decade", "y10"], ["Last century", "y100"],
];
/** CNCF milestone ranges with suffixes. */
export const MILESTONE_RANGES: [string, string][] = [
  ["Before joining CNCF", "c_b"], ["Since joining CNCF", "c_n"], ["CNCF join date - moved to incubation", "c_j_i"],
  ["Moved to incubation - graduated", "c_i_g"], ["Since graduating", "c_g_n"], ["CNCF join date - graduated", "c_j_g"],
];
const TAG = String.raw`v\d+\.\d+(?:\.\d+)?`;
const RELEASE_RANGE = new RegExp(`^(${TAG}) - (${TAG}|now)$`);
const CUSTOM_RANGE = /^range:(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})$/;

export type RangeKind = "rolling" | "release" | "milestone" | "custom";

/** Kind of a DevStats range name, or null when it is not one DevStats knows. */
export function rangeKind(name: string): RangeKind | null {
  if (ROLLING_RANGES.some(([n]) => n === name)) return "rolling";
  if (MILESTONE_RANGES.some(([n]) => n === name)) return "milestone";
  if (RELEASE_RANGE.test(name)) return "release";
  if (CUSTOM_RANGE.test(name)) return "custom";
  return null;
}

/** Canonical range name from a name or a file-name slug ("Last-century", "v1.33.0---v1.34.0"); null if unknown. */
export function canonicalRange(raw: string): string | null {
  const s = raw.trim();
  if (rangeKind(s)) return s;
  const release = s.replace(/^(v[\d.]+)---?(v[\d.]+|now)$/, "$1 - $2");
  if (rangeKind(release)) return release;
  const k = loose(s);
  for (const [n] of [...ROLLING_RANGES, ...MILESTONE_RANGES]) if (loose(n) === k) return n;
  return null;
}

/** The release range just before a release range ("v1.34.0 - now" → "v1.33.0 - v1.34.0" is found by its end tag). */
export function releaseRangeEnds(name: string): { from: string; to: string } | null {
  const m = RELEASE_RANGE.exec(name);
  return m ? { from: m[1]!, to: m[2]! } : null;
}

/** DevStats NormalizeName(): lower case, spaces and -/.,;:`()[]<>_"' removed ("SIG Node" → "signode"). */
export function normalizeRepoGroup(name: string): string {
  return name.toLowerCase().replace(/[\s\-/.,;:`()[\]<>_"']/g, "");
}

const GROUP_DIR_OVERRIDES: Record<string, string | null> = {
  "Steering Committee": "committee-steering",
  "Product Security Committee": "committee-security-response",
  "SIG Cluster Lifecycle (Cluster API)": "sig-cluster-lifecycle",
  Kubernetes: null,
  Other: null,
  All: null,
};

/** Governance group dir a repo group belongs to ("SIG Node" → "sig-node"); null for Kubernetes, Other, All. */
export function groupDirFor(repoGroup: string): string | null {
  if (repoGroup in GROUP_DIR_OVERRIDES) return GROUP_DIR_OVERRIDES[repoGroup]!;
  const m = /^(SIG|WG|Committee) (.+)$/i.exec(repoGroup);
  if (!m) return null;
  return `${m[1]!.toLowerCase()}-${m[2]!.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

/** Match a file-name slug ("SIG-Cluster-Lifecycle-Cluster-API") to one of the known names, or null. */
export function matchSlug(slug: string, known: Iterable<string>): string | null {
  const k = loose(slug);
  for (const name of known) if (loose(name) === k) return name;
  return null;
}

/** The 27 Kubernetes repo groups (FORMAT.md §5) plus All and Other: used to read repo-group slugs in file names. */
export const KUBERNETES_REPO_GROUPS = [
  "All", "Kubernetes", "Other", "Product Security Committee", "Steering Committee", "SIG API Machinery", "SIG Apps", "SIG Architecture",
  "SIG Auth", "SIG Autoscaling", "SIG CLI", "SIG Cloud Provider", "SIG Cluster Lifecycle", "SIG Cluster Lifecycle (Cluster API)",
  "SIG Contributor Experience", "SIG Docs", "SIG Instrumentation", "SIG Multicluster", "SIG Network", "SIG Node", "SIG Release",
  "SIG Scalability", "SIG Scheduling", "SIG Service Catalog", "SIG Storage", "SIG Testing", "SIG UI", "SIG Usability", "SIG Windows",
];
