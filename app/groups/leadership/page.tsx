// /groups/leadership — chair and tech-lead seats per company across all groups, with shares and the people behind them.
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { LeadershipTable } from "@/components/governance/leadership-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SourceNote } from "@/components/ui/source-note";
import { Stat } from "@/components/ui/stat";
import { getDb } from "@/lib/db/prisma";
import { getLeadership } from "@/lib/data/governance/get-leadership";
import { formatShare, LEADERSHIP_SORTS, NO_COMPANY } from "@/lib/governance/leadership";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Leadership by company", description: "Which employers hold the chair and tech-lead seats of Kubernetes SIGs, working groups and committees." };

const Params = z.object({ sort: z.enum(LEADERSHIP_SORTS).catch("seats").default("seats") });

export default async function LeadershipPage({ searchParams }: { searchParams: SearchParams }) {
  const { sort } = parseSearchParams(Params, await searchParams);
  const data = await getLeadership(getDb(), sort);
  const top = data.rows.filter((r) => r.slug !== null);
  const top3 = top.slice(0, 3).reduce((n, r) => n + r.share, 0);
  return (
    <>
      <p className="muted mb-2 text-sm">
        <Link href="/groups">Groups</Link> / Leadership
      </p>
      <PageHeader
        title="Leadership by company"
        subtitle="Every chair and tech-lead seat of every SIG, working group and committee, grouped by the employer its holder lists in sigs.yaml. One person with two seats counts twice: this measures seats, not heads."
        actions={
          <a className="btn" href={`/api/v1/leadership?format=csv${sort !== "seats" ? `&sort=${sort}` : ""}`} download>
            Download CSV
          </a>
        }
      />
      {data.totalSeats === 0 ? (
        <EmptyState title="No sigs.yaml has been loaded">Load it with <code>npm run ingest -- data/community/sigs.yaml</code>.</EmptyState>
      ) : (
        <>
          <div className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4">
            <Stat label="Leadership seats" value={data.totalSeats} hint={`chairs and tech leads in ${data.totalGroups} groups`} />
            <Stat label="People holding them" value={data.totalPeople} />
            <Stat label="Employers" value={top.length} hint={data.rows.some((r) => r.slug === null) ? `plus “${NO_COMPANY}”` : undefined} />
            <Stat label="Held by the top 3" value={formatShare(top3)} hint={top.slice(0, 3).map((r) => r.company).join(", ")} />
          </div>
          <LeadershipTable data={data} />
          <SourceNote
            sources={data.source ? [data.source] : []}
            note="Employer strings normalised through Bazaar's company directory (e.g. “Kubermatic GmbH” and “Kubermatic” are one company; open a row to see the spelling used). Subproject leads, emeritus leads and liaisons are not counted as seats"
          />
        </>
      )}
    </>
  );
}
