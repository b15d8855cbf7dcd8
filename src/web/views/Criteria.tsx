import type { Criterion, Profile } from "../../core/model/profile.js";
import { percent } from "../format.js";
import { type StoreState, store } from "../store.js";

const FIELD_BY_METHOD: Record<string, { field: "weight" | "points" | "swing"; max: number }> = {
  direct: { field: "weight", max: 10 },
  points: { field: "points", max: 100 },
  swing: { field: "swing", max: 100 },
};

/** Criteria and weights: a slider per criterion, ordering, and the resulting weights. */
export function Criteria({ state }: { state: StoreState }) {
  const profile = state.profile;
  if (!profile) return <p>The profile could not be read; see the problems above.</p>;
  const method = profile.weighting.method;
  const input = FIELD_BY_METHOD[method];
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
      <p className="muted">
        Weighting method: <strong>{method}</strong>. Every change re-ranks at once and is saved to
        bearing.yaml (comments kept).
      </p>
      {method === "ahp" && (
        <p className="notice">
          AHP pairwise comparisons need the decision engine's AHP, which has not landed yet.
        </p>
      )}
      {method === "rank" && <p className="notice">Ranks are edited in bearing.yaml for now.</p>}
      <table className="criteria">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">{input ? input.field : "input"}</th>
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
              <td>{input ? <WeightInput criterion={criterion} input={input} /> : "—"}</td>
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
      <Leader profile={profile} state={state} />
    </section>
  );
}

function WeightInput(props: {
  criterion: Criterion;
  input: { field: "weight" | "points" | "swing"; max: number };
}) {
  const { criterion, input } = props;
  const value = criterion[input.field] ?? 0;
  const id = `w-${criterion.id}`;
  const set = (raw: string) => {
    const n = Number(raw);
    if (Number.isFinite(n) && n >= 0) store.setCriterionWeight(criterion.id, input.field, n);
  };
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
