/**
 * What to find out first: for every missing or uncertain rating of an option in play, the
 * expected value of perfect information about it (Howard 1966) and the probability that
 * knowing it would change which option comes first, both estimated from the robustness
 * simulation's own samples (`robustness.ts`, {@link robustnessWithDraws}).
 *
 * The estimator is the single-parameter one of Strong & Oakley 2013 (Medical Decision Making
 * 33(6):755-766): the samples are grouped on the drawn rating and the best option's expected
 * overall value is averaged over the groups. The expected overall value within a group is
 * taken from the additive model's exact form (linear in the rating, the other options
 * unaffected; the regression estimator of Strong, Oakley & Brennan 2014) rather than from
 * the group's raw mean, which would give ratings that cannot matter a positive value by
 * noise whenever two options are close: see `mcda/sensitivity/evppi.ts`.
 *
 * Units: `evpi` is on the 0–1 overall-value scale (the weighted sum of partial values);
 * `changeProbability` is in [0, 1]. "Comes first" means the highest expected overall value
 * over the simulation (weights and other ratings varying as in SMAA-2). Not modelled: a
 * rating that, once known, would fail a must-have (the simulation, like the ranking, treats a
 * must-have it cannot decide as passed).
 */
import { evppiLinear, meanUtilities } from "../mcda/sensitivity/evppi.js";
import type { DecisionModel } from "./model.js";
import type { SimulationDraws } from "./robustness.js";

export interface InformationValue {
  option: string;
  criterion: string;
  /** `missing` (no rating) or `uncertain` (an interval). */
  kind: "missing" | "uncertain";
  /** Expected value of perfect information, on the 0–1 overall-value scale (≥ 0). */
  evpi: number;
  /** Probability that knowing the rating changes which option comes first, in [0, 1]. */
  changeProbability: number;
}

/**
 * The value of information of every missing or uncertain rating in the model, largest `evpi`
 * first (then largest change probability, then model order). Ratings that cannot change the
 * winner get exactly 0 and come last.
 * @param draws the simulation of the same model (`robustnessWithDraws(model)`).
 */
export function informationValues(
  model: DecisionModel,
  draws: SimulationDraws,
): InformationValue[] {
  const drawn = new Map(draws.ratings.map((r) => [`${r.alternative}:${r.criterion}`, r.values]));
  const out: (InformationValue & { order: number })[] = [];
  const means =
    draws.ratings.length > 0 ? meanUtilities(draws.overall, draws.alternatives, draws.samples) : [];
  model.alternatives.forEach((alternative, i) => {
    model.criteria.forEach((criterion, j) => {
      const missing = alternative.missing.includes(criterion.id);
      if (!missing && !alternative.uncertain.includes(criterion.id)) return;
      const values = drawn.get(`${i}:${j}`);
      const { evppi, changeProbability } =
        values && draws.alternatives > 1
          ? evppiLinear(draws.overall, draws.alternatives, values, i, means)
          : { evppi: 0, changeProbability: 0 };
      out.push({
        option: alternative.id,
        criterion: criterion.id,
        kind: missing ? "missing" : "uncertain",
        evpi: evppi,
        changeProbability,
        order: out.length,
      });
    });
  });
  out.sort(
    (a, b) => b.evpi - a.evpi || b.changeProbability - a.changeProbability || a.order - b.order,
  );
  return out.map(({ order: _order, ...rest }) => rest);
}
