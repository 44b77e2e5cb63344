// Parser tests: every anomaly class on small inputs, a future v1.40 tree, and each kind of bad input
// (clear message naming file and field; nothing returned for the run to write).
import { mkdtemp, mkdir, writeFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IngestValidationError, ProblemLog } from "@/lib/ingest/problems";
import { checkUrl, normaliseProductType, productSlug } from "@/lib/ingest/conformance/normalise";
import { parseProductYaml } from "@/lib/ingest/conformance/parse-product";
import { classifyEvidence, parseAiChecklist, parseAiProduct } from "@/lib/ingest/conformance/parse-ai";
import { readConformanceBundle } from "@/lib/ingest/conformance/read-bundle";
import { conformanceSource } from "@/lib/ingest/conformance/source";

const FIXTURE = path.resolve("tests/conformance/fixtures/tree");
const GOOD = "vendor: V\nname: N\nversion: 1.30\nwebsite_url: https://x.example\ndocumentation_url: https://x.example/docs\ntype: hosted\ndescription: D\n";

describe("normalisers", () => {
  it.each([
    ["distribution", "distribution"], ["Distribution", "distribution"], ["distro", "distribution"], ["distribution ", "distribution"],
    ["hosted", "hosted_platform"], ["Hosted", "hosted_platform"], ["hosted platform", "hosted_platform"], ["platform", "hosted_platform"],
    ["container platform", "hosted_platform"], ["multi-cloud container platform", "hosted_platform"],
    ["installer", "installer"], ["Installer", "installer"], ["Certified Kubernetes - Installer", "installer"], ["banana", "unknown"],
  ])("type %j → %s", (raw, want) => expect(normaliseProductType(raw)).toBe(want));
  it("slugs keep one identity across case and spaces", () => {
    expect(productSlug("American-Cloud")).toBe(productSlug("american-cloud"));
    expect(productSlug("ZStack Cube")).toBe("zstack-cube");
    expect(productSlug("taikun (TKS)")).toBe("taikun-(tks)");
  });
  it("only http(s) URLs get an href", () => {
    expect(checkUrl("ttps://www.nhncloud.com/").href).toBeNull();
    expect(checkUrl("--").href).toBeNull();
    expect(checkUrl("javascript:alert(1)").href).toBeNull();
    expect(checkUrl("https://ok.example/a").href).toBe("https://ok.example/a");
  });
  it("classifies evidence as URL, file or text", () => {
    expect(classifyEvidence("https://a.example/x")).toMatchObject({ kind: "url", href: "https://a.example/x" });
    expect(classifyEvidence("see secure_accelerator_access.md", "https://github.com/cncf/ai-conformance/blob/main/v1.33/talos")).toMatchObject({ kind: "file", href: "https://github.com/cncf/ai-conformance/blob/main/v1.33/talos/secure_accelerator_access.md" });
    expect(classifyEvidence("e2e.log")).toMatchObject({ kind: "file" });
    expect(classifyEvidence("N/A")).toMatchObject({ kind: "text" });
    expect(classifyEvidence("javascript:alert(1)")).toMatchObject({ kind: "text" });
    expect(classifyEvidence("")).toBeNull();
  });
});

