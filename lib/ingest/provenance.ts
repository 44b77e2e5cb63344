// Finds where bundled data came from: the nearest data/provenance.json above an input names the
// upstream repository, commit and as-of date for each bundled path.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { SourceInput } from "./types";

const ProvenanceFile = z.object({
  sources: z.array(
    z.object({
      path: z.string(),
      upstreamRepo: z.string().optional(),
      upstreamCommit: z.string().optional(),
      asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    }).passthrough(),
  ),
});

/** Provenance entry for `absPath`: the longest `path` in the nearest provenance.json that contains it. */
export async function findProvenance(absPath: string): Promise<SourceInput["provenance"]> {
  let dir = path.dirname(absPath);
  while (true) {
    const candidate = path.join(dir, "provenance.json");
    if (existsSync(candidate)) {
      const parsed = ProvenanceFile.safeParse(JSON.parse(await readFile(candidate, "utf8")));
      if (!parsed.success) return undefined;
      const rel = path.relative(dir, absPath).split(path.sep).join("/");
      // The entry for this path or the nearest folder containing it; failing that, one inside it.
      const covering = parsed.data.sources.filter((s) => rel === s.path || rel.startsWith(s.path.replace(/\/$/, "") + "/")).sort((a, b) => b.path.length - a.path.length);
      const inside = parsed.data.sources.filter((s) => s.path.startsWith(rel + "/")).sort((a, b) => a.path.length - b.path.length);
      const match = covering[0] ?? inside[0];
      return match ? { upstreamRepo: match.upstreamRepo, upstreamCommit: match.upstreamCommit, asOf: match.asOf } : undefined;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
