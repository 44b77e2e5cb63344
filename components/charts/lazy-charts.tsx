"use client";
// Charts load after the page has rendered: recharts stays out of each route's first-load JavaScript.
// Every chart has a table or text alternative on the page, so nothing is lost while it loads.
import dynamic from "next/dynamic";

function placeholder(height: number) {
  return function ChartPlaceholder() {
    return <div style={{ height, background: "color-mix(in srgb, var(--border) 40%, transparent)" }} className="animate-pulse rounded-lg" aria-hidden="true" />;
  };
}

/** Monthly line chart with brush (lazy). */
export const SeriesChart = dynamic(() => import("@/components/contributions/series-chart").then((m) => m.SeriesChart), { ssr: false, loading: placeholder(320) });
/** Top-N ranking bars (lazy). */
export const RankingChart = dynamic(() => import("@/components/contributions/ranking-chart").then((m) => m.RankingChart), { ssr: false, loading: placeholder(420) });
/** Vendor-concentration trend (lazy). */
export const DiversityTrendChart = dynamic(() => import("@/components/contributions/diversity-trend-chart").then((m) => m.DiversityTrendChart), { ssr: false, loading: placeholder(220) });
/** Leadership seats per company (lazy). */
export const LeadershipChart = dynamic(() => import("@/components/governance/leadership-chart").then((m) => m.LeadershipChart), { ssr: false, loading: placeholder(360) });
