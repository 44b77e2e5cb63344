// The company directory: resolves any raw company string (DevStats legal name, sigs.yaml employer,
// conformance vendor) to one company, using the acquisition regexes, display names and alias tables.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { parseCsvObjects } from "@/lib/csv/parse-csv";
import { companyKey, companySlug, stripLegalSuffix } from "./company-key";

/** What a raw company string resolves to. `null` from resolve() means "not a company" (All, (Unknown), NotFound, empty). */
export interface ResolvedCompany {
  slug: string;
  displayName: string;
  legalName: string | null;
}

/** The reference tables the directory is built from (all optional, so tests can pass tiny fixtures). */
export interface DirectoryTables {
  /** [regex source (may start with (?i)), target legal name] */
  acquisitions: [string, string][];
  /** legal name → display name (company-display-names.csv) */
  displayNames: { legal: string; display: string }[];
  /** raw → canonical (gitdm mapping and Bazaar's aliases.csv) */
  aliases: { raw: string; canonical: string }[];
}

const NOT_A_COMPANY = new Set(["", "all", "(unknown)", "unknown", "notfound", "not found", "?", "-", "(no affiliation)", "none", "n/a"]);

/** Resolves raw company strings; pure once built. */
export class CompanyDirectory {
  private readonly acquisitions: { re: RegExp; target: string }[];
  private readonly byKey = new Map<string, ResolvedCompany>();
  private readonly notCompany = new Set<string>();

  constructor(tables: DirectoryTables) {
    this.acquisitions = tables.acquisitions.map(([src, target]) => {
      const ci = src.startsWith("(?i)");
      return { re: new RegExp(ci ? src.slice(4) : src, ci ? "i" : ""), target };
    });
    for (const { legal, display } of tables.displayNames) {
      if (!legal || NOT_A_COMPANY.has(legal.toLowerCase())) continue;
      const company = { slug: companySlug(display), displayName: display, legalName: legal };
      this.byKey.set(companyKey(legal), company);
      if (!this.byKey.has(companyKey(display))) this.byKey.set(companyKey(display), company);
    }
    for (const { raw, canonical } of tables.aliases) {
      // the legal/display-name table is authoritative: a gitdm typo line ("Red  Hat -> NotFound") must not override "Red Hat"
      if (this.byKey.has(companyKey(raw))) continue;
      if (NOT_A_COMPANY.has(canonical.trim().toLowerCase())) {
        this.notCompany.add(companyKey(raw));
        continue;
      }
      const target = this.byKey.get(companyKey(canonical)) ?? { slug: companySlug(stripLegalSuffix(canonical)), displayName: stripLegalSuffix(canonical), legalName: null };
      if (!this.byKey.has(companyKey(canonical))) this.byKey.set(companyKey(canonical), target);
      this.byKey.set(companyKey(raw), target);
    }
  }

  /** Resolve a raw string; null when it names no company (All, (Unknown), NotFound, empty). */
  resolve(raw: string | null | undefined): ResolvedCompany | null {
    const trimmed = (raw ?? "").trim();
    if (NOT_A_COMPANY.has(trimmed.toLowerCase())) return null;
    let name = trimmed;
    for (const { re, target } of this.acquisitions) {
      if (re.test(name)) {
        name = target;
        break;
      }
    }
    const key = companyKey(name);
    if (!key || this.notCompany.has(key)) return null;
    const known = this.byKey.get(key);
    if (known) return known;
    const display = stripLegalSuffix(name);
    return { slug: companySlug(display), displayName: display, legalName: name !== display ? name : null };
  }
}

/** Parse the three reference files' contents into DirectoryTables (pure). */
export function parseDirectoryTables(files: { acquisitionsYaml?: string; displayNamesCsv?: string; gitdmMapping?: string; aliasesCsv?: string }): DirectoryTables {
  const acq = files.acquisitionsYaml ? ((parseYaml(files.acquisitionsYaml) as { acquisitions?: [string, string][] })?.acquisitions ?? []) : [];
  const displayNames = files.displayNamesCsv
    ? parseCsvObjects(files.displayNamesCsv).rows.map((r) => ({ legal: r.values.devstats_company_name ?? "", display: r.values.display_name ?? "" })).filter((r) => r.legal && r.display)
    : [];
  const aliases: { raw: string; canonical: string }[] = [];
  for (const line of (files.gitdmMapping ?? "").split(/\r?\n/)) {
    if (!line.trim() || line.startsWith("#")) continue;
    const m = /^(.*?)\s+->\s+(.*)$/.exec(line);
    if (m) aliases.push({ raw: m[1]!.replace(/^\*/, "").trim(), canonical: m[2]!.trim() });
  }
  if (files.aliasesCsv) for (const r of parseCsvObjects(files.aliasesCsv).rows) if (r.values.raw_name && r.values.display_name) aliases.push({ raw: r.values.raw_name, canonical: r.values.display_name });
  return { acquisitions: acq.filter((a) => Array.isArray(a) && a.length === 2), displayNames, aliases };
}

let cached: CompanyDirectory | null = null;

/** The directory built from the bundled reference files in data/ (cached per process). */
export function loadCompanyDirectory(root = process.cwd()): CompanyDirectory {
  if (cached) return cached;
  const read = (rel: string) => {
    try {
      return readFileSync(path.join(root, "data", rel), "utf8");
    } catch {
      return undefined;
    }
  };
  cached = new CompanyDirectory(
    parseDirectoryTables({
      acquisitionsYaml: read("devstats/company-acquisitions.yaml"),
      displayNamesCsv: read("devstats/company-display-names.csv"),
      gitdmMapping: read("devstats/gitdm-company-names-mapping.sample.txt"),
      aliasesCsv: read("companies/aliases.csv"),
    }),
  );
  return cached;
}
