// Overview: headline figures from the database for each section, or how to load data when it is empty.
import { OverviewSections } from "@/components/overview/overview-sections";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db/prisma";
import { getOverview } from "@/lib/data/overview/get-overview";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const overview = await getOverview(getDb());
  return (
    <>
      <PageHeader
        title="The Kubernetes community atlas"
        subtitle="Kubernetes is a federation of bazaars: special interest groups, working groups and committees, the companies whose people build it, and the vendors who certify their distributions. Bazaar puts them on one map."
      />
      {overview.empty ? (
        <EmptyState title="No data has been loaded yet">
          <p>
            Load the bundled snapshots with <code>npm run ingest -- data</code> (or restart with <code>npm start</code>, which loads them into an
            empty database). See the README for ingesting your own DevStats exports or newer sigs.yaml files.
          </p>
        </EmptyState>
      ) : (
        <OverviewSections overview={overview} />
      )}
    </>
  );
}
