import "server-only";
// The ranking API's JSON body, validated against RankingDto once per data version and then served as text:
// validating and serialising thousands of rows is most of the API's CPU time at DevStats scale.
import { memoByDataVersion } from "@/lib/data/cache/memo-by-data-version";
import type { Db } from "@/lib/db/prisma";
import { RankingDto } from "./dto";
import { getRanking, type RankingParams } from "./get-ranking";

/** JSON text of the zod-validated ranking (throws if the DTO does not validate). */
export const getRankingJson = memoByDataVersion(async (db: Db, p: RankingParams): Promise<string> => JSON.stringify(RankingDto.parse(await getRanking(db, p))));
