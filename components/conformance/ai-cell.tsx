// One AI requirement answer: status word, evidence (links only for http(s) URLs) and notes.
import { SafeLink } from "@/components/ui/safe-link";
import type { AiMatrixData } from "@/lib/data/conformance/dto";

type Result = AiMatrixData["submissions"][number]["results"][number];

const WORD: Record<string, string> = {
  implemented: "Implemented",
  partially_implemented: "Partially implemented",
  not_implemented: "Not implemented",
  not_applicable: "N/A",
  unspecified: "Not stated",
};
const TONE: Record<string, string> = { implemented: "var(--ok)", partially_implemented: "var(--warn)", not_implemented: "var(--bad)", not_applicable: "var(--muted)", unspecified: "var(--muted)" };

/** A cell of the AI matrix or the product page's AI table. */
export function AiCell({ result }: { result: Result | undefined }) {
  if (!result) return <span className="muted">not answered</span>;
  return (
    <div className="min-w-40 max-w-72 whitespace-normal text-xs">
      <strong style={{ color: TONE[result.status] }}>{WORD[result.status] ?? result.status}</strong>
      {result.statusRaw && WORD[result.status] !== result.statusRaw ? <span className="muted"> ({result.statusRaw})</span> : null}
      {result.evidence.length ? (
        <ul className="mt-1 list-none space-y-0.5">
          {result.evidence.map((e, i) => (
            <li key={i} className="break-all">
              {e.href ? <SafeLink href={e.href}>{e.kind === "file" ? `${e.raw} (file)` : e.raw.replace(/^https?:\/\//, "")}</SafeLink> : <span className="muted">{e.raw}</span>}
            </li>
          ))}
        </ul>
      ) : null}
      {result.notes ? <p className="muted mt-1">{result.notes}</p> : null}
    </div>
  );
}
