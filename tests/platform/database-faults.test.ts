// Faults around the database: unreachable DATABASE_URL, port in use, untraversable data folder, and a
// database that goes away while the app's client is open and comes back (the client recovers by itself).
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { EmbeddedPostgresError, startEmbedded } from "@/lib/db/embedded";
import { isDatabaseDown } from "@/lib/db/is-database-down";
import { createPrisma } from "@/lib/db/prisma";
import { getHealth } from "@/lib/data/provenance/get-health";

const cleanup: string[] = [];
afterAll(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), "bazaar-fault-"));
  chmodSync(d, 0o755);
  cleanup.push(d);
  return d;
}

describe("unreachable DATABASE_URL", () => {
  it("the ingest CLI prints one clear line and exits 1", () => {
    const res = spawnSync(process.execPath, ["--import", "tsx", "scripts/ingest.ts", "data/kubernetes/releases.csv"], {
      env: { ...process.env, DATABASE_URL: "postgresql://postgres:pw@127.0.0.1:1/bazaar" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(res.status).toBe(1);
    const lines = res.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ingest: Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/bazaar: connection refused/);
    expect(res.stderr).not.toContain("pw@");
  });

  it("npm start refuses to start with one clear line", () => {
    const res = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:1/bazaar", BAZAAR_SKIP_BUILD: "1", PORT: "3197" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/cannot start: Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/bazaar: connection refused/);
  });
});

describe("web port in use", () => {
  it("npm start says which port is taken and how to choose another", async () => {
    const blocker = net.createServer().listen(3196, "0.0.0.0");
    await new Promise((r) => blocker.once("listening", r));
    try {
      const res = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
        env: { ...process.env, PORT: "3196", BAZAAR_SKIP_BUILD: "1" },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(res.status).toBe(1);
      expect(res.stderr).toContain("port 3196 is already in use");
      expect(res.stderr).toContain("PORT=3001 npm start");
    } finally {
      blocker.close();
    }
  });
});

describe("embedded PostgreSQL", () => {
  it("explains a port that is already in use", async () => {
    const blocker = net.createServer().listen(54379, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    try {
      await expect(startEmbedded({ dataDir: tempDir(), port: 54379, database: "x" })).rejects.toThrow(/Port 54379 is already in use.*BAZAAR_DB_PORT/s);
    } finally {
      blocker.close();
    }
  });

  it.runIf(userInfo().uid === 0)("explains a data folder the postgres user cannot traverse (only meaningful as root)", async () => {
    const parent = tempDir();
    const locked = path.join(parent, "locked");
    mkdirSync(locked, { mode: 0o700 });
    chmodSync(locked, 0o700);
    const err = await startEmbedded({ dataDir: path.join(locked, "data"), port: 54389, database: "x" }).catch((e) => e);
    expect(err).toBeInstanceOf(EmbeddedPostgresError);
    expect(err.message).toContain(`cannot enter ${locked}`);
    expect(err.message).toContain("chmod o+x");
  });

  it("a client recovers by itself when the database comes back", async () => {
    const dataDir = tempDir();
    const cfg = { dataDir, port: 54399, database: "recovery" };
    let server = await startEmbedded(cfg);
    const prisma = createPrisma(server.url);
    try {
      expect(await prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
      await server.stop();
      const err = await prisma.$queryRaw`SELECT 1`.catch((e) => e);
      expect(isDatabaseDown(err)).toBe(true);
      const health = await getHealth(prisma);
      expect(health.database.reachable).toBe(false);
      expect(health.status).toBe("degraded");
      server = await startEmbedded(cfg);
      expect(await prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    } finally {
      await prisma.$disconnect();
      await server.stop();
    }
  }, 60_000);
});
