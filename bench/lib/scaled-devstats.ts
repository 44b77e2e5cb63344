// Scaled DevStats export set for the bench: the bundled sample (data/devstats/sample, one CNCF-sized project,
// ten years monthly) with every company-keyed and developer-keyed file grown `scale`× — synthetic companies
// and developers appended to CompaniesTable, ComStatsRepoGrp, DevActCnt and DevActCntComp responses, in the
// same API JSON format and with the manifest's requests updated. Written to a temp folder, never committed.
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";

type Obj = Record<string, unknown>;
interface ManifestFile {
  file: string;
  kind?: string;
  request?: { api?: string; payload?: Obj };
}

/** Deterministic PRNG (mulberry32) so every bench run generates the same set. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const companyName = (i: number) => `Scaled Company ${String(i).padStart(5, "0")} Inc.`;
const login = (i: number) => `dev-scaled${i.toString(36)}`;

/** The DevStats Go server's JSON encoding: compact, with & < > escaped. */
const encode = (o: unknown) => JSON.stringify(o).replace(/[&<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) + "\n";

function growTable(o: Obj, scale: number, next: () => number): void {
  const company = o.company as string[];
  const rank = o.rank as number[];
  const number = o.number as number[];
  const n = company.length;
  let v = Math.max(1, number[n - 1] ?? 1);
  for (let i = 0; i < n * (scale - 1); i++) {
    v = Math.max(1, Math.round(v * (0.97 + next() * 0.03)));
    company.push(companyName(i));
    rank.push((rank[rank.length - 1] ?? 0) + 1);
    number.push(v);
  }
}

function growSeries(o: Obj, scale: number, next: () => number, request?: Obj): void {
  const companies = o.companies as string[];
  const all = companies.length === 1 && companies[0] === "All";
  const values = o.values as Obj[];
  const existing = all ? Object.keys(values[0] ?? {}).filter((k) => k !== "All") : companies;
  const extra = Array.from({ length: existing.length * (scale - 1) }, (_, i) => companyName(i));
  for (const row of values) for (const c of extra) row[c] = Math.round(next() * 40);
  if (!all) {
    companies.push(...extra);
    if (request && Array.isArray(request.companies)) request.companies = [...companies];
  }
}

function growDevelopers(o: Obj, scale: number, next: () => number, withCompany: boolean): void {
  const logins = o.login as string[];
  const rank = o.rank as number[];
  const number = o.number as number[];
  const company = withCompany ? (o.company as string[]) : null;
  const n = logins.length;
  let v = Math.max(1, number[n - 1] ?? 1);
  for (let i = 0; i < n * (scale - 1); i++) {
    v = Math.max(1, Math.round(v * (0.995 + next() * 0.005)));
    logins.push(login(i));
    rank.push((rank[rank.length - 1] ?? 0) + 1);
    number.push(v);
    company?.push(companyName(Math.floor(next() * 500)));
  }
}

/** Copy `srcDir` (data/devstats) to `outDir` and grow the files its sample manifest lists; returns files grown and bytes. */
export async function generateScaledDevstats(srcDir: string, outDir: string, scale: number): Promise<{ grown: number; bytes: number }> {
  await mkdir(outDir, { recursive: true });
  await cp(srcDir, outDir, { recursive: true, filter: (src) => !/\.(py|md)$/.test(src) });
  const base = existsSync(path.join(outDir, "manifest.json")) ? outDir : path.join(outDir, "sample");
  const manifestPath = path.join(base, "manifest.json");
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as { files: ManifestFile[] };
  const next = rng(20250915);
  let grown = 0;
  let bytes = 0;
  for (const f of manifest.files) {
    const api = f.request?.api;
    if (!api || !["CompaniesTable", "ComStatsRepoGrp", "DevActCnt", "DevActCntComp"].includes(api)) continue;
    const file = path.join(base, f.file);
    const o = JSON.parse(await readFile(file, "utf8")) as Obj | null;
    if (!o) continue;
    if (api === "CompaniesTable") growTable(o, scale, next);
    else if (api === "ComStatsRepoGrp") growSeries(o, scale, next, f.request?.payload);
    else growDevelopers(o, scale, next, api === "DevActCntComp");
    const text = encode(o);
    bytes += text.length;
    await writeFile(file, text);
    grown++;
  }
  await writeFile(manifestPath, JSON.stringify(manifest, null, 1) + "\n");
  return { grown, bytes };
}
