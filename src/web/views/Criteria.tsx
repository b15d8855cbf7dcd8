import { WEIGHT_INPUTS, type WeightInputField } from "../../core/decision/weights.js";
import {
  type Criterion,
  type Profile,
  WEIGHTING_METHODS,
  type WeightingMethod,
} from "../../core/model/profile.js";
import { percent } from "../format.js";
import { type StoreState, store } from "../store.js";
import { CriterionEditor } from "./CriterionEditor.js";
import { Pairwise } from "./Pairwise.js";

const METHOD_LABELS: Record<WeightingMethod, string> = {
  direct: "Direct weights",
  points: "Points (share out 100)",
  rank: "Rank order (1 = most important)",
  swing: "Swing weights (0–100)",
  ahp: "Pairwise comparisons (AHP)",
  judgements: "From your choices between options",
};

/**
 * Criteria and weights: the weighting method, an input per criterion (or the AHP pairwise
 * comparisons), ordering, the resulting weights and the ranking they give.
 */
export function Criteria({ state }: { state: StoreState }) {
  const profile = state.profile;
  if (!profile) return <p>The profile could not be read; see the problems above.</p>;
  const method = profile.weighting.method;
  const input = WEIGHT_INPUTS[method];
  const weights = new Map(state.derived?.model.criteria.map((c) => [c.id, c.weight]));
  const ids = profile.criteria.map((c) => c.id);
  const move = (index: number, by: number) => {
    const order = [...ids];
    const [id] = order.splice(index, 1);
    if (id === undefined) return;
    order.splice(index + by, 0, id);
    void store.reorderCriteria(order);
  };
  return (
    <section aria-labelledby="criteria-title">
      <h1 id="criteria-title">Criteria and weights</h1>
      <div className="inline">
        <label>
          Weighting method{" "}
          <select
            value={method}
            onChange={(e) => void store.setWeightingMethod(e.target.value)}
            data-testid="weighting-method"
          >
            {WEIGHTING_METHODS.map((m) => (
              <option key={m} value={m}>
                {METHOD_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted small">
        Every change re-ranks at once and is saved to bearing.yaml (comments kept). A criterion
        without the input a new method needs starts from its current weight.
      </p>
      {state.derivedError && (
        <p className="notice" role="status">
          No ranking: {state.derivedError}
        </p>
      )}
      <div className="weights-and-ranking">
        <table className="criteria">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              {input && <th scope="col">{input.field}</th>}
              <th scope="col">Weight</th>
              <th scope="col">Order</th>
            </tr>
          </thead>
          <tbody>
            {profile.criteria.map((criterion, index) => (
              <tr key={criterion.id} data-testid="criterion-row" data-id={criterion.id}>
                <th scope="row">
                  {criterion.name}
                  {criterion.description && (
                    <div className="muted small">{criterion.description}</div>
                  )}
                </th>
                {input && (
                  <td>
                    <WeightInput
                      criterion={criterion}
                      input={{ ...input, max: input.max || ids.length }}
                    />
                  </td>
                )}
                <td data-testid="weight">{percent(weights.get(criterion.id) ?? 0)}</td>
                <td className="order">
                  <button
                    type="button"
                    className="order-button"
                    aria-label={`Move ${criterion.name} up`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="order-button"
                    aria-label={`Move ${criterion.name} down`}
                    disabled={index === ids.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Ranking state={state} />
      </div>
      <Leader profile={profile} state={state} />
      {method === "ahp" && <Pairwise profile={profile} />}
      <CriterionEditor profile={profile} />
    </section>
  );
}

/** The slider (and number) of one criterion's weight input; a reader's report uses it too. */
export function WeightInput(props: {
  criterion: Criterion;
  input: { field: WeightInputField; max: number };
}) {
  const { criterion, input } = props;
  const value = criterion[input.field] ?? 0;
  const id = `w-${criterion.id}`;
  const set = (raw: string) => {
    const n = Number(raw);
    if (raw === "" || !Number.isFinite(n) || n < 0) return;
    if (input.field === "rank" && !(Number.isInteger(n) && n >= 1)) return;
    store.setCriterionWeight(criterion.id, input.field, n);
  };
  if (input.field === "rank") {
    return (
      <input
        id={id}
        type="number"
        min={1}
        max={input.max}
        step={1}
        value={value}
        aria-label={`rank of ${criterion.name}`}
        onChange={(e) => set(e.target.value)}
      />
    );
  }
  return (
    <div className="weight-input">
      <input
        id={id}
        type="range"
        min={0}
        max={Math.max(input.max, value)}
        step={1}
        value={value}
        aria-label={`${input.field} for ${criterion.name}`}
        onChange={(e) => set(e.target.value)}
      />
      <input
        type="number"
        min={0}
        step={1}
        value={value}
        aria-label={`${input.field} for ${criterion.name} (number)`}
        onChange={(e) => set(e.target.value)}
      />
    </div>
  );
}

function Leader({ profile, state }: { profile: Profile; state: StoreState }) {
  const top = state.derived?.ranking.alternatives[0];
  if (!top) return null;
  return (
    <p data-testid="leader">
      With these weights, <strong>{top.title}</strong> leads ({profile.criteria.length} criteria).
    </p>
  );
}

/** The options as these weights rank them, so a change shows its effect where it is made. */
export function Ranking({ state }: { state: StoreState }) {
  const alternatives = state.derived?.ranking.alternatives ?? [];
  if (alternatives.length === 0) return null;
  return (
    <section
      aria-labelledby="criteria-ranking-title"
      className="side-ranking"
      data-testid="side-ranking"
    >
      <h2 id="criteria-ranking-title">Ranking with these weights</h2>
      <ol className="compact-ranking" data-testid="criteria-ranking">
        {alternatives.map((a) => (
          <li key={a.id} data-id={a.id}>
            {a.title} <span className="muted small">{a.score.toFixed(3)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