describe("parseProductYaml", () => {
  it("keeps version scalars exactly as written", () => {
    const log = new ProblemLog();
    expect(parseProductYaml(GOOD, "f", log)!.productVersion).toBe("1.30");
    expect(parseProductYaml(GOOD.replace("1.30", "124.0"), "f", log)!.productVersion).toBe("124.0");
    expect(parseProductYaml(GOOD.replace("1.30", "2022-12-09"), "f", log)!.productVersion).toBe("2022-12-09");
  });
  it("reads CRLF, non-ASCII, PyYAML-style continuation lines and duplicate keys (with warnings)", () => {
    const log = new ProblemLog();
    const p = parseProductYaml('vendor: Ünï™\r\nname: N\r\nversion: v1\r\nwebsite_url: https://x.example\r\ndocumentation_url: https://x.example\r\ntype: hosted\r\ndescription: " first line\r\ncontinued at column 0 "\r\n', "crlf.yaml", log)!;
    expect(p.vendor).toBe("Ünï™");
    expect(p.description).toBe("first line continued at column 0");
    const d = parseProductYaml(GOOD + "description: later\n", "dup.yaml", log)!;
    expect(d.description).toBe("later");
    expect(log.warnings.map((w) => w.message).join("\n")).toMatch(/more than once/);
  });
  it("a syntax error names the file and line", () => {
    const log = new ProblemLog();
    expect(parseProductYaml("vendor: [unclosed\nname: x\n", "v1.32/bad/PRODUCT.yaml", log)).toBeNull();
    expect(log.errors[0]).toMatchObject({ file: "v1.32/bad/PRODUCT.yaml", severity: "error" });
    expect(log.errors[0]!.message).toMatch(/YAML syntax error/);
    expect(log.errors[0]!.line).toBeGreaterThan(0);
  });
  it("a missing required field is an error naming the field", () => {
    const log = new ProblemLog();
    expect(parseProductYaml(GOOD.replace(/^name: N\n/m, ""), "f.yaml", log)).toBeNull();
    expect(log.errors).toEqual([expect.objectContaining({ file: "f.yaml", field: "name", message: "required field is missing" })]);
  });
  it("a list where a string belongs is an error naming the field", () => {
    const log = new ProblemLog();
    expect(parseProductYaml(GOOD.replace("vendor: V", "vendor:\n  - A\n  - B"), "f.yaml", log)).toBeNull();
    expect(log.errors[0]).toMatchObject({ field: "vendor", line: 1 });
    expect(log.errors[0]!.message).toMatch(/list/);
  });
  it("a script tag in the description is kept as text and flagged", () => {
    const log = new ProblemLog();
    const p = parseProductYaml(GOOD.replace("description: D", 'description: "<script>alert(1)</script> hi"'), "f.yaml", log)!;
    expect(p.description).toBe("<script>alert(1)</script> hi");
    expect(p.warnings.join()).toMatch(/plain text/);
  });
  it("a javascript: website URL is never a link, and is flagged", () => {
    const log = new ProblemLog();
    const p = parseProductYaml(GOOD.replace("https://x.example\n", "javascript:alert(1)\n"), "f.yaml", log)!;
    expect(p.website).toEqual({ raw: "javascript:alert(1)", href: null });
    expect(log.warnings[0]).toMatchObject({ field: "website_url", severity: "warning" });
  });
  it("a 10 MB description is refused with a clear error", () => {
    const log = new ProblemLog();
    expect(parseProductYaml(GOOD.replace("description: D", `description: ${"x".repeat(10 * 1024 * 1024)}`), "big.yaml", log)).toBeNull();
    expect(log.errors[0]!.message).toMatch(/bytes; PRODUCT.yaml files over/);
    const log2 = new ProblemLog();
    expect(parseProductYaml(GOOD.replace("description: D", `description: ${"x".repeat(20_000)}`), "long.yaml", log2)).toBeNull();
    expect(log2.errors[0]).toMatchObject({ field: "description" });
  });
});

