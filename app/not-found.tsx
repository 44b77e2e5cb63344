// 404 page for unknown URLs (and notFound() from pages for unknown groups, companies, products).
import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="muted text-sm font-medium">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Page not found</h1>
      <p className="muted mt-3">There is no page at this address. It may have been a group that was retired, a product that was renamed, or a typo.</p>
      <div className="mt-6 flex flex-wrap justify-center gap-2">
        <Link className="btn" href="/">Overview</Link>
        <Link className="btn" href="/groups">Groups</Link>
        <Link className="btn" href="/companies">Companies</Link>
        <Link className="btn" href="/conformance">Conformance</Link>
      </div>
    </div>
  );
}
