// Site footer: which datasets are loaded and "data as of" each; survives a database outage.
import "server-only";
import Link from "next/link";
import { getDb } from "@/lib/db/prisma";
import { formatDate } from "@/lib/format";
import { getLoadedDatasets, type LoadedDataset } from "@/lib/data/provenance/get-loaded-datasets";

/** Footer listing loaded datasets (from ingest_run), or a note when the database cannot be read. */
export async function SiteFooter() {
  let datasets: LoadedDataset[] | null = null;
  try {
    datasets = await getLoadedDatasets(getDb());
  } catch {
    datasets = null;
  }
  return (
    <footer className="mt-12 border-t" style={{ borderColor: "var(--border)" }}>
      <div className="mx-auto max-w-7xl px-4 py-6 text-xs">
        <h2 className="mb-2 text-sm font-semibold">Loaded data</h2>
        {datasets === null ? (
          <p className="muted">The database is not reachable right now, so the loaded datasets cannot be listed.</p>
        ) : datasets.length === 0 ? (
          <p className="muted">No data loaded yet. Run <code>npm run ingest -- data</code> to load the bundled snapshots.</p>
        ) : (
          <ul className="muted grid gap-1 sm:grid-cols-2 lg:grid-cols-3" data-testid="loaded-datasets">
            {datasets.map((d) => (
              <li key={d.kind}>
                <span style={{ color: "var(--fg)" }}>{d.label}</span>: data as of {d.asOf ?? "unknown"}
                {d.upstream ? ` · ${d.upstream}` : ""} · loaded {formatDate(d.loadedAt)}
              </li>
            ))}
          </ul>
        )}
        <p className="muted mt-4">
          Bazaar shows public data from kubernetes/community, CNCF DevStats and cncf/k8s-conformance. Numbers say where they came from and as of when.
          {" "}
          <Link href="/api/v1/health" prefetch={false}>API health</Link>
        </p>
      </div>
    </footer>
  );
}
