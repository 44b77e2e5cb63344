// Human names for ingest kinds, shown in the footer and on the overview ("sigs.yaml", "DevStats export" …).

const LABELS: Record<string, string> = {
  releases: "Kubernetes releases",
  sigs: "sigs.yaml (governance)",
  governance: "sigs.yaml (governance)",
  devstats: "DevStats exports",
  "devstats-api": "DevStats API exports",
  "devstats-csv": "DevStats Grafana CSV",
  "devstats-reference": "DevStats reference tables",
  conformance: "Certified Kubernetes + AI conformance",
  "k8s-conformance": "Certified Kubernetes (k8s-conformance)",
  "ai-conformance": "Kubernetes AI conformance",
  "conformance-dates": "Conformance merge dates",
};

/** Display label of an ingest kind (falls back to the kind id). */
export function datasetLabel(kind: string): string {
  return LABELS[kind] ?? kind;
}

/** Which section each kind belongs to, for grouping in the footer. */
export function datasetSection(kind: string): "governance" | "contributions" | "conformance" | "platform" {
  if (/sig|governance/.test(kind)) return "governance";
  if (/devstats|contribution|compan/.test(kind)) return "contributions";
  if (/conformance|product|ai/.test(kind)) return "conformance";
  return "platform";
}
