// Explains the as-of date and warns when it is later than the data snapshot (newer certifications are missing).
import Link from "next/link";

/** "Status as of D" line with a link to the snapshot date when D is past it. */
export function AsOfNote({ asOf, isDefault, snapshot, path, what = "The loaded submissions end on" }: { asOf: string; isDefault: boolean; snapshot: string | null; path: string; what?: string }) {
  const stale = snapshot !== null && asOf > snapshot;
  return (
    <p className="muted mb-4 text-sm">
      Status as of <strong>{asOf}</strong>
      {isDefault ? " (today; add ?asOf=YYYY-MM-DD for another date)" : ""}.
      {stale ? (
        <>
          {" "}
          {what} {snapshot}: certifications merged upstream since then are not included, so some products may show as lapsed here although they
          have re-certified. <Link href={`${path}${path.includes("?") ? "&" : "?"}asOf=${snapshot}`}>View as of {snapshot}</Link>.
        </>
      ) : null}
    </p>
  );
}
