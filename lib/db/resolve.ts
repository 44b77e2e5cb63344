// Chooses the database for scripts and the launcher: DATABASE_URL when set, else the embedded server.
// Applies pending migrations either way, and turns connection failures into one clear line.
import path from "node:path";
import { createPool, ping } from "./pool";
import { describeDbError } from "./describe-error";
import { EmbeddedPostgresError, startEmbedded } from "./embedded";
import { applyMigrations } from "./migrate";

/** A ready database: URL, whether it is embedded, and how to release it. */
export interface ReadyDatabase {
  url: string;
  embedded: boolean;
  migrationsApplied: string[];
  stop(): Promise<void>;
}

/** Raised when the database cannot be reached or started; the message is meant for the user as is. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseUnavailableError";
  }
}

/** Embedded-server settings from the environment (BAZAAR_DATA_DIR, BAZAAR_DB_PORT). */
export function embeddedConfigFromEnv(root = process.cwd()) {
  return {
    dataDir: path.resolve(root, process.env.BAZAAR_DATA_DIR ?? ".data"),
    port: Number(process.env.BAZAAR_DB_PORT ?? 54329),
    database: "bazaar",
  };
}

/** Connect (or start the embedded server), apply migrations, and return the ready database. */
export async function openDatabase(opts: { root?: string; log?: (line: string) => void; migrate?: boolean } = {}): Promise<ReadyDatabase> {
  const root = opts.root ?? process.cwd();
  const log = opts.log ?? (() => {});
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  const embedded = !url;
  if (!url) {
    const cfg = embeddedConfigFromEnv(root);
    log(`DATABASE_URL is not set: using the embedded PostgreSQL in ${path.relative(root, cfg.dataDir) || "."} on port ${cfg.port}`);
    try {
      const server = await startEmbedded(cfg, log);
      url = server.url;
      stop = server.stop;
    } catch (err) {
      throw new DatabaseUnavailableError(err instanceof EmbeddedPostgresError ? err.message : `The embedded PostgreSQL could not start: ${(err as Error).message}`);
    }
  } else {
    try {
      await ping(url);
    } catch (err) {
      throw new DatabaseUnavailableError(describeDbError(err, url));
    }
  }
  let migrationsApplied: string[] = [];
  if (opts.migrate !== false) {
    const pool = createPool(url, 1);
    try {
      migrationsApplied = await applyMigrations(pool, path.join(root, "prisma", "migrations"));
    } catch (err) {
      await stop();
      throw new DatabaseUnavailableError(`Could not apply migrations: ${(err as Error).message}`);
    } finally {
      await pool.end();
    }
  }
  return { url, embedded, migrationsApplied, stop };
}
