// The public HTTP server of the production app: forwards every request to Next.js on a private port and
// answers repeat GETs of pages and APIs from a ResponseCache keyed by the data version (one indexed query per
// request), so each page is rendered once per ingest instead of once per visitor. Health, client-side
// navigation (RSC) requests, POSTs and anything uncacheable pass straight through. When the version query
// fails (database down) the request goes to Next, which answers with its friendly error.
import http from "node:http";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { constants as zc, createGzip, gzip as gzipCb } from "node:zlib";
import { bodyHasRenderError, HOP_BY_HOP, isCacheableResponse, renderCachedResponse, requestCacheKey, ResponseCache, toCachedResponse, wantsFresh } from "./response-cache";

/** Where Next listens, how to read the data version, and the cache budget. */
export interface FrontServerOptions {
  upstream: { host: string; port: number };
  /** The current data version; rejects when the database cannot be asked. */
  dataVersion: () => Promise<string>;
  cacheBytes: number;
  /** UTC day ("YYYY-MM-DD"): pages compute statuses as of today. */
  today?: () => string;
}

const MAX_STORED_BODY = 4 * 2 ** 20;
/** A render that takes longer than this is abandoned (its waiters get the 503 below). */
const UPSTREAM_TIMEOUT_MS = 120_000;
const gzip = promisify(gzipCb);
const fresh = () => randomBytes(24).toString("base64");

/** Whether Accept-Encoding allows gzip (a token "gzip" or "*" without q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  for (const token of String(header ?? "").split(",")) {
    const [name, ...params] = token.split(";").map((x) => x.trim().toLowerCase());
    if (name !== "gzip" && name !== "*") continue;
    const q = params.find((p) => p.startsWith("q="));
    if (!q || Number(q.slice(2)) > 0) return true;
  }
  return false;
}

/** Request headers for Next: the client's minus hop-by-hop ones (and those its Connection header names). */
function upstreamHeaders(req: http.IncomingMessage): http.OutgoingHttpHeaders {
  const named = String(req.headers.connection ?? "").split(",").map((x) => x.trim().toLowerCase());
  const out: http.OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP_BY_HOP.includes(k) && !named.includes(k)) out[k] = v;
  out["x-forwarded-for"] = req.socket.remoteAddress ?? "";
  return out;
}

/** Response headers from Next minus hop-by-hop ones and `drop` (Node frames the body itself). */
function downstreamHeaders(headers: http.IncomingHttpHeaders, drop: string[]): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined && !HOP_BY_HOP.includes(k) && k !== "transfer-encoding" && !drop.includes(k)) out[k] = v;
  return out;
}

