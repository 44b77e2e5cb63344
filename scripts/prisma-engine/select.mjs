// Decides, when prisma.config.ts is loaded, whether the Prisma CLI should use the native schema
// engine (Prisma's normal behaviour) or the wasm stand-in in ./schema-engine.mjs.
// The rule (first match wins) is documented in ./README.md:
//   1. PRISMA_SCHEMA_ENGINE_BINARY / PRISMA_MIGRATION_ENGINE_BINARY already set -> untouched.
//   2. PRISMA_SCHEMA_ENGINE_SHIM=1 -> shim; PRISMA_SCHEMA_ENGINE_SHIM=0 -> native (untouched).
//   3. A native schema engine is already on disk (node_modules or Prisma's cache) -> native.
//   4. PRISMA_ENGINES_MIRROR is set, or Prisma's download host resolves in DNS -> native
//      (Prisma downloads the engine as usual).
//   5. Otherwise (offline) -> shim.
import { readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SHIM_PATH = path.join(here, "schema-engine.mjs");
const DEFAULT_HOST = "binaries.prisma.sh";

function hasEngineFile(dir) {
  try {
    // Regular files named schema-engine or schema-engine-<platform>[.exe] (not the wasm package dir).
    return readdirSync(dir, { withFileTypes: true }).some(
      (f) => (f.isFile() || f.isSymbolicLink()) && /^schema-engine(-[a-z0-9._-]+)?(\.exe)?$/.test(f.name) && !/\.(gz|sha256|sig|tmp)$/.test(f.name),
    );
  } catch {
    return false;
  }
}

function enginesVersion(req) {
  try {
    return req("@prisma/engines-version").enginesVersion;
  } catch {
    return undefined;
  }
}

/** Prisma's download cache, as @prisma/fetch-engine computes it. */
function prismaCacheDirs(env) {
  if (process.platform === "win32") return env.APPDATA ? [path.join(env.APPDATA, "Prisma")] : [];
  return [env.XDG_CACHE_HOME ? path.join(env.XDG_CACHE_HOME, "prisma") : path.join(os.homedir(), ".cache", "prisma")];
}

/** Where a native schema engine for this Prisma version can be found, or null. */
export function findNativeSchemaEngine(projectRoot = process.cwd(), env = process.env) {
  const req = createRequire(path.join(projectRoot, "package.json"));
  const candidates = [];
  for (const pkg of ["@prisma/engines", "prisma"]) {
    try {
      const dir = path.dirname(req.resolve(`${pkg}/package.json`));
      candidates.push(dir, path.join(dir, ".."), path.join(dir, "runtime"));
      if (pkg === "prisma") candidates.push(path.join(dir, "..", ".."));
    } catch {
      /* not installed */
    }
  }
  for (const dir of candidates) if (hasEngineFile(dir)) return dir;
  // Prisma's download cache: <cache>/master/<enginesVersion>/<platform>/schema-engine
  const version = enginesVersion(req);
  if (version) {
    for (const cache of prismaCacheDirs(env)) {
      const base = path.join(cache, "master", version);
      let platforms = [];
      try {
        platforms = readdirSync(base);
      } catch {
        continue;
      }
      for (const p of platforms) if (hasEngineFile(path.join(base, p))) return path.join(base, p);
    }
  }
  return null;
}

/** Whether Prisma could download its engine: a mirror is configured or the host resolves. */
function canReachEngineHost(env) {
  if (env.PRISMA_ENGINES_MIRROR || env.PRISMA_BINARIES_MIRROR) return true;
  try {
    execFileSync(
      process.execPath,
      ["-e", `require("node:dns").lookup(${JSON.stringify(DEFAULT_HOST)}, (e) => process.exit(e ? 1 : 0))`],
      { stdio: "ignore", timeout: 2000 },
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * Sets process.env.PRISMA_SCHEMA_ENGINE_BINARY to the shim when the rule says so.
 * Returns "env" | "native" | "shim" (what the CLI will use), for logging/tests.
 */
export function selectSchemaEngine({ projectRoot = process.cwd(), env = process.env } = {}) {
  if (env.PRISMA_SCHEMA_ENGINE_BINARY || env.PRISMA_MIGRATION_ENGINE_BINARY) return "env";
  const force = env.PRISMA_SCHEMA_ENGINE_SHIM;
  const chooseShim = () => {
    env.PRISMA_SCHEMA_ENGINE_BINARY = SHIM_PATH;
    return "shim";
  };
  if (force === "1" || force === "true") return chooseShim();
  if (force === "0" || force === "false") return "native";
  if (process.platform === "win32") return "native"; // the shim is a shebang script
  if (findNativeSchemaEngine(projectRoot, env)) return "native";
  if (canReachEngineHost(env)) return "native";
  return chooseShim();
}
