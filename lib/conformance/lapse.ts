// The Certified Kubernetes lapse rule and product / AI status as of a date (pure, golden-tested).
//
// Rule (k8s-conformance terms + FAQ): a certification for x.y may be used until the later of 12 months after
// x.y's release and 9 months after x.y+1's release. Bazaar reads "until D" as: valid on every day before D,
// lapsed from D on. When x.y+1 has no known release date the certification stays valid (open-ended) and the
// reason says so. A certification counts from its merge date (or, when unknown, from x.y's release date).
import { addMonths, daysBetween } from "./dates";

/** Days before the lapse date in which a certification is "expiring". */
export const EXPIRING_WINDOW_DAYS = 60;

/** Release dates by minor ("1.32" → "2024-12-11"). */
export type ReleaseDates = ReadonlyMap<string, string>;

/** When a certification for a Kubernetes minor lapses, and why. */
export interface LapseInfo {
  /** first day the certification is no longer valid; null when open-ended */
  lapsesOn: string | null;
  /** which term decided it: "12 months after 1.32" / "9 months after 1.33" / why it is open-ended */
  reason: string;
  openEnded: boolean;
}

const nextMinor = (minor: string) => {
  const [a, b] = minor.split(".").map(Number) as [number, number];
  return `${a}.${b + 1}`;
};

/** Lapse date of a certification for `minor` under the rule above. */
export function certificationLapse(minor: string, releases: ReleaseDates): LapseInfo {
  const released = releases.get(minor);
  const next = nextMinor(minor);
  const nextReleased = releases.get(next);
  if (!released) return { lapsesOn: null, openEnded: true, reason: `Kubernetes ${minor} has no known release date, so no lapse date can be computed yet` };
  const twelve = addMonths(released, 12);
  if (!nextReleased) return { lapsesOn: null, openEnded: true, reason: `Kubernetes ${next} is not released yet: the certification stays valid until 9 months after ${next} ships (at least until ${twelve})` };
  const nine = addMonths(nextReleased, 9);
  return nine > twelve
    ? { lapsesOn: nine, openEnded: false, reason: `9 months after Kubernetes ${next} was released (${nextReleased})` }
    : { lapsesOn: twelve, openEnded: false, reason: `12 months after Kubernetes ${minor} was released (${released})` };
}

/** Status of a product (or one certification) as of a date. */
export type CertStatus = "certified" | "expiring" | "lapsed" | "not_yet_certified";

/** One certification as the rules need it. */
export interface CertInput {
  minor: string;
  /** merge date YYYY-MM-DD, or null when unknown */
  certifiedOn: string | null;
}

/** A product's status as of a date, with the certification that decides it. */
export interface ProductStatus {
  status: CertStatus;
  /** lapse date of the deciding certification (null when open-ended or none) */
  lapsesOn: string | null;
  reason: string;
  /** minor of the deciding certification */
  minor: string | null;
  daysLeft: number | null;
}

/** The date a certification starts to count: its merge date, else its version's release date, else never known (null). */
export function effectiveFrom(c: CertInput, releases: ReleaseDates): string | null {
  return c.certifiedOn ?? releases.get(c.minor) ?? null;
}

/** Status of one certification as of `asOf`. */
export function certificationStatus(c: CertInput, releases: ReleaseDates, asOf: string): ProductStatus {
  const from = effectiveFrom(c, releases);
  const lapse = certificationLapse(c.minor, releases);
  if (from !== null && from > asOf) return { status: "not_yet_certified", lapsesOn: lapse.lapsesOn, reason: `certified on ${from}, after ${asOf}`, minor: c.minor, daysLeft: null };
  if (lapse.lapsesOn === null) return { status: "certified", lapsesOn: null, reason: lapse.reason, minor: c.minor, daysLeft: null };
  const daysLeft = daysBetween(asOf, lapse.lapsesOn);
  if (daysLeft <= 0) return { status: "lapsed", lapsesOn: lapse.lapsesOn, reason: lapse.reason, minor: c.minor, daysLeft };
  return { status: daysLeft <= EXPIRING_WINDOW_DAYS ? "expiring" : "certified", lapsesOn: lapse.lapsesOn, reason: lapse.reason, minor: c.minor, daysLeft };
}

const rank: Record<CertStatus, number> = { certified: 3, expiring: 2, lapsed: 1, not_yet_certified: 0 };

/** A product's status as of `asOf`: decided by its certification that stays valid longest (open-ended wins). */
export function productStatus(certs: CertInput[], releases: ReleaseDates, asOf: string): ProductStatus {
  let best: ProductStatus | null = null;
  for (const c of certs) {
    const s = certificationStatus(c, releases, asOf);
    if (!best) {
      best = s;
      continue;
    }
    const a = rank[s.status] >= 2 ? 2 : rank[s.status];
    const b = rank[best.status] >= 2 ? 2 : rank[best.status];
    const later = s.lapsesOn === null ? best.lapsesOn !== null : best.lapsesOn !== null && s.lapsesOn > best.lapsesOn;
    if (a > b || (a === b && later)) best = s;
  }
  return best ?? { status: "not_yet_certified", lapsesOn: null, reason: "no certification", minor: null, daysLeft: null };
}

/** AI conformance status as of a date. */
export type AiStatusAsOf = "conformant" | "expiring" | "expired" | "k8s_not_certified" | "not_yet_certified";

/** AI conformance: valid one year from the merge date, and only while the product holds a valid Kubernetes certification. */
export function aiConformanceStatus(mergedOn: string | null, k8s: ProductStatus | null, asOf: string): { status: AiStatusAsOf; lapsesOn: string | null; reason: string } {
  if (!mergedOn) return { status: "not_yet_certified", lapsesOn: null, reason: "merge date unknown" };
  const lapsesOn = addMonths(mergedOn, 12);
  if (mergedOn > asOf) return { status: "not_yet_certified", lapsesOn, reason: `merged on ${mergedOn}, after ${asOf}` };
  if (lapsesOn <= asOf) return { status: "expired", lapsesOn, reason: `one year after its merge on ${mergedOn}` };
  if (!k8s) return { status: "k8s_not_certified", lapsesOn, reason: "no matching Certified Kubernetes product found" };
  if (k8s.status === "lapsed" || k8s.status === "not_yet_certified") return { status: "k8s_not_certified", lapsesOn, reason: `its Kubernetes certification is not valid on ${asOf}` };
  const days = daysBetween(asOf, lapsesOn);
  return { status: days <= EXPIRING_WINDOW_DAYS ? "expiring" : "conformant", lapsesOn, reason: `valid one year from its merge on ${mergedOn}` };
}
