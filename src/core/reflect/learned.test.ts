import { describe, expect, it } from "vitest";
import { VALUE_IDS, type ValueId } from "../taxonomy.js";
import { analyseReading } from "./analyse.js";
import { DEFAULT_VALUE_FEATURE_OPTIONS, readReflectionParts } from "./features.js";
import type { LearnedValuesModel } from "./learned.js";
import { readPost } from "./post.js";

const POST = [
  "# Why I left",
  "",
  "I want more time with my family and less burnout.",
  "",
  "The company talked about its mission on every wall.",
  "",
  "I bought a bicycle.",
  "",
].join("\n");

/** A hand-made model: wellbeing from the author's own framed cue, nothing else learned. */
function model(overrides: Partial<LearnedValuesModel> = {}): LearnedValuesModel {
  const values = Object.fromEntries(
    VALUE_IDS.map((id) => [
      id,
      id === "wellbeing"
        ? { bias: -2, weights: { "hf:wellbeing": 5 }, threshold: 0.5 }
        : { bias: -6, weights: {}, threshold: 0.5 },
    ]),
  ) as Record<ValueId, LearnedValuesModel["values"]["autonomy"]>;
  return {
    provenance: { command: "test", seed: 1, data: "none", settings: {} },
    features: { ...DEFAULT_VALUE_FEATURE_OPTIONS, grams: false },
    values,
    handOnly: [],
    ...overrides,
  };
}

const reading = () => readReflectionParts(readPost(POST));

describe("learned values", () => {
  it("reports what the weights say, quoting the sentence that weighs most verbatim", () => {
    const r = reading();
    const signal = r.signals.find((s) => s.id === "wellbeing");
    const strength = signal?.sentences[0]?.strength ?? 0;
    expect(strength).toBeGreaterThan(0);
    const out = analyseReading(r, model());
    expect(out.values.map((v) => v.id)).toEqual(["wellbeing"]);
    // σ(-2 + 5 × strength of the framed first-person sentence)
    expect(out.values[0]?.score).toBeCloseTo(1 / (1 + Math.exp(2 - 5 * strength)), 2);
    expect(out.values[0]?.evidence).toEqual(["I want more time with my family and less burnout."]);
    for (const e of out.values[0]?.evidence ?? []) expect(POST).toContain(e);
  });

  it("says nothing for a value no sentence speaks for, however high its bias", () => {
    const m = model();
    m.values.variety = { bias: 6, weights: {}, threshold: 0.5 };
    expect(analyseReading(reading(), m).values.map((v) => v.id)).not.toContain("variety");
  });

  it("leaves hand-only values to the cues, and keeps strong hand readings when asked", () => {
    const r = reading();
    const hand = analyseReading(r, null).values.map((v) => v.id);
    expect(hand).toContain("wellbeing");
    const silent = model();
    silent.values.wellbeing = { bias: -6, weights: {}, threshold: 0.5 };
    expect(analyseReading(r, silent).values.map((v) => v.id)).not.toContain("wellbeing");
    expect(
      analyseReading(r, { ...silent, handOnly: ["wellbeing"] }).values.map((v) => v.id),
    ).toEqual(["wellbeing"]);
    expect(analyseReading(r, { ...silent, keepHand: 0.6 }).values.map((v) => v.id)).toEqual([
      "wellbeing",
    ]);
  });
});
