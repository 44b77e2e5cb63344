"use client";
// Horizontal bar chart of the top N companies of a ranking (the table beside it is the text alternative).
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format";

/** Top-N bars; `label` describes the chart for screen readers. */
export function RankingChart({ rows, label }: { rows: { name: string; value: number }[]; label: string }) {
  const height = Math.max(160, rows.length * 26 + 40);
  return (
    <figure aria-label={label} className="m-0">
      <div style={{ width: "100%", height }} aria-hidden="true" inert>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke="var(--border)" />
            <XAxis type="number" tickFormatter={(v: number) => formatCompact(v)} stroke="var(--muted)" fontSize={12} />
            <YAxis type="category" dataKey="name" width={110} stroke="var(--muted)" fontSize={12} interval={0} />
            <Tooltip formatter={(v) => formatNumber(Number(v))} contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", color: "var(--fg)" }} cursor={{ fill: "var(--accent-soft)", opacity: 0.4 }} />
            <Bar dataKey="value" name="Value" fill="var(--chart-1)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted mt-1 text-xs">{label}. The table lists the same numbers.</figcaption>
    </figure>
  );
}

/** 1334974 → "1.3M". */
export function formatCompact(v: number): string {
  return new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(v);
}
