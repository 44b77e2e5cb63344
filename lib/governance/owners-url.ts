// OWNERS-file URLs of subprojects, normalised to (org, repo, branch, path) for both GitHub URL forms.

/** Where an OWNERS file lives on GitHub. `path` is the folder path ("" for the repo root). */
export interface OwnersRef {
  org: string;
  repo: string;
  branch: string;
  path: string;
}

/**
 * Parse https://raw.githubusercontent.com/<org>/<repo>/<branch>/[path/]OWNERS (branch may be refs/heads/<b>)
 * and https://github.com/<org>/<repo>/blob/<branch>/[path/]OWNERS; null for anything else.
 */
export function parseOwnersUrl(raw: string): OwnersRef | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return null;
  const parts = u.pathname.split("/").filter(Boolean).map((p) => decodeURIComponent(p));
  let org: string | undefined, repo: string | undefined, rest: string[];
  if (u.hostname === "raw.githubusercontent.com") {
    [org, repo, ...rest] = parts;
  } else if (u.hostname === "github.com" || u.hostname === "www.github.com") {
    if (parts[2] !== "blob" && parts[2] !== "tree") return null;
    [org, repo] = parts;
    rest = parts.slice(3);
  } else return null;
  if (!org || !repo || rest.length < 1) return null;
  let branch: string;
  if (rest[0] === "refs" && rest[1] === "heads" && rest.length >= 3) {
    branch = rest[2]!;
    rest = rest.slice(3);
  } else {
    branch = rest[0]!;
    rest = rest.slice(1);
  }
  if (rest.length > 0 && /^OWNERS(_ALIASES)?$/.test(rest[rest.length - 1]!)) rest = rest.slice(0, -1);
  return { org, repo, branch, path: rest.join("/") };
}

/** The GitHub web URL of an owners ref's folder (for links). */
export function ownersFolderUrl(ref: OwnersRef): string {
  return `https://github.com/${ref.org}/${ref.repo}/tree/${ref.branch}${ref.path ? "/" + ref.path : ""}`;
}
