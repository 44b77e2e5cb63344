// The front server against a stand-in upstream (a real HTTP server that answers like Next: a nonce in the
// CSP header and the body): hits, fresh nonces, invalidation by data version, coalescing, pass-through.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsGzip, createFrontServer, failFastVersion } from "@/lib/serve/front-server";

let renders = 0;
let version = "1";
let versionFails = false;
let slowAbandoned = false;
const upstream = http.createServer((req, res) => {
  renders++;
  const nonce = `nonce${renders}xxxxxxxxxxxxxxxx`;
  const csp = `script-src 'self' 'nonce-${nonce}'`;
  const send = (status: number, type: string, body: string, extra: Record<string, string> = {}) => setTimeout(() => {
    res.writeHead(status, { "content-type": type, "content-security-policy": csp, ...extra });
    res.end(body);
  }, 20);
  if (req.url === "/slow.ics") {
    // an uncacheable answer that streams slowly; records whether its reader went away before the end
    res.writeHead(200, { "content-type": "text/calendar" });
    res.write("BEGIN:VCALENDAR\n");
    const timer = setTimeout(() => res.end("END:VCALENDAR\n"), 2_000);
    res.on("close", () => {
      clearTimeout(timer);
      slowAbandoned = !res.writableFinished;
    });
    return;
  }
  if (req.url === "/missing") return send(404, "text/html", "<p>not found</p>");
  if (req.url === "/cookie") return send(200, "text/html", "<p>c</p>", { "set-cookie": "theme=dark" });
  if (req.url === "/broken") return send(200, "text/html", '<template data-dgst="123"></template>');
  if (req.url === "/api/v1/health") return send(200, "application/json", `{"render":${renders}}`);
  if (req.method === "POST") return send(200, "application/json", `{"posted":true}`);
  send(200, "text/html; charset=utf-8", `<script nonce="${nonce}">1</script><p>render ${renders} of ${req.url} (${"x".repeat(2000)})</p><script nonce="${nonce}">2</script>`);
});
let front: ReturnType<typeof createFrontServer>;
let base = "";

beforeAll(async () => {
  await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", () => r()));
  const dataVersion = async () => {
    if (versionFails) throw new Error("down");
    return version;
  };
  front = createFrontServer({ upstream: { host: "127.0.0.1", port: (upstream.address() as AddressInfo).port }, dataVersion, cacheBytes: 8 * 2 ** 20 });
  await new Promise<void>((r) => front.server.listen(0, "127.0.0.1", () => r()));
  base = `http://127.0.0.1:${(front.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  front.server.close();
  front.server.closeAllConnections();
  upstream.close();
  upstream.closeAllConnections();
});

async function fetchText(path: string, init: RequestInit = {}) {
  const res = await fetch(base + path, { ...init, headers: { "accept-encoding": "identity", ...(init.headers ?? {}) } });
  return { res, body: await res.text(), cache: res.headers.get("x-bazaar-cache"), csp: res.headers.get("content-security-policy") ?? "" };
}
const nonceInCsp = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
const noncesInBody = (body: string) => [...new Set([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))];

describe("front server", () => {
  it("renders once, then answers from the cache with a fresh nonce that matches its CSP", async () => {
    const first = await fetchText("/groups");
    const second = await fetchText("/groups");
    const third = await fetchText("/groups");
    expect([first.cache, second.cache, third.cache]).toEqual(["miss", "hit", "hit"]);
    expect(second.body.replace(/nonce="[^"]+"/g, "")).toBe(first.body.replace(/nonce="[^"]+"/g, ""));
    const nonces = [first, second, third].map((r) => nonceInCsp(r.csp));
    expect(new Set(nonces).size).toBe(3);
    for (const r of [first, second, third]) expect(noncesInBody(r.body)).toEqual([nonceInCsp(r.csp)]);
  });

  it("renders again when the data version changes, or when the client asks for a fresh answer", async () => {
    await fetchText("/companies");
    const before = renders;
    expect((await fetchText("/companies")).cache).toBe("hit");
    version = "2";
    const after = await fetchText("/companies");
    expect(after.cache).toBe("miss");
    expect(renders).toBe(before + 1);
    const reload = await fetchText("/companies", { headers: { "cache-control": "no-cache" } });
    expect(reload.cache).toBe("miss");
    expect(renders).toBe(before + 2);
  });

  it("a late read of an older data version does not throw the newer answers away", async () => {
    version = "30";
    await fetchText("/late");
    expect((await fetchText("/late")).cache).toBe("hit");
    version = "29"; // a slower connection still saw the previous version
    await fetchText("/other");
    version = "30";
    expect((await fetchText("/late")).cache).toBe("hit");
  });

  it("lets concurrent first requests for one URL share a single render", async () => {
    const before = renders;
    const answers = await Promise.all(Array.from({ length: 10 }, () => fetchText("/conformance")));
    expect(renders).toBe(before + 1);
    expect(answers.every((a) => a.res.status === 200 && a.body.includes("of /conformance"))).toBe(true);
  });

  it("never stores errors, cookies, render errors, health or POSTs", async () => {
    for (const path of ["/missing", "/cookie", "/broken", "/api/v1/health"]) {
      const before = renders;
      await fetchText(path);
      await fetchText(path);
      expect(renders, path).toBe(before + 2);
    }
    const before = renders;
    await fetch(base + "/groups", { method: "POST", body: "x" });
    expect(renders).toBe(before + 1);
  });

  it("passes requests through when the data version cannot be read (database down)", async () => {
    await fetchText("/overview");
    versionFails = true;
    try {
      const before = renders;
      const r = await fetchText("/overview");
      expect(r.cache).toBeNull();
      expect(renders).toBe(before + 1);
    } finally {
      versionFails = false;
    }
  });

  it("compresses for clients that accept gzip, on misses and hits alike", async () => {
    for (const expected of ["miss", "hit"]) {
      const res = await fetch(base + "/gz", { headers: { "accept-encoding": "gzip" }, decompress: false } as RequestInit);
      expect(res.headers.get("x-bazaar-cache")).toBe(expected);
      expect(res.headers.get("content-encoding")).toBe("gzip");
      const raw = Buffer.from(await res.arrayBuffer());
      // undici may already have inflated it; either way the text must be the page.
      const text = raw[0] === 0x1f ? gunzipSync(raw).toString() : raw.toString();
      expect(text).toContain("of /gz");
    }
  });
});

describe("a client that goes away", () => {
  it("releases the upstream answer it was waiting for", async () => {
    const ac = new AbortController();
    const res = await fetch(base + "/slow.ics", { signal: ac.signal });
    const reader = res.body!.getReader();
    await reader.read(); // the first chunk arrived; now leave
    ac.abort();
    await expect.poll(() => slowAbandoned, { timeout: 1_500 }).toBe(true);
    expect((await fetchText("/groups")).res.status).toBe(200);
  });
});

describe("acceptsGzip", () => {
  it("honours q=0 and wildcards", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("failFastVersion", () => {
  it("times out a hanging query and then fails fast until the back-off passes", async () => {
    let calls = 0;
    const v = failFastVersion(() => (calls++, new Promise<string>(() => {})), 50, 200);
    await expect(v()).rejects.toThrow(/timed out/);
    await expect(v()).rejects.toThrow(/recently unreachable/);
    expect(calls).toBe(1);
  });
});
