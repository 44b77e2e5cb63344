// The company directory with the bundled reference tables: legal names → display names, acquisitions, gitdm aliases.
import { describe, expect, it } from "vitest";
import { loadCompanyDirectory } from "@/lib/companies/company-directory";

describe("company directory (bundled tables)", () => {
  const dir = loadCompanyDirectory();
  it("maps DevStats legal names to display names", () => {
    expect(dir.resolve("Google LLC")).toMatchObject({ slug: "google", displayName: "Google" });
    expect(dir.resolve("International Business Machines Corporation")).toMatchObject({ slug: "ibm", displayName: "IBM" });
    expect(dir.resolve("Independent")).toMatchObject({ slug: "independent" });
  });
  it("keeps Red Hat a company although gitdm maps the typo 'Red  Hat' to NotFound", () => {
    expect(dir.resolve("Red Hat Inc.")).toMatchObject({ slug: "red-hat", displayName: "Red Hat" });
  });
  it("applies acquisitions and treats placeholders as no company", () => {
    expect(dir.resolve("CoreOS")?.slug).toBe("red-hat");
    expect(dir.resolve("Heptio")?.slug).toBe("vmware");
    expect(dir.resolve("(Unknown)")).toBeNull();
    expect(dir.resolve("NotFound")).toBeNull();
    expect(dir.resolve("Not Found")).toBeNull();
    expect(dir.resolve("All")).toBeNull();
  });
});
