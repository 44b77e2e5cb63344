// What a section shows when it has no data, and what the user can do about it.
import type { ReactNode } from "react";

/** Empty/unavailable state with a title and guidance. */
export function EmptyState({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed p-6 text-center" style={{ borderColor: "var(--border)" }} role="status">
      <p className="font-medium">{title}</p>
      {children ? <div className="muted mx-auto mt-2 max-w-xl text-sm">{children}</div> : null}
    </div>
  );
}
