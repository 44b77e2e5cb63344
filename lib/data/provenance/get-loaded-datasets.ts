import "server-only";
import type { Db } from "@/lib/db/prisma";
import { shortSha } from "@/lib/format";
import { datasetLabel, datasetSection } from "./dataset-labels";

/** A dataset currently loaded: the newest successful ingest run of each kind. */
export interface LoadedDataset {
  kind: string;
  label: string;
  section: ReturnType<typeof datasetSection>;
  asOf: string | null;
  upstream: string | null;
  loadedAt: string;
  runs: number;
}

/** The loaded datasets with their "data as of" dates (one query). */
export async function getLoadedDatasets(db: Db): Promise<LoadedDataset[]> {
  const rows = await db.$queryRaw<{ kind: string; as_of: Date | null; upstream_repo: string | null; upstream_commit: string | null; finished_at: Date; runs: bigint }[]>`
    SELECT DISTINCT ON (kind) kind, as_of, upstream_repo, upstream_commit, finished_at,
           count(*) OVER (PARTITION BY kind) AS runs
    FROM ingest_run WHERE status = 'succeeded'
    ORDER BY kind, as_of DESC NULLS LAST, finished_at DESC`;
  return rows.map((r) => ({
    kind: r.kind,
    label: datasetLabel(r.kind),
    section: datasetSection(r.kind),
    asOf: r.as_of ? r.as_of.toISOString().slice(0, 10) : null,
    upstream: r.upstream_repo ? `${r.upstream_repo}${r.upstream_commit ? ` @ ${shortSha(r.upstream_commit)}` : ""}` : null,
    loadedAt: r.finished_at.toISOString(),
    runs: Number(r.runs),
  }));
}
