import "server-only";
// The /compare page's data: the comparison (when 2–6 known companies are given) and the companies one can add.
import type { Db } from "@/lib/db/prisma";
import type { Compare } from "./dto";
import { getCompare } from "./get-compare";

/** Companies with contribution data, largest all-time first (the compare picker). */
export async function getCompanyChoices(db: Db): Promise<{ slug: string; name: string }[]> {
  return db.$queryRaw<{ slug: string; name: string }[]>`
    SELECT c.slug, c.display_name AS name FROM company c
    JOIN contribution_total t ON t.company_id = c.id AND t.metric = 'Contributions'
    GROUP BY c.id ORDER BY max(t.value) DESC, c.display_name`;
}

/** Comparison + picker choices. */
export async function getComparePage(db: Db, slugs: string[]): Promise<{ compare: Compare | null; choices: { slug: string; name: string }[] }> {
  const [compare, choices] = await Promise.all([slugs.length >= 2 ? getCompare(db, slugs) : Promise.resolve(null), getCompanyChoices(db)]);
  return { compare, choices };
}
