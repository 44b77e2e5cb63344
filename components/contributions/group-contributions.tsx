// Contributions by company for one governance group's DevStats repo group (placeholder until the
// contributions domain fills it): the SIG page renders <GroupContributions groupDir="sig-node" />.
import { EmptyState } from "@/components/ui/empty-state";

/** Which companies contribute to a group's repositories. */
export async function GroupContributions({ groupDir }: { groupDir: string }) {
  return (
    <EmptyState title="Contributions are not available yet">
      Contribution data for <code>{groupDir}</code> appears here once DevStats exports are ingested.
    </EmptyState>
  );
}
