// Status words and the coloured label used in tables, the product page and badges.
import s from "./matrix.module.css";

/** Human label of a certification status. */
export const STATUS_LABEL = { certified: "Certified", expiring: "Expiring", lapsed: "Lapsed", not_yet_certified: "Not yet certified" } as const;

/** Human label of an AI conformance status. */
export const AI_STATUS_LABEL = {
  conformant: "AI conformant",
  expiring: "AI conformant, expiring",
  expired: "Expired",
  k8s_not_certified: "Kubernetes certification not valid",
  not_yet_certified: "Not yet conformant",
} as const;

/** Compact status pill (CSS-module classes keep the matrix HTML small). */
export function StatusLabel({ status }: { status: keyof typeof STATUS_LABEL }) {
  return <span className={s[status]}>{STATUS_LABEL[status]}</span>;
}
