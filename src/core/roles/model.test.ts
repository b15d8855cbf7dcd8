import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { compileRoleModel, modelYamlPath } from "../../../scripts/gen-role-model.js";
import { ARCHETYPE_IDS, RESPONSIBILITY_IDS } from "../taxonomy.js";
import { roleModel } from "./model.js";

describe("role model", () => {
  it("is compiled from the current model.yaml (run npx tsx scripts/gen-role-model.ts)", () => {
    const fresh = compileRoleModel(readFileSync(modelYamlPath, "utf8"));
    expect(isDeepStrictEqual(roleModel, fresh)).toBe(true);
  });

  it("cites a source for every responsibility and archetype and has cues for each", () => {
    for (const id of RESPONSIBILITY_IDS) {
      expect(roleModel.responsibilities[id].sources.length).toBeGreaterThan(0);
      expect(roleModel.responsibilities[id].cues.length).toBeGreaterThan(0);
    }
    for (const id of ARCHETYPE_IDS) expect(roleModel.archetypes[id].source).not.toBe("");
  });

  it("rejects unknown ids", () => {
    const yaml = readFileSync(modelYamlPath, "utf8").replace("  coding:\n", "  typing:\n");
    expect(() => compileRoleModel(yaml)).toThrow();
  });
});
