// Human names and sections for the ingest kinds registered in lib/ingest/registry.ts, shown in the footer
// and on the overview. A kind missing here still shows, under its id.

type Section = "governance" | "contributions" | "conformance" | "platform";

const KINDS: Record<string, { label: string; section: Section }> = {
  releases: { label: "Kubernetes releases", section: "platform" },
  sigs: { label: "sigs.yaml (governance)", section: "governance" },
  devstats: { label: "DevStats exports", section: "contributions" },
  conformance: { label: "Certified Kubernetes + AI conformance", section: "conformance" },
};

/** Display label of an ingest kind (falls back to the kind id). */
export function datasetLabel(kind: string): string {
  return KINDS[kind]?.label ?? kind;
}

/** Which overview section a kind's data belongs to. */
export function datasetSection(kind: string): Section {
  return KINDS[kind]?.section ?? "platform";
}
