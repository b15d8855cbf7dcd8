/**
 * SPOTIS, the stable preference ordering towards ideal solution (Dezert, Tchamova, Han &
 * Tacnet 2020, "The SPOTIS rank reversal free method for multi-criteria decision-making
 * support", FUSION 2020, doi:10.23919/FUSION45008.2020.9190347).
 *
 * Each criterion gets fixed bounds [min_j, max_j] chosen by the decision maker (not taken
 * from the alternatives, which is what removes rank reversal). The ideal solution point s*
 * is max_j for benefit and min_j for cost criteria (or an expected solution point given by
 * the user); the score is the weighted normalised distance
 *   d(a) = sum_j w_j |x_j(a) - s*_j| / (max_j - min_j),   lower = better.
 */
import { BearingError } from "../errors.js";
import { checkProblem, type DecisionProblem } from "./matrix.js";
import { normalizeWeights } from "./weighting/direct.js";

export interface SpotisOptions {
  /** m bounds [min_j, max_j] with min_j < max_j that contain every performance. */
  bounds: ReadonlyArray<readonly [number, number]>;
  /** Optional expected solution point (m values) replacing the ideal solution point. */
  expectedSolutionPoint?: ArrayLike<number>;
}

/**
 * @returns n scores in [0, 1] when performances lie within the bounds; lower = better.
 * @throws BearingError (input) for bounds that are missing, empty or do not contain a value.
 */
export function spotis(problem: DecisionProblem, options: SpotisOptions): Float64Array {
  const matrix = checkProblem(problem);
  const { rows: n, cols: m, data } = matrix;
  const w = normalizeWeights(problem.weights);
  if (options.bounds.length !== m) {
    throw BearingError.input({
      code: "invalid_value",
      message: `${options.bounds.length} bounds for ${m} criteria`,
      path: ["bounds"],
    });
  }
  const target = new Float64Array(m);
  const range = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const [lo, hi] = options.bounds[j] as readonly [number, number];
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
      throw BearingError.input({
        code: "invalid_value",
        message: `bounds [${lo}, ${hi}] are not an interval with min < max`,
        path: ["bounds", j],
      });
    }
    for (let i = 0; i < n; i++) {
      const x = data[i * m + j] as number;
      if (x < lo || x > hi) {
        throw BearingError.input({
          code: "out_of_range",
          message: `performance ${x} is outside the bounds [${lo}, ${hi}]`,
          path: ["matrix", i, j],
        });
      }
    }
    range[j] = hi - lo;
    target[j] =
      options.expectedSolutionPoint !== undefined
        ? (options.expectedSolutionPoint[j] as number)
        : problem.directions[j] === "max"
          ? hi
          : lo;
  }
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let d = 0;
    for (let j = 0; j < m; j++) {
      d +=
        ((w[j] as number) * Math.abs((data[i * m + j] as number) - (target[j] as number))) /
        (range[j] as number);
    }
    scores[i] = d;
  }
  return scores;
}
