// On a company page: the governance seats its people hold and the Kubernetes products it certifies.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { CompanyFootprint } from "@/lib/data/companies/get-company-footprint";

const ROLE: Record<string, string> = { chair: "Chair", tech_lead: "Tech lead" };
const TYPE: Record<string, string> = { distribution: "Distribution", hosted_platform: "Hosted platform", installer: "Installer" };

/** Two cards (leadership seats, certified products); renders nothing when the company has neither. */
export function CompanyFootprintCards({ footprint, companyName, companySlug }: { footprint: CompanyFootprint; companyName: string; companySlug: string }) {
  const { seats, products } = footprint;
  if (seats.length === 0 && products.length === 0) return null;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 [&>*]:min-w-0">
      {seats.length > 0 ? (
        <Card title={`Leadership seats (${seats.length})`} id="leadership" actions={<Link href="/groups/leadership">By company →</Link>}>
          <p className="muted mb-2 text-sm">Chairs and tech leads of Kubernetes groups who list {companyName} as their employer in sigs.yaml.</p>
          <ul className="text-sm">
            {seats.map((s) => (
              <li key={`${s.groupDir}-${s.role}-${s.github}`} className="flex flex-wrap items-baseline justify-between gap-2 border-b py-1 last:border-0" style={{ borderColor: "var(--border)" }}>
                <span>
                  <Link href={`/people/${s.github}`}>{s.name ?? s.github}</Link>
                  <span className="muted"> · {ROLE[s.role] ?? s.role}</span>
                </span>
                <Link href={`/groups/${s.groupDir}`}>{s.groupName}</Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {products.length > 0 ? (
        <Card title={`Certified Kubernetes products (${products.length})`} id="products" actions={<Link href={`/vendors/${companySlug}`}>Vendor page →</Link>}>
          <ul className="text-sm">
            {products.map((p) => (
              <li key={p.slug} className="flex flex-wrap items-baseline justify-between gap-2 border-b py-1 last:border-0" style={{ borderColor: "var(--border)" }}>
                <span>
                  <Link href={`/conformance/${p.slug}`}>{p.name}</Link> <Badge>{TYPE[p.type] ?? p.type}</Badge>
                </span>
                <span className="muted tabular-nums">{p.versions.length > 1 ? `v${p.versions[p.versions.length - 1]}–v${p.versions[0]}` : `v${p.versions[0]}`}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
