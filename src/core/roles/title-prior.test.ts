import { describe, expect, it } from "vitest";
import { handMadeRoleModel } from "../../testing/role-model.js";
import type { BinaryModel } from "../learn/linear.js";
import { ARCHETYPE_IDS, type ArchetypeId, RESPONSIBILITY_IDS } from "../taxonomy.js";
import { analyzeReading } from "./analyze.js";
import { leadsManagers, readPosting, severalTeamsDuty } from "./features.js";
import {
  archetypeModelFeatures,
  LADDER_RUNGS,
  type LadderModel,
  type LearnedRoleModel,
  ladderLogits,
  ladderProbabilities,
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

describe("cumulative scope features", () => {
  const scope = (p: Partial<Record<ScopeClass, number>>) =>
    Object.fromEntries(SCOPE_CLASSES.map((c) => [c, p[c] ?? 0])) as Record<ScopeClass, number>;
  const probabilities = Object.fromEntries(RESPONSIBILITY_IDS.map((id) => [id, 0])) as Record<
    (typeof RESPONSIBILITY_IDS)[number],
    number
  >;

  it("reads 'at least several teams', 'at least the organisation' and the title's rung as at-least", () => {
    const reading = readPosting(POSTING);
    const x = archetypeModelFeatures(reading, probabilities, {
      scope: scope({ one_team: 0.2, several_teams: 0.3, whole_org: 0.7 }),
      scopeShape: SCOPE_SHAPE.cumulative,
    });
    expect(x.get("cu:teams")).toBe(0.7);
    expect(x.get("cu:org")).toBe(0.7);
    // No managers of managers and no stated size: several teams carries it.
    expect(x.get("cu:mom")).toBe(0.7);
    // An engineering manager's title stands on rung 1: at least 1, not at least 2.
    expect(x.get("cu:t1")).toBe(1);
    expect(x.has("cu:t2")).toBe(false);
    const off = archetypeModelFeatures(reading, probabilities, {
      scope: scope({ whole_org: 0.7 }),
      scopeShape: SCOPE_SHAPE.levels,
    });
    expect([...off.keys()].some((k) => k.startsWith("cu:"))).toBe(false);
  });
});

describe("the ordinal model of the ladder", () => {
  const rungs = [...LADDER_RUNGS];
  const cut = (bias: number, w = 0): BinaryModel => ({ bias, weights: { s: w }, threshold: 0.5 });
  const x = (s: number) => new Map([["s", s]]);

  it("turns the cuts' P(rung > r) into rung probabilities that sum to 1", () => {
    // P(> 0) = 0.9, P(> 1) = 0.5, P(> 2) = 0.2, P(> 3) = 0.1.
    const logit = (p: number) => Math.log(p / (1 - p));
    const ladder: LadderModel = {
      rungs,
      cuts: [0.9, 0.5, 0.2, 0.1].map((p) => cut(logit(p))),
      blend: 1,
    };
    const q = ladderProbabilities(ladder, x(0));
    expect(q.map((v) => Number(v.toFixed(6)))).toEqual([0.1, 0.4, 0.3, 0.1, 0.1]);
    // A cut above the one below it is held to it: no negative rung.
    const crossed = ladderProbabilities(
      { ...ladder, cuts: [0.5, 0.8, 0.2, 0.1].map((p) => cut(logit(p))) },
      x(0),
    );
    expect(crossed[1]).toBeCloseTo(1e-4 / (1 + 1e-4), 6);
    expect(crossed.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it("splits the multinomial's mass on the ladder by the ordinal reading and leaves the rest", () => {
    const classes = [
      "staff_ic",
      "engineering_manager",
      "director",
      "vp_engineering",
      "cto_operator",
      "solutions",
    ] as const;
    const z = [0, 2, 0, 0, 0, 1];
    // A strong ordinal reading of "director or above" (shared slope on s).
    const ladder: LadderModel = {
      rungs,
      cuts: [cut(5, 5), cut(0, 5), cut(-5, 5), cut(-10, 5)],
      blend: 1,
    };
    const out = ladderLogits(ladder, [...classes], z, x(1));
    const p = out.map((v) => Math.exp(v));
    const mass = (v: number[]) => v.slice(0, 5).reduce((a, b) => a + b, 0);
    // The ladder's share is the multinomial's; solutions keeps its score.
    expect(mass(p)).toBeCloseTo(mass(z.map((v) => Math.exp(v))), 6);
    expect(out[5]).toBe(1);
    expect(p.indexOf(Math.max(...p.slice(0, 5)))).toBe(2);
    // Blend 0 is the multinomial alone; no ladder, the same.
    expect(ladderLogits({ ...ladder, blend: 0 }, [...classes], z, x(1))).toEqual(z);
    expect(ladderLogits(undefined, [...classes], z, x(1))).toEqual(z);
  });
});

describe("managers of managers (the `mom` scope signal)", () => {
  it("reads managers named with their area, listed as reports or inside the organisation led", () => {
    expect(
      leadsManagers("You will coach our Payments and Identity Platform Engineering Managers."),
    ).toBe(true);
    expect(leadsManagers("Build a team of Data and Platform Managers.")).toBe(true);
    expect(leadsManagers("Direct reports: 4-6 engineering managers across two sites.")).toBe(true);
    expect(
      leadsManagers("Manage the engineering group comprising development managers and architects."),
    ).toBe(true);
    expect(leadsManagers("Mentor a mix of new and experienced engineering managers.")).toBe(true);
    expect(leadsManagers("Manage a team of engineering managers.")).toBe(true);
  });

  it("does not read managers of another trade, or a list across a comma, as reports", () => {
    expect(leadsManagers("Lead planning with our product managers.")).toBe(false);
    expect(leadsManagers("Manage a team of technical program managers.")).toBe(false);
    expect(leadsManagers("Support the engagement managers during scoping.")).toBe(false);
    expect(leadsManagers("Grow every day, including leaders in design.")).toBe(false);
    expect(leadsManagers("Lead a team of six backend engineers.")).toBe(false);
  });
});

describe("severalTeamsDuty: a duty that leads managers or several teams", () => {
  const duty = (line: string) =>
    severalTeamsDuty(readPosting(`# Role\n\n## What you'll do\n- ${line}\n`))?.text;

  it("finds managers led and several teams led, in the role's duties", () => {
    for (const line of [
      "Lead, develop and coach our Search and Ranking Platform Managers.",
      "Manage three engineering managers and their teams.",
      "You will lead multiple agile teams that build our apps.",
      "Manage up to 4 quality engineering teams.",
      "Run two squads and hire for a third.",
      "Each squad has a team lead, and the three team leads report to you.",
    ])
      expect(duty(line), line).toBe(line);
  });

  it("does not read managers worked with, work across teams, or a requirement", () => {
    for (const line of [
      "Lead planning with the engineering managers of the platform group.",
      "Lead initiatives across multiple teams.",
      "Partner with our product managers on the roadmap.",
      "Hire engineers and grow the next generation of leaders.",
      "Work closely with several teams in the company.",
    ])
      expect(duty(line), line).toBeUndefined();
    expect(
      severalTeamsDuty(
        readPosting(
          "# Role\n\n## Requirements\n- 5+ years of experience managing multiple teams.\n",
        ),
      ),
    ).toBeUndefined();
  });
});
