import { explain } from "../../core/decision/explain.js";
import { percent } from "../format.js";
import type { StoreState } from "../store.js";

/**
 * How robust the leader is. Until the engine's SMAA and weight-stability analysis land, this
 * shows what the additive model's `explain` already knows: the smallest single change that
 * would make each other option win.
 */
export function Robustness({ state }: { state: StoreState }) {
  const model = state.derived?.model;
  const ranking = state.derived?.ranking;
  if (!model || !ranking) return <p>{state.derivedError ?? "No ranking yet."}</p>;
  const leader = ranking.alternatives[0];
  if (!leader) return <p>No options in play.</p>;
  return (
    <section aria-labelledby="robustness-title">
      <h1 id="robustness-title">Robustness</h1>
      <p className="notice">
        Rank acceptability, central weights and weight-stability intervals need the decision
        engine's SMAA, which has not landed yet. Below: what would make each option overtake the
        leader, {leader.title}.
      </p>
      <ul className="what-if">
        {ranking.alternatives.slice(1).map((alt) => {
          const e = explain(model, alt.id, leader.id);
          const weight = e.weightFlips[0];
          const rating = e.ratingFlips.find((f) => f.alternative === alt.id);
          return (
            <li key={alt.id}>
              <strong>{alt.title}</strong> would win if{" "}
              {weight
                ? `the weight of ${weight.name} went from ${percent(weight.from)} to ${percent(weight.to)}`
                : "no single weight change suffices"}
              {rating &&
                `; or if its ${rating.name} rating rose to ${rating.to.toLocaleString("en", { maximumFractionDigits: 1 })}`}
              .
            </li>
          );
        })}
      </ul>
    </section>
  );
}
