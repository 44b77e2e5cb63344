// Root layout: theme from the cookie (or the system setting), header, page, footer, react-query provider.
import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import { QueryProvider } from "@/components/shell/query-provider";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Bazaar — the Kubernetes community atlas", template: "%s · Bazaar" },
  description: "Who builds, who governs and who certifies Kubernetes: SIGs and their leads, company contributions, and certified distributions.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const themeCookie = (await cookies()).get("theme")?.value;
  const theme = themeCookie === "light" || themeCookie === "dark" ? themeCookie : "system";
  return (
    <html lang="en" data-theme={theme === "system" ? undefined : theme} suppressHydrationWarning>
      <body>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-[var(--card)] focus:p-2">
          Skip to content
        </a>
        <QueryProvider>
          <SiteHeader theme={theme} />
          <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:py-8">
            {children}
          </main>
          <SiteFooter />
        </QueryProvider>
      </body>
    </html>
  );
}
