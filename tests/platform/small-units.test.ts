import { describe, expect, it } from "vitest";
import { safeHttpUrl, githubProfileUrl } from "@/lib/safe-url";
import { parseIngestArgs } from "@/lib/ingest/cli-args";
import { formatProblem } from "@/lib/ingest/problems";
import { describeDbError, redactUrl } from "@/lib/db/describe-error";
import { isDatabaseDown } from "@/lib/db/is-database-down";
import { formatNumber, formatPercent } from "@/lib/format";

describe("safeHttpUrl", () => {
  it("accepts http(s) URLs with a host", () => {
    expect(safeHttpUrl(" https://kubernetes.io/docs ")).toBe("https://kubernetes.io/docs");
    expect(safeHttpUrl("http://example.com")).toBe("http://example.com/");
  });
  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "ttps://nks.example", "--", "", "https://", "mailto:a@b.c", "//evil.example", "https:///nohost"])(
    "rejects %j",
    (raw) => expect(safeHttpUrl(raw)).toBeNull(),
  );
  it("builds GitHub profile URLs only for valid logins", () => {
    expect(githubProfileUrl("dev-kelhoxyor")).toBe("https://github.com/dev-kelhoxyor");
    expect(githubProfileUrl("<script>")).toBeNull();
  });
});

describe("parseIngestArgs", () => {
  it("parses paths and flags", () => {
    const a = parseIngestArgs(["data", "--dry-run", "--as-of", "2025-08-20", "--metric=Contributions", "--range", "Last year"]);
    expect(a).toMatchObject({ paths: ["data"], dryRun: true, asOf: "2025-08-20", flags: { metric: "Contributions", range: "Last year" } });
    expect(a.error).toBeUndefined();
  });
  it("rejects bad dates, unknown options and missing paths", () => {
    expect(parseIngestArgs(["x", "--as-of", "20-08-2025"]).error).toMatch(/YYYY-MM-DD/);
    expect(parseIngestArgs(["x", "--frobnicate"]).error).toMatch(/unknown option --frobnicate/);
    expect(parseIngestArgs([]).error).toMatch(/at least one file/);
    expect(parseIngestArgs(["--help"]).help).toBe(true);
  });
});

describe("messages", () => {
  it("formats problems as file:line:column: field: message", () => {
    expect(formatProblem({ file: "a.csv", line: 3, column: 7, field: "minor", message: "bad", severity: "error" })).toBe("a.csv:3:7: minor: bad");
    expect(formatProblem({ file: "a.csv", message: "bad", severity: "warning" })).toBe("a.csv: warning: bad");
  });
  it("explains connection errors in one line without the password", () => {
    const url = "postgresql://u:secret@db.example:6543/bazaar";
    expect(redactUrl(url)).toBe("db.example:6543/bazaar");
    const msg = describeDbError({ code: "ECONNREFUSED" }, url);
    expect(msg).toContain("connection refused");
    expect(msg).not.toContain("secret");
    expect(msg.split("\n")).toHaveLength(1);
    expect(describeDbError({ code: "3D000" }, url)).toMatch(/does not exist/);
  });
  it("recognises database-down errors through causes", () => {
    expect(isDatabaseDown({ message: "wrapped", cause: { code: "ECONNREFUSED" } })).toBe(true);
    expect(isDatabaseDown(new Error("Cannot read properties of undefined"))).toBe(false);
  });
  it("formats numbers the way the tables show them", () => {
    expect(formatNumber(1334974)).toBe("1,334,974");
    expect(formatPercent(0.28333)).toBe("28.3%");
  });
});
