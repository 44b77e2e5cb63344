// Sustained load: `connections` connections over a mix of pages and APIs for `seconds` → 0 errors, p99 < 500 ms.
import autocannon from "autocannon";
import { rssSampler } from "@/bench/lib/proc";
import type { Web } from "./web";

/** Result of the load run and whether it met the bar. */
export interface LoadResult {
  ok: boolean;
  paths: string[];
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  peakRssMb: number;
}

/** Run autocannon with every available path in rotation on each connection. */
export async function loadTest(web: Web, paths: string[], connections: number, seconds: number): Promise<LoadResult> {
  const sampler = rssSampler(web.child.pid!, 250);
  const r = await autocannon({ url: web.base, connections, duration: seconds, timeout: 10, requests: paths.map((p) => ({ path: p, method: "GET" })) });
  const peak = sampler.stop();
  const errors = r.errors + r.timeouts;
  return { ok: errors === 0 && r.non2xx === 0 && r.latency.p99 < 500, paths, connections, seconds, requests: r.requests.total, requestsPerSec: r.requests.average, p50Ms: r.latency.p50, p99Ms: r.latency.p99, errors, non2xx: r.non2xx, peakRssMb: peak / 2 ** 20 };
}
