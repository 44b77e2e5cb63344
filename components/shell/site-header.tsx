// Site header: product name, main navigation, theme toggle.
import Link from "next/link";
import { SiteNav } from "./site-nav";
import { ThemeToggle } from "./theme-toggle";

/** The top bar on every page. */
export function SiteHeader({ theme }: { theme: "system" | "light" | "dark" }) {
  return (
    <header className="sticky top-0 z-30 border-b backdrop-blur" style={{ borderColor: "var(--border)", background: "color-mix(in srgb, var(--bg) 88%, transparent)" }}>
      <div className="relative mx-auto flex h-14 max-w-7xl items-center justify-between gap-3 px-4">
        <Link href="/" className="flex items-center gap-2 font-semibold no-underline hover:no-underline" style={{ color: "var(--fg)" }}>
          <span aria-hidden="true" className="inline-flex h-7 w-7 items-center justify-center rounded-md text-sm" style={{ background: "var(--accent)", color: "var(--accent-fg)" }}>
            B
          </span>
          <span>Bazaar</span>
          <span className="muted hidden text-xs font-normal lg:inline">the Kubernetes community atlas</span>
        </Link>
        <div className="flex items-center gap-2">
          <SiteNav />
          <ThemeToggle initial={theme} />
        </div>
      </div>
    </header>
  );
}
