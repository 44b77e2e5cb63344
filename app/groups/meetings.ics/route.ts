// GET /groups/meetings.ics — iCalendar feed of every group's meetings.
import { jsonError, withApi } from "@/lib/api/respond";
import { getDb } from "@/lib/db/prisma";
import { getMeetingsCalendar } from "@/lib/data/governance/get-calendar";

export const dynamic = "force-dynamic";

export const GET = withApi(async () => {
  const cal = await getMeetingsCalendar(getDb(), null);
  if (!cal) return jsonError(404, "no sigs.yaml has been ingested yet");
  return new Response(cal.text, { headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `inline; filename="${cal.filename}"`, "x-meetings-skipped": String(cal.skipped) } });
});
