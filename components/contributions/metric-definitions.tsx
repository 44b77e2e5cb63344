// What the DevStats metrics and ranges mean (FORMAT.md §4, §6), shown next to every contributions view.

/** Collapsible definitions of the metric and the range kinds. */
export function MetricDefinitions({ metric }: { metric?: string }) {
  return (
    <details className="card mt-4 p-4 text-sm">
      <summary className="cursor-pointer font-medium">What these numbers count</summary>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="font-medium">Contributions</dt>
          <dd className="muted">
            Distinct GitHub events by non-bot accounts whose company affiliation covered the event time: pushes, pull-request and issue actions, reviews, and
            every kind of comment. Commits inside a push are not counted separately; forks, stars, releases are excluded. (DevStats{" "}
            <code>project_company_stats.sql</code>.)
          </dd>
        </div>
        <div>
          <dt className="font-medium">Contributors, Committers, Issuers…</dt>
          <dd className="muted">Distinct people with at least one such event in the range. These cannot be added up month by month.</dd>
        </div>
        <div>
          <dt className="font-medium">Ranges</dt>
          <dd className="muted">
            DevStats quick ranges. <em>Last …</em> windows end on the day the data was exported (the as-of date); <em>Last century</em> is all history since
            2014. <em>vA - vB</em> runs from one Kubernetes release tag to the next; <em>vA - now</em> up to the export. CNCF milestones: joined 2016-03-10,
            graduated 2018-03-06.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Companies</dt>
          <dd className="muted">
            DevStats legal names (“Google LLC”) shown by display name; acquisitions are folded into the acquirer as DevStats does (CoreOS → Red Hat, Heptio →
            VMware). Hover a name for the raw DevStats strings. “Independent” is self-employed people; activity with no known affiliation is listed
            separately, not as a company.{metric && metric !== "Contributions" ? ` Current metric: ${metric}.` : ""}
          </dd>
        </div>
      </dl>
    </details>
  );
}
