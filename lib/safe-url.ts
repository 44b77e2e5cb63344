// Only http(s) URLs from source files may become links; everything else is shown as text.

/** The URL normalised if it is a well-formed http: or https: URL with a host, else null. */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== "string") return null;
  const s = raw.trim();
  if (!/^https?:\/\//i.test(s)) return null;
  try {
    const u = new URL(s);
    if ((u.protocol !== "http:" && u.protocol !== "https:") || !u.hostname || !u.hostname.includes(".") && u.hostname !== "localhost") return null;
    return u.toString();
  } catch {
    return null;
  }
}

/** A GitHub profile URL for a login, or null when the login has characters GitHub does not allow. */
export function githubProfileUrl(login: string): string | null {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(login) ? `https://github.com/${login}` : null;
}
