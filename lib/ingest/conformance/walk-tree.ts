// Finds conformance trees on disk by structure and content: a k8s-conformance tree (vX.YY/<product>/PRODUCT.yaml,
// file names in any case, one extra level of nesting allowed), an AI-conformance tree (docs/AIConformance-X.YY.yaml
// plus vX.YY/<product>/PRODUCT.yaml), and merge-date CSVs beside them.
import { open, readdir } from "node:fs/promises";
import path from "node:path";
import { DATES_HEADER } from "./parse-dates";
import { parseMinorDir } from "./normalise";

/** One product folder in a version folder. */
export interface ProductFolder {
  minor: string;
  versionDir: string;
  /** the product directory name directly under the version folder (the product's identity) */
  dirName: string;
  /** absolute path of PRODUCT.yaml */
  file: string;
  /** folder holding PRODUCT.yaml, relative to the tree root with "/" (e.g. "v1.24/elastx/elastx") */
  relFolder: string;
  hasReadme: boolean;
  /** other file names in that folder (AI evidence files) */
  siblings: string[];
}

const dirs = async (p: string) => (await readdir(p, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory() && !e.name.startsWith("."));
const files = async (p: string) => (await readdir(p, { withFileTypes: true }).catch(() => [])).filter((e) => e.isFile() && !e.name.startsWith("."));

/** Version folders (vX.YY, any minor, including ones newer than any release known today) under `root`. */
export async function versionDirs(root: string): Promise<{ name: string; minor: string }[]> {
  return (await dirs(root)).flatMap((d) => (/^v\d+\.\d+$/i.test(d.name) ? [{ name: d.name, minor: parseMinorDir(d.name)! }] : []));
}

/** Find PRODUCT.yaml (any case) in `folder`, or one level deeper when the folder holds a single nested folder. */
async function findProductFile(folder: string, depth = 0): Promise<{ file: string; dir: string } | null> {
  const f = (await files(folder)).find((e) => e.name.toLowerCase() === "product.yaml" || e.name.toLowerCase() === "product.yml");
  if (f) return { file: path.join(folder, f.name), dir: folder };
  if (depth >= 1) return null;
  for (const d of await dirs(folder)) {
    const hit = await findProductFile(path.join(folder, d.name), depth + 1);
    if (hit) return hit;
  }
  return null;
}

/** Every product folder of a tree; `missing` lists folders that hold no PRODUCT.yaml. */
export async function listProductFolders(root: string): Promise<{ folders: ProductFolder[]; missing: string[] }> {
  const folders: ProductFolder[] = [];
  const missing: string[] = [];
  for (const v of await versionDirs(root)) {
    for (const d of await dirs(path.join(root, v.name))) {
      const hit = await findProductFile(path.join(root, v.name, d.name));
      if (!hit) {
        missing.push(`${v.name}/${d.name}`);
        continue;
      }
      const names = (await files(hit.dir)).map((e) => e.name);
      folders.push({
        minor: v.minor,
        versionDir: v.name,
        dirName: d.name,
        file: hit.file,
        relFolder: path.relative(root, hit.dir).split(path.sep).join("/"),
        hasReadme: names.some((n) => /^readme(\.md|\.markdown|\.txt)?$/i.test(n)),
        siblings: names.filter((n) => !/^product\.ya?ml$/i.test(n)),
      });
    }
  }
  folders.sort((a, b) => (a.relFolder < b.relFolder ? -1 : a.relFolder > b.relFolder ? 1 : 0));
  return { folders, missing };
}

/** Checklists docs/AIConformance-X.YY.yaml (any case) under an AI tree root. */
export async function listChecklists(root: string): Promise<{ minor: string; file: string }[]> {
  const docs = (await dirs(root)).find((d) => d.name.toLowerCase() === "docs");
  if (!docs) return [];
  return (await files(path.join(root, docs.name))).flatMap((f) => {
    const m = /^aiconformance-v?(\d+\.\d+)\.ya?ml$/i.exec(f.name);
    return m ? [{ minor: parseMinorDir(m[1]!)!, file: path.join(root, docs.name, f.name) }] : [];
  });
}

async function head(file: string, bytes = 512): Promise<string> {
  const fh = await open(file, "r");
  try {
    const { bytesRead, buffer } = await fh.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await fh.close();
  }
}

/** Is `dir` an AI conformance tree (has docs/AIConformance-*.yaml)? */
export async function isAiTree(dir: string): Promise<boolean> {
  return (await listChecklists(dir)).length > 0;
}

/** Is `dir` a k8s-conformance tree: not an AI tree, and a vX.YY folder holds a product folder whose PRODUCT.yaml has a top-level `vendor:`? */
export async function isK8sTree(dir: string): Promise<boolean> {
  if (await isAiTree(dir)) return false;
  for (const v of await versionDirs(dir)) {
    for (const d of (await dirs(path.join(dir, v.name))).slice(0, 5)) {
      const hit = await findProductFile(path.join(dir, v.name, d.name));
      if (hit && /^\s*vendor\s*:/m.test(await head(hit.file, 4096))) return true;
    }
  }
  return false;
}

/** Merge-date CSVs (detected by header) directly inside `dir`. */
export async function listDateCsvs(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const f of await files(dir)) {
    if (!/\.csv$/i.test(f.name)) continue;
    const p = path.join(dir, f.name);
    if (DATES_HEADER.test(await head(p, 128))) out.push(p);
  }
  return out.sort();
}

/** What a folder holds: k8s and AI trees (itself or its direct children) and merge-date CSVs next to them. */
export async function findConformanceParts(dir: string): Promise<{ k8sRoots: string[]; aiRoots: string[]; dateCsvs: string[] }> {
  if (await isAiTree(dir)) return { k8sRoots: [], aiRoots: [dir], dateCsvs: await listDateCsvs(path.dirname(dir)) };
  if (await isK8sTree(dir)) return { k8sRoots: [dir], aiRoots: [], dateCsvs: await listDateCsvs(path.dirname(dir)) };
  const k8sRoots: string[] = [];
  const aiRoots: string[] = [];
  for (const d of await dirs(dir)) {
    const p = path.join(dir, d.name);
    if (await isAiTree(p)) aiRoots.push(p);
    else if (await isK8sTree(p)) k8sRoots.push(p);
  }
  return { k8sRoots, aiRoots, dateCsvs: k8sRoots.length || aiRoots.length ? await listDateCsvs(dir) : [] };
}
