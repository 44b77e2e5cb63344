// "Where this number came from and as of when": a line under every table, chart and figure.

/** One source: label (e.g. "sigs.yaml"), upstream (e.g. "kubernetes/community @ 24e7d8f"), date. */
export interface SourceRef {
  label: string;
  upstream?: string | null;
  asOf?: string | null;
}

/** Provenance line; `sources` come from the data layer (ingest_run rows), never hard-coded. */
export function SourceNote({ sources, note }: { sources: SourceRef[]; note?: string }) {
  if (sources.length === 0 && !note) return null;
  return (
    <p className="muted mt-3 text-xs">
      {sources.length > 0 ? "Source: " : null}
      {sources.map((s, i) => (
        <span key={`${s.label}-${i}`}>
          {i > 0 ? "; " : null}
          {s.label}
          {s.upstream ? ` (${s.upstream})` : null}
          {s.asOf ? `, as of ${s.asOf}` : null}
        </span>
      ))}
      {note ? (sources.length > 0 ? `. ${note}` : note) : null}
    </p>
  );
}
