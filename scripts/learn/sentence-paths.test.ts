import { describe, expect, it } from "vitest";
import { readReflectionParts } from "../../src/core/reflect/features.js";
import { learnedPaths } from "../../src/core/reflect/learned-paths.js";
import { readPost } from "../../src/core/reflect/post.js";
import { sentencePaths } from "../../src/core/reflect/sentence-paths.js";
import { DEFAULT_VALUE_SETTINGS, type ReflectExample, trainPathsModel } from "./reflect.js";
import { trainSentencePaths } from "./sentence-paths.js";
import { syntheticPost } from "./synthetic-posts.js";

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

describe("the sentence-level path models", () => {
  const train = Array.from({ length: 45 }, (_, n) => example(n));
  const settings = {
    ...DEFAULT_VALUE_SETTINGS,
    sentencePaths: 1,
    spMinDf: 1,
    spFolds: 3,
    spLambda: 0.1,
    spStackLambda: 0.1,
    spChosenSentences: 1,
  };
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
