// A vendor (company) and its certified products as of a date.
import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { VendorData } from "./dto";
import { loadMatrixRows, sortMatrixRows } from "./get-matrix";

/** The vendor page's data, or null when no company with this slug has certified products. */
export async function getVendor(db: Db, slug: string, asOf: string): Promise<VendorData | null> {
  const companies = await db.$queryRaw<{ id: number; display_name: string; has_contrib: boolean }[]>`
    SELECT c.id, c.display_name, EXISTS (SELECT 1 FROM contribution_total t WHERE t.company_id = c.id) AS has_contrib FROM company c WHERE c.slug = ${slug}`;
  const company = companies[0];
  if (!company) return null;
  const { rows, sources } = await loadMatrixRows(db, asOf, { companySlug: slug });
  if (rows.length === 0) return null;
  return { asOf, slug, name: company.display_name, hasContributions: company.has_contrib, products: sortMatrixRows(rows, "status"), sources };
}
