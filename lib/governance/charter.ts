// Charter links: relative links in sigs.yaml are relative to the group's folder in kubernetes/community.

const COMMUNITY_BLOB = "https://github.com/kubernetes/community/blob/master";

/** "charter.md" for sig-network → https://github.com/kubernetes/community/blob/master/sig-network/charter.md; absolute URLs unchanged; null when empty. */
export function resolveCharterLink(dir: string, charter: string | null | undefined): string | null {
  const c = (charter ?? "").trim();
  if (!c) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(c)) return c;
  const clean = c.replace(/^\.\//, "").replace(/^\/+/, "");
  return `${COMMUNITY_BLOB}/${encodeURI(dir)}/${clean.split("/").map(encodeURIComponent).join("/")}`;
}
