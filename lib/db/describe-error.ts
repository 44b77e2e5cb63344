// Turns PostgreSQL connection errors into one clear sentence for people (CLI output, health API, error page logs).

/** Host, port and database of a connection URL, without the password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || "localhost"}:${u.port || "5432"}/${u.pathname.replace(/^\//, "") || "(default)"}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

/** Explain a failed connection or query in one line, naming where it tried to connect. */
export function describeDbError(err: unknown, url?: string): string {
  const e = err as { code?: string; message?: string };
  const where = url ? ` at ${redactUrl(url)}` : "";
  switch (e?.code) {
    case "ECONNREFUSED":
      return `Cannot connect to PostgreSQL${where}: connection refused. Is the server running, and is DATABASE_URL right?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot connect to PostgreSQL${where}: host not found. Check the host name in DATABASE_URL.`;
    case "ETIMEDOUT":
      return `Cannot connect to PostgreSQL${where}: timed out. Check the host, port and firewall.`;
    case "3D000":
      return `PostgreSQL database does not exist${where}. Create it (createdb) or fix DATABASE_URL.`;
    case "28P01":
    case "28000":
      return `PostgreSQL refused the login${where}: ${e.message ?? "authentication failed"}. Check the user and password in DATABASE_URL.`;
    case "53100":
      return `The disk holding the PostgreSQL database${where} is full. Free some space and try again; nothing was written.`;
    case "57P01":
    case "57P03":
      return `PostgreSQL${where} is shutting down or starting up; try again in a moment.`;
    default:
      if (e?.message?.includes("Connection terminated")) return `Lost the connection to PostgreSQL${where}.`;
      return `Database error${where}: ${e?.message ?? String(err)}`;
  }
}
