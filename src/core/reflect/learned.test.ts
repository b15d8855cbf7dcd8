import { describe, expect, it } from "vitest";
import { expectPattern } from "../../testing/patterns.js";
import { VALUE_IDS, type ValueId } from "../taxonomy.js";
import { analyseReading } from "./analyse.js";
import type { WordVectors } from "./embedding.js";
import {
  DEFAULT_SENTENCE_FEATURE_OPTIONS,
  DEFAULT_VALUE_FEATURE_OPTIONS,
  readReflectionParts,
  valueSentenceFeatures,
} from "./features.js";
import {
  CODING_GIVEN_UP,
  HEALTH_NOT_OWN,
  handStands,
  type LearnedValuesModel,
  NOT_THE_REASON,
  PAY_GIVEN_UP,
  PAY_WORDS,
  smoothMax,
  stackFeatures,
  TITLE_SET_ASIDE,
} from "./learned.js";
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

describe("multiple-instance values", () => {
  /** Wellbeing read from its cue sentences: z = −1 + 1·c:wellbeing + 0.5 when own and framed. */
  function milModel(): LearnedValuesModel {
    const m = model();
    m.values.wellbeing = {
      bias: -2,
      weights: {},
      threshold: 0.5,
      sentence: { bias: -1, weights: { "c:wellbeing": 1 } },
    };
    m.values.purpose = {
      bias: -1,
      weights: {},
      threshold: 0.5,
      sentence: { bias: 3, weights: {} },
    };
    return {
      ...m,
      sentences: DEFAULT_SENTENCE_FEATURE_OPTIONS,
      sharpness: 1,
      sharedSentence: { of: 0.5 },
    };
  }

  it("pools the cue sentences by a smooth maximum and quotes the strongest verbatim", () => {
    const r = reading();
    const x = valueSentenceFeatures(r, DEFAULT_SENTENCE_FEATURE_OPTIONS);
    const at = x.findIndex((f) => f.has("c:wellbeing"));
    expect(r.sentences[at]?.quote).toBe("I want more time with my family and less burnout.");
    expect(x.filter((f) => f.has("c:wellbeing"))).toHaveLength(1);
    const f = x[at] as Map<string, number>;
    expect(f.get("of")).toBe(1);
    const z = -1 + (f.get("c:wellbeing") ?? 0) + 0.5;
    const out = analyseReading(r, milModel());
    const wellbeing = out.values.find((v) => v.id === "wellbeing");
    // σ(−2 + log(1 + e^z)) by hand
    expect(wellbeing?.score).toBeCloseTo(1 / (1 + Math.exp(2 - Math.log1p(Math.exp(z)))), 2);
    expect(wellbeing?.evidence).toEqual(["I want more time with my family and less burnout."]);
    for (const v of out.values) for (const e of v.evidence) expect(POST).toContain(e);
  });

  it("quotes only sentences where the value's cue stands", () => {
    const out = analyseReading(reading(), milModel());
    // Purpose's cue ("mission") stands in the third person's sentence only: that is its one
    // instance, whatever the sentence bias gives every other sentence.
    const purpose = out.values.find((v) => v.id === "purpose");
    expect(purpose?.evidence).toEqual(["The company talked about its mission on every wall."]);
  });

  it("smooth maximum: 0 without instances, near the largest score when sharp", () => {
    expect(smoothMax([], 1)).toBe(0);
    expect(smoothMax([Number.NEGATIVE_INFINITY], 1)).toBe(0);
    expect(smoothMax([0], 1)).toBeCloseTo(Math.log(2), 12);
    expect(smoothMax([5, 1, -3], 20)).toBeCloseTo(5, 3);
    expect(smoothMax([800, 790], 1)).toBeCloseTo(800, 3);
  });
});

