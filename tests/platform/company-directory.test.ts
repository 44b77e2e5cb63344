import { describe, expect, it } from "vitest";
import { CompanyDirectory, loadCompanyDirectory, parseDirectoryTables } from "@/lib/companies/company-directory";
import { companyKey, companySlug } from "@/lib/companies/company-key";

describe("companyKey", () => {
  it("drops legal suffixes, punctuation and case", () => {
    expect(companyKey("Kubermatic GmbH")).toBe(companyKey("Kubermatic"));
    expect(companyKey("SUSE, LLC")).toBe(companyKey("SUSE LLC"));
    expect(companyKey("Huawei Technologies Co. Ltd")).toBe("huawei technologies");
    expect(companySlug("Red Hat")).toBe("red-hat");
    expect(companySlug("JD.com")).toBe("jd-com");
  });
});

describe("CompanyDirectory (tiny fixture)", () => {
  const dir = new CompanyDirectory(
    parseDirectoryTables({
      acquisitionsYaml: "acquisitions:\n  - ['(?i)^(heptio|bitnami)$', 'VMware Inc.']\n  - ['(?i)^core\\s*os(\\s+inc\\.?)?$', 'Red Hat Inc.']\n",
      displayNamesCsv: "devstats_company_name,display_name,note\nVMware Inc.,VMware,\nRed Hat Inc.,Red Hat,\nAll,All,pseudo\n",
      gitdmMapping: "# comment\n*Independent -> Independent\nSelf -> Independent\n",
      aliasesCsv: 'raw_name,display_name,note\n"Lambda, Inc",Lambda,\nLambda AI,Lambda,\n',
    }),
  );
  it("applies acquisitions before display names", () => {
    expect(dir.resolve("Heptio")).toMatchObject({ slug: "vmware", displayName: "VMware" });
    expect(dir.resolve("CoreOS Inc.")).toMatchObject({ slug: "red-hat" });
  });
  it("maps aliases and spellings to one company", () => {
    expect(dir.resolve("Lambda AI")?.slug).toBe("lambda");
    expect(dir.resolve("Lambda, Inc")?.slug).toBe("lambda");
    expect(dir.resolve("Self")?.slug).toBe("independent");
    expect(dir.resolve("red hat inc")?.displayName).toBe("Red Hat");
  });
  it("keeps unknown companies, minus legal suffixes", () => {
    expect(dir.resolve("Acme Widgets GmbH")).toEqual({ slug: "acme-widgets", displayName: "Acme Widgets", legalName: "Acme Widgets GmbH" });
  });
  it("returns null for pseudo-companies", () => {
    for (const raw of ["All", "(Unknown)", "NotFound", "", "  "]) expect(dir.resolve(raw)).toBeNull();
  });
});

describe("bundled directory", () => {
  it("resolves the sigs.yaml spellings the governance notes call out", () => {
    const dir = loadCompanyDirectory();
    expect(dir.resolve("Kubermatic GmbH")?.slug).toBe(dir.resolve("Kubermatic")?.slug);
    expect(dir.resolve("Lambda AI")?.slug).toBe(dir.resolve("Lambda, Inc")?.slug);
    expect(dir.resolve("International Business Machines Corporation")?.displayName).toBe("IBM");
    expect(dir.resolve("Google LLC")?.slug).toBe("google");
  });
});
