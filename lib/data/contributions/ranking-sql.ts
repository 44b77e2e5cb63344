// The companies-table ranking query as bare SQL ($1 metric, $2 range name), shared by getRanking and benchmarks.
// Uses the index contribution_total(project_id, metric, range_name, repo_group_id, value DESC); one statement, no N+1.
// Rows: one per company (raw DevStats names aggregated), plus the "All" total row and the unaffiliated "(Unknown)" rows (slug NULL).

/** Ranking rows for repo group "All" of project "kubernetes": slug, name, raws[], value. */
export const RANKING_SQL = `
SELECT c.slug, c.display_name AS name, array_agg(t.company_raw ORDER BY t.company_raw) AS raws, sum(t.value)::float8 AS value
FROM contribution_total t
JOIN repo_group g ON g.id = t.repo_group_id AND g.name = 'All'
JOIN project p ON p.id = t.project_id AND p.slug = 'kubernetes'
LEFT JOIN company c ON c.id = t.company_id
WHERE t.metric = $1 AND t.range_name = $2
GROUP BY c.id, c.slug, c.display_name, (c.id IS NULL AND t.company_raw = 'All')
ORDER BY value DESC`;
