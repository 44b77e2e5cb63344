// Content digests of input files and folders (sha256), so provenance records exactly what was read.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

/** List every file under `dir` (relative paths, sorted), skipping dot-files. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else if (e.isFile()) out.push(r);
    }
  }
  await walk("");
  return out.sort();
}

/** sha256 of a file, or of a folder as the sorted list of (relative path, file sha256). */
export async function digestPath(p: string): Promise<string> {
  const s = await stat(p);
  if (!s.isDirectory()) return createHash("sha256").update(await readFile(p)).digest("hex");
  const h = createHash("sha256");
  for (const rel of await listFiles(p)) {
    h.update(rel).update("\0").update(createHash("sha256").update(await readFile(path.join(p, rel))).digest("hex")).update("\n");
  }
  return h.digest("hex");
}
