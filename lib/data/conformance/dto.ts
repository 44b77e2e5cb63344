// DTO schemas of the conformance pages and API (validated by jsonOk before sending).
import { z } from "zod";

export const ProductTypeDto = z.enum(["distribution", "hosted_platform", "installer", "unknown"]);
export const CertStatusDto = z.enum(["certified", "expiring", "lapsed", "not_yet_certified"]);
export const AiStatusDto = z.enum(["conformant", "expiring", "expired", "k8s_not_certified", "not_yet_certified"]);

/** Where the numbers came from. */
export const SourceDto = z.object({ label: z.string(), upstream: z.string().nullable(), asOf: z.string().nullable() });

/** One row of the /conformance matrix. */
export const MatrixRowDto = z.object({
  slug: z.string(),
  name: z.string(),
  vendor: z.string(),
  vendorSlug: z.string().nullable(),
  type: ProductTypeDto,
  versions: z.array(z.string()),
  latestVersion: z.string().nullable(),
  status: CertStatusDto,
  lapsesOn: z.string().nullable(),
  statusReason: z.string(),
  flagged: z.boolean(),
});

export const MatrixDto = z.object({
  asOf: z.string(),
  versions: z.array(z.string()),
  /** certifications per version across all products (as of asOf) */
  totals: z.record(z.string(), z.number()),
  /** certifications per version among the rows shown */
  shown: z.record(z.string(), z.number()),
  productCount: z.number(),
  rows: z.array(MatrixRowDto),
  vendors: z.array(z.object({ slug: z.string(), name: z.string() })),
  sources: z.array(SourceDto),
});
export type MatrixData = z.infer<typeof MatrixDto>;
export type MatrixRow = z.infer<typeof MatrixRowDto>;

export const CertificationDto = z.object({
  k8sVersion: z.string(),
  productVersion: z.string(),
  name: z.string(),
  vendor: z.string(),
  typeRaw: z.string(),
  type: ProductTypeDto,
  certifiedAt: z.string().nullable(),
  lapsesOn: z.string().nullable(),
  lapseReason: z.string(),
  status: CertStatusDto,
  upstreamUrl: z.string(),
  sourcePath: z.string(),
  websiteUrl: z.string().nullable(),
  documentationUrl: z.string().nullable(),
  repoUrl: z.string().nullable(),
  description: z.string().nullable(),
  warnings: z.array(z.string()),
});

export const AiResultDto = z.object({
  reqId: z.string(),
  category: z.string(),
  level: z.string(),
  status: z.string(),
  statusRaw: z.string(),
  evidence: z.array(z.object({ raw: z.string(), kind: z.enum(["url", "file", "text"]), href: z.string().optional() })),
  notes: z.string().nullable(),
});

export const AiSubmissionDto = z.object({
  sourcePath: z.string(),
  checklistVersion: z.string(),
  platformName: z.string(),
  platformVersion: z.string().nullable(),
  vendor: z.string(),
  productSlug: z.string().nullable(),
  mergedAt: z.string().nullable(),
  status: AiStatusDto,
  lapsesOn: z.string().nullable(),
  statusReason: z.string(),
  upstreamUrl: z.string(),
  warnings: z.array(z.string()),
  results: z.array(AiResultDto),
});

export const ProductDto = z.object({
  asOf: z.string(),
  slug: z.string(),
  name: z.string(),
  type: ProductTypeDto,
  vendor: z.string(),
  company: z.object({ slug: z.string(), name: z.string(), hasContributions: z.boolean() }).nullable(),
  vendorHistory: z.array(z.object({ vendor: z.string(), from: z.string(), to: z.string() })),
  status: CertStatusDto,
  lapsesOn: z.string().nullable(),
  statusReason: z.string(),
  statusVersion: z.string().nullable(),
  certifications: z.array(CertificationDto),
  ai: z.array(AiSubmissionDto),
  sources: z.array(SourceDto),
});
export type ProductData = z.infer<typeof ProductDto>;

export const AiMatrixDto = z.object({
  asOf: z.string(),
  version: z.string(),
  versions: z.array(z.string()),
  requirements: z.array(z.object({ reqId: z.string(), category: z.string(), level: z.string(), description: z.string(), met: z.number() })),
  submissions: z.array(AiSubmissionDto),
  sources: z.array(SourceDto),
});
export type AiMatrixData = z.infer<typeof AiMatrixDto>;

export const VendorDto = z.object({
  asOf: z.string(),
  slug: z.string(),
  name: z.string(),
  hasContributions: z.boolean(),
  products: z.array(MatrixRowDto),
  sources: z.array(SourceDto),
});
export type VendorData = z.infer<typeof VendorDto>;
