import { describe, expect, it } from "vitest";
import { PATH_IDS, type PathId } from "../taxonomy.js";
import { readReflectionParts } from "./features.js";
import { readPost } from "./post.js";
import {
  pathSentenceFeatures,
  readLearnedPaths,
  type SentenceModel,
  type SentencePathsModel,
  sentencePaths,
} from "./sentence-paths.js";

const POST = [
  "# Leaving management",
  "",
  "For three years I was an engineering manager, and I thought about consulting for a while.",
  "",
  "The team was great and we shipped a lot.",
  "",
  "Last month I joined a small company as a staff engineer.",
  "",
].join("\n");

const OPEN = [
  "# What now?",
  "",
  "I might go back to being a staff engineer, or I could try consulting.",
  "",
  "I'm not sure yet, and I'll keep my options open.",
  "",
].join("\n");

const none: SentenceModel = { bias: -4, weights: {} };

/** The same sentence model for every path. */
function everyPath(m: SentenceModel): Record<PathId, SentenceModel> {
  const out = {} as Record<PathId, SentenceModel>;
  for (const p of PATH_IDS) out[p] = m;
  return out;
}

/**
 * A hand-made model: a path's sentence reads as weighed when it names the path; a sentence
 * states the step when the author joined somewhere; one says no step is chosen when it
 * states an open question. The stackers follow the sentences.
 */
const MODEL: SentencePathsModel = {
  method: "sentences",
  sentences: everyPath({
    bias: -4,
    weights: { "l:plain": 5, "l:option": 5, "l:chosen": 6, "m:chosen": 2 },
  }),
  step: { bias: -4, weights: { join: 6 } },
  undecided: { bias: -4, weights: { "open:fp": 6 } },
  considered: { bias: 0, weights: { cmax: 1 }, threshold: 0.5 },
  chosen: { s: 1, "u:bias": -1, "u:max": 1 },
};

describe("sentence path models", () => {
  it("reads each sentence's features: its words, frames and each path's own mention", () => {
    const reading = readReflectionParts(readPost(POST));
    const rows = pathSentenceFeatures(reading);
    expect(rows.length).toBe(reading.sentences.length);
    const joined = rows.findIndex((r) => r.shared.has("join"));
    expect(reading.sentences[joined]?.text).toMatch(/^Last month I joined/);
    expect(rows[joined]?.shared.has("w:staff engineer")).toBe(true);
    expect(rows[joined]?.shared.get("late")).toBe(1);
    const ic = PATH_IDS.indexOf("ic");
    expect(rows[joined]?.own[ic]?.size).toBeGreaterThan(0);
    // The team sentence names no path.
    const team = rows.findIndex((_, i) => reading.sentences[i]?.text.startsWith("The team"));
    expect(rows[team]?.own.every((x) => x.size === 0)).toBe(true);
  });

  it("takes the path of the sentence that states the step, with that sentence as evidence", () => {
    const reading = readReflectionParts(readPost(POST));
    const out = sentencePaths(MODEL, reading);
    expect(out.chosen).toBe("ic");
    expect(out.considered).toContain("ic");
    expect(out.considered).toContain("manager");
    expect(out.considered).not.toContain("open_source");
    expect(reading.sentences[out.evidence]?.quote).toBe(
      "Last month I joined a small company as a staff engineer.",
    );
    // The dispatcher reads a sentence model the same way.
    expect(readLearnedPaths(MODEL, reading).chosen).toBe("ic");
  });

  it("says undecided when a sentence says no step is chosen and none states one", () => {
    const reading = readReflectionParts(readPost(OPEN));
    const out = sentencePaths(MODEL, reading);
    expect(out.chosen).toBe("undecided");
    expect(out.evidence).toBe(-1);
    expect(out.considered).toEqual(expect.arrayContaining(["ic", "independent"]));
  });

  it("reads nothing where the sentence models see nothing", () => {
    const blind: SentencePathsModel = {
      ...MODEL,
      sentences: everyPath(none),
      chosen: { "u:bias": 5 },
    };
    const out = sentencePaths(blind, readReflectionParts(readPost(POST)));
    expect(out.considered).toEqual([]);
  });
});
