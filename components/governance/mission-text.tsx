// A group's mission statement (plain text, line breaks kept) and how its charter link was written.

/** Mission as React text (never HTML); explains a missing or non-web charter link. */
export function MissionText({ text, charterLinkRaw, charterUrl }: { text: string | null; charterLinkRaw: string | null; charterUrl: string | null }) {
  return (
    <>
      {text ? <p className="whitespace-pre-line text-sm leading-relaxed">{text}</p> : <p className="muted text-sm">No mission statement in sigs.yaml.</p>}
      {charterLinkRaw && !/^https?:\/\//i.test(charterUrl ?? "") ? <p className="muted mt-2 text-xs">Charter link as written (not a web address): {charterLinkRaw}</p> : null}
      {!charterLinkRaw ? <p className="muted mt-2 text-xs">sigs.yaml gives no charter link for this group.</p> : null}
    </>
  );
}
