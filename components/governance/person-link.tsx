// A person in a seat: name linking to their Bazaar page, GitHub handle linking to github.com, employer.
import Link from "next/link";
import type { PersonRefT } from "@/lib/data/governance/dto";
import { githubProfileUrl } from "@/lib/safe-url";

/** "Tim Hockin @thockin · Google" (employer shows the raw spelling on hover when normalised differently). */
export function PersonLink({ person, showCompany = true }: { person: PersonRefT; showCompany?: boolean }) {
  const gh = githubProfileUrl(person.github);
  const company = person.company ?? person.companyRaw;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <Link href={`/people/${encodeURIComponent(person.github)}`} className="font-medium">
        {person.name ?? person.github}
      </Link>
      {gh ? (
        <a href={gh} className="muted text-xs" rel="noopener noreferrer nofollow" target="_blank" aria-label={`${person.github} on GitHub`}>
          @{person.github}
        </a>
      ) : (
        <span className="muted text-xs">@{person.github}</span>
      )}
      {showCompany && company ? (
        <span className="muted text-xs" title={person.companyRaw && person.companyRaw !== company ? `listed as “${person.companyRaw}”` : undefined}>
          · {company}
        </span>
      ) : null}
    </span>
  );
}

/** A vertical list of people, or a dash when empty. */
export function PeopleList({ people, empty = "–" }: { people: PersonRefT[]; empty?: string }) {
  if (people.length === 0) return <p className="muted text-sm">{empty}</p>;
  return (
    <ul className="space-y-1 text-sm">
      {people.map((p) => (
        <li key={p.github}>
          <PersonLink person={p} />
        </li>
      ))}
    </ul>
  );
}
