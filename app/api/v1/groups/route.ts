// GET /api/v1/groups[?kind=sig|wg|committee|usergroup&q=text&day=0..6] — groups of the newest sigs.yaml snapshot.
import { jsonError, jsonOk, withApi } from "@/lib/api/respond";
import { getDb } from "@/lib/db/prisma";
import { GroupList } from "@/lib/data/governance/dto";
import { getGroupList } from "@/lib/data/governance/list-groups";
import { filterGroups, GroupFilterParams, GROUP_KINDS } from "@/lib/governance/group-filter";

export const dynamic = "force-dynamic";

export const GET = withApi(async (req: Request) => {
  const sp = new URL(req.url).searchParams;
  const kind = sp.get("kind");
  if (kind && !(GROUP_KINDS as readonly string[]).includes(kind)) return jsonError(400, `kind must be one of ${GROUP_KINDS.join(", ")}`);
  const day = sp.get("day");
  if (day && !/^[0-6]$/.test(day)) return jsonError(400, "day must be a weekday number 0 (Sunday) … 6 (Saturday)");
  const filter = GroupFilterParams.parse({ kind: kind ?? undefined, q: sp.get("q") ?? undefined, day: day ?? undefined });
  const list = await getGroupList(getDb());
  return jsonOk(GroupList, { ...list, groups: filterGroups(list.groups, filter) });
});
