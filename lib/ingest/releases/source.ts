// Source kind "releases": data/kubernetes/releases.csv → kubernetes_release.
import { open, readFile } from "node:fs/promises";
import { syncRows } from "../sync";
import type { SourceKind } from "../types";
import { parseReleasesCsv, type Release } from "./parse-releases";

/** Kubernetes minor release dates (drives the conformance lapse rule). */
export const releasesSource: SourceKind<Release[]> = {
  kind: "releases",
  description: "Kubernetes minor releases CSV (minor,release_date,end_of_life_date,source)",
  order: 10,
  async detect(path, isDirectory) {
    if (isDirectory || !/\.csv$/i.test(path)) return false;
    const fh = await open(path, "r");
    try {
      const { bytesRead, buffer } = await fh.read(Buffer.alloc(256), 0, 256, 0);
      const head = buffer.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "");
      return /^minor,release_date\b/.test(head);
    } finally {
      await fh.close();
    }
  },
  async parse(input) {
    const { releases, warnings } = parseReleasesCsv(await readFile(input.path, "utf8"), input.displayPath);
    return { data: releases, warnings, records: releases.length };
  },
  async write(ctx, parsed) {
    const counts = await syncRows(
      ctx.client,
      {
        table: "kubernetes_release",
        key: ["minor"],
        columns: [
          { name: "minor", type: "text" },
          { name: "major", type: "int4" },
          { name: "minor_number", type: "int4" },
          { name: "release_date", type: "date" },
          { name: "end_of_life_date", type: "date" },
          { name: "source", type: "text" },
        ],
        scope: {},
      },
      parsed.data.map((r) => [r.minor, r.major, r.minorNumber, r.releaseDate, r.endOfLifeDate, r.source]),
      ctx.runId,
    );
    return { kubernetes_release: counts };
  },
};
