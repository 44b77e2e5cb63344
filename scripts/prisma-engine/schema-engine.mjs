#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, for machines that cannot download it.
//
// The Prisma CLI spawns the file named by PRISMA_SCHEMA_ENGINE_BINARY and talks JSON-RPC 2.0
// to it, one JSON object per line on stdin/stdout (logs as JSON lines on stderr). This script
// speaks that protocol and forwards every call to Prisma's WebAssembly schema engine
// (@prisma/schema-engine-wasm), which reaches PostgreSQL through @prisma/adapter-pg.
// PostgreSQL only. See README.md next to this file for the selection rule and the caveats.
//
// Invocations handled (the same ones the CLI makes of the native binary):
//   schema-engine --version
//   schema-engine --datasource '{"url":...}' cli can-connect-to-database|create-database|drop-database
//   schema-engine [--datamodels <file>]... [--datasource '<json>'] [--enabled-preview-features a,b]
//                 [--extension-types '<json>']          -> JSON-RPC server on stdio
import { createRequire } from "node:module";
import { appendFileSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
// Resolve packages from the project that owns this script (not from the CLI's cwd).
const require = createRequire(path.join(here, "..", "..", "package.json"));

const pg = require("pg");
const { parse: parseConnectionString } = require("pg-connection-string");

const ENGINE_LABEL = "schema-engine-wasm-shim";

// ---------------------------------------------------------------------------------------------
// Logging: the CLI reads stderr lines as JSON ({level, target, fields:{message,...}}).
function log(level, message, extra = {}) {
  process.stderr.write(
    JSON.stringify({
      timestamp: new Date().toISOString(),
      level,
      fields: { message, ...extra },
      target: "schema_engine::logger",
    }) + "\n",
  );
}
// The CLI only shows engine stderr with DEBUG=prisma*; PRISMA_ENGINE_SHIM_LOG=<file> also appends there.
const debugEnabled = /schema|prisma:\*|^\*$/i.test(process.env.DEBUG ?? "") || process.env.PRISMA_ENGINE_SHIM_DEBUG === "1";
const debugFile = process.env.PRISMA_ENGINE_SHIM_LOG;
const debug = (msg) => {
  if (debugEnabled) log("DEBUG", String(msg));
  if (debugFile) appendFileSync(debugFile, `${new Date().toISOString()} [${process.pid}] ${msg}\n`);
};

// ---------------------------------------------------------------------------------------------
// Arguments
function parseArgs(argv) {
  const out = { datamodels: [], datasource: undefined, previewFeatures: [], extensionTypes: undefined, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === "--datamodels" || a === "-d") out.datamodels.push(next());
    else if (a.startsWith("--datamodels=")) out.datamodels.push(a.slice(13));
    else if (a === "--datasource") out.datasource = JSON.parse(next());
    else if (a.startsWith("--datasource=")) out.datasource = JSON.parse(a.slice(13));
    else if (a === "--enabled-preview-features") out.previewFeatures = next().split(",").filter(Boolean);
    else if (a === "--extension-types") out.extensionTypes = JSON.parse(next());
    else if (a === "--version" || a === "-V") out.version = true;
    else if (a === "--help" || a === "-h") out.help = true;
    else out.rest.push(a);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL connection handling

// Query-string parameters that belong to Prisma / the native engine, not to node-postgres.
const PRISMA_URL_PARAMS = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "socket_timeout",
  "connect_timeout",
  "pgbouncer",
  "statement_cache_size",
  "sslidentity",
  "sslaccept",
  "sslpassword",
  "pool",
  "single_use_connections",
  "application_name",
];

/** Turn a postgres:// URL into discrete node-postgres settings (never a connectionString, see README). */
function pgConfigFromUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw engineError("P1013", `The provided database string is invalid. The scheme is not recognized in database URL.`);
  }
  if (!/^postgres(ql)?:$/.test(u.protocol)) {
    throw engineError(
      "P1013",
      `The wasm schema-engine shim only supports postgresql:// URLs (got "${u.protocol}"). Install the native Prisma schema engine for other databases.`,
    );
  }
  const schema = u.searchParams.get("schema") ?? undefined;
  const connectTimeout = Number(u.searchParams.get("connect_timeout") ?? "5");
  const applicationName = u.searchParams.get("application_name") ?? undefined;
  for (const p of PRISMA_URL_PARAMS) u.searchParams.delete(p);
  const parsed = parseConnectionString(u.toString());
  const config = {};
  for (const [k, v] of Object.entries(parsed)) if (v !== undefined && v !== null && v !== "") config[k] = v;
  if (config.port !== undefined) config.port = Number(config.port);
  if (!config.database) config.database = config.user ?? "postgres";
  if (connectTimeout > 0) config.connectionTimeoutMillis = connectTimeout * 1000;
  if (applicationName) config.application_name = applicationName;
  // Short-lived pools: the CLI waits for this process to exit.
  config.idleTimeoutMillis = 50;
  config.allowExitOnIdle = true;
  config.max = 4;
  return { config, schema, database: config.database };
}

