/**
 * AHP judgements (`weighting.pairwise` in bearing.yaml): the one assembly of the pairwise
 * comparison matrix from them (used by the weights and by the workbench's analysis), Saaty's
 * 1–9 scale as a 17-step control and in words, first judgements drawn from the weights the
 * user already has, and the consistency analysis of the engine (`mcda/weighting/ahp.ts`,
 * Saaty 1980). The workbench only renders and edits what this module computes.
 */
import { type AhpResult, ahp } from "../mcda/weighting/ahp.js";

/** `[a, b, ratio]`: criterion a is `ratio` times as important as b. */
export type Judgement = readonly [string, string, number];

/**
 * The stated judgement "a over b" in `pairwise`, whichever way round it was written (the
 * last one wins, as in {@link ahpMatrix}); `undefined` when the pair is not judged.
 */
export function judgementOf(
  pairwise: readonly Judgement[] | undefined,
  a: string,
  b: string,
): number | undefined {
  let found: number | undefined;
  for (const [x, y, ratio] of pairwise ?? []) {
    if (x === a && y === b) found = ratio;
    else if (x === b && y === a) found = 1 / ratio;
  }
  return found;
}

/**
 * The m x m pairwise comparison matrix of criteria `ids` from the judgements: a_ii = 1,
 * a_ij = ratio and a_ji = 1 / ratio for `[ids[i], ids[j], ratio]` (the last judgement of a
 * pair wins, whichever way round it was written); judgements naming an unknown criterion or
 * one criterion twice are ignored. Pairs without a positive judgement stay NaN and are listed
 * in `missing`, in criteria order.
 */
export function ahpMatrix(
  ids: readonly string[],
  pairwise: readonly Judgement[] | undefined,
): { matrix: number[][]; missing: [string, string][] } {
  const index = new Map(ids.map((id, i) => [id, i]));
  const matrix = ids.map((_, i) => ids.map((__, j) => (i === j ? 1 : Number.NaN)));
  for (const [a, b, ratio] of pairwise ?? []) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    (matrix[i] as number[])[j] = ratio;
    (matrix[j] as number[])[i] = 1 / ratio;
  }
  const missing: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      if (!(((matrix[i] as number[])[j] as number) > 0)) {
        missing.push([ids[i] as string, ids[j] as string]);
      }
    }
  }
  return { matrix, missing };
}

/** Saaty's (1980) verbal scale, index k for a ratio of k + 1 (even steps are in between). */
const WORDS = [
  "as important as",
  "a little more important than",
  "moderately more important than",
  "moderately to much more important than",
  "much more important than",
  "much to very much more important than",
  "very much more important than",
  "very much to extremely more important than",
  "extremely more important than",
];

/** The control's range: -8 (a is 9 times as important as b) … 0 (equal) … 8 (b 9 times a). */
export const POSITION_MIN = -8;
export const POSITION_MAX = 8;

/** The nearest whole step of Saaty's scale (1–9) to a ratio ≥ 1, nearest on a log scale. */
function nearestStep(ratio: number): number {
  let best = 1;
  for (let step = 2; step <= 9; step++) {
    if (Math.abs(Math.log(ratio / step)) < Math.abs(Math.log(ratio / best))) best = step;
  }
  return best;
}

/** The control position for "a over b" = `ratio` (positive; outside 1/9–9 it is clamped). */
export function positionOf(ratio: number): number {
  return ratio >= 1 ? 1 - nearestStep(ratio) : nearestStep(1 / ratio) - 1;
}

/** The ratio "a over b" a control position stands for: 9, 8, … 1 … 1/8, 1/9. */
export function ratioAt(position: number): number {
  return position <= 0 ? 1 - position : 1 / (1 + position);
}

/** The nearest value on Saaty's scale (1/9 … 1 … 9) to a positive ratio. */
export function snapToScale(ratio: number): number {
  return ratioAt(positionOf(ratio));
}

/** E.g. "Impact is much more important than Pay (5×)". Ratios need not be whole steps. */
export function describeJudgement(a: string, b: string, ratio: number): string {
  const [first, second, k] = ratio >= 1 ? [a, b, ratio] : [b, a, 1 / ratio];
  const words = WORDS[nearestStep(k) - 1] ?? WORDS[0];
  const times = Math.abs(k - Math.round(k)) < 1e-9 ? String(Math.round(k)) : k.toFixed(2);
  return k < 1 + 1e-9 ? `${a} is ${WORDS[0]} ${b}` : `${first} is ${words} ${second} (${times}×)`;
}

/**
 * One judgement per pair of criteria (in their order), each the ratio of the current weights
 * snapped to Saaty's scale, so that switching to AHP starts near the ranking the user had.
 * Zero weights count as a tenth of the smallest positive one; no positive weight: all equal.
 * @param weights one per id, non-negative.
 */
export function judgementsFromWeights(
  ids: readonly string[],
  weights: readonly number[],
): [string, string, number][] {
  const smallest = Math.min(...weights.filter((w) => w > 0));
  const w = weights.map((x) => (Number.isFinite(smallest) ? Math.max(x, smallest / 10) : 1));
  const result: [string, string, number][] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      result.push([
        ids[i] as string,
        ids[j] as string,
        snapToScale((w[i] as number) / (w[j] as number)),
      ]);
    }
  }
  return result;
}

export type PairwiseAnalysis =
  | { complete: true; result: AhpResult }
  | { complete: false; missing: [string, string][] };

/**
 * The core's AHP over the stated judgements: priorities, λmax, CI, CR (null below three
 * criteria) and each judgement's share of the inconsistency, `row`/`column` indexing `ids`.
 * Incomplete when some pair has no judgement (listed in criteria order).
 */
export function analysePairwise(
  ids: readonly string[],
  pairwise: readonly Judgement[] | undefined,
  labels: readonly string[] = ids,
): PairwiseAnalysis {
  const { matrix, missing } = ahpMatrix(ids, pairwise);
  if (missing.length > 0) return { complete: false, missing };
  return { complete: true, result: ahp(matrix, { labels }) };
}
