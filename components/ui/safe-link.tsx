// Renders an external link only for valid http(s) URLs; anything else (javascript:, "--", typos) is plain text.
import type { ReactNode } from "react";
import { safeHttpUrl } from "@/lib/safe-url";

/** External link that never renders unsafe or malformed URLs as links. */
export function SafeLink({ href, children, className }: { href: string | null | undefined; children?: ReactNode; className?: string }) {
  const url = safeHttpUrl(href);
  if (!url) {
    return (
      <span className={className} title={href ? "Not a valid web address; shown as text" : undefined}>
        {children ?? href ?? ""}
      </span>
    );
  }
  return (
    <a href={url} className={className} rel="noopener noreferrer nofollow" target="_blank">
      {children ?? href}
    </a>
  );
}