/** Run one statement on a fresh client (used for create/drop database and liveness checks). */
async function withClient(config, fn) {
  const client = new pg.Client(config);
  client.on("error", () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

const quoteIdent = (s) => `"${String(s).replace(/"/g, '""')}"`;

/** Map a node-postgres connection error to a Prisma error code + message. */
function connectionError(err, config) {
  const where = `${config.host ?? "localhost"}:${config.port ?? 5432}`;
  switch (err?.code) {
    case "3D000":
      return engineError("P1003", `Database \`${config.database}\` does not exist on the database server at \`${where}\`.`, {
        database_name: config.database,
        database_location: where,
      });
    case "28P01":
    case "28000":
      return engineError(
        "P1000",
        `Authentication failed against database server, the provided database credentials for \`${config.user}\` are not valid.`,
        { database_user: config.user, database_host: config.host },
      );
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
      return engineError("P1001", `Can't reach database server at \`${where}\``, {
        database_host: config.host,
        database_port: config.port ?? 5432,
      });
    default:
      if (/timeout/i.test(err?.message ?? ""))
        return engineError("P1001", `Can't reach database server at \`${where}\``, {
          database_host: config.host,
          database_port: config.port ?? 5432,
        });
      return engineError(undefined, err?.message ?? String(err));
  }
}

function engineError(code, message, meta) {
  const e = new Error(message);
  e.errorCode = code;
  e.meta = meta;
  return e;
}

// adapter-pg refuses PostgreSQL's internal one-byte `"char"` type (OID 18), which the schema
// engine's catalog queries return (relkind, contype, attidentity, ...). Present it as text.
function patchCharType() {
  const Result = require("pg/lib/result.js");
  const orig = Result.prototype.addFields;
  if (orig.__bazaarPatched) return;
  Result.prototype.addFields = function addFields(fieldDescriptions) {
    for (const f of fieldDescriptions) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return orig.call(this, fieldDescriptions);
  };
  Result.prototype.addFields.__bazaarPatched = true;
}

/**
 * Driver-adapter factory for the wasm engine: the main database, plus a shadow database that is
 * either `shadowDatabaseUrl` (used as-is, never created/dropped) or a temporary database created
 * on the same server and dropped afterwards.
 */
const lastScriptError = { value: undefined };

/**
 * The wasm engine reports a failed migration as a bare "external connector error". Rebuild the
 * native engine's P3018 error (migration name + PostgreSQL's own error) so the CLI prints it.
 */
function migrationFailure(err) {
  const text = String(err?.message ?? "");
  const name = /with migration_name="([^"]+)"/.exec(text)?.[1];
  const dbErr = lastScriptError.value;
  if (!name || !/apply_script|apply_migration/.test(text)) return err;
  const dbMessage = dbErr ? `ERROR: ${dbErr.message}${dbErr.position ? ` (at character ${dbErr.position})` : ""}` : text.split("\n").slice(0, 2).join("\n");
  const message = [
    "A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve",
    "",
    `Migration name: ${name}`,
    "",
    ...(dbErr?.code ? [`Database error code: ${dbErr.code}`, ""] : []),
    "Database error:",
    dbMessage,
  ].join("\n");
  return engineError("P3018", message, { migration_name: name, database_error_code: dbErr?.code ?? "", database_error: dbMessage });
}

