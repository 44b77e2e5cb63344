// Slack channels, mailing lists and GitHub teams of a group or subproject.
import { SafeLink } from "@/components/ui/safe-link";

type Contact = { kind: string; value: string; description: string | null };

const slackUrl = (channel: string) => (/^[a-z0-9][a-z0-9._-]*$/i.test(channel) ? `https://kubernetes.slack.com/messages/${channel}` : null);
const teamUrl = (team: string) => (/^[a-z0-9][a-z0-9._-]*$/i.test(team) ? `https://github.com/orgs/kubernetes/teams/${team}` : null);

/** Contacts grouped by kind; only valid http(s) targets become links. */
export function ContactList({ contacts }: { contacts: Contact[] }) {
  if (contacts.length === 0) return <p className="muted text-sm">No contact channels listed.</p>;
  const of = (k: string) => contacts.filter((c) => c.kind === k);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {of("slack").map((c) => (
        <Row key={`s${c.value}`} label="Slack">
          <SafeLink href={slackUrl(c.value)}>#{c.value}</SafeLink>
        </Row>
      ))}
      {of("mailing_list").map((c) => (
        <Row key={`m${c.value}`} label="Mailing list">
          <SafeLink href={c.value}>{c.value.replace(/^https?:\/\//, "")}</SafeLink>
        </Row>
      ))}
      {of("private_mailing_list").map((c) => (
        <Row key={`p${c.value}`} label="Private list">
          <span>{c.value}</span>
        </Row>
      ))}
      {of("team").length > 0 ? (
        <Row label="GitHub teams">
          <ul className="space-y-0.5">
            {of("team").map((c) => (
              <li key={c.value}>
                <SafeLink href={teamUrl(c.value)}>@kubernetes/{c.value}</SafeLink>
                {c.description ? <span className="muted"> — {c.description}</span> : null}
              </li>
            ))}
          </ul>
        </Row>
      ) : null}
    </dl>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="muted">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}
