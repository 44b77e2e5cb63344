// Guard around the shared company directory for sigs.yaml employers: an employer that sigs.yaml names
// explicitly must never resolve to a placeholder company ("NotFound", "Unknown"). The shared gitdm
// mapping excerpt maps the typo "Red  Hat" to NotFound, which (keys collapse whitespace) captured
// "Red Hat" itself; until the directory is fixed, such hits fall back to the raw name without legal suffix.
import { CompanyDirectory, type ResolvedCompany } from "@/lib/companies/company-directory";
import { companySlug, stripLegalSuffix } from "@/lib/companies/company-key";

const PLACEHOLDER = /^(not ?found|\(?unknown\)?|none|n\/a|-|\?)$/i;

/** A directory whose resolve() replaces placeholder results for real names with the name itself. */
export function guardPlaceholders(directory: CompanyDirectory): CompanyDirectory {
  const guarded = Object.create(directory) as CompanyDirectory;
  guarded.resolve = (raw: string | null | undefined): ResolvedCompany | null => {
    const hit = directory.resolve(raw);
    if (!hit || !PLACEHOLDER.test(hit.displayName.trim()) || PLACEHOLDER.test((raw ?? "").trim())) return hit;
    const display = stripLegalSuffix(raw!.trim());
    const again = directory.resolve(display);
    return again && !PLACEHOLDER.test(again.displayName.trim()) ? again : { slug: companySlug(display), displayName: display, legalName: null };
  };
  return guarded;
}