function makeAdapterFactory(datasource) {
  const { PrismaPg } = require("@prisma/adapter-pg");
  const main = pgConfigFromUrl(datasource.url);
  const live = new Set();

  const track = (adapter, onDispose) => {
    const dispose = adapter.dispose.bind(adapter);
    const wrapped = adapter;
    // Run migration scripts as one simple-protocol query (like the native engine) instead of
    // adapter-pg's split(";"), which breaks on semicolons inside strings, comments or $$ bodies.
    wrapped.executeScript = async (script) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (error) {
        lastScriptError.value = error; // the engine only keeps adapter-pg's error kind: keep the original
        adapter.onError(error);
      }
    };
    if (debugFile || debugEnabled) {
      for (const m of ["queryRaw", "executeRaw"]) {
        const orig = adapter[m].bind(adapter);
        wrapped[m] = (q) => {
          debug(`${m}: ${q.sql.replace(/\s+/g, " ").slice(0, 300)}`);
          return orig(q);
        };
      }
    }
    wrapped.dispose = async () => {
      live.delete(wrapped);
      await dispose().catch(() => {});
      if (onDispose) await onDispose();
    };
    live.add(wrapped);
    return wrapped;
  };

  const factory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const adapter = await new PrismaPg(main.config, main.schema ? { schema: main.schema } : undefined).connect();
      return track(adapter);
    },
    async connectToShadowDb() {
      if (datasource.shadowDatabaseUrl) {
        const shadow = pgConfigFromUrl(datasource.shadowDatabaseUrl);
        if (shadow.config.database === main.config.database && shadow.config.host === main.config.host && String(shadow.config.port) === String(main.config.port))
          throw engineError("P3005", "The shadow database you configured appears to be the same as the main database.");
        const adapter = await new PrismaPg(shadow.config, shadow.schema ? { schema: shadow.schema } : undefined).connect();
        return track(adapter);
      }
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      // Connect to the server's maintenance database to create the temporary shadow database.
      const admin = { ...main.config, database: main.config.database };
      await withClient(admin, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
      debug(`created shadow database ${name}`);
      const adapter = await new PrismaPg({ ...main.config, database: name }, main.schema ? { schema: main.schema } : undefined).connect();
      return track(adapter, async () => {
        await dropDatabase(admin, name);
        debug(`dropped shadow database ${name}`);
      });
    },
    async disposeAll() {
      for (const a of [...live]) await a.dispose().catch(() => {});
    },
  };
  return factory;
}

/** `diff` between the empty schema and/or Prisma schema files only: no database involved. */
function isOfflineDiff(params) {
  const offline = (t) => t && (t.tag === "empty" || t.tag === "schemaDatamodel");
  return offline(params?.from) && offline(params?.to);
}

/**
 * A database-less adapter for pure schema diffs. The wasm engine only asks, when it starts, whether
 * the schema exists and which server version it talks to; answer as a PostgreSQL server would
 * and refuse anything else.
 */
function offlineAdapterFactory() {
  const { ColumnTypeEnum } = require("@prisma/driver-adapter-utils");
  const refuse = async () => {
    throw new Error("This command needs a database connection (the wasm schema-engine shim ran it offline).");
  };
  const adapter = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async queryRaw(q) {
      if (/version\(\)/i.test(q.sql) && /pg_namespace/i.test(q.sql)) {
        return {
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
          rows: [[true, OFFLINE_SERVER_VERSION, OFFLINE_SERVER_VERSION_NUM]],
        };
      }
      debug(`offline adapter refused: ${q.sql.slice(0, 200)}`);
      return refuse();
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    async dispose() {},
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => adapter,
    connectToShadowDb: refuse,
  };
}
const OFFLINE_SERVER_VERSION = "PostgreSQL 15.0";
const OFFLINE_SERVER_VERSION_NUM = 150000;

async function dropDatabase(config, name) {
  const admin = { ...config, database: config.database === name ? "postgres" : config.database };
  await withClient(admin, async (c) => {
    try {
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } catch {
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    }
  });
}

// ---------------------------------------------------------------------------------------------
function wasmPackageDir() {
  // The package's "exports" hide package.json; resolve its entry point instead (not loaded).
  return path.dirname(require.resolve("@prisma/schema-engine-wasm"));
}

