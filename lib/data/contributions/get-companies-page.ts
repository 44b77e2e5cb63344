import "server-only";
// Everything the /companies page renders first: filter options and the ranking.
import type { Db } from "@/lib/db/prisma";
import type { Ranking, RankingOptions } from "./dto";
import { getRanking, type RankingParams } from "./get-ranking";
import { getRankingOptions } from "./get-ranking-options";

/** Options + ranking in one call (the page's single data function). */
export async function getCompaniesPage(db: Db, p: RankingParams): Promise<{ options: RankingOptions; ranking: Ranking }> {
  const [options, ranking] = await Promise.all([getRankingOptions(db), getRanking(db, p)]);
  return { options, ranking };
}
