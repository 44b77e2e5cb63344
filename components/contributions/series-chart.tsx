"use client";
// Monthly time series (one or several companies) with a range brush; a table or text alternative sits beside it.
import { Brush, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format";
import { formatCompact } from "./ranking-chart";

const COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)", "var(--chart-6)"];

/** Lines for `names` over `data` rows of { t, v0, v1, … }. */
export function SeriesChart({ data, names, label }: { data: { t: string; values: (number | null)[] }[]; names: string[]; label: string }) {
  const rows = data.map((d) => Object.fromEntries([["t", d.t.slice(0, 7)], ...d.values.map((v, i) => [`v${i}`, v])]));
  return (
    <figure aria-label={label} className="m-0">
      {/* Not aria-hidden: the brush handles are keyboard controls (the yearly table is the text alternative). */}
      <div style={{ width: "100%", height: 320 }} role="group" aria-label={`${label} (chart)`}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--border)" vertical={false} />
            <XAxis dataKey="t" stroke="var(--muted)" fontSize={12} minTickGap={24} />
            <YAxis stroke="var(--muted)" fontSize={12} tickFormatter={(v: number) => formatCompact(v)} width={48} />
            <Tooltip formatter={(v) => formatNumber(Number(v))} contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", color: "var(--fg)" }} />
            {names.length > 1 ? <Legend /> : null}
            {names.map((n, i) => (
              <Line key={n} type="monotone" dataKey={`v${i}`} name={n} stroke={COLORS[i % COLORS.length]} dot={false} strokeWidth={2} isAnimationActive={false} connectNulls />
            ))}
            {rows.length > 24 ? <Brush dataKey="t" height={22} stroke="var(--accent)" fill="var(--card)" travellerWidth={8} startIndex={Math.max(0, rows.length - 60)} /> : null}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted mt-1 text-xs">{label}. Drag the handles below the chart to zoom; the yearly table below gives the same data as text.</figcaption>
    </figure>
  );
}
