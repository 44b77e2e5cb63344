"use client";
// Per-year vendor concentration of one group: top-company share and elephant factor (the table beside it has the same numbers).
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Two lines over the years: top company share (%, left axis) and elephant factor (right axis). */
export function DiversityTrendChart({ points, label }: { points: { year: string | null; topShare: number | null; elephantFactor: number }[]; label: string }) {
  const data = points.map((p) => ({ year: p.year, top: p.topShare === null ? null : Math.round(p.topShare * 1000) / 10, ef: p.elephantFactor }));
  return (
    <figure aria-label={label} className="m-0">
      <div style={{ width: "100%", height: 200 }} aria-hidden="true" inert>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--border)" vertical={false} />
            <XAxis dataKey="year" stroke="var(--muted)" fontSize={12} />
            <YAxis yAxisId="share" stroke="var(--muted)" fontSize={12} unit="%" domain={[0, 100]} width={44} />
            <YAxis yAxisId="ef" orientation="right" stroke="var(--muted)" fontSize={12} allowDecimals={false} width={28} />
            <Tooltip contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", color: "var(--fg)" }} />
            <Legend />
            <Line yAxisId="share" dataKey="top" name="Top company share (%)" stroke="var(--chart-2)" dot={false} strokeWidth={2} isAnimationActive={false} />
            <Line yAxisId="ef" dataKey="ef" name="Elephant factor" stroke="var(--chart-1)" type="stepAfter" dot={false} strokeWidth={2} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted mt-1 text-xs">{label}. The table lists the same figures for recent years.</figcaption>
    </figure>
  );
}
