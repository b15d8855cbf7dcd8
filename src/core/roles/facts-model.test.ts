import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../testing/cli.js";
import { itShared, sharedDir } from "../../testing/shared.js";
import {
  type FactsModel,
  handFactEvidence,
  handOffsets,
  handsOnFeatures,
  learnedFacts,
  pickTeamSize,
  stageFeatures,
  teamCandidates,
  workModeFeatures,
} from "./facts-model.js";
import { readPosting } from "./features.js";

// Postings of our own writing.
const POSTING = [
  "# Head of Engineering — Larchwood",
  "",
  "Larchwood is a Series B company of 120 people. This role is fully remote within the EU.",
  "",
  "## What you'll do",
  "- Lead a team of 12 engineers across two squads.",
  "- Review code and pair on the hardest problems.",
  "",
  "## What you bring",
  "- 8+ years of experience, including leading 5+ engineers.",
].join("\n");

const NOTHING_STATED = [
  "# Engineering Manager — Birchfield",
  "",
  "## What you'll do",
  "- Coach the engineers on your team and run planning.",
  "- Work with product on the roadmap.",
].join("\n");

const empty = (classes: readonly string[]) => ({
  bias: Object.fromEntries(classes.map((k) => [k, 0])),
  weights: Object.fromEntries(classes.map((k) => [k, {}])),
  temperature: 1,
});

/** A model that keeps the hand-written readings (the prior alone) and knows the span rules. */
const RULES_ONLY: FactsModel = {
  provenance: { command: "test", seed: 0, data: "", settings: {} },
  handsOn: {
    classes: ["required", "some", "none"],
    ...empty(["required", "some", "none"]),
    prior: 0.1,
  },
  stage: {
    classes: ["early", "growth", "enterprise", "null"],
    ...empty(["early", "growth", "enterprise", "null"]),
    prior: 0.1,
  },
  workMode: {
    classes: ["remote", "hybrid", "onsite", "null"],
    ...empty(["remote", "hybrid", "onsite", "null"]),
    prior: 0.1,
  },
  teamSize: { weights: {}, prior: 0.1 },
} as unknown as FactsModel;

describe("facts model features", () => {
  it("tie each cue to the sentence it occurs in", () => {
    const reading = readPosting(POSTING);
    const stage = stageFeatures(reading);
    expect(stage.x.get("hand:growth")).toBe(1);
    const seriesB = [...stage.from.entries()].find(([name]) => name.startsWith("s:growth:"));
    expect(seriesB).toBeDefined();
    const seg = reading.segments[(seriesB as [string, number[]])[1][0] as number];
    expect(seg?.text).toContain("Series B");
    const mode = workModeFeatures(reading);
    expect(mode.x.get("hand:remote")).toBe(1);
    expect(mode.x.has("m:remote")).toBe(true);
    const hands = handsOnFeatures(reading);
    expect(hands.x.has("k:review")).toBe(true);
    expect(hands.x.has("t:head")).toBe(true);
  });

  it("list every stated count of people as a team-size candidate, marking the rules' choice", () => {
    const reading = readPosting(POSTING);
    const candidates = teamCandidates(reading);
    const sizes = candidates.map((c) => `${c.size.min}-${c.size.max}`);
    expect(sizes).toContain("12-12");
    const twelve = candidates.find((c) => c.size.max === 12);
    expect(twelve?.x.has("hand")).toBe(true);
    const five = candidates.find((c) => c.size.max === 5);
    expect(five?.x.has("req")).toBe(true);
  });
});

describe("handOffsets", () => {
  it("gives the rules' class 1 - ε and shares ε among the others", () => {
    const o = handOffsets(["a", "b", "c"], "b", 0.2);
    expect(Math.exp(o.b)).toBeCloseTo(0.8);
    expect(Math.exp(o.a) + Math.exp(o.c)).toBeCloseTo(0.2);
  });
});

describe("pickTeamSize", () => {
  it("chooses the best-scoring candidate, or none when no candidate beats it", () => {
    const reading = readPosting(POSTING);
    const candidates = teamCandidates(reading);
    expect(pickTeamSize({ weights: {} }, candidates)).toBeNull();
    expect(pickTeamSize({ weights: {}, prior: 0.1 }, candidates)?.size).toEqual({
      min: 12,
      max: 12,
    });
    expect(pickTeamSize({ weights: { bias: 1, req: 5 } }, candidates)?.size.max).toBe(5);
    expect(pickTeamSize({ weights: { bias: -1 }, prior: 0.1 }, candidates)?.size.max).toBe(12);
    expect(pickTeamSize({ weights: { bias: -1, hand: -5 }, prior: 0.1 }, candidates)).toBeNull();
  });
});

