/** The ranking methods `bearing rank --method` offers (see `methods.ts` and `robustness.ts`). */
export const RANK_METHODS = ["wsm", "topsis", "promethee2", "vikor", "smaa2"] as const;
export type RankMethod = (typeof RANK_METHODS)[number];

/** 1-based ranks from scores; ties share the best rank. */
export function ranksOf(scores: readonly number[], higherIsBetter: boolean): number[] {
  return scores.map((score) => {
    let better = 0;
    for (const other of scores) if (higherIsBetter ? other > score : other < score) better++;
    return better + 1;
  });
}
