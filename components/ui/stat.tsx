// A headline number with its label, optional link and hint.
import Link from "next/link";
import type { ReactNode } from "react";

/** One headline figure (e.g. "24 SIGs"). */
export function Stat({ label, value, href, hint }: { label: ReactNode; value: ReactNode; href?: string; hint?: ReactNode }) {
  const body = (
    <>
      <div className="text-3xl font-semibold tabular-nums">{value}</div>
      <div className="mt-1 text-sm font-medium">{label}</div>
      {hint ? <div className="muted mt-1 text-xs">{hint}</div> : null}
    </>
  );
  return href ? (
    <Link href={href} className="card block p-4 text-inherit no-underline transition-colors hover:border-[var(--accent)] hover:no-underline" style={{ color: "inherit" }}>
      {body}
    </Link>
  ) : (
    <div className="card p-4">{body}</div>
  );
}
