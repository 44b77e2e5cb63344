// A bordered panel with an optional title.
import type { ReactNode } from "react";

/** Section container used across pages. */
export function Card({ title, children, className = "", id, actions }: { title?: ReactNode; children: ReactNode; className?: string; id?: string; actions?: ReactNode }) {
  return (
    <section className={`card p-4 sm:p-5 ${className}`} id={id} aria-labelledby={title && id ? `${id}-title` : undefined}>
      {title || actions ? (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          {title ? (
            <h2 className="text-lg font-semibold" id={id ? `${id}-title` : undefined}>
              {title}
            </h2>
          ) : (
            <span />
          )}
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
