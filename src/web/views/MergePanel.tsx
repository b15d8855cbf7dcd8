import { useState } from "react";
import { describeJudgement } from "../../core/decision/pairwise.js";
import type { Profile } from "../../core/model/profile.js";
import { describeTarget, type MergeQuestion, type StoreState, store } from "../store.js";

/**
 * The fields the user and someone else both changed, each with both values side by side: the
 * user keeps one per field, then the merged file is saved. Ours is preselected, as the newer
 * intent; nothing is saved until the user confirms.
 */
export function MergePanel({ state }: { state: StoreState }) {
  const [theirs, setTheirs] = useState<ReadonlySet<string>>(new Set());
  if (state.questions.length === 0) return null;
  const key = (q: MergeQuestion) => `${q.target} ${q.field}`;
  const choose = (q: MergeQuestion, keepTheirs: boolean) => {
    const next = new Set(theirs);
    if (keepTheirs) next.add(key(q));
    else next.delete(key(q));
    setTheirs(next);
  };
  return (
    <section className="merge-panel" aria-labelledby="merge-title" data-testid="merge-panel">
      <h2 id="merge-title">Changed on both sides</h2>
      <p className="small">
        These fields changed on disk after this page read them, and you changed them too. Your other
        changes are merged already. Choose which value to keep:
      </p>
      {state.questions.map((q) => {
        const label = describeField(q, state.profile);
        const show = (value: unknown) => showValue(q, value, state.profile);
        return (
          <fieldset key={key(q)} data-field={q.field}>
            <legend>
              {label} <span className="muted small">in {describeTarget(q.target)}</span>
            </legend>
            <label>
              <input
                type="radio"
                name={key(q)}
                checked={!theirs.has(key(q))}
                onChange={() => choose(q, false)}
              />{" "}
              Keep mine: <strong>{show(q.ours)}</strong>
            </label>
            <label>
              <input
                type="radio"
                name={key(q)}
                checked={theirs.has(key(q))}
                onChange={() => choose(q, true)}
              />{" "}
              Keep the version on disk: <strong>{show(q.theirs)}</strong>
            </label>
          </fieldset>
        );
      })}
      <div className="inline">
        <button
          type="button"
          onClick={() => {
            const keepTheirs = theirs;
            setTheirs(new Set());
            void store.resolve((q) => !keepTheirs.has(key(q)));
          }}
        >
          Save merged
        </button>
        <button type="button" onClick={() => void store.discard()}>
          Discard my changes
        </button>
      </div>
    </section>
  );
}

function criterionName(profile: Profile | null, id: string | undefined): string {
  return profile?.criteria.find((c) => c.id === id)?.name ?? id ?? "?";
}

/** A field's name as the user knows it, e.g. "points of Base pay" or "rating of Impact". */
export function describeField(q: Pick<MergeQuestion, "target" | "field">, profile: Profile | null) {
  const [root, first, second, third] = q.field.split(".");
  if (q.target === "profile") {
    if (root === "criteria" && first === "order") return "Order of the criteria";
    if (root === "criteria") return `${second} of ${criterionName(profile, first)}`;
    if (root === "weighting" && first === "method") return "Weighting method";
    if (root === "weighting" && first === "pairwise") {
      return `${criterionName(profile, second)} against ${criterionName(profile, third)}`;
    }
    return q.field;
  }
  if (root === "ratings") return `Rating of ${criterionName(profile, first)}`;
  if (root === "nextStep") return "Next step";
  return q.field;
}

function showValue(q: MergeQuestion, value: unknown, profile: Profile | null): string {
  if (value === null || value === undefined) return "(empty)";
  const [root, first, second, third] = q.field.split(".");
  if (root === "weighting" && first === "pairwise" && typeof value === "number") {
    return describeJudgement(criterionName(profile, second), criterionName(profile, third), value);
  }
  if (root === "contacts" && Array.isArray(value)) {
    return value.map((c) => (c as { name?: string }).name ?? "?").join(", ") || "(none)";
  }
  if (Array.isArray(value)) return `[${value.map((v) => showValue(q, v, profile)).join(", ")}]`;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