describe("values read sentence by sentence, decided by a stacker", () => {
  /** Wellbeing: zₛ = −3 + 2·c:wellbeing + 1·of; the stacker reads the best zₛ alone. */
  function sentenceModel(threshold = 0.5): LearnedValuesModel {
    return {
      ...model(),
      bySentence: {
        features: DEFAULT_SENTENCE_FEATURE_OPTIONS,
        sentence: {
          wellbeing: { bias: -3, weights: { "c:wellbeing": 2, of: 1 } },
          purpose: { bias: -4, weights: {} },
        },
        stacker: { bias: 0, weights: { top: 1 }, threshold },
      },
    };
  }

  it("gives the stacker's probability and quotes the surest sentence verbatim", () => {
    const r = reading();
    const x = valueSentenceFeatures(r, DEFAULT_SENTENCE_FEATURE_OPTIONS);
    const zs = x.map((f) => -3 + 2 * (f.get("c:wellbeing") ?? 0) + (f.get("of") ?? 0));
    const top = Math.max(...zs);
    expect(top).toBeGreaterThan(0);
    const out = analyseReading(r, sentenceModel());
    expect(out.values.map((v) => v.id)).toEqual(["wellbeing"]);
    expect(out.values[0]?.score).toBeCloseTo(1 / (1 + Math.exp(-top)), 2);
    expect(out.values[0]?.evidence).toEqual(["I want more time with my family and less burnout."]);
    // The post-level models are not read when the sentence-level one is there.
    const m = sentenceModel();
    m.values.variety = { bias: 6, weights: {}, threshold: 0.5 };
    expect(analyseReading(r, m).values.map((v) => v.id)).toEqual(["wellbeing"]);
  });

  it("reads word vectors when the model has embedding features; without them, the centre", () => {
    // Two dimensions: "mission" on the first axis, every other word none.
    const vectors: WordVectors = {
      dimensions: 2,
      lookup: (word) => (word === "mission" ? { vector: [1, 0], rank: 10_000 } : undefined),
    };
    const m = sentenceModel();
    const bySentence = m.bySentence as NonNullable<LearnedValuesModel["bySentence"]>;
    bySentence.sentence.purpose = { bias: -4, weights: { "e:0": 2 } };
    bySentence.embedding = { meanScale: 4, protoScale: 0, centre: [0.25, 0] };
    const withVectors = readReflectionParts(readPost(POST), vectors);
    expect(withVectors.sentenceVectors?.filter((v) => v !== null)).toHaveLength(1);
    const read = analyseReading(withVectors, m).values;
    // z = −4 + 2 × 4 × 1 on the mission sentence: p = σ(4).
    expect(read.map((v) => v.id).sort()).toEqual(["purpose", "wellbeing"]);
    expect(read.find((v) => v.id === "purpose")?.score).toBeCloseTo(1 / (1 + Math.exp(-4)), 2);
    expect(read.find((v) => v.id === "purpose")?.evidence).toEqual([
      "The company talked about its mission on every wall.",
    ]);
    // No vectors: every sentence reads as the centre, z = −4 + 2 × 4 × 0.25 = −2 < 0.
    expect(analyseReading(reading(), m).values.map((v) => v.id)).toEqual(["wellbeing"]);
  });

  it("reports nothing below the stacker's threshold, unless the cues read the value strongly", () => {
    const r = reading();
    expect(analyseReading(r, sentenceModel(0.9999)).values).toEqual([]);
    const kept = analyseReading(r, { ...sentenceModel(0.9999), keepHand: 0.3 });
    expect(kept.values.map((v) => v.id)).toEqual(["wellbeing"]);
    expect(kept.values[0]?.evidence).toEqual(["I want more time with my family and less burnout."]);
  });

  it("stack features: the two best scores clipped, how many read the value, the cues", () => {
    const x = stackFeatures("autonomy", [-20, 3, 0.5, -1, 40], 0.7);
    expect(x.get("top")).toBe(10);
    expect(x.get("second")).toBe(3);
    expect(x.get("n")).toBeCloseTo(Math.log(4), 12);
    expect(x.get("hand")).toBe(0.7);
    expect(x.get("autonomy|top")).toBe(10);
    expect(x.get("autonomy|bias")).toBe(1);
    // The post's length: a best sentence among five, for a stacker fitted to read it.
    expect(x.get("len")).toBeCloseTo(Math.log(6), 12);
    expect(x.get("autonomy|len")).toBeCloseTo(Math.log(6), 12);
    const none = stackFeatures("autonomy", [], 0);
    expect(none.has("len")).toBe(false);
    expect(none.get("top")).toBe(-10);
    expect(none.get("second")).toBe(-10);
    expect(none.has("n")).toBe(false);
  });
});

