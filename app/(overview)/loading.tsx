// Loading state shown while a page's data is fetched.
export default function Loading() {
  return (
    <div className="animate-pulse space-y-4" aria-busy="true" aria-live="polite">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-64 rounded" style={{ background: "var(--border)" }} />
      <div className="h-4 w-96 max-w-full rounded" style={{ background: "var(--border)" }} />
      <div className="grid gap-4 sm:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="card h-24" />
        ))}
      </div>
    </div>
  );
}
