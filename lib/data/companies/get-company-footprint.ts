import "server-only";
// A company beyond its contributions: the leadership seats its people hold (newest sigs.yaml) and the
// Certified Kubernetes products it vends. Two queries, joined on the shared company table.
import { z } from "zod";
import type { Db } from "@/lib/db/prisma";

export const CompanyFootprintDto = z.object({
  seats: z.array(z.object({ role: z.string(), groupDir: z.string(), groupName: z.string(), github: z.string(), name: z.string().nullable(), companyRaw: z.string().nullable() })),
  products: z.array(z.object({ slug: z.string(), name: z.string(), type: z.string(), versions: z.array(z.string()) })),
});
export type CompanyFootprint = z.infer<typeof CompanyFootprintDto>;

const byVersion = (a: string, b: string) => {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return (bm! - am!) || (bn! - an!);
};

/** Chair / tech-lead / liaison seats held by the company's people, and its certified products with versions. */
export async function getCompanyFootprint(db: Db, companySlug: string): Promise<CompanyFootprint> {
  const [seats, products] = await Promise.all([
    db.$queryRaw<{ role: string; dir: string; group_name: string; github: string; name: string | null; company_raw: string | null }[]>`
      SELECT r.role::text AS role, g.dir, g.name AS group_name, p.github, p.name, r.company_raw
      FROM group_role r JOIN company co ON co.id = r.company_id AND co.slug = ${companySlug}
      JOIN governance_group g ON g.id = r.group_id JOIN person p ON p.id = r.person_id
      WHERE r.role IN ('chair', 'tech_lead') AND r.subproject_id IS NULL
      ORDER BY g.dir, r.role, r.position`,
    db.$queryRaw<{ slug: string; name: string; type: string; versions: string[] }[]>`
      SELECT p.slug, p.name, p.type, array_agg(DISTINCT c.k8s_version) AS versions
      FROM conformance_product p JOIN certification c ON c.product_id = p.id
      JOIN company co ON co.slug = ${companySlug}
      WHERE p.company_id = co.id OR c.company_id = co.id
      GROUP BY p.id ORDER BY p.name`,
  ]);
  return {
    seats: seats.map((s) => ({ role: s.role, groupDir: s.dir, groupName: s.group_name, github: s.github, name: s.name, companyRaw: s.company_raw })),
    products: products.map((p) => ({ slug: p.slug, name: p.name, type: p.type, versions: [...p.versions].sort(byVersion) })),
  };
}
