// Merges facts from many files into one batch: identical duplicates collapse, conflicting duplicates are errors
// naming both places (DevStats data often arrives twice, e.g. as API JSON and as Grafana CSV).
import type { ProblemLog } from "../problems";
import { type DevstatsBatch, emptyBatch, type Origin } from "./model";

const where = (o: Origin) => (o.line ? `${o.file}:${o.line}` : o.file);

function dedupe<T extends { at: Origin }>(rows: T[], key: (r: T) => string, same: (a: T, b: T) => boolean, describe: (r: T) => string, log: ProblemLog, prefer?: (a: T, b: T) => boolean): T[] {
  const seen = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    const prev = seen.get(k);
    if (!prev) seen.set(k, r);
    else if (!same(prev, r)) log.error(r.at.file, `conflicting duplicate for ${describe(r)}: ${where(prev.at)} says ${describe2(prev)}, this row says ${describe2(r)}`, { line: r.at.line });
    else if (prefer?.(r, prev)) seen.set(k, r);
  }
  return [...seen.values()];
}
const describe2 = (r: unknown) => {
  const o = r as Record<string, unknown>;
  return "value" in o ? String(o.value) : `${o.companies} companies / ${o.developers} developers`;
};
const eq = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** Merge batches into one; conflicting duplicates are logged as errors. */
export function mergeBatches(batches: DevstatsBatch[], log: ProblemLog): DevstatsBatch {
  const all = batches.reduce((acc, b) => {
    for (const x of b.totals) acc.totals.push(x);
    for (const x of b.series) acc.series.push(x);
    for (const x of b.developers) acc.developers.push(x);
    for (const x of b.groupActivity) acc.groupActivity.push(x);
    b.repoGroups.forEach((g) => acc.repoGroups.add(g));
    b.repos.forEach((g, r) => acc.repos.set(r, g));
    for (const x of b.ranges) acc.ranges.push(x);
    for (const x of b.documents) acc.documents.push(x);
    b.totalSlices.forEach((s) => acc.totalSlices.add(s));
    b.seriesSlices.forEach((s) => acc.seriesSlices.add(s));
    b.developerSlices.forEach((s) => acc.developerSlices.add(s));
    b.activitySlices.forEach((s) => acc.activitySlices.add(s));
    return acc;
  }, emptyBatch());
  const sep = "\u0000";
  all.totals = dedupe(all.totals, (r) => [r.metric, r.range, r.repoGroup, r.companyRaw].join(sep), (a, b) => eq(a.value, b.value), (r) => `${r.metric} / ${r.range} / ${r.repoGroup} / "${r.companyRaw}"`, log);
  all.series = dedupe(all.series, (r) => [r.metric, r.period, r.repoGroup, r.companyRaw, r.periodStart].join(sep), (a, b) => eq(a.value, b.value), (r) => `${r.metric} / ${r.period} / ${r.repoGroup} / "${r.companyRaw}" / ${r.periodStart.slice(0, 10)}`, log);
  all.developers = dedupe(all.developers, (r) => [r.metric, r.range, r.repoGroup, r.country, r.login, r.companyRaw].join(sep), (a, b) => eq(a.value, b.value), (r) => `${r.metric} / ${r.range} / ${r.repoGroup} / ${r.login} / "${r.companyRaw}"`, log, (next, prev) => prev.filtered && !next.filtered);
  all.groupActivity = dedupe(all.groupActivity, (r) => [r.period, r.repoGroup, r.periodStart].join(sep), (a, b) => eq(a.companies, b.companies) && eq(a.developers, b.developers), (r) => `${r.period} / ${r.repoGroup} / ${r.periodStart.slice(0, 10)}`, log);
  const docs = new Map(all.documents.map((d) => [`${d.api}${sep}${d.paramsKey}`, d]));
  all.documents = [...docs.values()];
  const ranges = new Map<string, (typeof all.ranges)[number]>();
  for (const r of all.ranges) {
    const prev = ranges.get(r.name);
    ranges.set(r.name, prev ? { name: r.name, suffix: prev.suffix ?? r.suffix, startsAt: prev.startsAt ?? r.startsAt, endsAt: prev.endsAt ?? r.endsAt, sortOrder: Math.min(prev.sortOrder, r.sortOrder) } : r);
  }
  all.ranges = [...ranges.values()];
  return all;
}
