// A byte-bounded LRU of rendered pages and API answers for the front server (lib/serve/front-server.ts).
// Entries are keyed by data version + UTC day + the request parts a render depends on, so they never go
// stale: a committed ingest bumps the version and the next request renders afresh. A page's CSP nonce is
// not stored as text: the body is kept split around it and every hit is joined with a fresh nonce.
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";

/** One stored response: status, headers and the body split around the nonce it was rendered with. */
export interface CachedResponse {
  status: number;
  headers: [string, string][];
  /** body pieces; joined with the hit's nonce between them (one piece when there is no nonce) */
  parts: Buffer[];
  nonce: string | null;
  bytes: number;
  /** gzip of the body, made on the first compressed hit of an answer without a nonce (JSON) */
  gzipped?: Buffer;
}

/** Request headers that make Next answer something other than the plain document or JSON. */
const UNCACHEABLE_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "authorization", "range"];
/** Paths answered live every time: health reflects the database right now; Next's own assets are files. */
const LIVE_PATHS = /^\/(api\/v1\/health|_next\/)/;
/** Hop-by-hop headers: they describe one connection and are never forwarded (RFC 9110 §7.6.1). */
export const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "te", "upgrade", "trailer"];
/** Headers never stored: hop-by-hop ones and those the front server sets itself per answer. */
const NOT_STORED = new Set([...HOP_BY_HOP, "transfer-encoding", "content-length", "content-encoding", "date"]);

/** The theme a request renders with, as the key sees it: "light", "dark" or "" (no theme cookie); null when
 *  the Cookie header is anything but one plain `theme=light|dark` (the request then bypasses the cache, so an
 *  odd or repeated cookie can never store a dark page under the no-theme key). */
export function themeKey(cookie: string | undefined): string | null {
  const pairs = (cookie ?? "").split(";").filter((p) => /^\s*theme\s*=/.test(p));
  if (pairs.length === 0) return "";
  if (pairs.length > 1) return null;
  const m = /^\s?theme=(light|dark)$/.exec(pairs[0]!);
  return m ? m[1]! : null;
}

/** Longest request key stored; longer URLs and hosts are answered without the cache. */
const MAX_KEY_CHARS = 2_048;
/** Answers a browser or embedder fetches that are not HTML pages or JSON: never keyed (no coalescing, Next compresses them). */
const PASS_THROUGH = /^\/badges\/|\.(ics|svg|csv)(\?|$)|[?&]format=csv(&|$)/;

/** The request part of a cache key, or null when the request must go to Next every time. */
export function requestCacheKey(req: { method?: string; url?: string; headers: IncomingHttpHeaders }): string | null {
  if (req.method !== "GET" || !req.url || LIVE_PATHS.test(req.url) || PASS_THROUGH.test(req.url)) return null;
  if (UNCACHEABLE_REQUEST_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
  if (req.url.includes("_rsc=")) return null;
  const h = req.headers;
  const theme = themeKey(h.cookie);
  if (theme === null) return null;
  // Everything a render reads besides the URL and the data: the theme cookie and the host (embed snippets).
  const key = [h.host ?? "", h["x-forwarded-host"] ?? "", h["x-forwarded-proto"] ?? "", theme, req.url].join("\u0000");
  return key.length <= MAX_KEY_CHARS ? key : null;
}

/** Whether the client asked for a fresh answer (a browser's hard reload sends Cache-Control: no-cache). */
export function wantsFresh(headers: IncomingHttpHeaders): boolean {
  return /no-cache|no-store/.test(String(headers["cache-control"] ?? "")) || /no-cache/.test(String(headers.pragma ?? ""));
}

/** Whether an upstream answer may be stored: a 200 HTML page or JSON API answer that sets no cookie. */
export function isCacheableResponse(status: number, headers: IncomingHttpHeaders): boolean {
  if (status !== 200 || headers["set-cookie"] !== undefined) return false;
  if (headers["content-encoding"] !== undefined && headers["content-encoding"] !== "identity") return false;
  const type = String(headers["content-type"] ?? "");
  return type.startsWith("text/html") || type.startsWith("application/json");
}

/** Whether a streamed page carries a render error (its shell went out as 200 before the error happened):
 *  an error boundary's digest in the HTML or an error row in the RSC payload. Such a page is never stored.
 *  (`<template data-dgst="">` with an empty digest is a client-only component's planned bail-out, not an error.) */
export function bodyHasRenderError(body: Buffer): boolean {
  return /data-dgst="[^"]|\\?"digest\\?":/.test(body.toString("latin1"));
}

