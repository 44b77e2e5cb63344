// Kind tabs (links that keep the other filters) and the search / weekday form of /groups; all state in the URL.
import Link from "next/link";
import { GROUP_KINDS, KIND_NAMES, type GroupFilter } from "@/lib/governance/group-filter";
import { WEEKDAYS } from "@/lib/governance/meetings";
import { toQueryString } from "@/lib/search-params";
import { AutoSubmitSelect } from "./auto-submit-select";

const ACTIVE = { color: "var(--accent-fg)" };

/** Tabs with counts per kind plus the search form. */
export function GroupFilters({ filter, counts, total }: { filter: GroupFilter; counts: Record<string, number>; total: number }) {
  const href = (kind?: string) => `/groups${toQueryString({ kind, q: filter.q, day: filter.day })}`;
  return (
    <div className="mb-4 space-y-3">
      <nav aria-label="Group kinds" className="flex flex-wrap gap-2">
        <Link href={href()} className="chip" aria-current={!filter.kind ? "page" : undefined} style={!filter.kind ? ACTIVE : undefined}>
          All <span className="tabular-nums opacity-80">{total}</span>
        </Link>
        {GROUP_KINDS.map((k) => (
          <Link key={k} href={href(k)} className="chip" aria-current={filter.kind === k ? "page" : undefined} style={filter.kind === k ? ACTIVE : undefined}>
            {KIND_NAMES[k][1]} <span className="tabular-nums opacity-80">{counts[k] ?? 0}</span>
          </Link>
        ))}
      </nav>
      <form method="get" action="/groups" role="search" className="flex flex-wrap items-end gap-2">
        {filter.kind ? <input type="hidden" name="kind" value={filter.kind} /> : null}
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm sm:max-w-sm">
          <span className="muted text-xs">Search name, label, lead or subproject</span>
          <input className="input w-full" type="search" name="q" defaultValue={filter.q ?? ""} placeholder="e.g. network, thockin, kubectl" />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="muted text-xs">Meets on</span>
          <AutoSubmitSelect name="day" defaultValue={filter.day === undefined ? "" : String(filter.day)} options={[{ value: "", label: "any day" }, ...WEEKDAYS.map((d, i) => ({ value: String(i), label: d }))]} />
        </label>
        <button type="submit" className="btn">
          Apply
        </button>
        {filter.q || filter.day !== undefined ? (
          <Link href={href(filter.kind)} className="btn">
            Clear
          </Link>
        ) : null}
      </form>
    </div>
  );
}