/** Create (not yet listening) the front server; `cache` is exposed for stats and tests. */
export function createFrontServer(opts: FrontServerOptions): { server: http.Server; cache: ResponseCache } {
  const cache = new ResponseCache(opts.cacheBytes);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const inflight = new Map<string, Promise<void>>();
  const today = opts.today ?? (() => new Date().toISOString().slice(0, 10));
  let lastVersion: number | null = null;

  /** Answer from the cache (gzip runs on the thread pool, not the event loop); false when `key` is not stored. */
  async function sendHit(req: http.IncomingMessage, res: http.ServerResponse, key: string): Promise<boolean> {
    const entry = cache.get(key);
    if (!entry) return false;
    cache.hits++;
    const { headers, body } = renderCachedResponse(entry, fresh());
    let out = body;
    if (acceptsGzip(req.headers["accept-encoding"]) && body.length > 1024) {
      if (entry.nonce) out = await gzip(body, { level: 4 });
      else {
        if (!entry.gzipped) {
          entry.gzipped = await gzip(body, { level: 6 }); // no nonce: compress once, serve many times
          cache.grow(key, entry.gzipped.length);
        }
        out = entry.gzipped;
      }
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = out.length;
    headers["x-bazaar-cache"] = "hit";
    res.writeHead(entry.status, headers);
    res.end(out);
    return true;
  }

  /** Send the request to Next; with a key, store a cacheable answer under it while streaming it out. */
  function forward(req: http.IncomingMessage, res: http.ServerResponse, key: string | null): Promise<void> {
    return new Promise((resolve) => {
      const headers = upstreamHeaders(req);
      if (key) headers["accept-encoding"] = "identity"; // stored raw; compressed per client below
      const up = http.request({ ...opts.upstream, method: req.method, path: req.url, headers, agent }, (ures) => {
        const status = ures.statusCode ?? 502;
        if (!key || !isCacheableResponse(status, ures.headers)) {
          res.writeHead(status, { ...downstreamHeaders(ures.headers, []), ...(key ? { "x-bazaar-cache": "miss" } : {}) });
          ures.pipe(res);
          ures.on("end", resolve).on("error", () => resolve());
          // a client that goes away must not leave the upstream answer paused on a pooled socket
          res.on("close", () => {
            if (!res.writableFinished && !ures.complete) ures.destroy();
            resolve();
          });
          return;
        }
        const compress = acceptsGzip(req.headers["accept-encoding"]);
        const out = downstreamHeaders(ures.headers, ["content-length"]);
        if (compress) out["content-encoding"] = "gzip";
        out["x-bazaar-cache"] = "miss";
        res.writeHead(status, out);
        const sink = compress ? createGzip({ level: 4, flush: zc.Z_SYNC_FLUSH }) : null;
        if (sink) {
          sink.pipe(res);
          res.on("close", () => !res.writableFinished && sink.destroy());
        }
        const chunks: Buffer[] = [];
        let size = 0;
        ures.on("data", (c: Buffer) => {
          size += c.length;
          if (size <= MAX_STORED_BODY) chunks.push(c);
          if (!res.destroyed) (sink ?? res).write(c);
        });
        ures.on("end", () => {
          (sink ?? res).end();
          const body = Buffer.concat(chunks);
          if (size <= MAX_STORED_BODY && !bodyHasRenderError(body)) cache.set(key, toCachedResponse(status, ures.headers, body));
          resolve();
        });
        ures.on("error", () => {
          sink?.destroy();
          res.destroy();
          resolve();
        });
      });
      up.setTimeout(UPSTREAM_TIMEOUT_MS, () => up.destroy(new Error("upstream timeout")));
      up.on("error", () => {
        if (!res.headersSent) {
          res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "2" });
          res.end("Bazaar is starting or restarting. Try again in a moment.\n");
        } else res.destroy();
        resolve();
      });
      // nobody waits for an uncacheable answer whose client left: stop asking for it
      if (!key) res.on("close", () => !res.writableFinished && up.destroy());
      req.pipe(up);
    });
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const reqKey = opts.cacheBytes > 0 ? requestCacheKey(req) : null;
    if (reqKey === null) return forward(req, res, null);
    let version: string;
    try {
      version = await opts.dataVersion();
    } catch {
      return forward(req, res, null); // database down: Next answers with its friendly error
    }
    // versions only grow (each commit adds an ingest_run); a slower read of an older one must not clear again
    const v = Number(version);
    if (lastVersion === null || v > lastVersion) {
      if (lastVersion !== null) cache.clear();
      lastVersion = v;
    }
    const key = `${version}\u0000${today()}\u0000${reqKey}`;
    if (!wantsFresh(req.headers)) {
      if (await sendHit(req, res, key)) return;
      const pending = inflight.get(key);
      if (pending) {
        await pending; // one render per key at a time; the others wait for its result
        if (await sendHit(req, res, key)) return;
      }
    }
    cache.misses++;
    const fill = forward(req, res, key);
    inflight.set(key, fill);
    await fill;
    if (inflight.get(key) === fill) inflight.delete(key);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal error.\n");
    });
  });
  server.on("close", () => agent.destroy());
  return { server, cache };
}

/** A data-version reader that fails fast: at most `timeoutMs` per query, and for `backoffMs` after a failure. */
export function failFastVersion(query: () => Promise<string>, timeoutMs = 1_000, backoffMs = 1_000): () => Promise<string> {
  let failedAt = -Infinity;
  return async () => {
    if (performance.now() - failedAt < backoffMs) throw new Error("database recently unreachable");
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([query(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("data version query timed out")), timeoutMs)))]);
    } catch (err) {
      failedAt = performance.now();
      throw err;
    } finally {
      clearTimeout(timer);
    }
  };
}
