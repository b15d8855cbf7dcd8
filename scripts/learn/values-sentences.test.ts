import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readReflectionParts } from "../../src/core/reflect/features.js";
import { learnedValues } from "../../src/core/reflect/learned.js";
import { readPost } from "../../src/core/reflect/post.js";
import type { ValueId } from "../../src/core/taxonomy.js";
import { tempDir } from "../../src/testing/cli.js";
import * as lr from "./lr.js";
import {
  DEFAULT_VALUE_SETTINGS,
  fitSentenceModels,
  meanSentenceModels,
  type ReflectExample,
  trainSentenceValues,
  writtenValueExamples,
} from "./reflect.js";
import { syntheticPost } from "./synthetic-posts.js";

// fitBinary as it is, watched: which rows and row weights each fit of reflect.ts receives.
vi.mock("./lr.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./lr.js")>();
  return { ...actual, fitBinary: vi.fn(actual.fitBinary) };
});

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

/** The small training set and settings both model suites fit (24 posts, two values). */
const TRAIN = Array.from({ length: 24 }, (_, n) => example(n));
const IDS: ValueId[] = ["wellbeing", "compensation"];
const SETTINGS = {
  ...DEFAULT_VALUE_SETTINGS,
  sentences: 1,
  minDf: 1,
  innerFolds: 3,
  sentenceLambda: 0.1,
  stackLambda: 0.1,
  // The synthetic posts alone: the written examples are tested apart, below.
  writtenWeight: 0,
};

describe("the sentence-level values model", () => {
  const [train, ids, settings] = [TRAIN, IDS, SETTINGS];

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

describe("written value examples in the sentence models", () => {
  const [train, ids] = [TRAIN, IDS];
  const settings = { ...SETTINGS, embMean: 0 };
  // Our own sentences; "quillet" is in no real (synthetic) post, only in written wellbeing ones.
  const records = [
    {
      id: "vT0001",
      text: "I want quillet evenings at home with my family.",
      values: ["wellbeing"],
    },
    { id: "vT0002", text: "A quillet weekend matters more than any bonus.", values: ["wellbeing"] },
    {
      id: "vT0003",
      text: "Sleep and quillet mornings are what I look for.",
      values: ["wellbeing"],
    },
    { id: "vT0004", text: "The pay has to cover rent in the city.", values: ["compensation"] },
    { id: "vT0005", text: "Our quillet office had plants everywhere.", values: [] },
  ];
  let previous: string | undefined;
  beforeEach(() => {
    previous = process.env.BEARING_WRITTEN;
    const dir = tempDir("bearing-written-values-");
    writeFileSync(
      join(dir, "values.jsonl"),
      `${records.map((r) => JSON.stringify(r)).join("\n")}\n`,
    );
    process.env.BEARING_WRITTEN = dir;
    vi.mocked(lr.fitBinary).mockClear();
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.BEARING_WRITTEN;
    else process.env.BEARING_WRITTEN = previous;
  });

  it("reads each record as a sentence stating its values and no other", () => {
    const [post] = writtenValueExamples(true);
    if (!post?.evidence) throw new Error("no written post");
    const { sentences } = post.reading;
    expect(sentences).toHaveLength(5);
    const stated = (id: string) =>
      sentences.filter((_, i) => post.evidence?.values[id]?.[i] === 1).map((s) => s.quote);
    expect(stated("wellbeing").sort()).toEqual(
      records
        .slice(0, 3)
        .map((r) => r.text)
        .sort(),
    );
    expect(stated("compensation")).toEqual([records[3]?.text]);
    const [kept] = writtenValueExamples(false);
    expect(kept?.reading.sentences.map((s) => s.quote)).not.toContain(records[4]?.text);
    expect(kept?.reading.sentences).toHaveLength(4);
  });

  it("teaches a value's model a word only the written sentences hold, by their weight", () => {
    const word = (m: ReturnType<typeof fitSentenceModels>, id: ValueId): number =>
      Object.entries(m[id]?.weights ?? {}).find(([name]) => name.includes("quillet"))?.[1] ?? 0;
    const off = fitSentenceModels(train, ids, settings);
    const half = fitSentenceModels(train, ids, { ...settings, writtenWeight: 0.5 });
    const full = fitSentenceModels(train, ids, { ...settings, writtenWeight: 1 });
    expect(word(off, "wellbeing")).toBe(0);
    expect(word(half, "wellbeing")).toBeGreaterThan(0);
    expect(word(full, "wellbeing")).toBeGreaterThan(word(half, "wellbeing"));
    // A negative of every value its record does not list.
    expect(word(full, "compensation")).toBeLessThan(0);
    // With the vocabulary of the real posts alone, a phrasing only written rows hold gets none.
    const realVocab = fitSentenceModels(train, ids, {
      ...settings,
      writtenWeight: 1,
      writtenVocab: 0,
    });
    expect(word(realVocab, "wellbeing")).toBe(0);
    expect(realVocab.wellbeing).not.toEqual(off.wellbeing);
  });

  it("adds the written rows at their weight to every sentence fit, never to the stacker", () => {
    const model = trainSentenceValues(train, ids, { ...settings, writtenWeight: 0.25 });
    const calls = vi.mocked(lr.fitBinary).mock.calls;
    const weighted = calls.filter((c) => c[6] !== undefined);
    const plain = calls.filter((c) => c[6] === undefined);
    // Per value, one fit per inner fold and the final one; each ends with the five written rows.
    expect(weighted).toHaveLength(ids.length * (settings.innerFolds + 1));
    for (const [rows, y, , , , , weights] of weighted) {
      const w = weights as readonly number[];
      expect(w).toHaveLength(rows.length);
      expect(w.slice(-5)).toEqual([0.25, 0.25, 0.25, 0.25, 0.25]);
      expect(w.slice(0, -5).every((v) => v === 1)).toBe(true);
      expect(y.slice(-5).filter((t) => t === 1).length).toBeGreaterThan(0);
    }
    // The stacker: one row per real (post, value) pair and nothing written.
    expect(plain).toHaveLength(1);
    expect(plain[0]?.[0]).toHaveLength(train.length * ids.length);
    expect(model.stacker.threshold).toBeGreaterThan(0);
    expect(trainSentenceValues(train, ids, settings).stacker).not.toEqual(model.stacker);
  });
});
