// Shared reads for the conformance data functions: release dates, provenance lines, status of a product's certifications.
import "server-only";
import type { Db } from "@/lib/db/prisma";
import { shortSha } from "@/lib/format";
import { utcDate } from "@/lib/conformance/dates";
import { productStatus, type ProductStatus, type ReleaseDates } from "@/lib/conformance/lapse";
import type { z } from "zod";
import type { SourceDto } from "./dto";

type Source = z.infer<typeof SourceDto>;

/** Upstream tree URL of a k8s-conformance submission folder. */
export function k8sUpstreamUrl(sourcePath: string): string {
  return `https://github.com/cncf/k8s-conformance/tree/master/${sourcePath.split("/").map(encodeURIComponent).join("/")}`;
}

/** Upstream tree URL of an AI conformance submission folder. */
export function aiUpstreamUrl(sourcePath: string): string {
  return `https://github.com/cncf/ai-conformance/tree/main/${sourcePath.split("/").map(encodeURIComponent).join("/")}`;
}

/** Release dates of every Kubernetes minor in kubernetes_release, and the provenance of both inputs (two queries). */
export async function loadReleasesAndSources(db: Db): Promise<{ releases: ReleaseDates; sources: Source[] }> {
  const [rel, runs] = await Promise.all([
    db.$queryRaw<{ minor: string; release_date: Date }[]>`SELECT minor, release_date FROM kubernetes_release`,
    db.$queryRaw<{ kind: string; as_of: Date | null; upstream_repo: string | null; upstream_commit: string | null; path: string }[]>`
      SELECT DISTINCT ON (kind) kind, as_of, upstream_repo, upstream_commit, path FROM ingest_run
      WHERE status = 'succeeded' AND kind IN ('conformance', 'releases') ORDER BY kind, finished_at DESC`,
  ]);
  const releases = new Map(rel.map((r) => [r.minor, r.release_date.toISOString().slice(0, 10)]));
  const sources: Source[] = runs.map((r) => {
    const repo = r.upstream_repo ? (/^[\w.-]+\/[\w.-]+/.exec(r.upstream_repo)?.[0] ?? r.upstream_repo) : null;
    return {
      label: r.kind === "conformance" ? `Certified Kubernetes submissions and merge dates (${r.path})` : "Kubernetes release dates (releases.csv)",
      upstream: r.kind === "conformance" && repo ? `${repo}${r.upstream_commit ? ` @ ${shortSha(r.upstream_commit)}` : ""}` : r.upstream_repo,
      asOf: r.as_of ? r.as_of.toISOString().slice(0, 10) : null,
    };
  });
  return { releases, sources };
}

/** A product's status as of `asOf` from its (version, merge timestamp) pairs. */
export function statusOf(certs: { minor: string; certifiedAt: Date | null }[], releases: ReleaseDates, asOf: string): ProductStatus {
  return productStatus(certs.map((c) => ({ minor: c.minor, certifiedOn: c.certifiedAt ? utcDate(c.certifiedAt.toISOString()) : null })), releases, asOf);
}

/** Does a certification with merge date `certifiedOn` (YYYY-MM-DD or null) count as of `asOf`? */
export function countsOnAsOf(minor: string, certifiedOn: string | null, releases: ReleaseDates, asOf: string): boolean {
  const from = certifiedOn ?? releases.get(minor) ?? null;
  return from === null || from <= asOf;
}

/** Does a certification count as of `asOf` (merged on or before it; unknown merge date → from its version's release)? */
export function countsAsOf(minor: string, certifiedAt: Date | null, releases: ReleaseDates, asOf: string): boolean {
  const from = certifiedAt ? utcDate(certifiedAt.toISOString()) : releases.get(minor) ?? null;
  return from === null || from <= asOf;
}
