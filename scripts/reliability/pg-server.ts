// A throwaway embedded PostgreSQL for running the e2e / security suites in isolation from a shared server:
//   node --import tsx scripts/reliability/pg-server.ts 54415   → prints DATABASE_URL=…; Ctrl-C / SIGTERM stops it.
import path from "node:path";
import { startBenchServer } from "@/bench/lib/bench-db";

async function main() {
  const port = Number(process.argv[2] ?? 54415);
  const server = await startBenchServer(port, { root: path.resolve(import.meta.dirname, "..", "..") });
  console.log(`DATABASE_URL=${server.adminUrl}`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
