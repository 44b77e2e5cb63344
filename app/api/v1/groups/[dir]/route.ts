// GET /api/v1/groups/:dir — one group (seats, subprojects, meetings, contacts, history) or 404.
import { jsonError, jsonOk, withApi } from "@/lib/api/respond";
import { getDb } from "@/lib/db/prisma";
import { GroupDetail } from "@/lib/data/governance/dto";
import { getGroup } from "@/lib/data/governance/get-group";

export const dynamic = "force-dynamic";

export const GET = withApi(async (_req: Request, { params }: { params: Promise<{ dir: string }> }) => {
  const { dir } = await params;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/.test(dir)) return jsonError(400, "dir must be a group folder name such as sig-network");
  const group = await getGroup(getDb(), dir);
  if (!group) return jsonError(404, `no group "${dir}" in the newest sigs.yaml snapshot`);
  return jsonOk(GroupDetail, group);
});
