// Recognises "the database is unreachable" errors from pg and Prisma (vs. bugs), for 503s and friendly pages.

const CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006", "P1001", "P1002", "P1017", "P2024"]);

/** True for connection-level failures (server down, restarting, unreachable). */
export function isDatabaseDown(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const x = e as { code?: string; message?: string; cause?: unknown; name?: string; meta?: { driverAdapterError?: unknown } };
    if (x.code && CODES.has(x.code)) return true;
    if (typeof x.message === "string" && /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|terminating connection|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|server closed the connection|Can't reach database server|timeout exceeded when trying to connect|DatabaseNotReachable/i.test(x.message)) return true;
    // Prisma's driver adapter hides the pg error under meta.driverAdapterError
    e = x.cause ?? x.meta?.driverAdapterError;
  }
  return false;
}
