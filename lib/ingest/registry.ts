// Every source kind the ingest CLI knows, in one list. Domain modules add their kinds here.
import { conformanceSource } from "./conformance/source";
import { sigsSource } from "./governance/source";
import { releasesSource } from "./releases/source";
import type { SourceKind } from "./types";

/** All registered source kinds (order within a run comes from each kind's `order`). */
export const SOURCE_KINDS: SourceKind[] = [releasesSource as SourceKind, sigsSource as SourceKind, conformanceSource as SourceKind];
