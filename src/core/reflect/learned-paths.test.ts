import { describe, expect, it } from "vitest";
import { readReflectionParts } from "./features.js";
import { type LearnedPathsModel, learnedPaths, pathFeatures } from "./learned-paths.js";
import { readPost } from "./post.js";

const POST = [
  "# Leaving management",
  "",
  "For three years I was an engineering manager, and I thought about consulting for a while.",
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

/** A hand-made model: considered as the hand-written reading says; a step taken is chosen. */
const MODEL: LearnedPathsModel = {
  considered: {
    bias: -2,
    weights: { any: 1, hc: 2, taken: 3 },
    threshold: 0.5,
  },
  chosen: { taken: 4, "u:bias": 1, "u:open": 1 },
};

describe("learned paths", () => {
  it("reads the step taken from the decision sentence and keeps it among the considered", () => {
    const reading = readReflectionParts(readPost(POST));
    const ic = pathFeatures(reading, "ic");
    expect(ic.get("taken")).toBe(1);
    expect(ic.get("ic|taken")).toBe(1);
    expect(pathFeatures(reading, "open_source").has("any")).toBe(false);
    const out = learnedPaths(MODEL, reading);
    expect(out.chosen).toBe("ic");
    expect(out.considered).toContain("ic");
    expect(out.considered).not.toContain("open_source");
  });

  it("says undecided when no path reads as taken", () => {
    const out = learnedPaths(MODEL, readReflectionParts(readPost(OPEN)));
    expect(out.chosen).toBe("undecided");
    expect(out.considered).toEqual(expect.arrayContaining(["ic", "independent"]));
  });

  it("never reads a path the post does not name into the considered ones", () => {
    const eager: LearnedPathsModel = {
      ...MODEL,
      considered: { bias: 9, weights: {}, threshold: 0.5 },
    };
    const out = learnedPaths(eager, readReflectionParts(readPost(OPEN)));
    expect(out.considered).not.toContain("break");
    expect(out.considered).not.toContain("teaching_writing");
  });
});
