// The zod boundary for ranking URLs on the server (page and /api/v1/companies): search params in, RankingQuery out.
import { z } from "zod";
import { parseRankingQuery, type RankingQuery } from "./params";

/** Validates ranking search params; each unknown metric/range is an issue with a message for the 400 body. */
export const RankingParamsSchema = z.record(z.string(), z.string().optional()).transform((raw, ctx): RankingQuery => {
  const { query, errors } = parseRankingQuery(raw);
  for (const message of errors) ctx.addIssue({ code: "custom", message });
  return query;
});
