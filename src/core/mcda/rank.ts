/**
 * Ranks from scores, and bearing's one tie rule. Convention (contracts.md): rank = 1 + the
 * number of alternatives strictly better, so ties share the best rank ("competition" or "min"
 * ranking: 1, 2, 2, 4). "Strictly better" means better by more than rounding
 * ({@link beats}): scores equal in exact arithmetic but computed along different paths (e.g.
 * two options trading off equally between criteria of tied weight) tie instead of being
 * ordered by rounding noise. The weighted-sum ranking, the other methods' rankings, SMAA-2's
 * per-sample ranks, the weight-stability intervals and the pairwise flips (a swap is one
 * alternative overtaking another by this rule) all use it.
 *
 * Peers (pymcdm, scikit-criteria) give ties the mean rank (1, 2.5, 2.5, 4); that convention
 * is available as `ties: "average"` for comparisons.
 */

/**
 * The score an alternative must exceed to beat one scoring `u`: u + 1e-12 max(1, |u|). Far
 * above the rounding error of a sum of a few hundred terms on a [0, 1]-like scale, far below
 * any difference that means something.
 */
export function beatingBar(u: number): number {
  return u + 1e-12 * Math.max(1, Math.abs(u));
}

/** Whether score `u` beats score `v` (higher is better): by more than rounding. */
export function beats(u: number, v: number): boolean {
  return u > beatingBar(v);
}

/** Whether two scores tie under the one tie rule (neither beats the other). */
export function ties(u: number, v: number): boolean {
  return !beats(u, v) && !beats(v, u);
}

export interface RankOptions {
  /** Default true: the highest score ranks first. */
  higherIsBetter?: boolean;
  /** Default `"min"` (1 + number strictly better); `"average"` gives ties their mean rank. */
  ties?: "min" | "average";
}

/**
 * @param scores n scores; NaN is not allowed (it compares unordered and would break ties).
 * @returns n ranks, 1 = best: 1 + the number of scores that beat it ({@link beats}); with
 *   `ties: "average"`, the mean of the positions sharing that rank.
 * Runs in O(n log n).
 */
export function rankScores(scores: ArrayLike<number>, options: RankOptions = {}): Float64Array {
  const higherIsBetter = options.higherIsBetter ?? true;
  const n = scores.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Higher key = better.
  const key = Float64Array.from(scores as ArrayLike<number>);
  if (!higherIsBetter) for (let i = 0; i < n; i++) key[i] = -(key[i] as number);
  order.sort((a, b) => (key[b] as number) - (key[a] as number));
  const ranks = new Float64Array(n);
  // The bar falls as the keys do, so the count of keys above it only grows: one pointer.
  let better = 0;
  let start = 0;
  while (start < n) {
    const bar = beatingBar(key[order[start] as number] as number);
    while (better < start && (key[order[better] as number] as number) > bar) better++;
    // Positions start..end-1 share the rank 1 + better.
    let end = start + 1;
    // The next position shares the rank unless the best key not yet counted beats it.
    while (
      end < n &&
      !((key[order[better] as number] as number) > beatingBar(key[order[end] as number] as number))
    )
      end++;
    const rank = options.ties === "average" ? (start + 1 + end) / 2 : better + 1;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    start = end;
  }
  return ranks;
}
