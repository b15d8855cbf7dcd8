/**
 * Ranks from scores. bearing's convention (contracts.md): rank = 1 + the number of
 * alternatives strictly better, so ties share the best rank ("competition" or "min" ranking:
 * 1, 2, 2, 4). Peers (pymcdm, scikit-criteria) give ties the mean rank (1, 2.5, 2.5, 4); that
 * convention is available as `ties: "average"` for comparisons.
 */

export interface RankOptions {
  /** Default true: the highest score ranks first. */
  higherIsBetter?: boolean;
  /** Default `"min"` (1 + number strictly better); `"average"` gives ties their mean rank. */
  ties?: "min" | "average";
}

/**
 * @param scores n scores; NaN is not allowed (it compares unordered and would break ties).
 * @returns n ranks, 1 = best.
 * Runs in O(n log n).
 */
export function rankScores(scores: ArrayLike<number>, options: RankOptions = {}): Float64Array {
  const higherIsBetter = options.higherIsBetter ?? true;
  const n = scores.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const key = Float64Array.from(scores as ArrayLike<number>);
  if (higherIsBetter) for (let i = 0; i < n; i++) key[i] = -(key[i] as number);
  order.sort((a, b) => (key[a] as number) - (key[b] as number));
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const value = key[order[start] as number] as number;
    while (end < n && key[order[end] as number] === value) end++;
    // Positions start..end-1 (0-based) are tied.
    const rank = options.ties === "average" ? (start + 1 + end) / 2 : start + 1;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    start = end;
  }
  return ranks;
}
