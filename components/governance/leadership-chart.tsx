"use client";
// Stacked bar chart of chair and tech-lead seats for the companies holding the most seats.
// Decorative summary: the table below it holds every number (its text alternative).
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Top companies by seats as horizontal stacked bars (chairs + tech leads). */
export function LeadershipChart({ rows }: { rows: { company: string; chairs: number; techLeads: number }[] }) {
  const height = 40 + rows.length * 28;
  return (
    <figure className="card mb-4 p-4" aria-label={`Chair and tech-lead seats of the ${rows.length} companies with the most seats`}>
      <figcaption className="mb-2 text-sm font-medium">Seats of the {rows.length} companies holding the most (all numbers are in the table below)</figcaption>
      <div style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke="var(--border)" />
            <XAxis type="number" allowDecimals={false} tick={{ fill: "var(--muted)", fontSize: 12 }} stroke="var(--border)" />
            <YAxis type="category" dataKey="company" width={130} tick={{ fill: "var(--fg)", fontSize: 12 }} stroke="var(--border)" interval={0} />
            <Tooltip cursor={{ fill: "var(--accent-soft)", opacity: 0.4 }} contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", color: "var(--fg)", fontSize: 12 }} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="chairs" name="Chairs" stackId="s" fill="var(--accent)" isAnimationActive={false} />
            <Bar dataKey="techLeads" name="Tech leads" stackId="s" fill="var(--muted)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
