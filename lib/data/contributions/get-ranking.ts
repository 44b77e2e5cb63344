import "server-only";
// Company ranking for metric × range × repo group. Repo group "All" reads the DevStats companies table;
// other repo groups sum the monthly company series over the range's dates (only additive metrics).
import type { Db } from "@/lib/db/prisma";
import { delta, rankByValue, share } from "@/lib/contributions/ranking";
import { rangeKind as rangeKindOf, releaseRangeEnds } from "@/lib/ingest/devstats/names";
import type { Ranking } from "./dto";
import { RANKING_SQL } from "./ranking-sql";
import { getDevstatsSource } from "./source";
import { memoByDataVersion } from "@/lib/data/cache/memo-by-data-version";

/** Metrics whose monthly buckets can be added up over a range (distinct-people counts cannot). */
export const ADDITIVE_SERIES_METRICS = new Set(["Contributions", "Commits", "Pushes", "Comments", "Issues created", "Pull requests created", "All activity", "Reviews submitted"]);

export interface RankingParams {
  metric: string;
  range: string;
  repoGroup: string;
  excludeIndependent?: boolean;
}

interface Row {
  slug: string;
  name: string;
  raws: string[];
  value: number;
}

/** Ranking rows for one companies table (bare SQL in ./ranking-sql.ts, for the bench: `pool.query(RANKING_SQL, [metric, range])`). */
async function tableRows(db: Db, metric: string, range: string): Promise<{ rows: Row[]; total: number | null; unaffiliated: number | null }> {
  const rows = await db.$queryRawUnsafe<{ slug: string | null; name: string | null; raws: string[]; value: number }[]>(RANKING_SQL, metric, range);
  let total: number | null = null;
  let unaffiliated: number | null = null;
  const out: Row[] = [];
  for (const r of rows) {
    if (r.slug && r.name) out.push({ slug: r.slug, name: r.name, raws: r.raws, value: r.value });
    else if (r.raws.includes("All")) total = r.value;
    else unaffiliated = (unaffiliated ?? 0) + r.value;
  }
  return { rows: out, total, unaffiliated };
}

async function seriesRows(db: Db, metric: string, repoGroup: string, from: Date | null, to: Date | null): Promise<{ rows: Row[]; total: number | null }> {
  const rows = await db.$queryRaw<{ slug: string | null; name: string | null; raws: string[]; value: number }[]>`
    SELECT c.slug, c.display_name AS name, array_agg(DISTINCT s.company_raw) AS raws, sum(s.value)::float8 AS value
    FROM contribution_series s
    JOIN repo_group g ON g.id = s.repo_group_id AND g.name = ${repoGroup}
    JOIN project p ON p.id = s.project_id AND p.slug = 'kubernetes'
    LEFT JOIN company c ON c.id = s.company_id
    WHERE s.metric = ${metric} AND s.period = 'm'
      AND (${from}::timestamptz IS NULL OR s.period_start >= date_trunc('month', ${from}::timestamptz))
      AND (${to}::timestamptz IS NULL OR s.period_start < ${to}::timestamptz)
    GROUP BY c.id, c.slug, c.display_name, (c.id IS NULL AND s.company_raw = 'All')`;
  let total: number | null = null;
  const out: Row[] = [];
  for (const r of rows) {
    if (r.slug && r.name) out.push({ slug: r.slug, name: r.name, raws: r.raws, value: r.value });
    else if (r.raws.includes("All")) total = r.value;
  }
  return { rows: out, total };
}

