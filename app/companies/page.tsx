// /companies: company ranking for a DevStats metric × range × repo group (all-time Contributions by default).
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { MetricDefinitions } from "@/components/contributions/metric-definitions";
import { limitRanking } from "@/lib/data/contributions/dto";
import { getCompaniesPage } from "@/lib/data/contributions/get-companies-page";
import { RankingParamsSchema } from "@/lib/data/contributions/params-schema";
import { getDb } from "@/lib/db/prisma";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { CompaniesClient } from "./companies-client";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Companies" };

export default async function CompaniesPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const raw = Object.fromEntries(Object.keys(sp).map((k) => [k, firstParam(sp, k)]));
  const parsed = RankingParamsSchema.safeParse(raw);
  const q = parsed.success ? parsed.data : RankingParamsSchema.parse({});
  const problem = parsed.success ? null : parsed.error.issues.map((i) => i.message).join("; ");
  const { options, ranking } = await getCompaniesPage(getDb(), { metric: q.metric, range: q.range, repoGroup: q.repoGroup, excludeIndependent: !q.independent });
  return (
    <>
      <PageHeader
        title="Companies"
        subtitle="Which companies' people build Kubernetes, by DevStats metric and range. Pick a repository group to see one SIG's contributors."
        actions={
          <>
            <Link className="btn" href="/compare?c=google,red-hat,vmware">Compare companies</Link>
            <Link className="btn" href="/companies/diversity">Vendor diversity by SIG</Link>
          </>
        }
      />
      <CompaniesClient initial={limitRanking(ranking, q.rows)} initialQuery={q} options={options} problem={problem} />
      <MetricDefinitions metric={q.metric} />
    </>
  );
}
