// The page cache's pure parts: which requests and answers may be stored, nonce splitting and re-joining, LRU bounds.
import { describe, expect, it } from "vitest";
import { bodyHasRenderError, isCacheableResponse, themeKey, nonceOf, renderCachedResponse, requestCacheKey, ResponseCache, splitBuffer, toCachedResponse, wantsFresh } from "@/lib/serve/response-cache";

const NONCE = "Zm9vYmFyYmF6cXV4cXV1eHh4eHh4";
const csp = (n: string) => `default-src 'self'; script-src 'self' 'nonce-${n}' 'strict-dynamic'`;
const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers: { host: "localhost:3000", ...headers } });

describe("requestCacheKey", () => {
  it("keys plain GETs by host, theme cookie and URL, ignoring other cookies", () => {
    const a = requestCacheKey(get("/groups", { cookie: "theme=dark; other=1" }));
    expect(a).not.toBeNull();
    expect(requestCacheKey(get("/groups", { cookie: "other=2; theme=dark" }))).toBe(a);
    expect(requestCacheKey(get("/groups", { cookie: "theme=light" }))).not.toBe(a);
    expect(requestCacheKey(get("/groups?x=1", { cookie: "theme=dark" }))).not.toBe(a);
    expect(requestCacheKey(get("/groups", { cookie: "theme=dark", host: "example.org" }))).not.toBe(a);
  });

  it("bypasses the cache for a theme cookie it cannot read exactly as the app does", () => {
    expect(requestCacheKey(get("/groups", { cookie: "theme=; theme=dark" }))).toBeNull();
    expect(requestCacheKey(get("/groups", { cookie: "theme=dark; theme=light" }))).toBeNull();
    expect(requestCacheKey(get("/groups", { cookie: "theme=dark " }))).toBeNull();
    expect(requestCacheKey(get("/groups", { cookie: "theme =dark" }))).toBeNull();
    expect(requestCacheKey(get("/groups", { cookie: "theme=sepia" }))).toBeNull();
    expect(requestCacheKey(get("/groups", { cookie: "xtheme=dark" }))).toBe(requestCacheKey(get("/groups")));
  });

  it("never keys badges, calendars, CSV exports or very long URLs", () => {
    for (const url of ["/badges/conformance/gke.svg", "/groups/sig-node/meetings.ics", "/api/v1/companies?format=csv", "/api/v1/companies?rows=10&format=csv"]) expect(requestCacheKey(get(url)), url).toBeNull();
    expect(requestCacheKey(get(`/groups?x=${"a".repeat(3_000)}`))).toBeNull();
    expect(requestCacheKey(get("/api/v1/companies?formats=1"))).not.toBeNull();
  });

  it("never keys health, Next assets, RSC navigations, server actions or non-GET requests", () => {
    expect(requestCacheKey(get("/api/v1/health"))).toBeNull();
    expect(requestCacheKey(get("/_next/static/chunks/a.js"))).toBeNull();
    expect(requestCacheKey(get("/groups", { rsc: "1" }))).toBeNull();
    expect(requestCacheKey(get("/groups?_rsc=abc"))).toBeNull();
    expect(requestCacheKey(get("/groups", { "next-action": "x" }))).toBeNull();
    expect(requestCacheKey(get("/groups", { authorization: "Bearer t" }))).toBeNull();
    expect(requestCacheKey({ method: "POST", url: "/groups", headers: {} })).toBeNull();
    expect(requestCacheKey({ method: "HEAD", url: "/groups", headers: {} })).toBeNull();
  });
});

