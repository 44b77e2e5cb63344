// GET /groups/:dir/meetings.ics — iCalendar feed of one group's meetings (its subprojects' included).
import { jsonError, withApi } from "@/lib/api/respond";
import { getDb } from "@/lib/db/prisma";
import { getMeetingsCalendar } from "@/lib/data/governance/get-calendar";

export const dynamic = "force-dynamic";

export const GET = withApi(async (_req: Request, { params }: { params: Promise<{ dir: string }> }) => {
  const { dir } = await params;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/.test(dir)) return jsonError(400, "not a group folder name");
  const cal = await getMeetingsCalendar(getDb(), dir);
  if (!cal) return jsonError(404, `no group "${dir}"`);
  return new Response(cal.text, { headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `inline; filename="${cal.filename}"`, "x-meetings-skipped": String(cal.skipped) } });
});
