/**
 * VIKOR, compromise ranking (Opricovic 1998; Opricovic & Tzeng 2004, "Compromise solution by
 * MCDM methods: A comparative analysis of VIKOR and TOPSIS", EJOR 156(2):445-455).
 *
 * With f*_j the best and f-_j the worst performance on criterion j and normalised weights w:
 * - S_i = sum_j w_j (f*_j - f_ij) / (f*_j - f-_j)    group utility (lower = better)
 * - R_i = max_j w_j (f*_j - f_ij) / (f*_j - f-_j)    individual regret (lower = better)
 * - Q_i = v (S_i - S*) / (S- - S*) + (1 - v) (R_i - R*) / (R- - R*), v in [0, 1] the weight
 *   of the "majority of criteria" strategy (default 0.5).
 * Alternatives are ranked by Q ascending. With a' the best and a'' the second by Q, the
 * compromise is a' alone when both hold:
 * - C1 "acceptable advantage": Q(a'') - Q(a') >= DQ = 1 / (n - 1);
 * - C2 "acceptable stability": a' is also best by S or by R.
 * Otherwise the compromise set is a' and a'' if only C2 fails, and every a(k) with
 * Q(a(k)) - Q(a') < DQ if C1 fails (Opricovic & Tzeng 2004, section 3).
 *
 * Degenerate denominators (a constant criterion, or all S or all R equal up to rounding)
 * contribute 0 instead of 0/0: such a criterion or term does not discriminate between
 * alternatives.
 */
import { BearingError } from "../errors.js";
import { checkProblem, type DecisionProblem } from "./matrix.js";
import { normalizeWeights } from "./weighting/direct.js";

export interface VikorOptions {
  /** Weight of the strategy of maximum group utility, in [0, 1]; default 0.5. */
  v?: number;
}

export interface VikorResult {
  /** n group-utility measures; lower = better. */
  S: Float64Array;
  /** n individual-regret measures; lower = better. */
  R: Float64Array;
  /** n compromise measures in [0, 1]; lower = better. */
  Q: Float64Array;
  /** 0-based indices of the compromise set, in order of Q. */
  compromise: number[];
  /** Condition C1, Q(a'') - Q(a') >= 1/(n-1). */
  acceptableAdvantage: boolean;
  /** Condition C2, a' also best by S or R. */
  acceptableStability: boolean;
}

/**
 * @param problem n x m raw performances, m weights, m directions.
 * @throws BearingError (input) for an invalid problem or v outside [0, 1].
 */
export function vikor(problem: DecisionProblem, options: VikorOptions = {}): VikorResult {
  const matrix = checkProblem(problem);
  const { rows: n, cols: m, data } = matrix;
  const w = normalizeWeights(problem.weights);
  const v = options.v ?? 0.5;
  if (!(v >= 0 && v <= 1)) {
    throw BearingError.input({
      code: "out_of_range",
      message: `v = ${v} is outside [0, 1]`,
      path: ["params", "v"],
    });
  }

  const best = new Float64Array(m);
  const worst = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const x = data[i * m + j] as number;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    const benefit = problem.directions[j] === "max";
    best[j] = benefit ? hi : lo;
    worst[j] = benefit ? lo : hi;
  }

  const S = new Float64Array(n);
  const R = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    let r = 0;
    for (let j = 0; j < m; j++) {
      const range = (best[j] as number) - (worst[j] as number);
      if (range === 0) continue;
      const term = ((w[j] as number) * ((best[j] as number) - (data[i * m + j] as number))) / range;
      s += term;
      if (term > r) r = term;
    }
    S[i] = s;
    R[i] = r;
  }

  const [sBest, sWorst] = extremes(S);
  const [rBest, rWorst] = extremes(R);
  const Q = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const qs = flat(sBest, sWorst) ? 0 : ((S[i] as number) - sBest) / (sWorst - sBest);
    const qr = flat(rBest, rWorst) ? 0 : ((R[i] as number) - rBest) / (rWorst - rBest);
    Q[i] = v * qs + (1 - v) * qr;
  }

  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (Q[a] as number) - (Q[b] as number) || a - b,
  );
  const first = order[0] as number;
  if (n === 1) {
    return { S, R, Q, compromise: [first], acceptableAdvantage: true, acceptableStability: true };
  }
  const dq = 1 / (n - 1);
  const qFirst = Q[first] as number;
  const acceptableAdvantage = (Q[order[1] as number] as number) - qFirst >= dq;
  const acceptableStability = S[first] === sBest || R[first] === rBest;
  let compromise: number[];
  if (!acceptableAdvantage) {
    compromise = order.filter((i) => (Q[i] as number) - qFirst < dq);
  } else if (!acceptableStability) {
    compromise = order.slice(0, 2);
  } else {
    compromise = [first];
  }
  return { S, R, Q, compromise, acceptableAdvantage, acceptableStability };
}

/**
 * True when every S (or R) is the same up to rounding. Q divides by the spread, which would
 * blow a last-bit difference between values equal in exact arithmetic up to 0 versus 1.
 */
function flat(best: number, worst: number): boolean {
  return worst - best <= 1e-12 * Math.max(1, Math.abs(worst));
}

/** [min, max] of a non-empty array. */
function extremes(x: Float64Array): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const value of x) {
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  return [lo, hi];
}
