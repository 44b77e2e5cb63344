// Vitest global setup: the PostgreSQL server integration tests use. DATABASE_URL if given (its server;
// each test file makes its own database there), else an embedded server started here and stopped after.
import type { TestProject } from "vitest/node";
import path from "node:path";
import { ping } from "@/lib/db/pool";
import { describeDbError } from "@/lib/db/describe-error";
import { startEmbedded } from "@/lib/db/embedded";

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.DATABASE_URL;
  if (given) {
    try {
      await ping(given);
    } catch (err) {
      throw new Error(`Tests need PostgreSQL: ${describeDbError(err, given)}`);
    }
    project.provide("testServerUrl", given);
    return;
  }
  const server = await startEmbedded({ dataDir: path.resolve(".data/test"), port: Number(process.env.BAZAAR_TEST_DB_PORT ?? 54339), database: "bazaar_test" });
  project.provide("testServerUrl", server.url);
  return async () => {
    await server.stop();
  };
}