describe("response rules", () => {
  it("stores only 200 HTML or JSON that sets no cookie and is not already compressed", () => {
    expect(isCacheableResponse(200, { "content-type": "text/html; charset=utf-8" })).toBe(true);
    expect(isCacheableResponse(200, { "content-type": "application/json" })).toBe(true);
    expect(isCacheableResponse(404, { "content-type": "text/html" })).toBe(false);
    expect(isCacheableResponse(503, { "content-type": "application/json" })).toBe(false);
    expect(isCacheableResponse(200, { "content-type": "text/calendar" })).toBe(false);
    expect(isCacheableResponse(200, { "content-type": "text/html", "set-cookie": ["theme=dark"] })).toBe(false);
    expect(isCacheableResponse(200, { "content-type": "text/html", "content-encoding": "gzip" })).toBe(false);
  });

  it("recognises a streamed render error but not a client-only bail-out", () => {
    expect(bodyHasRenderError(Buffer.from('<div><!--$!--><template data-dgst=""></template></div>'))).toBe(false);
    expect(bodyHasRenderError(Buffer.from('<template data-dgst="2938471"></template>'))).toBe(true);
    expect(bodyHasRenderError(Buffer.from('self.__next_f.push([1,"5:E{\\"digest\\":\\"123\\"}"])'))).toBe(true);
  });

  it("reads the theme and freshness requests", () => {
    expect(themeKey("a=1; theme=dark")).toBe("dark");
    expect(themeKey("theme=light")).toBe("light");
    expect(themeKey(undefined)).toBe("");
    expect(themeKey("xtheme=1")).toBe("");
    expect(wantsFresh({ "cache-control": "no-cache" })).toBe(true);
    expect(wantsFresh({ pragma: "no-cache" })).toBe(true);
    expect(wantsFresh({ "cache-control": "max-age=0" })).toBe(false);
  });
});

describe("nonce handling", () => {
  const body = Buffer.from(`<link nonce="${NONCE}"><script nonce="${NONCE}">x</script><p>text</p>`);
  const entry = toCachedResponse(200, { "content-type": "text/html", "content-security-policy": csp(NONCE), link: `</a.css>; nonce="${NONCE}"`, "content-length": "99", connection: "keep-alive" }, body);

  it("reads the nonce from the CSP header and splits the body around every occurrence", () => {
    expect(nonceOf({ "content-security-policy": csp(NONCE) })).toBe(NONCE);
    expect(nonceOf({ "content-security-policy": "default-src 'self'" })).toBeNull();
    expect(entry.parts.map(String)).toEqual(['<link nonce="', '"><script nonce="', '">x</script><p>text</p>']);
    expect(splitBuffer(Buffer.from("abc"), "zz").map(String)).toEqual(["abc"]);
  });

  it("re-joins a hit with the new nonce in the body and every header, dropping per-connection headers", () => {
    const { headers, body: out } = renderCachedResponse(entry, "NEWNONCE");
    expect(String(out)).toBe(String(body).replaceAll(NONCE, "NEWNONCE"));
    expect(headers["content-security-policy"]).toBe(csp("NEWNONCE"));
    expect(headers.link).toBe('</a.css>; nonce="NEWNONCE"');
    expect(headers["content-length"]).toBeUndefined();
    expect(headers.connection).toBeUndefined();
    expect(String(out)).not.toContain(NONCE);
  });

  it("keeps a body without a nonce as one piece", () => {
    const json = toCachedResponse(200, { "content-type": "application/json" }, Buffer.from('{"a":1}'));
    expect(json.nonce).toBeNull();
    expect(String(renderCachedResponse(json, "N").body)).toBe('{"a":1}');
  });
});

describe("ResponseCache", () => {
  const entry = (n: number) => toCachedResponse(200, { "content-type": "application/json" }, Buffer.alloc(n, 97));

  it("evicts the least recently used entries to stay within its byte budget", () => {
    const c = new ResponseCache(1_000);
    c.set("a", entry(200));
    c.set("b", entry(200));
    c.set("c", entry(200));
    expect(c.get("a")).toBeDefined(); // a is now the most recent
    c.set("d", entry(200));
    c.set("e", entry(200));
    expect(c.stats().bytes).toBeLessThanOrEqual(1_000);
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBeDefined();
    expect(c.get("e")).toBeDefined();
  });

  it("charges the key and any stored gzip to the budget", () => {
    const c = new ResponseCache(10_000);
    c.set("k".repeat(1_000), entry(100));
    expect(c.stats().bytes).toBeGreaterThanOrEqual(2_100);
    const before = c.stats().bytes;
    c.grow("k".repeat(1_000), 50);
    expect(c.stats().bytes).toBe(before + 50);
    c.delete("k".repeat(1_000));
    expect(c.stats().bytes).toBe(0);
  });

  it("refuses an entry bigger than a quarter of the budget and forgets everything on clear()", () => {
    const c = new ResponseCache(1_000);
    c.set("big", entry(400));
    expect(c.get("big")).toBeUndefined();
    c.set("x", entry(10));
    c.clear();
    expect(c.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });
});
