/**
 * What the robustness analysis reads from a decision model, in a module of its own so that the
 * page can tell when an analysis is out of date without loading the simulation.
 */
import { type DecisionModel, type ModelUncertainty, passesScreen } from "./model.js";

/**
 * Exactly what `robustness` (`robustness.ts`) reads from a model, and nothing else: the uncertainty
 * settings, the weights, and per alternative its id, partial-value intervals and whether it
 * fails a must-have. Two models with equal inputs have equal robustness, so
 * `JSON.stringify(robustnessInputs(model))` identifies an analysis (the page posts a new
 * job only when it changes).
 */
export interface RobustnessInputs {
  uncertainty: ModelUncertainty;
  criteria: string[];
  weights: number[];
  alternatives: { id: string; low: number[]; high: number[]; failsMustHave: boolean }[];
}

export function robustnessInputs(model: DecisionModel): RobustnessInputs {
  return {
    uncertainty: model.uncertainty,
    criteria: model.criteria.map((c) => c.id),
    weights: model.criteria.map((c) => c.weight),
    alternatives: model.alternatives.map((a) => ({
      id: a.id,
      low: a.valueLow,
      high: a.valueHigh,
      failsMustHave: !passesScreen(a),
    })),
  };
}

/** A string that changes exactly when {@link robustnessInputs} does. */
export function robustnessKey(model: DecisionModel): string {
  return JSON.stringify(robustnessInputs(model));
}