/** The nonce a page was rendered with, read from its Content-Security-Policy header. */
export function nonceOf(headers: IncomingHttpHeaders): string | null {
  const csp = headers["content-security-policy"];
  const m = /'nonce-([A-Za-z0-9+/=_-]{16,})'/.exec(Array.isArray(csp) ? csp.join(",") : (csp ?? ""));
  return m ? m[1]! : null;
}

/** Split `body` at every occurrence of `token` (no copies: the pieces are views into `body`). */
export function splitBuffer(body: Buffer, token: string): Buffer[] {
  const needle = Buffer.from(token);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(needle, from); at >= 0; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

/** Build the stored form of an upstream answer. */
export function toCachedResponse(status: number, headers: IncomingHttpHeaders, body: Buffer): CachedResponse {
  const nonce = nonceOf(headers);
  const kept: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_STORED.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) kept.push([name, v]);
  }
  const parts = nonce ? splitBuffer(body, nonce) : [body];
  return { status, headers: kept, parts, nonce, bytes: body.length + kept.reduce((n, [k, v]) => n + k.length + v.length, 0) };
}

/** The headers and body of a hit, with `nonce` in place of the one the page was rendered with. */
export function renderCachedResponse(entry: CachedResponse, nonce: string): { headers: OutgoingHttpHeaders; body: Buffer } {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of entry.headers) {
    const v = entry.nonce ? value.split(entry.nonce).join(nonce) : value;
    const prev = headers[name];
    headers[name] = prev === undefined ? v : ([] as string[]).concat(prev as string | string[], v);
  }
  if (!entry.nonce) return { headers, body: entry.parts[0]! };
  const glue = Buffer.from(nonce);
  const pieces: Buffer[] = [];
  entry.parts.forEach((p, i) => (i === 0 ? pieces.push(p) : pieces.push(glue, p)));
  return { headers, body: Buffer.concat(pieces) };
}

/** Least-recently-used store bounded by total bytes. */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  /** bytes charged per key: the entry, its stored gzip and the key itself */
  private readonly charged = new Map<string, number>();
  private total = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  /** The entry for `key` (marked most recently used), or undefined. */
  get(key: string): CachedResponse | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  /** Store `entry` (ignored when it alone exceeds a quarter of the budget); evicts the oldest to fit. */
  set(key: string, entry: CachedResponse): void {
    const cost = entry.bytes + key.length * 2;
    if (cost > this.maxBytes / 4) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.charged.set(key, cost);
    this.total += cost;
    this.evict();
  }

  /** Charge `bytes` more to `key` (e.g. its gzip), evicting others to fit. */
  grow(key: string, bytes: number): void {
    const c = this.charged.get(key);
    if (c === undefined) return;
    this.charged.set(key, c + bytes);
    this.total += bytes;
    this.evict();
  }

  private evict(): void {
    for (const [k] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.delete(k);
    }
  }

  /** Forget `key`. */
  delete(key: string): void {
    if (!this.entries.delete(key)) return;
    this.total -= this.charged.get(key) ?? 0;
    this.charged.delete(key);
  }

  /** Forget everything (the data version changed: no old entry can be asked for again). */
  clear(): void {
    this.entries.clear();
    this.charged.clear();
    this.total = 0;
  }

  /** Entry count and bytes held. */
  stats(): { entries: number; bytes: number; hits: number; misses: number } {
    return { entries: this.entries.size, bytes: this.total, hits: this.hits, misses: this.misses };
  }
}
