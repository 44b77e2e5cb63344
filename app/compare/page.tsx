// /compare?c=google,red-hat,…: 2–6 companies side by side (series, totals with deltas, per-SIG values).
import type { Metadata } from "next";
import { MetricDefinitions } from "@/components/contributions/metric-definitions";
import { PageHeader } from "@/components/ui/page-header";
import { getComparePage } from "@/lib/data/contributions/get-compare-page";
import { compareSlugs } from "@/lib/data/contributions/params";
import { getDb } from "@/lib/db/prisma";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { CompareClient } from "./compare-client";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare companies" };

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const { slugs, error } = compareSlugs(firstParam(await searchParams, "c"));
  const { compare, choices } = await getComparePage(getDb(), error ? [] : slugs);
  return (
    <>
      <PageHeader title="Compare companies" subtitle="Two to six companies side by side: contributions over time, totals per range with differences, and where in the project they work." />
      <CompareClient initial={compare} initialSlugs={slugs} choices={choices} problem={error && slugs.length > 0 ? error : null} />
      <MetricDefinitions />
    </>
  );
}
