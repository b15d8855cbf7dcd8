import { describe, expect, it } from "vitest";
import { handMadeRoleModel } from "../../testing/role-model.js";
import { ARCHETYPE_IDS, type ArchetypeId, RESPONSIBILITY_IDS } from "../taxonomy.js";
import { analyzeReading } from "./analyze.js";
import { readPosting } from "./features.js";
import {
  archetypeModelFeatures,
  type LearnedRoleModel,
  SCOPE_SHAPE,
  titleOffsets,
} from "./learned.js";
import { SCOPE_CLASSES, type ScopeClass } from "./sentence-model.js";

const POSTING = [
  "# Engineering Manager, Payments",
  "",
  "## What you will do",
  "",
  "- Run our Kubernetes clusters and keep the on-call rotation healthy.",
  "- Plan the quarter with product.",
].join("\n");

/** A hand-made role model whose archetype scores are its biases alone (-10 unless given). */
function model(archetypeBias: Partial<Record<ArchetypeId, number>>): LearnedRoleModel {
  return handMadeRoleModel(archetypeBias);
}

const softmax2 = (a: number, b: number) => Math.exp(a) / (Math.exp(a) + Math.exp(b));

describe("the archetype model's prior toward the title", () => {
  it("adds `same` to the title's archetype and `step` per rung to the others of the ladder", () => {
    const t = titleOffsets("engineering_manager", { same: 2, step: 0.5 });
    expect(t.engineering_manager).toBe(2);
    expect(t.staff_ic).toBe(-0.5);
    expect(t.director).toBe(-0.5);
    expect(t.vp_engineering).toBe(-1);
    expect(t.cto_operator).toBe(-1.5);
    // Off the ladder: no rung, no step.
    expect(t.solutions).toBe(0);
    expect(t.founder).toBe(0);
    // A title that names no archetype moves nothing.
    expect(Object.values(titleOffsets(null, { same: 2, step: 0.5 }))).toEqual(
      ARCHETYPE_IDS.map(() => 0),
    );
  });

  it("keeps the title's archetype when the evidence against it is weak", () => {
    const reading = readPosting(POSTING);
    expect(reading.nominal).toBe("engineering_manager");
    // Director 1 against engineering manager 0.8: without the prior the director reads likeliest.
    const weak = model({ director: 1, engineering_manager: 0.8 });
    const without = analyzeReading(reading, weak);
    expect(without.archetype.id).toBe("director");
    expect(without.archetype.confidence).toBeCloseTo(softmax2(1, 0.8), 2);
    // With 2 toward the title: engineering manager 2.8 against director 1.
    const a = analyzeReading(reading, { ...weak, titlePrior: { same: 2, step: 0 } });
    expect(a.archetype.id).toBe("engineering_manager");
    expect(a.archetype.confidence).toBeCloseTo(softmax2(2.8, 1), 2);
    expect(a.titleMismatch).toBe(false);
    // Strong evidence still overrules the title: director 6 against 2.8.
    const strong = analyzeReading(reading, {
      ...model({ director: 6, engineering_manager: 0.8 }),
      titlePrior: { same: 2, step: 0 },
    });
    expect(strong.archetype.id).toBe("director");
    expect(strong.titleMismatch).toBe(true);
  });

  it("reads a role one rung off its title as likelier than one two rungs off", () => {
    const reading = readPosting(POSTING);
    const even = model({ director: 1, vp_engineering: 1 });
    const a = analyzeReading(reading, { ...even, titlePrior: { same: 0, step: 0.5 } });
    expect(a.archetype.id).toBe("director");
    // Director 1 - 0.5, VP 1 - 1.
    const vp = a.archetype.ranked.find((r) => r.id === "vp_engineering");
    expect(a.archetype.confidence / (vp?.score ?? 1)).toBeCloseTo(Math.exp(0.5), 1);
  });
});

describe("scope shape features", () => {
  const scope = (p: Partial<Record<ScopeClass, number>>) =>
    Object.fromEntries(SCOPE_CLASSES.map((c) => [c, p[c] ?? 0])) as Record<ScopeClass, number>;
  const probabilities = Object.fromEntries(RESPONSIBILITY_IDS.map((id) => [id, 0])) as Record<
    (typeof RESPONSIBILITY_IDS)[number],
    number
  >;

  it("places the scope the sentences state on the ladder against the title's rung", () => {
    const reading = readPosting(POSTING);
    // Several teams (rung 2) under an engineering manager's title (rung 1).
    const x = archetypeModelFeatures(reading, probabilities, {
      scope: scope({ several_teams: 0.9 }),
      scopeShape: SCOPE_SHAPE.levels,
    });
    expect(x.get("sc:several_teams")).toBe(0.9);
    expect(x.get("lv:s")).toBeCloseTo(2 / 4, 6);
    expect(x.get("lv:t")).toBeCloseTo(1 / 4, 6);
    expect(x.get("lv:up")).toBeCloseTo(1 / 4, 6);
    expect(x.get("lv:down")).toBe(0);
    // One team and the whole organisation, equally sure: rung 2 on average.
    const mixed = archetypeModelFeatures(reading, probabilities, {
      scope: scope({ one_team: 0.6, whole_org: 0.6 }),
      scopeShape: SCOPE_SHAPE.levels,
    });
    expect(mixed.get("lv:s")).toBeCloseTo(2 / 4, 6);
    // Nothing stated surely enough: no rung, only that none was read.
    const none = archetypeModelFeatures(reading, probabilities, {
      scope: scope({ one_team: 0.1 }),
      scopeShape: SCOPE_SHAPE.levels,
    });
    expect(none.has("lv:s")).toBe(false);
    expect(none.get("lv:none")).toBe(1);
    // Without the bit, none of them.
    const off = archetypeModelFeatures(reading, probabilities, {
      scope: scope({ several_teams: 0.9 }),
    });
    expect([...off.keys()].some((k) => k.startsWith("lv:"))).toBe(false);
  });

  it("counts each class's sentences and reads the surest as log-odds when asked", () => {
    const reading = readPosting(POSTING);
    const x = archetypeModelFeatures(reading, probabilities, {
      scope: scope({ one_team: 0.5 }),
      scopeSentences: Object.fromEntries(
        SCOPE_CLASSES.map((c) => [c, c === "one_team" ? [0.5, 0.25, 0.25] : [0, 0, 0]]),
      ) as Record<ScopeClass, number[]>,
      scopeShape: SCOPE_SHAPE.counts | SCOPE_SHAPE.logit,
    });
    expect(x.get("sx:one_team")).toBeCloseTo(Math.log(2), 6);
    expect(x.get("sx:exec")).toBe(0);
    expect(x.get("sl:one_team")).toBeCloseTo(0, 6);
    expect(x.get("sl:exec")).toBeCloseTo(Math.log(0.02 / 0.98) / 4, 6);
  });
});