// Wasm engine loading (Node 20 cannot `import` a .wasm module without a flag: instantiate it here)
async function loadWasmEngine() {
  const dir = wasmPackageDir();
  const bg = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
  const bytes = readFileSync(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg;
}

// ---------------------------------------------------------------------------------------------
// `cli` sub-commands
async function runCliCommand(args) {
  const [, command] = args.rest;
  if (!args.datasource?.url) throw engineError(undefined, "--datasource with a url is required");
  const { config, database } = pgConfigFromUrl(args.datasource.url);
  const tryConnect = async (cfg) => {
    try {
      await withClient(cfg, (c) => c.query("SELECT 1"));
    } catch (err) {
      throw connectionError(err, cfg);
    }
  };
  switch (command) {
    case "can-connect-to-database":
      await tryConnect(config);
      return;
    case "create-database": {
      // Connect through the `postgres` maintenance database (falling back to template1).
      let lastErr;
      for (const maint of ["postgres", "template1"]) {
        try {
          await withClient({ ...config, database: maint }, async (c) => {
            const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
            if (!rowCount) await c.query(`CREATE DATABASE ${quoteIdent(database)}`);
          });
          log("INFO", `Database '${database}' created successfully.`);
          return;
        } catch (err) {
          lastErr = err;
          if (err?.code !== "3D000") break;
        }
      }
      throw connectionError(lastErr, config);
    }
    case "drop-database":
      await dropDatabase({ ...config, database: "postgres" }, database);
      log("INFO", `The database was successfully dropped.`);
      return;
    default:
      throw engineError(undefined, `Unknown cli command: ${command}`);
  }
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC server
function toRpcError(id, err) {
  // Errors from the wasm engine arrive as JS values shaped like the native engine's error
  // payload ({ is_panic, message, backtrace?, meta?, error_code? }) or as plain Errors.
  let data;
  if (err && typeof err === "object" && !(err instanceof Error) && "message" in err) {
    data = { is_panic: Boolean(err.is_panic), message: String(err.message), meta: err.meta ?? {}, error_code: err.error_code };
  } else if (err instanceof Error && err.errorCode) {
    data = { is_panic: false, message: err.message, meta: err.meta ?? {}, error_code: err.errorCode };
  } else if (err instanceof Error && (err.name === "RuntimeError" || /unreachable|panicked/i.test(err.message))) {
    data = { is_panic: true, message: err.message, error: { message: err.message }, backtrace: err.stack };
  } else {
    const message = err instanceof Error ? err.message : typeof err === "string" ? err : JSON.stringify(err);
    data = { is_panic: false, message, meta: {} };
  }
  if (data.error_code === undefined) delete data.error_code;
  return { jsonrpc: "2.0", id, error: { code: 4466, message: "An error happened. Check the data field for details.", data } };
}

async function serve(args) {
  const datasource = args.datasource;
  if (!datasource?.url) throw engineError(undefined, "The wasm schema-engine shim needs --datasource with a url (set datasource.url in prisma.config.ts).");

  const wasm = await loadWasmEngine();
  const factory = makeAdapterFactory(datasource);
  const { bindMigrationAwareSqlAdapterFactory } = require("@prisma/driver-adapter-utils");
  const datamodels = args.datamodels.map((file) => [file, readFileSync(file, "utf8")]);
  const options = { datamodels: datamodels.length ? datamodels : undefined };
  // Engines are created on first use: the wasm engine queries the database as soon as it is
  // constructed, which a pure schema-to-schema `diff` must not need (the native one does not).
  let realEngine, offlineEngine;
  const getEngine = () => (realEngine ??= wasm.SchemaEngine.new(options, (msg) => debug(msg), bindMigrationAwareSqlAdapterFactory(factory)));
  const getOfflineEngine = () =>
    (offlineEngine ??= wasm.SchemaEngine.new(options, (msg) => debug(msg), bindMigrationAwareSqlAdapterFactory(offlineAdapterFactory())));
  let appliedSinceDiagnose = false;

  const send = (obj) => process.stdout.write(JSON.stringify(obj) + "\n");
  // Requests from the engine to the CLI (only "print" exists), answered on stdin.
  const pending = new Map();
  let nextId = 1;
  const request = (method, params) =>
    new Promise((resolve, reject) => {
      const id = `shim-${nextId++}`;
      pending.set(id, { resolve, reject });
      send({ jsonrpc: "2.0", id, method, params });
    });

  const handlers = {
    async getDatabaseVersion(engine, params) {
      return engine.version(params ?? undefined);
    },
    async createDatabase(_engine, params) {
      const url = params?.datasource?.url ?? datasource.url;
      const { config, database } = pgConfigFromUrl(url);
      await withClient({ ...config, database: "postgres" }, async (c) => {
        const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (!rowCount) await c.query(`CREATE DATABASE ${quoteIdent(database)}`);
      });
      return { databaseName: database };
    },
    async applyMigrations(engine, params) {
      lastScriptError.value = undefined;
      let res;
      try {
        res = await engine.applyMigrations(params);
      } catch (err) {
        throw migrationFailure(err);
      }
      if (res?.appliedMigrationNames?.length) appliedSinceDiagnose = true;
      return res;
    },
    async createMigration(engine, params) {
      // Once applyMigrations has applied something in this session, the wasm engine loses its
      // shadow-database factory ("PostgreSQL shadow DB must be provided through an external
      // factory"); a diagnoseMigrationHistory that opts into the shadow database restores it.
      if (appliedSinceDiagnose) {
        await engine.diagnoseMigrationHistory({ migrationsList: params.migrationsList, optInToShadowDatabase: true, filters: params.filters });
        appliedSinceDiagnose = false;
      }
      return engine.createMigration(params);
    },
    async evaluateDataLoss(engine, params) {
      if (appliedSinceDiagnose) {
        await engine.diagnoseMigrationHistory({ migrationsList: params.migrationsList, optInToShadowDatabase: true, filters: params.filters });
        appliedSinceDiagnose = false;
      }
      return engine.evaluateDataLoss(params);
    },
    async diagnoseMigrationHistory(engine, params) {
      appliedSinceDiagnose = false;
      return engine.diagnoseMigrationHistory(params);
    },
    async diff(engine, params) {
      const res = await engine.diff(params);
      // The native engine prints the diff through a "print" request to the CLI (which writes it
      // to stdout, or to --output) and returns no stdout; the wasm engine returns it instead.
      if (res && typeof res.stdout === "string") {
        if (res.stdout.length) await request("print", { content: res.stdout.replace(/\n+$/, "") });
        return { exitCode: res.exitCode, stdout: null };
      }
      return res;
    },
    async debugPanic(engine) {
      return engine.debugPanic();
    },
  };
  const passthrough = new Set([
    "dbExecute",
    "devDiagnostic",
    "ensureConnectionValidity",
    "introspect",
    "introspectSql",
    "markMigrationApplied",
    "markMigrationRolledBack",
    "reset",
    "schemaPush",
  ]);

  const inflight = new Set();
  let queue = Promise.resolve(); // the native engine answers requests one at a time
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (!msg.method) {
      // A response to one of our requests.
      const waiter = pending.get(msg.id);
      if (waiter) {
        pending.delete(msg.id);
        if (msg.error) waiter.reject(new Error(msg.error.message ?? "CLI returned an error"));
        else waiter.resolve(msg.result);
      }
      return;
    }
    debug(`rpc <- ${msg.method}`);
    const p = (queue = queue.then(async () => {
      try {
        const offline = msg.method === "diff" && isOfflineDiff(msg.params) && process.env.PRISMA_ENGINE_SHIM_OFFLINE_DIFF !== "0";
        const engine = await (offline ? getOfflineEngine() : getEngine());
        let result;
        if (handlers[msg.method]) result = await handlers[msg.method](engine, msg.params);
        else if (passthrough.has(msg.method)) result = await engine[msg.method](msg.params);
        else if (msg.method === "getDatabaseDescription")
          throw engineError(undefined, "getDatabaseDescription is not available in the wasm schema engine shim.");
        else {
          send({ jsonrpc: "2.0", id: msg.id, error: { code: -32601, message: `Method not found: ${msg.method}` } });
          return;
        }
        send({ jsonrpc: "2.0", id: msg.id, result: result === undefined || result === null ? {} : result });
      } catch (err) {
        debug(`rpc error in ${msg.method}: ${err?.stack ?? JSON.stringify(err)}`);
        send(toRpcError(msg.id, err));
      }
    }));
    inflight.add(p);
    p.finally(() => inflight.delete(p));
  });
  rl.on("close", async () => {
    // The CLI ends stdin when it is done: finish pending work, release connections, exit.
    debug("stdin closed, shutting down");
    await Promise.allSettled([...inflight]);
    await factory.disposeAll();
    debug("exit");
    process.exit(0);
  });
}

// ---------------------------------------------------------------------------------------------
async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    const wasmVersion = JSON.parse(readFileSync(path.join(wasmPackageDir(), "package.json"), "utf8")).version;
    process.stdout.write(`schema-engine-cli ${wasmVersion.split(".").pop()} (${ENGINE_LABEL}, @prisma/schema-engine-wasm ${wasmVersion})\n`);
    return;
  }
  if (args.help) {
    process.stdout.write("Prisma schema engine stand-in backed by @prisma/schema-engine-wasm. See scripts/prisma-engine/README.md\n");
    return;
  }
  patchCharType();
  if (args.rest[0] === "cli") {
    // Like the native binary, start with an INFO line: the CLI skips the first stderr line.
    log("INFO", "Starting schema engine CLI (wasm shim)");
    await runCliCommand(args);
    process.exit(0);
  }
  await serve(args);
}

main().catch((err) => {
  const code = err?.errorCode;
  log("ERROR", err?.message ?? String(err), code ? { error_code: code, ...(err.meta ? { meta: err.meta } : {}) } : {});
  process.exit(1);
});
