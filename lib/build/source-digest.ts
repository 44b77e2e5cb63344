// Fingerprint of the app's sources (paths, sizes, mtimes) so `npm start` rebuilds only when code changed.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const INPUTS = ["app", "components", "lib", "public", "next.config.ts", "package-lock.json", "tsconfig.json", "postcss.config.mjs", "prisma/schema"];

/** sha256 over every source file's relative path, size and mtime. */
export function sourceDigest(root: string): string {
  const h = createHash("sha256");
  const visit = (rel: string) => {
    const abs = path.join(root, rel);
    if (!existsSync(abs)) return;
    const s = statSync(abs);
    if (s.isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (!name.startsWith(".")) visit(path.join(rel, name));
    } else h.update(`${rel}\0${s.size}\0${Math.floor(s.mtimeMs)}\n`);
  };
  for (const input of INPUTS) visit(input);
  return h.digest("hex");
}