describe("PAY_GIVEN_UP: pay named as a cost of the move", () => {
  it("matches pay given up or set aside, not pay sought", () => {
    expectPattern(
      PAY_GIVEN_UP,
      [
        "yes, the salary is a fraction of what i made before.",
        "i'm taking a real pay cut, and that's fine.",
        "money matters, but that's not what's driving this.",
        "i earn less now.",
        "i'll be happy to earn a little bit less than before if the job leaves me energy.",
        "yes, i earned less money than before, and it did not matter.",
        "the new salary is about a quarter below what i earned as a director.",
        "the first year i made about seventy percent of my old salary.",
        "the pay is a little lower than my current one.",
        "that was worth more than any salary.",
        "it's a big drop, roughly a third of what i earn now.",
        "the grant covers my salary at a level lower than the bank.",
        "i would have taken a local salary to do it.",
        // Session 35 (set 23).
        "all told it comes to roughly half my current salary.",
        "a comfortable offer, with a salary i will not see from the startup for years.",
        "the pay is better, which is nice but isn't going to decide this.",
        "so salary is simply not part of how i'm deciding.",
        "i stayed a year too long because the salary and the title were comfortable.",
        "we have never raised money and we pay ourselves very little.",
        // Set 24.
        "the salary is a little better, but that had nothing to do with the decision.",
        "it's broadly comparable to what i had, with equity replacing some of the cash.",
        "i'd rather burn savings and give it a real shot.",
        "we've got a year of savings on top of that.",
        "the hard part is what i do when the money runs out.",
        "i don't choose jobs because of lottery tickets.",
        "the salary was strong and the company was stable.",
        // Session 36 (set 26).
        "money matters, but the current salary is enough for us.",
        "we've saved enough, and my partner's income covers the basics.",
        "i'm giving up some salary.",
        "i'm also giving up equity that might be worth something one day.",
        "pay needs to be fair, but i'm not chasing the top of the market.",
        "it would have paid the bills nicely.",
        // Session 37 (set 28).
        "the base pay is slightly lower, and the options may come to nothing.",
        "the teaching salary is about half what i was paid as a director.",
        "honestly, i'd have taken the role at my old salary.",
        "we had savings for roughly ten months.",
        // Set 30.
        "my husband's salary and our savings cover the gap.",
        "i walked away from a good chunk of unvested stock to do this.",
        "about the same income as my director salary, a little less steady.",
        "it would have been the same job at a higher salary.",
        "my income is about a quarter of what it was.",
        "my severance gives me until the spring.",
      ],
      [
        "the new offer pays forty percent more.",
        "i want to be paid what the market pays.",
        "i was tired of earning less than the market pays.",
        "i spend 50% of my time in meetings.",
        "fair pay: a salary that matches the market, so money is not on my mind.",
        "i want to earn at least half again what i earn now.",
        "a comfortable salary matters to me with two children.",
        "the salary is not enough for a family of four.",
        "the salary is higher, and with two children that matters to me.",
      ],
    );
  });
});

describe("HEALTH_NOT_OWN: health as a trade or others' guess (session 35)", () => {
  it("matches health technology and a burnout others assumed, not the author's own health", () => {
    expectPattern(
      HEALTH_NOT_OWN,
      [
        "health technology is not a neutral choice for me.",
        "**work that matters to someone's health.**",
        "some people assumed i was burned out.",
        "we build digital health tools for rural clinics.",
        "i want to see how other businesses work: health, energy, logistics, anything.",
        "for me, it wasn't money or title or the commute.",
        "time on regulation from the health ministry.",
      ],
      [
        "i was burned out and my health suffered.",
        "i need a real salary with real health insurance.",
        "my mental health matters more than a title.",
      ],
    );
  });
});

