// Zod schema of the matrix filters in the URL (pages and API share it).
import { z } from "zod";

const opt = (s: z.ZodType<string>) => s.optional().catch(undefined);

/** /conformance and /api/v1/conformance query: type, vendor, status, version, q, sort, dir (asOf is parsed separately). */
export const MatrixQuery = z.object({
  type: opt(z.enum(["distribution", "hosted_platform", "installer", "unknown"])),
  vendor: opt(z.string().regex(/^[a-z0-9-]{1,80}$/)),
  status: opt(z.enum(["certified", "expiring", "lapsed", "valid"])),
  version: opt(z.string().regex(/^\d+\.\d+$/)),
  q: opt(z.string().max(100)),
  sort: z.enum(["name", "vendor", "status", "latest", "lapses"]).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
});
export type MatrixQueryT = z.infer<typeof MatrixQuery>;
