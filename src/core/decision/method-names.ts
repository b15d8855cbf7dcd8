/** The ranking methods `bearing rank --method` offers (see `methods.ts` and `robustness.ts`). */
export const RANK_METHODS = ["wsm", "topsis", "promethee2", "vikor", "smaa2"] as const;
export type RankMethod = (typeof RANK_METHODS)[number];
