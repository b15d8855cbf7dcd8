import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPost } from "../../src/core/reflect/post.js";
import { sentencesOf } from "../../src/core/reflect/sentences.js";
import { repoRoot } from "../../src/testing/cli.js";
import { describeShared, sharedDir } from "../../src/testing/shared.js";
import {
  type EvidenceEntry,
  loadPostEvidence,
  sentenceSpans,
  sentenceTargets,
} from "./evidence.js";

// A post of our own writing, with front matter (the spans count from the file's first byte).
const FILE = [
  "---",
  "title: Leaving the platform team",
  "---",
  "",
  "I spent six years on the platform team.",
  "",
  "The pay was fine, but I want to decide how my days go.",
  "",
  "- I miss shipping code myself.",
  "- The salary mattered less than I thought.",
  "",
  "I spent six years on the platform team.",
  "",
].join("\n");

const spanOf = (text: string, from = 0): [number, number] => {
  const at = FILE.indexOf(text, from);
  return [at, at + text.length];
};

describe("evidence spans as sentence targets", () => {
  const sentences = sentencesOf(readPost(FILE));

  it("finds every sentence's quote in the file, a repeated sentence at its own place", () => {
    const where = sentenceSpans(FILE, sentences);
    expect(where.every((w) => w !== null)).toBe(true);
    where.forEach((w, i) => {
      expect(FILE.slice(w?.[0], w?.[1])).toBe(sentences[i]?.quote);
    });
    const repeated = where.filter(
      (w) => FILE.slice(w?.[0], w?.[1]) === "I spent six years on the platform team.",
    );
    expect(repeated.length).toBe(2);
    expect(repeated[1]?.[0]).toBeGreaterThan(repeated[0]?.[1] ?? 0);
  });

  it("gives 1 to a sentence both readings mark, 0.5 to one, 0 to the rest", () => {
    const want = "The pay was fine, but I want to decide how my days go.";
    const miss = "I miss shipping code myself.";
    const salary = "The salary mattered less than I thought.";
    const second = FILE.indexOf("I spent six years", 10) + 1;
    const entry: EvidenceEntry = {
      id: "ours",
      readings: [
        {
          values: { autonomy: [spanOf(want)], hands_on: [spanOf(miss)], compensation: [] },
          chosen: { undecided: [spanOf("I spent six years on the platform team.", second)] },
        },
        { values: { autonomy: [spanOf(want)], compensation: [] }, considered: {} },
      ],
    };
    const t = sentenceTargets(FILE, sentences, entry);
    const at = (quote: string) => sentences.findIndex((s) => s.quote.includes(quote));
    const autonomy = t.values.autonomy as number[];
    expect(autonomy.length).toBe(sentences.length);
    expect(autonomy[at(want)]).toBe(1);
    expect(autonomy.reduce((s, v) => s + v, 0)).toBe(1);
    expect((t.values.hands_on as number[])[at(miss)]).toBe(0.5);
    expect((t.values.hands_on as number[])[at(salary)]).toBe(0);
    // Read from the whole text (no span): no sentence targets, so the label is left out.
    expect(t.values.compensation).toBeUndefined();
    // The second of two equal sentences is the one marked, not the first.
    const undecided = t.chosen.undecided as number[];
    expect(undecided.lastIndexOf(0.5)).toBe(sentences.length - 1);
    expect(undecided.indexOf(0.5)).toBe(sentences.length - 1);
  });
});

describeShared("the corpus and dev evidence labels", () => {
  it.each([
    ["corpus", 150, 3000],
    ["dev", 15, 200],
  ] as const)("%s: mark exactly one sentence of the post reader per span", (set, posts, least) => {
    const evidence = loadPostEvidence(join(repoRoot, "data/labels"), set);
    expect(evidence.size).toBeGreaterThanOrEqual(posts);
    let spans = 0;
    for (const entry of evidence.values()) {
      const file = join(sharedDir, set === "dev" ? "dev/posts" : "corpus/posts", `${entry.id}.md`);
      if (!existsSync(file)) continue;
      const text = readFileSync(file, "utf8");
      const where = sentenceSpans(text, sentencesOf(readPost(text, { fileName: file })));
      for (const reading of entry.readings)
        for (const labels of Object.values(reading))
          for (const list of Object.values(labels))
            for (const span of list) {
              spans++;
              const hit = where.filter(
                (w) => w && Math.min(w[1], span[1]) - Math.max(w[0], span[0]) > 0,
              );
              expect(hit.length, `${entry.id} [${span[0]}, ${span[1]})`).toBe(1);
            }
    }
    expect(spans).toBeGreaterThan(least);
  });
});