describe("AI files", () => {
  const checklist = parseAiChecklist("spec:\n  a:\n    - id: one\n      level: MUST\n      description: One\n    - id: two\n      level: SHOULD\n", "c.yaml", new ProblemLog())!;
  it("accepts snake_case and camelCase keys and a misplaced top-level key", () => {
    const log = new ProblemLog();
    const p = parseAiProduct("metadata:\n  platformName: P\n  vendorName: V\n  website_url: https://w.example\ncontact_email_address: a@b.c\nspec:\n  a:\n    - id: one\n      status: Implemented\n      evidence: [https://e.example]\n", "p.yaml", checklist, log)!;
    expect(p.website?.href).toBe("https://w.example/");
    expect(p.metadata.contactEmailAddress).toBe("a@b.c");
    expect(p.answers[0]).toMatchObject({ reqId: "one", status: "implemented" });
    expect(log.warnings.some((w) => /not answered/.test(w.message))).toBe(true);
  });
  it("a requirement id missing from the checklist is an error naming file and field", () => {
    const log = new ProblemLog();
    expect(parseAiProduct("metadata:\n  platformName: P\n  vendorName: V\nspec:\n  a:\n    - id: three\n      status: Implemented\n", "v1.33/p/PRODUCT.yaml", checklist, log)).toBeNull();
    expect(log.errors[0]).toMatchObject({ file: "v1.33/p/PRODUCT.yaml", field: "spec.a[0].id" });
    expect(log.errors[0]!.message).toMatch(/"three" does not exist in the checklist/);
  });
});

describe("a tree with a future version (v1.40) and a new checklist ingests with no code change", () => {
  it("detects and reads the fixture tree", async () => {
    expect(await conformanceSource.detect(FIXTURE, true)).toBe(true);
    expect(await conformanceSource.detect(path.join(FIXTURE, "k8s"), true)).toBe(true);
    expect(await conformanceSource.detect(path.resolve("tests/conformance"), true)).toBe(false);
    const { bundle } = await readConformanceBundle(FIXTURE);
    const byDir = new Map(bundle.k8s!.map((c) => [c.dirName, c]));
    expect(byDir.get("newkube")).toMatchObject({ minor: "1.40", slug: "newkube", certifiedAt: "2030-01-10T10:00:00-08:00" });
    expect(byDir.get("newkube")!.file).toMatchObject({ productVersion: "1.40", type: "hosted_platform", typeRaw: "Hosted" });
    const old = byDir.get("Old Kube")!;
    expect(old).toMatchObject({ slug: "old-kube", certifiedAt: "2025-01-05T10:00:00+01:00" });
    expect(old.file).toMatchObject({ name: "Old Kube™", productVersion: "2022-12-09", type: "distribution", description: "Ünïcode déscription" });
    expect(old.file.website.href).toBeNull();
    expect(bundle.ai!.requirements.filter((r) => r.checklistVersion === "1.40")).toHaveLength(12);
    const sub = bundle.ai!.submissions[0]!;
    expect(sub).toMatchObject({ checklistVersion: "1.40", mergedAt: "2030-02-01T10:00:00-06:00" });
    expect(sub.parsed.answers.find((a) => a.reqId === "gpu_sharing")!.evidence.map((e) => e.kind)).toEqual(["file", "text"]);
  });
});

describe("bad input stops the whole run", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  it("one bad file among good ones: every error reported, nothing returned to write", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "bazaar-conf-"));
    dirs.push(root);
    for (const [dir, text] of [["good", GOOD], ["broken", "vendor: [x\n"], ["nofield", GOOD.replace(/^type: hosted\n/m, "")]] as const) {
      await mkdir(path.join(root, "v1.32", dir), { recursive: true });
      await writeFile(path.join(root, "v1.32", dir, "PRODUCT.yaml"), text);
    }
    const err = await readConformanceBundle(root, root).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestValidationError);
    const problems = (err as IngestValidationError).problems.filter((p) => p.severity === "error");
    expect(problems.map((p) => p.file).sort()).toEqual(["v1.32/broken/PRODUCT.yaml", "v1.32/nofield/PRODUCT.yaml"]);
    expect(problems.find((p) => p.file.includes("nofield"))).toMatchObject({ field: "type" });
  });
});

describe("badge SVG", () => {
  it("escapes every text", async () => {
    const { badgeSvg } = await import("@/lib/conformance/badge-svg");
    const svg = badgeSvg("Certified <Kubernetes>", `a"b'&c`, "#326ce5");
    expect(svg).toContain("Certified &lt;Kubernetes&gt;");
    expect(svg).toContain("a&quot;b&apos;&amp;c");
    expect(svg).not.toMatch(/<Kubernetes>/);
  });
});
