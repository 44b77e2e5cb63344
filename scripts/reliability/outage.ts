// PostgreSQL stopped and restarted under load (embedded server, never the shared one): requests may fail only
// while it is down, and then only with a friendly answer (503 JSON from APIs, the error page for pages);
// afterwards they succeed again without restarting the app.
import type { BenchServer } from "@/bench/lib/bench-db";
import type { Web } from "./web";

interface Sample {
  at: number;
  path: string;
  /** HTTP status; 299 = a page that streamed its error boundary (HTTP 200 + data-dgst); -1 = no answer */
  status: number;
  friendly: boolean;
  ms: number;
  /** start of the body of an unfriendly answer (diagnosis) */
  body?: string;
}

/** Outcome per phase and whether the bar was met. */
export interface OutageResult {
  ok: boolean;
  downForMs: number;
  before: { total: number; failed: number };
  down: { total: number; failed: number; unfriendly: number; examples: string[]; byStatus: Record<string, number> };
  recoveredAfterMs: number | null;
  after: { total: number; failed: number };
}

const FRIENDLY_PAGE = /database is unavailable|could not be loaded|try again/i;

async function hit(base: string, path: string, t0: number): Promise<Sample> {
  const start = performance.now();
  try {
    const res = await fetch(base + path, { signal: AbortSignal.timeout(15_000) });
    const body = await res.text();
    const isApi = path.startsWith("/api/");
    // A page that errors after streaming began answers 200 with the error boundary marker (<template data-dgst>):
    // the browser then shows app/error.tsx ("The database is unavailable"). That is a friendly failure, not a success.
    // (An empty digest is a client-only chart's planned bail-out, present on healthy pages too.)
    const streamedError = !isApi && res.status === 200 && /<template data-dgst="[^"]/.test(body);
    let friendly = res.status === 200;
    if (streamedError) return { at: start - t0, path, status: 299, friendly: true, ms: performance.now() - start };
    if (res.status !== 200) {
      if (isApi) {
        try {
          const j = JSON.parse(body) as { error?: unknown; status?: unknown };
          // APIs answer {"error"}; /api/v1/health answers its own shape with status "degraded".
          friendly = res.status === 503 && ((typeof j.error === "string" && !/at .*\.js:\d+/.test(j.error)) || j.status === "degraded");
        } catch {
          friendly = false;
        }
      } else {
        // A 500 page either carries the friendly text or the error digest that the browser renders into app/error.tsx
        // ("The database is unavailable"; checked in a browser by e2e/embedded-start.spec.ts). Never a stack trace.
        friendly = res.status >= 500 && (FRIENDLY_PAGE.test(body) || /digest/.test(body)) && !/at .*\.js:\d+|ECONNREFUSED/.test(body);
      }
    }
    return { at: start - t0, path, status: res.status, friendly, ms: performance.now() - start, body: friendly ? undefined : body.slice(0, 160) };
  } catch {
    return { at: start - t0, path, status: -1, friendly: false, ms: performance.now() - start };
  }
}

function countBy(samples: Sample[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of samples) out[`${s.path} ${s.status}`] = (out[`${s.path} ${s.status}`] ?? 0) + 1;
  return out;
}

/** Load with `workers` concurrent loops; stop PostgreSQL at `downAt` ms for `downFor` ms; keep going `tail` ms after. */
export async function outageTest(server: BenchServer, web: Web, paths: string[], opts = { workers: 8, downAt: 4_000, downFor: 6_000, tail: 10_000, grace: 5_000 }): Promise<OutageResult> {
  const t0 = performance.now();
  const samples: Sample[] = [];
  let running = true;
  let stoppedAt = Infinity;
  let startedAt = Infinity;
  const loops = Array.from({ length: opts.workers }, async (_, w) => {
    let i = w;
    while (running) samples.push(await hit(web.base, paths[i++ % paths.length]!, t0));
  });
  await new Promise((r) => setTimeout(r, opts.downAt));
  stoppedAt = performance.now() - t0;
  await server.pg.stop();
  await new Promise((r) => setTimeout(r, opts.downFor));
  await server.pg.start();
  startedAt = performance.now() - t0;
  await new Promise((r) => setTimeout(r, opts.tail));
  running = false;
  await Promise.all(loops);

  const before = samples.filter((s) => s.at + s.ms < stoppedAt - 200);
  const down = samples.filter((s) => s.at >= stoppedAt && s.at < startedAt);
  const after = samples.filter((s) => s.at >= startedAt + opts.grace);
  const firstGood = samples.filter((s) => s.at >= startedAt && s.status === 200).sort((a, b) => a.at - b.at)[0];
  const unfriendly = down.filter((s) => !s.friendly);
  const result: OutageResult = {
    ok: false,
    downForMs: startedAt - stoppedAt,
    before: { total: before.length, failed: before.filter((s) => s.status !== 200).length },
    down: { total: down.length, failed: down.filter((s) => s.status !== 200).length, unfriendly: unfriendly.length, examples: [...new Set(unfriendly.map((s) => `${s.path} → ${s.status} ${s.body ?? ""}`.trim()))].slice(0, 5), byStatus: countBy(down) },
    recoveredAfterMs: firstGood ? firstGood.at - startedAt : null,
    after: { total: after.length, failed: after.filter((s) => s.status !== 200).length },
  };
  result.ok = result.before.failed === 0 && result.down.unfriendly === 0 && result.down.failed > 0 && result.after.total > 0 && result.after.failed === 0;
  return result;
}
