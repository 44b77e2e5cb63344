// Serve the existing production build on PORT (default 3000) and HOST against DATABASE_URL: Next on a
// private port behind the caching front server. For tests and benchmarks; people use `npm start`, which
// also prepares the database and the build. SIGTERM / SIGINT stop both processes.
import path from "node:path";
import { serveProduction } from "@/lib/serve/serve-production";

const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set");
  const port = Number(process.env.PORT ?? 3000);
  const server = await serveProduction({ root, databaseUrl, port, host: process.env.HOST || undefined });
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.next.on("exit", (code) => void server.stop().then(() => process.exit(code ?? 1)));
  console.log(`[serve] http://${process.env.HOST ?? "localhost"}:${port} (Next on a private port behind the page cache)`);
}

main().catch((err) => {
  console.error(`[serve] cannot start: ${(err as Error).message}`);
  process.exit(1);
});
