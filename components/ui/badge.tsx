// Small status label (certified, lapsed, MUST, …) in a semantic tone.
import type { ReactNode } from "react";

const TONES = {
  neutral: { background: "color-mix(in srgb, var(--muted) 15%, transparent)", color: "var(--fg)" },
  accent: { background: "var(--accent-soft)", color: "var(--fg)" },
  ok: { background: "var(--ok-soft)", color: "var(--ok)" },
  warn: { background: "var(--warn-soft)", color: "var(--warn)" },
  bad: { background: "var(--bad-soft)", color: "var(--bad)" },
} as const;

/** A pill-shaped label; `tone` picks the colour pair. */
export function Badge({ children, tone = "neutral", title }: { children: ReactNode; tone?: keyof typeof TONES; title?: string }) {
  return (
    <span className="inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium" style={TONES[tone]} title={title}>
      {children}
    </span>
  );
}
