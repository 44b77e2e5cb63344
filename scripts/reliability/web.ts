// Start the production build as `npm start` serves it (scripts/serve.ts: Next behind the page cache) on 127.0.0.1.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { waitForUrl } from "@/bench/lib/proc";
import { ROUTES } from "@/bench/lib/http-bench";

/** A running web server. */
export interface Web {
  base: string;
  child: ChildProcess;
  log(): string;
}

/** scripts/serve.ts on `port` with DATABASE_URL=url; waits for /api/v1/health (200). */
export async function startWeb(root: string, url: string, port: number): Promise<Web> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const keep = (d: Buffer) => {
    // Keep every "API error" block's first lines (diagnosis) and the tail of the rest.
    const text = String(d);
    const errors = text.split("\n").flatMap((l, i, all) => (/API error|database unavailable/i.test(l) ? [`${l} ${all.slice(i + 1, i + 3).join(" ").trim()}`] : []));
    out = (out + errors.map((e) => `${e}\n`).join("") + text).slice(-200_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  await waitForUrl(`${base}/api/v1/health`, 60_000, (s) => s === 200, child);
  return { base, child, log: () => out };
}

/** The pages and APIs of the bench that exist in this build (200 now), plus health. */
export async function availablePaths(base: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of [...ROUTES.flatMap((r) => [r.page, r.api]), "/api/v1/health"]) {
    const s = await fetch(base + p).then(async (r) => (await r.arrayBuffer(), r.status)).catch(() => -1);
    if (s === 200) out.push(p);
  }
  return out;
}

/** Every group, company and product page with its API twin (hundreds of distinct URLs, as real visitors spread). */
export async function detailPaths(base: string): Promise<string[]> {
  const get = async <T>(p: string): Promise<T | null> => fetch(base + p).then((r) => (r.ok ? (r.json() as Promise<T>) : null)).catch(() => null);
  const groups = (await get<{ groups: { dir: string }[] }>("/api/v1/groups"))?.groups ?? [];
  const companies = (await get<{ rows: { slug: string }[] }>("/api/v1/companies"))?.rows ?? [];
  const products = (await get<{ rows: { slug: string }[] }>("/api/v1/conformance"))?.rows ?? [];
  return [
    ...groups.flatMap((g) => [`/groups/${g.dir}`, `/api/v1/groups/${g.dir}`]),
    ...companies.flatMap((c) => [`/companies/${c.slug}`, `/api/v1/companies/${c.slug}`]),
    ...products.flatMap((c) => [`/conformance/${c.slug}`, `/api/v1/conformance/${c.slug}`]),
  ];
}
