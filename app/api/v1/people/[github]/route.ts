// GET /api/v1/people/:github — a person's current seats and every seat held across snapshots, or 404.
import { jsonError, jsonOk, withApi } from "@/lib/api/respond";
import { getDb } from "@/lib/db/prisma";
import { PersonDetail } from "@/lib/data/governance/dto";
import { getPerson } from "@/lib/data/governance/get-person";

export const dynamic = "force-dynamic";

export const GET = withApi(async (_req: Request, { params }: { params: Promise<{ github: string }> }) => {
  const { github } = await params;
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(github)) return jsonError(400, "github must be a GitHub login");
  const person = await getPerson(getDb(), github);
  if (!person) return jsonError(404, `no person "${github}" in any ingested sigs.yaml snapshot`);
  return jsonOk(PersonDetail, person);
});
