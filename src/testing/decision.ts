import type { DecisionOption } from "../core/model/option.js";

/** An in-memory option for decision-model tests: defaults for everything but the ratings. */
export function optionFixture(
  id: string,
  ratings: DecisionOption["ratings"],
  extra: Partial<DecisionOption> = {},
): DecisionOption {
  return {
    id,
    title: id,
    file: `options/${id}.md`,
    body: "",
    status: "idea",
    contacts: [],
    tags: [],
    ratings,
    ...extra,
  };
}
