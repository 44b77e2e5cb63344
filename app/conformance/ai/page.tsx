// /conformance/ai: AI conformance platforms × requirements for one checklist version, with evidence and notes per cell.
import Link from "next/link";
import type { Metadata } from "next";
import { AiCell } from "@/components/conformance/ai-cell";
import { AsOfNote } from "@/components/conformance/as-of-note";
import { AI_STATUS_LABEL } from "@/components/conformance/status-label";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SafeLink } from "@/components/ui/safe-link";
import { SourceNote } from "@/components/ui/source-note";
import { parseAsOf } from "@/lib/conformance/as-of";
import { getDb } from "@/lib/db/prisma";
import { getAiMatrix } from "@/lib/data/conformance/get-ai";
import { firstParam, type SearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kubernetes AI conformance" };

export default async function AiPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const asOf = parseAsOf(firstParam(sp, "asOf"));
  if (!asOf.ok) return <EmptyState title="That as-of date is not valid">{asOf.error}.</EmptyState>;
  const version = firstParam(sp, "version")?.replace(/^v/i, "");
  const data = await getAiMatrix(getDb(), { asOf: asOf.asOf, version });
  const q = asOf.isDefault ? "" : `&asOf=${asOf.asOf}`;
  const total = data.submissions.length;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/conformance${q ? `?${q.slice(1)}` : ""}`}>← Certified Kubernetes</Link>
      </p>
      <PageHeader
        title="Kubernetes AI conformance"
        subtitle="Platforms' self-assessments against the AI conformance checklist. Every MUST needs public evidence; a certification is valid one year from its merge and requires a valid Certified Kubernetes certification."
        actions={
          <a className="btn" href={`/api/v1/conformance/ai?version=${data.version}&format=csv${q}`} download>
            Download CSV
          </a>
        }
      />
      <nav className="mb-4 flex flex-wrap gap-2" aria-label="Checklist version">
        {data.versions.map((v) => (
          <Link
            key={v}
            className="chip"
            href={`/conformance/ai?version=${v}${q}`}
            aria-current={v === data.version ? "page" : undefined}
            style={v === data.version ? { color: "var(--accent-fg)" } : undefined}
          >
            Checklist v{v}
          </Link>
        ))}
      </nav>
      <AsOfNote
        asOf={asOf.asOf}
        isDefault={asOf.isDefault}
        snapshot={data.sources[0]?.asOf ?? null}
        path={`/conformance/ai?version=${data.version}`}
        what="The newest loaded AI submission was merged on"
      />
      <p className="mb-3 text-sm">
        {total} platform{total === 1 ? "" : "s"} submitted against checklist v{data.version}.
      </p>
      {total === 0 ? (
        <EmptyState title={`No platform has submitted against checklist v${data.version} yet`}>The checklist&apos;s requirements are listed below.</EmptyState>
      ) : (
        <div className="table-wrap" style={{ maxHeight: "80vh", overflow: "auto" }}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col" style={{ left: 0, zIndex: 2 }}>
                  Requirement
                </th>
                {data.submissions.map((s) => (
                  <th scope="col" key={s.sourcePath} className="whitespace-normal">
                    {s.productSlug ? <Link href={`/conformance/${s.productSlug}${q ? `?${q.slice(1)}` : ""}`}>{s.platformName}</Link> : s.platformName}
                    <div className="text-xs font-normal">{s.vendor}</div>
                    <div className="text-xs font-normal">
                      <strong>{AI_STATUS_LABEL[s.status]}</strong>
                      <span className="muted">: {s.statusReason}</span>
                      {s.lapsesOn ? <div className="muted">AI certification lapses {s.lapsesOn}</div> : null}
                    </div>
                    {s.warnings.length ? (
                      <details className="text-xs font-normal">
                        <summary style={{ color: "var(--warn)" }}>⚠ {s.warnings.length} note{s.warnings.length === 1 ? "" : "s"} from ingest</summary>
                        <ul className="mt-1 list-disc pl-4">
                          {s.warnings.map((w, i) => (
                            <li key={i}>{w}</li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                    <div className="text-xs font-normal">
                      <SafeLink href={s.upstreamUrl}>submission</SafeLink>
                    </div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.requirements.map((r) => (
                <tr key={r.reqId}>
                  <th scope="row" className="min-w-36 text-xs" style={{ position: "sticky", left: 0, background: "var(--card)", zIndex: 1 }}>
                    <code>{r.reqId}</code> <span style={{ color: r.level === "MUST" ? "var(--bad)" : "var(--muted)" }}>{r.level}</span>
                    <div className="muted font-normal">{r.category}</div>
                    <div className="font-normal">
                      met by {r.met} of {total}
                    </div>
                  </th>
                  {data.submissions.map((s) => (
                    <td key={s.sourcePath}>
                      <AiCell result={s.results.find((x) => x.reqId === r.reqId)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="mt-6">
        <h2 className="mb-2 text-lg font-semibold">Checklist v{data.version}</h2>
        <ol className="space-y-2 text-sm">
          {data.requirements.map((r) => (
            <li key={r.reqId} id={`req-${r.reqId}`}>
              <code>{r.reqId}</code> ({r.category}, <strong>{r.level}</strong>, met by {r.met} of {total}): {r.description}
            </li>
          ))}
        </ol>
      </section>
      <p className="muted mt-3 text-xs">&ldquo;Met&rdquo; counts Implemented and N/A answers (N/A is only allowed when the requirement does not apply).</p>
      <SourceNote sources={data.sources} />
    </>
  );
}
