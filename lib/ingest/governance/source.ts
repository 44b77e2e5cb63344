// Source kind "sigs": kubernetes/community sigs.yaml → governance snapshot facts + history, and (when the
// snapshot is the newest on record) the current group / person / seat / subproject / meeting / contact tables.
import { open, readFile, stat } from "node:fs/promises";
import { loadCompanyDirectory } from "@/lib/companies/company-directory";
import { IngestValidationError } from "../problems";
import type { SourceKind, TableCounts } from "../types";
import { resolveAsOf } from "./as-of";
import { guardPlaceholders } from "./company-guard";
import { parseSigsYaml } from "./parse-sigs";
import type { SigsSnapshot } from "./types";
import { writeCurrent } from "./write-current";
import { writeHistory } from "./write-history";

/** Larger inputs are refused before reading: today's upstream file is ~0.2 MB. */
export const MAX_SIGS_BYTES = 8 * 1024 * 1024;

/** The parsed snapshot plus the date it describes. */
export interface SigsParsed {
  snapshot: SigsSnapshot;
  asOf: { date: string; source: string };
}

/** kubernetes/community sigs.yaml (SIGs, WGs, committees, user groups, leads, subprojects, meetings). */
export const sigsSource: SourceKind<SigsParsed> = {
  kind: "sigs",
  description: "kubernetes/community sigs.yaml (groups, leads, subprojects, meetings; --as-of for older snapshots)",
  order: 30,
  async detect(path, isDirectory) {
    if (isDirectory || !/\.ya?ml$/i.test(path)) return false;
    const fh = await open(path, "r");
    try {
      const { bytesRead, buffer } = await fh.read(Buffer.alloc(4096), 0, 4096, 0);
      const head = buffer.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "");
      return /^(sigs|workinggroups|committees|usergroups)\s*:/m.test(head);
    } finally {
      await fh.close();
    }
  },
  async parse(input, options) {
    const size = (await stat(input.path)).size;
    if (size > MAX_SIGS_BYTES) {
      throw new IngestValidationError([{ file: input.displayPath, severity: "error", message: `file is ${(size / 1024 / 1024).toFixed(1)} MB; a sigs.yaml is at most ${MAX_SIGS_BYTES / 1024 / 1024} MB (upstream's is about 0.2 MB), so it was not read` }]);
    }
    const { snapshot, warnings } = parseSigsYaml(await readFile(input.path, "utf8"), input.displayPath);
    const asOf = resolveAsOf({ asOf: options.asOf, filePath: input.path, provenanceAsOf: input.provenance?.asOf });
    return { data: { snapshot, asOf }, warnings, asOf, records: snapshot.groups.length };
  },
  async write(ctx, parsed) {
    const counts: Record<string, TableCounts> = {};
    const { isNewest } = await writeHistory(ctx, parsed.data, counts);
    if (isNewest) await writeCurrent(ctx, parsed.data.snapshot, counts, guardPlaceholders(loadCompanyDirectory()));
    return counts;
  },
};
