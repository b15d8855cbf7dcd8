/**
 * Weights from an importance order of the criteria ("surrogate weights"): rank-order
 * centroid (Barron & Barrett 1996, Management Science 42(11):1515-1523), rank sum and rank
 * reciprocal (Stillwell, Seaver & Edwards 1981, OBHP 28(1):62-77).
 *
 * Input is a rank per criterion: 1 = most important, equal numbers = a tie. Only the order of
 * the numbers matters, so `[1, 2, 2, 4]` and `[1, 2, 2, 3]` mean the same.
 *
 * Ties. The rank-order centroid is the centroid of the set of weight vectors consistent with
 * the stated order, W = {w >= 0, sum w = 1, w ordered as stated}. A tie adds the equality
 * w_a = w_b, so W is again a simplex; its vertices are v_c (weight 1/c on the c most important
 * criteria, 0 elsewhere) for every c at which one tie group ends. We return its exact centroid,
 * the mean of those vertices; without ties this is Barron & Barrett's formula
 * w_k = (1/m) sum_{i=k..m} 1/i. The same vertex form lets SMAA sample W uniformly
 * (`smaa/weight-sampling.ts`). Rank sum and rank reciprocal have no such geometry; tied
 * criteria there get the mean of the weights of the positions they jointly occupy
 * (fractional ranks), which keeps the weights summing to 1.
 */
import { BearingError } from "../../errors.js";

/** Criteria grouped by importance: `groups[0]` holds the most important criterion indices. */
export interface ImportanceOrder {
  readonly groups: ReadonlyArray<readonly number[]>;
  /** m, the number of criteria. */
  readonly size: number;
}

/**
 * Groups criteria by their stated rank.
 * @param ranks m finite numbers; smaller = more important; equal = tied.
 * @throws BearingError (input, `not_finite`) for a rank that is not a finite number.
 */
export function importanceOrder(ranks: ArrayLike<number>): ImportanceOrder {
  const m = ranks.length;
  if (m === 0) {
    throw BearingError.input({ code: "invalid_value", message: "no ranks", path: ["ranks"] });
  }
  for (let j = 0; j < m; j++) {
    if (!Number.isFinite(ranks[j])) {
      throw BearingError.input({
        code: "not_finite",
        message: "expected a finite number",
        path: ["ranks", j],
      });
    }
  }
  const indices = Array.from({ length: m }, (_, j) => j).sort(
    (a, b) => (ranks[a] as number) - (ranks[b] as number) || a - b,
  );
  const groups: number[][] = [];
  let previous = Number.NaN;
  for (const j of indices) {
    const r = ranks[j] as number;
    if (r !== previous) groups.push([]);
    (groups[groups.length - 1] as number[]).push(j);
    previous = r;
  }
  return { groups, size: m };
}

/**
 * Ranks from an order written most important first, where an inner array is a tie:
 * `[2, [0, 3], 1]` -> ranks `[2, 3, 1, 2]`.
 * @throws BearingError (input) unless every index in 0..m-1 appears exactly once.
 */
export function ranksFromOrder(
  order: ReadonlyArray<number | readonly number[]>,
  m: number,
): Float64Array {
  const ranks = new Float64Array(m).fill(Number.NaN);
  order.forEach((item, position) => {
    for (const j of typeof item === "number" ? [item] : item) {
      if (!Number.isInteger(j) || j < 0 || j >= m) {
        throw BearingError.input({
          code: "unknown_id",
          message: `criterion index ${j} is not in 0..${m - 1}`,
          path: ["order", position],
        });
      }
      if (!Number.isNaN(ranks[j])) {
        throw BearingError.input({
          code: "duplicate_id",
          message: `criterion ${j} appears twice in the order`,
          path: ["order", position],
        });
      }
      ranks[j] = position + 1;
    }
  });
  const missing = ranks.findIndex((r) => Number.isNaN(r));
  if (missing >= 0) {
    throw BearingError.input({
      code: "missing_field",
      message: `criterion ${missing} is missing from the order`,
      path: ["order"],
      hint: "rank every criterion",
    });
  }
  return ranks;
}

/**
 * Rank-order centroid weights (Barron & Barrett 1996), the centroid of the weights consistent
 * with the order; exact with ties (see the module note).
 * @param ranks m ranks, 1 = most important, equal = tie.
 * @returns m weights summing to 1, non-increasing in rank.
 */
export function rankOrderCentroidWeights(ranks: ArrayLike<number>): Float64Array {
  const { groups, size: m } = importanceOrder(ranks);
  const out = new Float64Array(m);
  // The vertex ending at cumulative position c gives 1/c to every criterion up to c; a
  // criterion in group g receives that from every vertex c >= its group's end.
  let tail = 0;
  let end = m;
  for (let g = groups.length - 1; g >= 0; g--) {
    tail += 1 / end;
    const group = groups[g] as readonly number[];
    for (const j of group) out[j] = tail / groups.length;
    end -= group.length;
  }
  return out;
}

/**
 * Rank-sum weights (Stillwell, Seaver & Edwards 1981): w_k = 2 (m + 1 - k) / (m (m + 1)) for
 * position k; tied criteria share their fractional (mean) position.
 */
export function rankSumWeights(ranks: ArrayLike<number>): Float64Array {
  return weightsByPosition(ranks, (k, m) => (2 * (m + 1 - k)) / (m * (m + 1)));
}

/**
 * Rank-reciprocal weights (Stillwell, Seaver & Edwards 1981): w_k proportional to 1/k for
 * position k; tied criteria share the mean weight of their positions.
 */
export function rankReciprocalWeights(ranks: ArrayLike<number>): Float64Array {
  const { size: m } = importanceOrder(ranks);
  let harmonic = 0;
  for (let k = 1; k <= m; k++) harmonic += 1 / k;
  return weightsByPosition(ranks, (k) => 1 / k / harmonic);
}

/** Gives each tie group the mean of `weightAt(position, m)` over the positions it occupies. */
function weightsByPosition(
  ranks: ArrayLike<number>,
  weightAt: (position: number, m: number) => number,
): Float64Array {
  const { groups, size: m } = importanceOrder(ranks);
  const out = new Float64Array(m);
  let position = 1;
  for (const group of groups) {
    let sum = 0;
    for (let k = 0; k < group.length; k++) sum += weightAt(position + k, m);
    for (const j of group) out[j] = sum / group.length;
    position += group.length;
  }
  return out;
}