describe("TITLE_SET_ASIDE: a title that is not the reason (session 35)", () => {
  it("matches a title set aside, not a title sought", () => {
    expectPattern(
      TITLE_SET_ASIDE,
      [
        "the title is not nothing, but it's not why i'd stay.",
        "a title is a bad reason to spend five years doing something.",
        "i want to be clear that the title didn't drive this.",
        "the title bump was a nice side effect.",
        "bigger title, bigger equity, and i'd have been the most senior engineer there.",
      ],
      [
        "i want the vp title on my next role.",
        "the title matters to me more than i like to admit.",
      ],
    );
  });
});

describe("handStands: a hand-written reading that overrules the learned models (session 35)", () => {
  const signal = (score: number, norm: string) => ({
    score,
    sentences: [{ sentence: { norm } as never, strength: score }],
  });
  it("stands at keepHand, and at keepWish when its strongest sentence states a wish", () => {
    expect(handStands(signal(0.85, "the team was great."), 0.8, 0.6)).toBe(true);
    expect(handStands(signal(0.65, "the team was great."), 0.8, 0.6)).toBe(false);
    expect(
      handStands(signal(0.65, "what i want is to work with smart colleagues."), 0.8, 0.6),
    ).toBe(true);
    expect(
      handStands(signal(0.55, "what i want is to work with smart colleagues."), 0.8, 0.6),
    ).toBe(false);
    expect(handStands(undefined, 0.8, 0.6)).toBe(false);
  });
});

describe("CODING_GIVEN_UP: coding found not to be missed", () => {
  it("matches coding not missed, not coding lost and lamented or sought", () => {
    expectPattern(
      CODING_GIVEN_UP,
      [
        "but i did not miss coding as much as i thought i should.",
        "i also thought i'd miss coding terribly.",
        "what excites me isn't writing more code myself; it's helping others write theirs.",
        "six engineers, one of them me until i let go of the code i'm finishing.",
        "i do still love writing code, but i'd be a mediocre senior engineer now.",
      ],
      [
        "less time to write code, and it's just not the same.",
        "i miss coding every day.",
        "i want to write code again.",
        "i love writing code, and i want to do it every day.",
        "i haven't written production code in three years, and i miss it.",
      ],
    );
  });

  it("matches production code long unwritten and code not wanted more of (session 36)", () => {
    expectPattern(
      CODING_GIVEN_UP,
      [
        "i haven't shipped production code in five years, and i won't pretend otherwise.",
        "what i wanted wasn't more code.",
        "almost none of it was my own code.",
        "what i'd missed was people, not code.",
        "i'm not hands-on anymore and don't pretend to be.",
        "**i miss code less than i expected.**",
        "if in five years i want to go back to building, i'll go back to building.",
        "a coding bootcamp asked if i wanted to lead their curriculum.",
      ],
      ["i haven't written production code in years and i want to get back to it."],
    );
  });
});

describe("NOT_THE_REASON: any value said not to be the reason (session 36)", () => {
  it("matches a thing enjoyed but not why, not a reason given", () => {
    expectPattern(
      NOT_THE_REASON,
      [
        "two home days a week are pleasant, but not why i'm there.",
        "the bigger team is nice, though it's not the reason i moved.",
      ],
      ["the team is the reason i joined.", "but that's why i'm here: the mission."],
    );
  });
});

describe("PAY_WORDS: a person's pay, not money at large", () => {
  it("names salaries, equity and day rates, not money a product moves or raises", () => {
    expectPattern(
      PAY_WORDS,
      [
        "i need a salary that arrives every month.",
        "the equity was worth nothing.",
        "my day rate is fair.",
      ],
      [
        "our platform moves more money in an hour than we did in a year.",
        "raising money.",
        "families depend on it for rent and school fees.",
        "something like health access or financial inclusion.",
        "a role with the standing i felt i'd earned.",
      ],
    );
    expect(PAY_WORDS.test("i need to be financially secure.")).toBe(true);
  });
});
