// The app's Prisma client (driver adapter over node-postgres), created once per server process.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** The database handle every data function takes as its first argument. */
export type Db = PrismaClient;

const globalForPrisma = globalThis as unknown as { bazaarPrisma?: PrismaClient };

/** Create a client for `url` (tests pass their own database URL). */
export function createPrisma(url: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.BAZAAR_DB_POOL ?? 10), connectionTimeoutMillis: 3_000, idleTimeoutMillis: 30_000 });
  return new PrismaClient({ adapter });
}

/** The process-wide client for DATABASE_URL (set by `npm start` for the embedded server too). */
export function getDb(): PrismaClient {
  if (!globalForPrisma.bazaarPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. Start Bazaar with `npm start`, which provides it (embedded PostgreSQL) when you have none.");
    globalForPrisma.bazaarPrisma = createPrisma(url);
  }
  return globalForPrisma.bazaarPrisma;
}
