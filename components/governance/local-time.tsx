"use client";
// The next occurrence of a meeting in the viewer's own time zone (computed in the browser after hydration).
import { useEffect, useState } from "react";
import { cadenceFromString } from "@/lib/governance/meetings";
import { nextOccurrence } from "@/lib/governance/zoned-time";

/** "Your time: Thu, Aug 27, 18:00 (Europe/Berlin)"; nothing when the meeting cannot be placed. */
export function LocalMeetingTime({ weekday, timeOfDay, timeZone, cadence, startDate }: { weekday: number | null; timeOfDay: string | null; timeZone: string | null; cadence: string | null; startDate: string | null }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const next = nextOccurrence({ weekday, timeOfDay, timeZone, cadence: cadenceFromString(cadence), startDate }, new Date());
    if (!next) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const fmt = new Intl.DateTimeFormat(undefined, { weekday: "short", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the viewer's zone is only known in the browser
    setText(`${fmt.format(next)} (${zone})`);
  }, [weekday, timeOfDay, timeZone, cadence, startDate]);
  if (weekday === null || !timeOfDay || !timeZone) return <span className="muted text-xs">time zone not recognised; see the original text</span>;
  return (
    <span className="text-xs" data-testid="local-time">
      <span className="muted">Next, your time: </span>
      {text ?? "…"}
    </span>
  );
}
