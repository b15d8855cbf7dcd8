/**
 * AHP judgements as the workbench shows them: Saaty's 1–9 scale as a 17-step control and in
 * words, first judgements drawn from the weights the user already has, and the consistency
 * analysis, which is the decision core's (`core/mcda/weighting/ahp.ts`, Saaty 1980).
 */
import { type AhpResult, ahp } from "../core/mcda/weighting/ahp.js";
import { judgementOf } from "./merge.js";

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
  pairwise: readonly (readonly [string, string, number])[] | undefined,
  labels: readonly string[] = ids,
): PairwiseAnalysis {
  const m = ids.length;
  const matrix = ids.map((_, i) => ids.map((__, j) => (i === j ? 1 : Number.NaN)));
  const missing: [string, string][] = [];
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const a = ids[i] as string;
      const b = ids[j] as string;
      const ratio = judgementOf(pairwise, a, b);
      if (ratio === undefined || !(ratio > 0)) missing.push([a, b]);
      else {
        (matrix[i] as number[])[j] = ratio;
        (matrix[j] as number[])[i] = 1 / ratio;
      }
    }
  }
  if (missing.length > 0) return { complete: false, missing };
  return { complete: true, result: ahp(matrix, { labels }) };
}
