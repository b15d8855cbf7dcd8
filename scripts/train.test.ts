import { expect, it } from "vitest";
import { LEARNED_ROLE_MODEL } from "../src/core/roles/learned.generated.js";
import { describeShared } from "../src/testing/shared.js";
import { trainShippedRoleModel } from "./train.js";

describeShared("the shipped models", () => {
  it("are what npm run train gives on the current labels (re-run it when this fails)", () => {
    const fresh = trainShippedRoleModel(LEARNED_ROLE_MODEL?.provenance.seed);
    expect(fresh).toEqual(LEARNED_ROLE_MODEL);
  }, 600_000);
});
