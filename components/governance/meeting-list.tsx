// Meetings as written in sigs.yaml (original time zone) with the normalised cadence and the viewer's local time.
import type { MeetingT } from "@/lib/data/governance/dto";
import { WEEKDAYS } from "@/lib/governance/meetings";
import { SafeLink } from "@/components/ui/safe-link";
import { LocalMeetingTime } from "./local-time";

/** A list of meetings; each shows original day/time/zone, cadence, local time and its links. */
export function MeetingList({ meetings }: { meetings: MeetingT[] }) {
  if (meetings.length === 0) return <p className="muted text-sm">No regular meetings listed.</p>;
  return (
    <ul className="space-y-3">
      {meetings.map((m, i) => (
        <li key={i} className="text-sm">
          <div className="font-medium">
            {m.description || "Meeting"}
            {m.subproject ? <span className="muted font-normal"> · {m.subproject}</span> : null}
          </div>
          <div>
            {m.weekday !== null ? WEEKDAYS[m.weekday] : m.dayRaw ?? "day not stated"} {m.timeOfDay ?? m.timeRaw ?? ""}{" "}
            <span className="muted">{m.timeZone ?? m.tzRaw ?? ""}</span> · {m.cadenceLabel}
          </div>
          <div className="muted text-xs">
            As written: {[m.dayRaw, m.timeRaw, m.tzRaw, m.frequencyRaw].filter(Boolean).join(" · ")}
          </div>
          <LocalMeetingTime weekday={m.weekday} timeOfDay={m.timeOfDay} timeZone={m.timeZone} cadence={m.cadence} startDate={m.startDate} />
          <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs">
            {m.url ? <SafeLink href={m.url}>Join link</SafeLink> : null}
            {m.archiveUrl ? <SafeLink href={m.archiveUrl}>Agenda &amp; notes</SafeLink> : null}
            {m.recordingsUrl ? <SafeLink href={m.recordingsUrl}>Recordings</SafeLink> : null}
            {m.calendarUrl ? <SafeLink href={m.calendarUrl}>Upstream calendar</SafeLink> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