describe("learnedFacts", () => {
  it("states a fact only with a sentence of the text as its evidence, verbatim", () => {
    const reading = readPosting(POSTING);
    const { facts, evidence } = learnedFacts(RULES_ONLY, reading);
    expect(facts.stage).toBe("growth");
    expect(facts.workMode).toBe("remote");
    expect(facts.teamSize).toEqual({ min: 12, max: 12 });
    for (const field of ["stage", "workMode", "teamSize"] as const) {
      const e = evidence[field];
      expect(e).toBeDefined();
      const span = e as NonNullable<typeof e>;
      // Verbatim: the markup-free reading of the input at its offsets.
      expect(POSTING.slice(span.start, span.end).replace(/^- /, "")).toBe(span.text);
    }
    expect(evidence.stage?.text).toContain("Series B");
    expect(evidence.teamSize?.text).toContain("team of 12");
  });

  it("leaves what the posting does not state null", () => {
    const { facts, evidence } = learnedFacts(RULES_ONLY, readPosting(NOTHING_STATED));
    expect(facts.stage).toBeNull();
    expect(facts.workMode).toBeNull();
    expect(facts.teamSize).toBeNull();
    expect(evidence.stage).toBeUndefined();
  });

  it("keeps a stage or work mode no sentence speaks for null, whatever the class scores say", () => {
    const leaning = {
      ...RULES_ONLY,
      stage: { ...RULES_ONLY.stage, bias: { early: 9, growth: 0, enterprise: 0, null: 0 } },
      workMode: { ...RULES_ONLY.workMode, bias: { remote: 0, hybrid: 0, onsite: 9, null: 0 } },
    } as unknown as FactsModel;
    const { facts } = learnedFacts(leaning, readPosting(NOTHING_STATED));
    expect(facts.stage).toBeNull();
    expect(facts.workMode).toBeNull();
  });
});

/** Every non-null hand-written reading of the four fields rests on a sentence of the text. */
function checkHandEvidence(dir: string): number {
  const files = readdirSync(dir).filter((f) => f.endsWith(".md"));
  let quoted = 0;
  for (const file of files) {
    const text = readFileSync(join(dir, file), "utf8");
    const reading = readPosting(text);
    const evidence = handFactEvidence(reading);
    const { handsOn, stage, workMode, teamSize } = reading.facts;
    const read = {
      handsOn: handsOn === "none" ? null : handsOn,
      stage,
      workMode,
      teamSize,
    };
    for (const [field, value] of Object.entries(read)) {
      const e = evidence[field as keyof typeof evidence];
      expect(e === undefined, `${file} ${field}`).toBe(value === null);
      if (!e) continue;
      quoted++;
      // Verbatim: the text at its offsets, markup and spacing aside.
      const original = text.slice(e.start, e.end).replace(/[*_`#>]|^\s*[-+•]\s/gm, "");
      expect(original.replace(/\s+/g, " ").trim()).toContain(e.text.slice(0, 40).trim());
    }
  }
  return quoted;
}

describe("handFactEvidence", () => {
  it("quotes the sentence each hand-written fact of our fixtures rests on", () => {
    expect(checkHandEvidence(join(repoRoot, "src/core/roles/fixtures"))).toBeGreaterThan(0);
  });

  it("quotes the sentence of a line that states the work mode, not the line's first one", () => {
    const text = [
      "# Staff Engineer — Quillfield",
      "",
      "## What you'll do",
      "- Design and build the billing services.",
      "",
      "## Pay",
      "$150,000–$180,000 per year. This is a hybrid role: two days a week in our Leeds office.",
    ].join("\n");
    const reading = readPosting(text);
    expect(reading.facts.workMode).toBe("hybrid");
    const quote = handFactEvidence(reading).workMode;
    expect(quote?.text).toMatch(/^This is a hybrid role/);
    expect(text.slice(quote?.start, quote?.end)).toBe(quote?.text);
  });

  itShared("quotes the sentence each hand-written fact of the dev postings rests on", () => {
    expect(checkHandEvidence(join(sharedDir, "dev/jds"))).toBeGreaterThan(10);
  });
});
