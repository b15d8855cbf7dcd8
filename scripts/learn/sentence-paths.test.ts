import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { readReflectionParts } from "../../src/core/reflect/features.js";
import { learnedPaths } from "../../src/core/reflect/learned-paths.js";
import { readPost } from "../../src/core/reflect/post.js";
import {
  pathSentenceFeatures,
  readSentences,
  sentencePaths,
} from "../../src/core/reflect/sentence-paths.js";
import { PATH_IDS } from "../../src/core/taxonomy.js";
import { tempDir } from "../../src/testing/cli.js";
import { fitBinary } from "./lr.js";
import { DEFAULT_VALUE_SETTINGS, type ReflectExample, trainPathsModel } from "./reflect.js";
import {
  fitSentenceModels,
  trainSentencePaths,
  type WrittenPathRow,
  writtenPathRows,
  writtenRowsFor,
} from "./sentence-paths.js";
import { syntheticPost } from "./synthetic-posts.js";

// Every fitBinary call, to see which rows reach which fit and with what weight.
vi.mock("./lr.js", async (importOriginal) => {
  const lr = await importOriginal<typeof import("./lr.js")>();
  return { ...lr, fitBinary: vi.fn(lr.fitBinary) };
});

// Sentences of our own writing. A sabbatical said in words no path cue knows ("sail the coast
// for a year"), a step into open source said plainly, and filler.
const BREAK = [
  "This spring I will sail the coast with my partner for a whole year.",
  "From May I am going to sail the coast and see where the wind takes me.",
  "Next year I sail the coast, far from any laptop.",
];
const OPEN_SOURCE = [
  "I now work full-time on open source, funded by sponsors.",
  "My new job is maintaining an open source database.",
  "I joined the foundation to work on open source all day.",
];

/** Post n: filler and, by n, a sentence that takes a break, one that takes open source, or none. */
function example(n: number): ReflectExample {
  const kind = (["break", "open_source", null] as const)[n % 3] ?? null;
  const stated = kind
    ? ((kind === "break" ? BREAK : OPEN_SOURCE)[Math.floor(n / 3) % 3] as string)
    : null;
  const { reading, targets } = syntheticPost(n, stated);
  return {
    id: `p${n}`,
    label: {
      id: `p${n}`,
      values: [],
      considered: kind ? [kind] : [],
      chosen: kind ?? "undecided",
    },
    reading,
    evidence: {
      values: {},
      chosen: kind ? { [kind]: targets } : {},
      considered: kind ? { [kind]: targets } : {},
    },
  };
}

/** Sentence path models on, with fits small enough for a few dozen made-up posts. */
const SMALL_FIT_SETTINGS = {
  ...DEFAULT_VALUE_SETTINGS,
  sentencePaths: 1,
  spMinDf: 1,
  spFolds: 3,
  spLambda: 0.1,
  spStackLambda: 0.1,
};

describe("the sentence-level path models", () => {
  const train = Array.from({ length: 45 }, (_, n) => example(n));
  const settings = { ...SMALL_FIT_SETTINGS, spChosenSentences: 1 };
  const fresh = readReflectionParts(
    readPost(
      [
        "The roadmap changed twice that spring.",
        "In June I sail the coast, and nothing else.",
        "We shipped the billing rewrite in March.",
      ].join("\n\n"),
    ),
  );

  it("fits the same model twice for a seed (the held-out folds included)", () => {
    const a = trainSentencePaths(train, settings);
    expect(trainSentencePaths(train, settings)).toEqual(a);
  });

  it("learns a step from the sentences that state it, in words no cue knows", () => {
    const model = trainSentencePaths(train, settings);
    const out = sentencePaths(model, fresh);
    expect(out.chosen).toBe("break");
    expect(out.considered).toEqual(["break"]);
    expect(fresh.sentences[out.evidence]?.quote).toBe(
      "In June I sail the coast, and nothing else.",
    );
    // The post-level models read only the paths' cue mentions: they cannot see this one.
    const post = trainPathsModel(train, { ...settings, sentencePaths: 0 });
    expect(learnedPaths(post as Parameters<typeof learnedPaths>[0], fresh).considered).toEqual([]);
  });
});

// Written path examples of our own: a break said in words neither the train posts nor any path
// cue use ("walk the Camino"), a manager step, an undecided author, and a bare sentence.
const WRITTEN = [
  {
    id: "pT0001",
    text: "This autumn I walk the Camino, all of it.",
    chosen: "break",
    considered: ["break"],
  },
  {
    id: "pT0002",
    text: "I leave in May to walk the Camino for three months.",
    chosen: "break",
    considered: [],
  },
  {
    id: "pT0003",
    text: "Walking the Camino is my whole plan for the spring.",
    chosen: "break",
    considered: ["break"],
  },
  {
    id: "pT0004",
    text: "I will walk the Camino before anything else.",
    chosen: "break",
    considered: ["break"],
  },
  {
    id: "pT0005",
    text: "Maybe I will run a team again, maybe not.",
    chosen: null,
    considered: ["manager"],
  },
  {
    id: "pT0006",
    text: "I have no idea yet what comes next.",
    chosen: "undecided",
    considered: [],
  },
  { id: "pT0007", text: "The coffee machine broke every Tuesday.", chosen: null, considered: [] },
];

