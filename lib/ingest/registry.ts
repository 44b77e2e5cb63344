// Every source kind the ingest CLI knows, in one list. Domain modules add their kinds here.
import { devstatsSource } from "./devstats/source";
import { releasesSource } from "./releases/source";
import type { SourceKind } from "./types";

/** All registered source kinds (order within a run comes from each kind's `order`). */
export const SOURCE_KINDS: SourceKind[] = [releasesSource as SourceKind, devstatsSource as SourceKind];
