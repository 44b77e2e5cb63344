// Security headers for every HTML page: a per-request CSP nonce (Next applies it to its own <script>
// tags; no 'unsafe-inline' scripts). APIs, badges and static files get their fixed headers from
// next.config.ts `headers()`; see docs/security.md for the policy and why style-src allows inline styles.
import { NextResponse, type NextRequest } from "next/server";

/** The Content-Security-Policy of an HTML page, given this request's nonce. */
export function pageCsp(nonce: string, dev = process.env.NODE_ENV !== "production"): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': chunks loaded by a nonce-carrying script are trusted; nothing inline without the nonce.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React style={…} attributes (recharts sizes, CSS-variable colours) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Next 16 proxy (formerly middleware): set a fresh nonce and the page CSP on the request and the response. */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Pages only: APIs, badges and static assets get fixed headers from next.config.ts.
  matcher: [
    {
      source: "/((?!api/|badges/|_next/static|_next/image|favicon.ico|robots.txt).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
