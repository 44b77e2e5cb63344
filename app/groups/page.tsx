// /groups — every SIG, working group, committee and user group, filterable by kind, text and meeting day.
import type { Metadata } from "next";
import Link from "next/link";
import { GroupFilters } from "@/components/governance/group-filters";
import { GroupTable } from "@/components/governance/group-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SourceNote } from "@/components/ui/source-note";
import { getDb } from "@/lib/db/prisma";
import { getGroupList } from "@/lib/data/governance/list-groups";
import { filterGroups, GroupFilterParams, KIND_NAMES } from "@/lib/governance/group-filter";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Groups", description: "Kubernetes SIGs, working groups and committees: who chairs them, what they own, when they meet." };

export default async function GroupsPage({ searchParams }: { searchParams: SearchParams }) {
  const filter = parseSearchParams(GroupFilterParams, await searchParams);
  const list = await getGroupList(getDb());
  const shown = filterGroups(list.groups, filter);
  return (
    <>
      <PageHeader
        title="Groups"
        subtitle="Special interest groups own Kubernetes' code; working groups are temporary cross-SIG forums; committees are appointed or elected bodies. Chairs run a group, tech leads are its technical authority."
        actions={
          <>
            <Link href="/groups/leadership" className="btn">
              Leadership by company
            </Link>
            <a href="/groups/meetings.ics" className="btn" title="Subscribe to every group's meetings (iCalendar)">
              All meetings (.ics)
            </a>
          </>
        }
      />
      {list.total === 0 ? (
        <EmptyState title="No sigs.yaml has been loaded">
          Load the bundled snapshot with <code>npm run ingest -- data/community/sigs.yaml</code>.
        </EmptyState>
      ) : (
        <>
          <GroupFilters filter={filter} counts={list.counts} total={list.total} />
          <p className="muted mb-2 text-sm" aria-live="polite">
            Showing {shown.length} of {list.total} groups
            {filter.kind ? ` (${KIND_NAMES[filter.kind][1].toLowerCase()})` : ""}
            {filter.q ? ` matching “${filter.q}”` : ""}.
          </p>
          {shown.length ? (
            <GroupTable groups={shown} />
          ) : (
            <EmptyState title="No group matches these filters">
              {filter.kind === "usergroup" && list.counts.usergroup === 0 ? "Every Kubernetes user group has been retired; sigs.yaml lists none today. " : null}
              <Link href="/groups">Show all groups</Link>
            </EmptyState>
          )}
          <SourceNote sources={list.source ? [list.source] : []} note="Groups, leads and meeting days as listed in sigs.yaml" />
        </>
      )}
    </>
  );
}