/** The ranking table for the /companies page and /api/v1/companies. */
async function getRankingUncached(db: Db, p: RankingParams): Promise<Ranking> {
  const [source, rangeRows] = await Promise.all([
    getDevstatsSource(db),
    db.$queryRaw<{ name: string; starts_at: Date | null; ends_at: Date | null }[]>`
      SELECT r.name, r.starts_at, r.ends_at FROM devstats_range r JOIN project p ON p.id = r.project_id AND p.slug = 'kubernetes'`,
  ]);
  const range = rangeRows.find((r) => r.name === p.range);
  const base = {
    metric: p.metric, range: p.range, repoGroup: p.repoGroup, excludeIndependent: !!p.excludeIndependent,
    rangeStart: range?.starts_at?.toISOString() ?? null, rangeEnd: range?.ends_at?.toISOString() ?? null, source,
  };
  let rows: Row[];
  let total: number | null;
  let unaffiliated: number | null = null;
  let previousRange: string | null = null;
  let previous = new Map<string, number>();
  let basis: Ranking["basis"] = "companies-table";
  let note: string | null = null;
  let current: Map<string, number> | null = null;
  let deltaNote: string | null = null;
  if (p.repoGroup === "All") {
    ({ rows, total, unaffiliated } = await tableRows(db, p.metric, p.range));
    const ends = releaseRangeEnds(p.range);
    if (ends) {
      const prevName = rangeRows.map((r) => r.name).find((n) => releaseRangeEnds(n)?.to === ends.from);
      if (prevName) {
        const prev = await tableRows(db, p.metric, prevName);
        if (prev.rows.length) {
          previousRange = prevName;
          previous = new Map(prev.rows.map((r) => [r.slug, r.value]));
        }
      }
    }
    if (!previousRange && range?.starts_at && range.ends_at && ADDITIVE_SERIES_METRICS.has(p.metric) && rangeKindOf(p.range) === "rolling") {
      const trend = await rollingTrend(db, p.metric, range.starts_at, range.ends_at);
      if (trend) {
        previousRange = trend.label;
        previous = trend.previous;
        current = trend.current;
        deltaNote = `Change compares the ${trend.months} full months up to ${trend.end} with the ${trend.months} months before, from DevStats monthly company statistics (listed companies only).`;
      }
    }
    if (rows.length === 0) note = `No DevStats companies table for ${p.metric} over ${p.range}.`;
  } else if (!ADDITIVE_SERIES_METRICS.has(p.metric)) {
    rows = [];
    total = null;
    basis = "none";
    note = `${p.metric} counts distinct people, so monthly values cannot be added up over a range; per-repo-group rankings are available for Contributions.`;
  } else {
    if (!range || (!range.starts_at && !range.ends_at && p.range !== "Last century")) {
      rows = [];
      total = null;
      note = range ? `The dates of ${p.range} are not known, so monthly values cannot be added up for it.` : `Unknown range ${p.range}.`;
    } else {
      ({ rows, total } = await seriesRows(db, p.metric, p.repoGroup, range.starts_at, range.ends_at));
      basis = "series";
      note = `Monthly company statistics for ${p.repoGroup} (DevStats ComStatsRepoGrp) added up over ${p.range}${total === null ? "; the export lists only its top companies, so shares are of the listed companies" : ""}. Months are counted whole.`;
      if (total === null) total = rows.reduce((s, r) => s + r.value, 0) || null;
    }
  }
  if (p.excludeIndependent) rows = rows.filter((r) => r.slug !== "independent");
  const ranked = rankByValue(rows, (r) => r.value, (r) => r.name).map(({ rank, row }) => {
    // rolling ranges: both sides come from the monthly series (same basis); companies not in the series get no change
    const prev = previousRange ? (current ? (previous.get(row.slug) ?? null) : (previous.get(row.slug) ?? 0)) : null;
    const d = current ? delta(current.get(row.slug) ?? 0, current.has(row.slug) ? prev : null) : delta(row.value, prev);
    return { rank, slug: row.slug, name: row.name, rawNames: row.raws, value: row.value, share: share(row.value, total), previous: prev, deltaAbs: d.abs, deltaRel: d.rel };
  });
  return { ...base, basis, previousRange, total, unaffiliated, rows: ranked, rowCount: ranked.length, note: [note, deltaNote].filter(Boolean).join(" ") || null };
}

/** Same-length windows of whole months from the repo group "All" monthly series: the last n full months before the range end, and the n before that. */
async function rollingTrend(db: Db, metric: string, start: Date, end: Date): Promise<{ label: string; months: number; end: string; current: Map<string, number>; previous: Map<string, number> } | null> {
  const months = Math.round((end.getTime() - start.getTime()) / (30.44 * 86_400_000));
  if (months < 1 || months > 60) return null;
  const curEnd = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1));
  const curStart = new Date(Date.UTC(curEnd.getUTCFullYear(), curEnd.getUTCMonth() - months, 1));
  const prevStart = new Date(Date.UTC(curEnd.getUTCFullYear(), curEnd.getUTCMonth() - 2 * months, 1));
  const rows = await db.$queryRaw<{ slug: string; cur: number; prev: number; first: Date }[]>`
    SELECT c.slug,
      coalesce(sum(s.value) FILTER (WHERE s.period_start >= ${curStart} AND s.period_start < ${curEnd}), 0)::float8 AS cur,
      coalesce(sum(s.value) FILTER (WHERE s.period_start >= ${prevStart} AND s.period_start < ${curStart}), 0)::float8 AS prev,
      min(s.period_start) AS first
    FROM contribution_series s
    JOIN repo_group g ON g.id = s.repo_group_id AND g.name = 'All'
    JOIN company c ON c.id = s.company_id
    WHERE s.metric = ${metric} AND s.period = 'm' AND s.period_start >= ${prevStart} AND s.period_start < ${curEnd}
    GROUP BY c.slug`;
  if (rows.length === 0 || rows.every((r) => r.first > prevStart)) return null;
  const lastMonth = new Date(Date.UTC(curEnd.getUTCFullYear(), curEnd.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  return {
    label: `previous ${months} month${months === 1 ? "" : "s"}`,
    months,
    end: lastMonth,
    current: new Map(rows.map((r) => [r.slug, r.cur])),
    previous: new Map(rows.map((r) => [r.slug, r.prev])),
  };
}

/** getRanking, cached until the next ingest commits (see lib/data/cache/memo-by-data-version.ts). */
export const getRanking = memoByDataVersion(getRankingUncached);
