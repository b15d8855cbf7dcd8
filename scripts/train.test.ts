import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LEARNED_ROLE_MODEL } from "../src/core/roles/learned.generated.js";
import { sharedDir } from "../src/testing/cli.js";
import { trainShippedRoleModel } from "./train.js";

// No role model is shipped yet (learned.generated.ts holds null): trained on the corpus labels
// it beat the hand-written archetype in cross-validation but still misreads some of our own
// fixtures (strategic and fractional CTOs), so the hand-written analyser decides until it
// does not. Once a model is shipped, this test fails whenever it is stale.
describe.runIf(existsSync(join(sharedDir, "dev")) && LEARNED_ROLE_MODEL !== null)(
  "the shipped models",
  () => {
    it("are what npm run train gives on the current labels (re-run it when this fails)", () => {
      const fresh = trainShippedRoleModel(LEARNED_ROLE_MODEL?.provenance.seed);
      expect(fresh).toEqual(LEARNED_ROLE_MODEL);
    }, 600_000);
  },
);
