// Subprojects of a group: description, leads, the repositories their OWNERS files name, contacts, meetings.
import type { GroupDetailT } from "@/lib/data/governance/dto";
import { ownersFolderUrl } from "@/lib/governance/owners-url";
import { SafeLink } from "@/components/ui/safe-link";
import { ContactList } from "./contact-list";
import { MeetingList } from "./meeting-list";
import { PeopleList } from "./person-link";

/** One collapsible entry per subproject (open by default when there are few). */
export function SubprojectList({ subprojects }: { subprojects: GroupDetailT["subprojects"] }) {
  if (subprojects.length === 0) return <p className="muted text-sm">This group owns no subprojects (working groups never do).</p>;
  return (
    <ul>
      {subprojects.map((s, i) => (
        <li key={s.name} className="py-2" id={`subproject-${s.name}`} style={i > 0 ? { borderTop: "1px solid var(--border)" } : undefined}>
          <details open={subprojects.length <= 3}>
            <summary className="cursor-pointer">
              <span className="font-medium">{s.name}</span>
              <span className="muted text-sm">
                {" "}
                · {s.repos.length} {s.repos.length === 1 ? "repository" : "repositories"}
                {s.leads.length ? ` · ${s.leads.length} lead${s.leads.length === 1 ? "" : "s"}` : ""}
              </span>
              {s.description ? <p className="muted mt-0.5 text-sm">{s.description}</p> : null}
            </summary>
            <div className="mt-2 grid gap-3 pl-4 text-sm md:grid-cols-2">
              <div>
                <h4 className="muted text-xs font-semibold uppercase tracking-wide">OWNERS files</h4>
                <ul className="mt-1 space-y-0.5 break-words">
                  {s.owners.map((o) => (
                    <li key={o.url}>
                      {o.org && o.repo ? (
                        <SafeLink href={ownersFolderUrl({ org: o.org, repo: o.repo, branch: o.branch ?? "HEAD", path: o.path ?? "" })}>
                          {o.org}/{o.repo}
                          {o.path ? `/${o.path}` : ""}
                        </SafeLink>
                      ) : (
                        <SafeLink href={o.url}>{o.url}</SafeLink>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
              <div className="space-y-3">
                {s.leads.length ? (
                  <div>
                    <h4 className="muted text-xs font-semibold uppercase tracking-wide">Subproject leads</h4>
                    <PeopleList people={s.leads} />
                  </div>
                ) : null}
                {s.contacts.length ? (
                  <div>
                    <h4 className="muted text-xs font-semibold uppercase tracking-wide">Contact</h4>
                    <ContactList contacts={s.contacts} />
                  </div>
                ) : null}
                {s.meetings.length ? (
                  <div>
                    <h4 className="muted text-xs font-semibold uppercase tracking-wide">Meetings</h4>
                    <MeetingList meetings={s.meetings} />
                  </div>
                ) : null}
              </div>
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
