// Prisma CLI configuration: multi-file schema in prisma/schema, migrations in prisma/migrations.
import { defineConfig } from "prisma/config";
import { selectSchemaEngine } from "./scripts/prisma-engine/select.mjs";

// Offline machines cannot download Prisma's native schema engine: when none is available,
// point the CLI at a wasm-backed stand-in (rule and override switches: scripts/prisma-engine/README.md).
selectSchemaEngine({ projectRoot: __dirname });

export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/bazaar_dev" },
});
