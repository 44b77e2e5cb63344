// /groups/:dir — one SIG / WG / committee: mission, charter, leads, meetings, contacts, subprojects, history, contributions.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { GroupContributions } from "@/components/contributions/group-contributions";
import { ContactList } from "@/components/governance/contact-list";
import { HistoryList } from "@/components/governance/history-list";
import { MeetingList } from "@/components/governance/meeting-list";
import { PeopleList, PersonLink } from "@/components/governance/person-link";
import { SubprojectList } from "@/components/governance/subproject-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SafeLink } from "@/components/ui/safe-link";
import { SourceNote } from "@/components/ui/source-note";
import { getDb } from "@/lib/db/prisma";
import { getGroup } from "@/lib/data/governance/get-group";
import { KIND_NAMES } from "@/lib/governance/group-filter";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ dir: string }> };

// One query per request: metadata and page share it. notFound() in metadata runs before the body streams, so unknown groups get a real 404 status.
const loadGroup = cache((dir: string) => getGroup(getDb(), dir));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { dir } = await params;
  const g = await loadGroup(dir);
  if (!g) notFound();
  return g ? { title: `${g.kind === "sig" ? "SIG " : g.kind === "wg" ? "WG " : ""}${g.name}`, description: g.missionStatement?.slice(0, 200) } : { title: "Group not found" };
}

export default async function GroupPage({ params }: Props) {
  const { dir } = await params;
  const g = await loadGroup(dir);
  if (!g) notFound();
  const src = g.source ? [g.source] : [];
  return (
    <>
      <p className="muted mb-2 text-sm">
        <Link href="/groups">Groups</Link> / <Link href={`/groups?kind=${g.kind}`}>{KIND_NAMES[g.kind][1]}</Link>
      </p>
      <PageHeader
        title={
          <span className="inline-flex flex-wrap items-center gap-3">
            {g.name} <Badge tone={g.kind === "sig" ? "accent" : "neutral"}>{KIND_NAMES[g.kind][0]}</Badge>
          </span>
        }
        subtitle={
          <>
            <code>{g.dir}</code>
            {g.label ? (
              <>
                {" "}
                · GitHub label <code>{g.kind === "wg" ? "wg" : g.kind === "committee" ? "committee" : g.kind === "usergroup" ? "ug" : "sig"}/{g.label}</code>
              </>
            ) : null}
          </>
        }
        actions={
          <>
            {g.charterUrl ? (
              <SafeLink href={g.charterUrl} className="btn">
                Charter
              </SafeLink>
            ) : null}
            <SafeLink href={`https://github.com/kubernetes/community/tree/master/${g.dir}`} className="btn">
              Community folder
            </SafeLink>
          </>
        }
      />
      <div className="grid items-start gap-4 lg:grid-cols-3">
          <Card className="lg:col-span-2 lg:col-start-1 lg:row-start-1" title="Mission">
            {g.missionStatement ? <p className="whitespace-pre-line text-sm leading-relaxed">{g.missionStatement}</p> : <p className="muted text-sm">No mission statement in sigs.yaml.</p>}
            {g.charterLinkRaw && !g.charterUrl?.startsWith("http") ? <p className="muted mt-2 text-xs">Charter link as written: {g.charterLinkRaw}</p> : null}
            {!g.charterLinkRaw ? <p className="muted mt-2 text-xs">sigs.yaml gives no charter link for this group.</p> : null}
          </Card>
        <div className="space-y-4 lg:col-start-3 lg:row-span-5 lg:row-start-1">
          <Card title="Leadership" id="leadership">
            <h3 className="muted text-xs font-semibold uppercase tracking-wide">Chairs</h3>
            <PeopleList people={g.chairs} />
            <h3 className="muted mt-3 text-xs font-semibold uppercase tracking-wide">Tech leads</h3>
            <PeopleList people={g.techLeads} empty={g.kind === "sig" ? "No separate tech leads." : "Not used by this kind of group."} />
            {g.emeritusLeads.length ? (
              <>
                <h3 className="muted mt-3 text-xs font-semibold uppercase tracking-wide">Emeritus leads</h3>
                <PeopleList people={g.emeritusLeads} />
              </>
            ) : null}
            <h3 className="muted mt-3 text-xs font-semibold uppercase tracking-wide">Steering liaison</h3>
            {g.liaison ? <p className="text-sm"><PersonLink person={g.liaison} showCompany={false} /></p> : <p className="muted text-sm">None assigned.</p>}
            <SourceNote sources={src} />
          </Card>
          {g.kind === "wg" || g.stakeholderSigs.length ? (
            <Card title="Stakeholder SIGs" id="stakeholders">
              <ul className="flex flex-wrap gap-2">
                {g.stakeholderSigs.map((s) => (
                  <li key={s.name}>{s.dir ? <Link href={`/groups/${encodeURIComponent(s.dir)}`} className="chip">SIG {s.name}</Link> : <span className="chip">{s.name}</span>}</li>
                ))}
              </ul>
            </Card>
          ) : null}
          {g.kind === "sig" ? (
            <Card title="Working groups it sponsors" id="sponsored">
              {g.sponsoredWgs.length ? (
                <ul className="flex flex-wrap gap-2">
                  {g.sponsoredWgs.map((w) => (
                    <li key={w.dir}>
                      <Link href={`/groups/${encodeURIComponent(w.dir)}`} className="chip">WG {w.name}</Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted text-sm">No working group lists this SIG as a stakeholder.</p>
              )}
            </Card>
          ) : null}
          <Card title="Contact" id="contact">
            <ContactList contacts={g.contacts} />
          </Card>
        </div>
          <Card className="lg:col-span-2 lg:col-start-1" title="Meetings" id="meetings" actions={<a href={`/groups/${encodeURIComponent(g.dir)}/meetings.ics`} className="btn">Add to calendar (.ics)</a>}>
            <MeetingList meetings={g.meetings} />
            <SourceNote sources={src} note="Times as written upstream; 'your time' is the next occurrence converted in your browser" />
          </Card>
          <Card className="lg:col-span-2 lg:col-start-1" title={`Subprojects (${g.subprojects.length})`} id="subprojects">
            <SubprojectList subprojects={g.subprojects} />
          </Card>
          <Card className="lg:col-span-2 lg:col-start-1" title="History" id="history">
            <HistoryList changes={g.history} snapshots={g.snapshots} />
            <SourceNote sources={src} note={`Compared across ${g.snapshots.length} sigs.yaml snapshot${g.snapshots.length === 1 ? "" : "s"}`} />
          </Card>
          <Card className="lg:col-span-2 lg:col-start-1" title="Contributions" id="contributions">
            <GroupContributions groupDir={g.dir} />
          </Card>
      </div>
    </>
  );
}
