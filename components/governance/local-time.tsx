"use client";
// A meeting's time in the viewer's own time zone (computed in the browser after hydration). The date of the
// next meeting is shown only when the cadence pins it down (weekly, nth weekday, biweekly with a start date).
import { useEffect, useState } from "react";
import { cadenceFromString } from "@/lib/governance/meetings";
import { nextOccurrence } from "@/lib/governance/zoned-time";

/** "Your time: Thu, Aug 27, 18:00 (Europe/Berlin)" or "Your time: Thursdays 18:00 (Europe/Berlin)". */
export function LocalMeetingTime({ weekday, timeOfDay, timeZone, cadence, startDate }: { weekday: number | null; timeOfDay: string | null; timeZone: string | null; cadence: string | null; startDate: string | null }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const c = cadenceFromString(cadence);
    const next = nextOccurrence({ weekday, timeOfDay, timeZone, cadence: c, startDate }, new Date());
    if (!next) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const certain = c.kind === "weekly" || (c.kind === "monthly" && c.nth !== null) || ((c.kind === "biweekly" || c.kind === "every-4-weeks") && !!startDate);
    const time = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" }).format(next);
    const label = certain
      ? `next ${new Intl.DateTimeFormat(undefined, { weekday: "short", month: "short", day: "numeric" }).format(next)}, ${time}`
      : `${new Intl.DateTimeFormat(undefined, { weekday: "long" }).format(next)}s ${time}`;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the viewer's zone is only known in the browser
    setText(`${label} (${zone})`);
  }, [weekday, timeOfDay, timeZone, cadence, startDate]);
  if (weekday === null || !timeOfDay || !timeZone) return <span className="muted text-xs">time zone not recognised; see the original text</span>;
  return (
    <span className="text-xs" data-testid="local-time">
      <span className="muted">Your time: </span>
      {text ?? "…"}
    </span>
  );
}