function writtenDirOf(records: readonly object[]): string {
  const dir = tempDir("bearing-written-paths-");
  writeFileSync(join(dir, "paths.jsonl"), `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
  return dir;
}

describe("written path examples in the sentence models", () => {
  const train = Array.from({ length: 30 }, (_, n) => example(n));
  const settings = { ...SMALL_FIT_SETTINGS, spKind: 1 };
  const rows = writtenPathRows(writtenDirOf(WRITTEN));
  const fits = vi.mocked(fitBinary);
  // A block body: a function returned from beforeEach is run as its teardown.
  beforeEach(() => {
    fits.mockClear();
  });

  it("gives each written sentence its record's labels, with the meaning of the evidence targets", () => {
    try {
      fitBinary([], [], 1, 1);
    } catch (e) {
      console.log("PROBE", (e as Error).stack);
    }
    expect(rows).toHaveLength(WRITTEN.length);
    const b = PATH_IDS.indexOf("break");
    const m = PATH_IDS.indexOf("manager");
    const byTargets = rows.map((w) => ({
      chosen: PATH_IDS.filter((_, i) => w.chosen[i] === 1),
      considered: PATH_IDS.filter((_, i) => w.considered[i] === 1),
      undecided: w.undecided,
    }));
    // The pseudo-posts shuffle the records: find each by its own features.
    const camino = rows.filter((w) => w.row.shared.has("w:camino"));
    expect(camino).toHaveLength(4);
    expect(camino.every((w) => w.chosen[b] === 1 && w.undecided === 0)).toBe(true);
    expect(camino.filter((w) => w.considered[b] === 1)).toHaveLength(3);
    expect(byTargets).toContainEqual({ chosen: [], considered: ["manager"], undecided: 0 });
    expect(byTargets).toContainEqual({ chosen: [], considered: [], undecided: 1 });
    expect(
      byTargets.filter((t) => t.chosen.length + t.considered.length + t.undecided === 0),
    ).toHaveLength(1);
    expect(rows.filter((w) => w.considered[m] === 1)).toHaveLength(1);
  });

  it("is off at weight 0: the corpus-only models, no written row read", () => {
    expect(writtenRowsFor({ ...settings, spWritten: 0 })).toEqual([]);
    expect(fitSentenceModels(train, { ...settings, spWritten: 0 })).toEqual(
      fitSentenceModels(train, settings, []),
    );
  });

  it("adds the written rows to every sentence fit at weight spWritten, and to no stacker", () => {
    const w = 0.25;
    const bare = rows.filter(
      (r) => r.undecided === 0 && ![...r.chosen, ...r.considered].some((v) => v > 0),
    );
    trainSentencePaths(train, { ...settings, spWritten: w }, rows);
    const calls = fits.mock.calls.map(([xs, , , , , , weights]) => ({ n: xs.length, weights }));
    const sentenceRows = train.reduce((s, e) => s + e.reading.sentences.length, 0);
    const weighted = calls.filter((c) => c.weights);
    // Full fit and 3 inner folds, each: 9 path models, 9 kinds, step, undecided (all with
    // positives among the written rows or the posts).
    expect(weighted.length).toBeGreaterThanOrEqual(4 * 4);
    for (const c of weighted) {
      const tail = (c.weights as number[]).slice(-rows.length);
      expect(tail).toEqual(rows.map(() => w));
      expect((c.weights as number[]).slice(0, c.n - rows.length).every((v) => v === 1)).toBe(true);
      expect(c.n - rows.length).toBeLessThanOrEqual(sentenceRows);
    }
    // The considered stacker: one row per (post, path), real posts only, unweighted.
    const stack = calls.filter((c) => c.n === train.length * PATH_IDS.length);
    expect(stack).toHaveLength(1);
    expect(stack[0]?.weights).toBeUndefined();
    expect(calls.filter((c) => !c.weights)).toEqual(stack);
    // Without the bare sentence, each weighted fit has one row fewer.
    fits.mockClear();
    fitSentenceModels(
      train,
      { ...settings, spWritten: w },
      rows.filter((r) => !bare.includes(r)),
    );
    expect(fits.mock.calls.every(([xs]) => xs.length <= sentenceRows + rows.length - 1)).toBe(true);
  });

  it("counts a written row of weight 2 as two rows of weight 1", () => {
    const twice = fitSentenceModels(train, { ...settings, spWritten: 1 }, [...rows, ...rows]);
    const doubled = fitSentenceModels(train, { ...settings, spWritten: 2 }, rows);
    expect(doubled.sentences.break.bias).toBeCloseTo(twice.sentences.break.bias, 2);
    expect(doubled.step.bias).toBeCloseTo(twice.step.bias, 2);
  });

  it("learns a step said in words only the written examples use", () => {
    const post = readReflectionParts(
      readPost(
        ["The roadmap changed twice that spring.", "In June I walk the Camino."].join("\n\n"),
      ),
    );
    const sentence = post.sentences.findIndex((s) => s.quote.includes("Camino"));
    const b = PATH_IDS.indexOf("break");
    const read = (written: readonly WrittenPathRow[], spWritten: number) =>
      readSentences(
        fitSentenceModels(train, { ...settings, spWritten }, written),
        pathSentenceFeatures(post),
      );
    const without = read([], 0);
    const withWritten = read(rows, 1);
    expect(withWritten.paths[b]?.[sentence]).toBeGreaterThan(0.5);
    expect(without.paths[b]?.[sentence]).toBeLessThan(0.2);
    expect(withWritten.kinds?.[b]?.[sentence]).toBeGreaterThan(
      (without.kinds?.[b]?.[sentence] ?? 1) + 0.3,
    );
  });
});
