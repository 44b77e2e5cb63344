// /people/:github — every seat a person holds now and held in any ingested sigs.yaml snapshot.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SourceNote } from "@/components/ui/source-note";
import { getDb } from "@/lib/db/prisma";
import { getPerson } from "@/lib/data/governance/get-person";
import { githubProfileUrl } from "@/lib/safe-url";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ github: string }> };
// One query per request: metadata and page share it. notFound() in metadata runs before the body streams, so unknown people get a real 404 status.
const loadPerson = cache((github: string) => (/^[A-Za-z0-9-]{1,39}$/.test(github) ? getPerson(getDb(), github) : Promise.resolve(null)));
const ROLE: Record<string, string> = { chair: "Chair", tech_lead: "Tech lead", emeritus_lead: "Emeritus lead", liaison: "Steering liaison", subproject_lead: "Subproject lead" };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { github } = await params;
  const p = await loadPerson(github);
  if (!p) notFound();
  return { title: p ? `${p.name ?? p.github} (@${p.github})` : "Person not found" };
}

export default async function PersonPage({ params }: Props) {
  const { github } = await params;
  const p = await loadPerson(github);
  if (!p) notFound();
  const gh = githubProfileUrl(p.github);
  const src = p.source ? [p.source] : [];
  const past = p.tenures.filter((t) => t.endedBy !== null);
  return (
    <>
      <p className="muted mb-2 text-sm">
        <Link href="/groups">Groups</Link> / People
      </p>
      <PageHeader
        title={p.name ?? p.github}
        subtitle={gh ? <a href={gh} rel="noopener noreferrer nofollow" target="_blank">@{p.github} on GitHub</a> : `@${p.github}`}
      />
      <div className="space-y-4">
        <Card title={`Current roles (${p.current.length})`} id="current">
          {p.current.length ? (
            <div className="table-wrap">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Group</th>
                    <th scope="col">Role</th>
                    <th scope="col">Employer (as listed)</th>
                  </tr>
                </thead>
                <tbody>
                  {p.current.map((r, i) => (
                    <tr key={i}>
                      <td>
                        <Link href={`/groups/${encodeURIComponent(r.groupDir)}${r.subproject ? `#subproject-${encodeURIComponent(r.subproject)}` : ""}`}>{r.groupName}</Link>
                        {r.subproject ? <span className="muted"> / {r.subproject}</span> : null}
                      </td>
                      <td>
                        <Badge tone={r.role === "chair" || r.role === "tech_lead" ? "accent" : "neutral"}>{ROLE[r.role] ?? r.role}</Badge>
                      </td>
                      <td>
                        {r.company ?? <span className="muted">not listed</span>}
                        {r.companyRaw && r.companyRaw !== r.company ? <span className="muted text-xs"> (“{r.companyRaw}”)</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted text-sm">No role in the newest snapshot ({p.snapshots[p.snapshots.length - 1]}).</p>
          )}
          <SourceNote sources={src} />
        </Card>
        <Card title="Role history" id="history">
          {p.snapshots.length < 2 ? (
            <p className="muted mb-2 text-sm">Only one snapshot ({p.snapshots[0]}) is loaded, so every role below is “on record since” that date.</p>
          ) : null}
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">Role</th>
                  <th scope="col">From</th>
                  <th scope="col">Until</th>
                </tr>
              </thead>
              <tbody>
                {p.tenures.map((t, i) => (
                  <tr key={i}>
                    <td>
                      {t.groupExists ? <Link href={`/groups/${encodeURIComponent(t.groupDir)}`}>{t.groupName}</Link> : <span title="no longer in sigs.yaml">{t.groupDir} (retired)</span>}
                      {t.subproject ? <span className="muted"> / {t.subproject}</span> : null}
                    </td>
                    <td>{ROLE[t.role] ?? t.role}</td>
                    <td>
                      <span className="whitespace-nowrap">{t.firstSeen}</span>
                      {t.onRecordSince ? <div className="muted text-xs">first snapshot; may be earlier</div> : null}
                    </td>
                    <td>
                      {t.endedBy ? (
                        <>
                          <span className="whitespace-nowrap">gone by {t.endedBy}</span>
                          <div className="muted text-xs">last seen {t.lastSeen}</div>
                        </>
                      ) : (
                        "now"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <SourceNote sources={src} note={`${past.length} past role${past.length === 1 ? "" : "s"} across ${p.snapshots.length} snapshot${p.snapshots.length === 1 ? "" : "s"} (${p.snapshots[0]} to ${p.snapshots[p.snapshots.length - 1]}); dates are snapshot dates, not appointment dates`} />
        </Card>
      </div>
    </>
  );
}
