import { describe, expect, it } from "vitest";
import { readReflectionParts } from "../../src/core/reflect/features.js";
import { learnedValues } from "../../src/core/reflect/learned.js";
import { readPost } from "../../src/core/reflect/post.js";
import type { ValueId } from "../../src/core/taxonomy.js";
import {
  DEFAULT_VALUE_SETTINGS,
  meanSentenceModels,
  type ReflectExample,
  trainSentenceValues,
} from "./reflect.js";
import { syntheticPost } from "./synthetic-posts.js";

// Sentences of our own writing: those that state a value, and filler that states none.
const STATES: Partial<Record<ValueId, string[]>> = {
  wellbeing: [
    "I want evenings with my kids again.",
    "Burnout took a year from me and I will not repeat it.",
    "My health matters more to me than the next promotion.",
  ],
  compensation: [
    "The salary I was offered is what tipped it.",
    "I need the pay to cover a mortgage now.",
    "Money was the honest reason I moved.",
  ],
};

/** Post n: two filler sentences and, by n, one sentence of wellbeing or compensation or neither. */
function example(n: number): ReflectExample {
  const kinds: Array<ValueId | null> = ["wellbeing", "compensation", null];
  const kind = kinds[n % 3] ?? null;
  const stated = kind ? (STATES[kind]?.[Math.floor(n / 3) % 3] as string) : null;
  const { reading, targets } = syntheticPost(n, stated);
  return {
    id: `p${n}`,
    label: { id: `p${n}`, values: kind ? [kind] : [], considered: [], chosen: "undecided" },
    reading,
    evidence: { values: kind ? { [kind]: targets } : {}, chosen: {}, considered: {} },
  };
}

describe("the sentence-level values model", () => {
  const train = Array.from({ length: 24 }, (_, n) => example(n));
  const ids: ValueId[] = ["wellbeing", "compensation"];
  const settings = {
    ...DEFAULT_VALUE_SETTINGS,
    sentences: 1,
    minDf: 1,
    innerFolds: 3,
    sentenceLambda: 0.1,
    stackLambda: 0.1,
  };

  it("fits the same model twice for a seed (the stacker's held-out folds included)", () => {
    const a = trainSentenceValues(train, ids, settings);
    expect(trainSentenceValues(train, ids, settings)).toEqual(a);
    expect(Object.keys(a.sentence).sort()).toEqual(["compensation", "wellbeing"]);
    expect(Object.keys(a.stacker.weights)).toContain("wellbeing|bias");
    expect(a.stacker.threshold).toBeGreaterThan(0);
    expect(a.stacker.threshold).toBeLessThan(1);
  });

  it("fits the post's length into the stacker only when asked (stackLen)", () => {
    const plain = trainSentenceValues(train, ids, settings);
    expect(Object.keys(plain.stacker.weights).filter((k) => k.endsWith("len"))).toEqual([]);
    const withLen = trainSentenceValues(train, ids, { ...settings, stackLen: 1 });
    expect(Object.keys(withLen.stacker.weights)).toContain("len");
  });

  it("bags the inner-fold sentence models into their mean when asked (bagSentences)", () => {
    const mean = meanSentenceModels(
      [
        { wellbeing: { bias: -2, weights: { "w:health": 2, "w:kid": 1 } } },
        { wellbeing: { bias: -1, weights: { "w:health": 1 } } },
      ],
      ["wellbeing", "compensation"],
    );
    expect(mean).toEqual({ wellbeing: { bias: -1.5, weights: { "w:health": 1.5, "w:kid": 0.5 } } });
    const plain = trainSentenceValues(train, ids, settings);
    const bagged = trainSentenceValues(train, ids, { ...settings, bagSentences: 1 });
    // Same held-out scores, so the same stacker; only the run-time sentence models differ.
    expect(bagged.stacker).toEqual(plain.stacker);
    expect(bagged.sentence).not.toEqual(plain.sentence);
  });

  it("reads a new post's value in the sentence that states it", () => {
    const model = trainSentenceValues(train, ids, settings);
    const text = [
      "We moved the team to a new building.",
      "My health matters more to me than the next promotion.",
      "The roadmap changed twice that spring.",
    ].join("\n\n");
    const reading = readReflectionParts(readPost(text));
    const out = learnedValues(
      {
        provenance: { command: "test", seed: 11, data: "ours", settings: {} },
        features: {
          cueScale: 4,
          grams: false,
          bigrams: false,
          anywhere: false,
          counts: false,
          contexts: false,
        },
        values: {} as never,
        handOnly: [],
        bySentence: model,
      },
      reading,
    );
    expect(out.findings.map((f) => f.id)).toEqual(["wellbeing"]);
    expect(out.findings[0]?.evidence[0]).toBe(
      "My health matters more to me than the next promotion.",
    );
    expect(out.probabilities.wellbeing).toBeGreaterThan(out.probabilities.compensation);
  });
});
