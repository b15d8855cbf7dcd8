import { type FormEvent, useState } from "react";
import type { Criterion, Profile } from "../../core/model/profile.js";
import { store } from "../store.js";

/**
 * Edit what each criterion is (name, description, which way is better, whether the role fit
 * rates it) and add new ones. Removing a criterion is left to bearing.yaml, because its
 * ratings live in every option file.
 */
export function CriterionEditor({ profile }: { profile: Profile }) {
  return (
    <section aria-labelledby="criterion-editor-title" className="criterion-editor">
      <h2 id="criterion-editor-title">Edit criteria</h2>
      {profile.criteria.map((criterion) => (
        <CriterionFields key={criterion.id} criterion={criterion} />
      ))}
      <AddCriterion />
    </section>
  );
}

function CriterionFields({ criterion }: { criterion: Criterion }) {
  const set = (field: string, value: unknown) =>
    store.setCriterionDetail(criterion.id, field, value);
  return (
    <fieldset data-testid="criterion-editor" data-id={criterion.id}>
      <legend>
        {criterion.name} <code className="muted small">{criterion.id}</code>
      </legend>
      <label>
        Name{" "}
        <input
          value={criterion.name}
          aria-label={`Name of criterion ${criterion.id}`}
          onChange={(e) => e.target.value.trim() !== "" && set("name", e.target.value)}
        />
      </label>
      <label>
        Description{" "}
        <input
          value={criterion.description ?? ""}
          aria-label={`Description of criterion ${criterion.id}`}
          onChange={(e) => set("description", e.target.value === "" ? null : e.target.value)}
        />
      </label>
      <label>
        Better when{" "}
        <select
          value={criterion.direction}
          aria-label={`Direction of criterion ${criterion.id}`}
          onChange={(e) => set("direction", e.target.value)}
        >
          <option value="max">higher</option>
          <option value="min">lower</option>
        </select>
      </label>
      {criterion.scale.kind === "rating" && (
        <label>
          <input
            type="checkbox"
            checked={criterion.derived === "roleFit"}
            onChange={(e) => set("derived", e.target.checked ? "roleFit" : null)}
          />{" "}
          rated by the role fit of each option's job description
        </label>
      )}
    </fieldset>
  );
}

function AddCriterion() {
  const [name, setName] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "") return;
    if (await store.addCriterion(name)) setName("");
  };
  return (
    <form onSubmit={submit} className="inline">
      <label>
        New criterion{" "}
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Commute" />
      </label>
      <button type="submit" disabled={name.trim() === ""}>
        Add criterion
      </button>
      <span className="muted small">
        It starts with no weight and no ratings: give it weight above and rate each option.
      </span>
    </form>
  );
}
