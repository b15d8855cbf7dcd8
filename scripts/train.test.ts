import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LEARNED_ROLE_MODEL } from "../src/core/roles/learned.generated.js";
import { sharedDir } from "../src/testing/cli.js";
import { trainShippedRoleModel } from "./train.js";

describe.runIf(existsSync(join(sharedDir, "dev")))("the shipped models", () => {
  it("are what npm run train gives on the current labels (re-run it when this fails)", () => {
    const fresh = trainShippedRoleModel(LEARNED_ROLE_MODEL?.provenance.seed);
    expect(fresh).toEqual(LEARNED_ROLE_MODEL);
  }, 600_000);
});
