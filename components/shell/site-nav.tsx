"use client";
// Primary navigation with the current section highlighted; collapses into a menu on phones.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";

const ITEMS = [
  { href: "/", label: "Overview", match: (p: string) => p === "/" },
  { href: "/groups", label: "Groups", match: (p: string) => p.startsWith("/groups") || p.startsWith("/people") },
  { href: "/companies", label: "Companies", match: (p: string) => p.startsWith("/companies") || p.startsWith("/compare") },
  { href: "/conformance", label: "Conformance", match: (p: string) => p.startsWith("/conformance") || p.startsWith("/vendors") },
];

/** Header navigation: inline links on wide screens, a toggled list on narrow ones. */
export function SiteNav() {
  const pathname = usePathname() ?? "/";
  const [open, setOpen] = useState(false);
  const links = ITEMS.map((item) => {
    const active = item.match(pathname);
    return (
      <li key={item.href}>
        <Link
          href={item.href}
          aria-current={active ? "page" : undefined}
          onClick={() => setOpen(false)}
          className="block rounded-md px-3 py-2 text-sm font-medium no-underline hover:no-underline"
          style={{ color: active ? "var(--accent-fg)" : "var(--fg)", background: active ? "var(--accent)" : "transparent" }}
        >
          {item.label}
        </Link>
      </li>
    );
  });
  return (
    <nav aria-label="Main" className="flex items-center">
      <ul className="hidden items-center gap-1 sm:flex">{links}</ul>
      <button
        type="button"
        className="btn sm:hidden"
        aria-expanded={open}
        aria-controls="mobile-nav"
        onClick={() => setOpen((o) => !o)}
      >
        Menu
      </button>
      {open ? (
        <ul id="mobile-nav" className="card absolute left-4 right-4 top-14 z-20 flex flex-col gap-1 p-2 sm:hidden">
          {links}
        </ul>
      ) : null}
    </nav>
  );
}
