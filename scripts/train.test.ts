import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LEARNED_VALUES_MODEL } from "../src/core/reflect/learned.generated.js";
import { LEARNED_FACTS_MODEL } from "../src/core/roles/facts-model.generated.js";
import { LEARNED_ROLE_MODEL } from "../src/core/roles/learned.generated.js";
import { sharedDir } from "../src/testing/cli.js";
import {
  SHIP_FACTS_MODEL,
  SHIP_ROLE_MODEL,
  SHIP_VALUES_MODEL,
  trainShippedFactsModel,
  trainShippedRoleModel,
  trainShippedValuesModel,
} from "./train.js";

const shared = existsSync(join(sharedDir, "dev"));

describe("the shipped models", () => {
  it("are shipped exactly when scripts/train.ts says they are", () => {
    expect(LEARNED_ROLE_MODEL !== null).toBe(SHIP_ROLE_MODEL);
    expect(LEARNED_VALUES_MODEL !== null).toBe(SHIP_VALUES_MODEL);
    expect(LEARNED_FACTS_MODEL !== null).toBe(SHIP_FACTS_MODEL);
  });

  it.runIf(shared && LEARNED_FACTS_MODEL !== null)(
    "the facts model is what npm run train gives on the current labels (re-run it when this fails)",
    () => {
      const fresh = trainShippedFactsModel(LEARNED_FACTS_MODEL?.provenance.seed);
      expect(JSON.parse(JSON.stringify(fresh))).toEqual(LEARNED_FACTS_MODEL);
    },
    600_000,
  );

  // No role model is shipped (see SHIP_ROLE_MODEL in train.ts); once one is, this fails
  // whenever it is stale.
  it.runIf(shared && LEARNED_ROLE_MODEL !== null)(
    "the role model is what npm run train gives on the current labels (re-run it when this fails)",
    () => {
      const fresh = trainShippedRoleModel(LEARNED_ROLE_MODEL?.provenance.seed);
      expect(fresh).toEqual(LEARNED_ROLE_MODEL);
    },
    600_000,
  );

  it.runIf(shared && LEARNED_VALUES_MODEL !== null)(
    "the values model is what npm run train gives on the current labels (re-run it when this fails)",
    () => {
      const fresh = trainShippedValuesModel(LEARNED_VALUES_MODEL?.provenance.seed);
      expect(fresh).toEqual(LEARNED_VALUES_MODEL);
    },
    600_000,
  );
});
