import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPosting } from "../../src/core/roles/features.js";
import { SCOPE_CLASSES, sentenceResponsibilities } from "../../src/core/roles/sentence-model.js";
import { RESPONSIBILITY_IDS } from "../../src/core/taxonomy.js";
import { repoRoot } from "../../src/testing/cli.js";
import { describeShared, sharedDir } from "../../src/testing/shared.js";
import {
  loadResponsibilityEvidence,
  sentenceTargets,
  trainSentenceModel,
} from "./role-sentences.js";

const posting = [
  "# Engineering Manager — Example Co",
  "",
  "## What you will do",
  "",
  "- Manage and grow a team of six engineers through weekly one-to-ones.",
  "- Hire senior engineers as the team grows.",
  "- Own the delivery plan for the payments roadmap.",
  "",
  "## What you bring",
  "",
  "- Five years of experience managing engineers.",
].join("\n");

function spanOf(text: string, phrase: string): [number, number] {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`no "${phrase}"`);
  return [at, at + phrase.length];
}

describe("sentence targets from evidence spans", () => {
  const reading = readPosting(posting);
  const index = (phrase: string) => {
    const [start] = spanOf(posting, phrase);
    return reading.segments.findIndex((s) => s.start <= start && start < s.end);
  };
  const manage = spanOf(
    posting,
    "Manage and grow a team of six engineers through weekly one-to-ones.",
  );
  const hire = spanOf(posting, "Hire senior engineers as the team grows.");

  it("counts the share of readers who marked each sentence", () => {
    const y = sentenceTargets(
      reading,
      true,
      [{ people_management: [manage, hire] }, { people_management: [manage] }],
      "people_management",
    );
    expect(y?.[index("Manage and grow")]).toBe(1);
    expect(y?.[index("Hire senior")]).toBe(0.5);
    expect(y?.[index("Own the delivery")]).toBe(0);
    expect(y?.[index("Five years")]).toBe(0);
  });

  it("marks nothing in a posting without the label, and leaves out a label no sentence states", () => {
    const none = sentenceTargets(reading, false, [{ hiring: [hire] }], "hiring");
    expect([...(none ?? [])].every((v) => v === 0)).toBe(true);
    expect(sentenceTargets(reading, true, [{ hiring: [] }, {}], "hiring")).toBeNull();
  });

  it("keeps a span that covers most of a sentence and drops one that grazes it", () => {
    const [start, end] = manage;
    const most = sentenceTargets(
      reading,
      true,
      [{ people_management: [[start + 3, end]] }],
      "people_management",
    );
    expect(most?.[index("Manage and grow")]).toBe(1);
    const graze = sentenceTargets(
      reading,
      true,
      [{ people_management: [[end - 2, end + 4]] }],
      "people_management",
    );
    expect(graze?.[index("Manage and grow")]).toBe(0);
  });
});

describeShared("the evidence labels of the corpus", () => {
  const labels = JSON.parse(readFileSync(join(repoRoot, "data/labels/jds.json"), "utf8")) as {
    id: string;
    responsibilities: string[];
  }[];
  const evidence = loadResponsibilityEvidence(join(repoRoot, "data/labels"), "corpus");

  it("name only labels the posting has, with spans that fall on the reader's sentences", () => {
    expect(evidence.size).toBe(labels.length);
    let spans = 0;
    let onSentence = 0;
    for (const label of labels) {
      const readings = evidence.get(label.id);
      expect(readings?.length, label.id).toBe(2);
      const text = readFileSync(join(sharedDir, "corpus/jds", `${label.id}.md`), "utf8");
      const reading = readPosting(text);
      for (const r of readings ?? []) {
        for (const [id, list] of Object.entries(r)) {
          expect(label.responsibilities, `${label.id} ${id}`).toContain(id);
          for (const [start, end] of list ?? []) {
            spans++;
            expect(end, `${label.id} ${id}`).toBeLessThanOrEqual(text.length);
            if (reading.segments.some((s) => s.start === start && s.end === end)) onSentence++;
          }
        }
      }
    }
    expect(spans).toBeGreaterThan(2000);
    // The spans were cut from the reader's segments; a change to the segmentation shows here.
    expect(onSentence / spans).toBeGreaterThan(0.95);
  });

  it("hold two readings of every posting's scope, in the five classes, on the reader's sentences", () => {
    const scope = loadResponsibilityEvidence(join(repoRoot, "data/labels"), "corpus", "scope");
    expect(scope.size).toBe(labels.length);
    const classes = new Set<string>(SCOPE_CLASSES);
    let spans = 0;
    let onSentence = 0;
    for (const label of labels.slice(0, 60)) {
      const text = readFileSync(join(sharedDir, "corpus/jds", `${label.id}.md`), "utf8");
      const reading = readPosting(text);
      for (const r of scope.get(label.id) ?? []) {
        for (const [c, list] of Object.entries(r)) {
          expect(classes.has(c), `${label.id} ${c}`).toBe(true);
          for (const [start, end] of list ?? []) {
            spans++;
            if (reading.segments.some((s) => s.start === start && s.end === end)) onSentence++;
          }
        }
      }
    }
    expect(spans).toBeGreaterThan(50);
    expect(onSentence / spans).toBeGreaterThan(0.95);
  });

  it("teach a model that finds the marked duties of a posting it never saw", () => {
    const examples = labels.map((label) => ({
      id: label.id,
      reading: readPosting(readFileSync(join(sharedDir, "corpus/jds", `${label.id}.md`), "utf8")),
      responsibilities: label.responsibilities,
      evidence: evidence.get(label.id) ?? [],
    }));
    // Every fifth posting held out: trained on the rest, read on those.
    const held = examples.filter((_, i) => i % 5 === 0);
    const { model } = trainSentenceModel(
      examples.filter((_, i) => i % 5 !== 0),
      {
        lambdaSentence: 1,
        lambdaDocument: 1,
        sentenceMinDf: 2,
        sentenceTopK: 0,
        sentenceMin: 0,
        sentenceCueKeep: 0,
        innerFolds: 2,
        seed: 11,
      },
    );
    const microF1 = (read: (e: (typeof held)[number]) => Iterable<string>) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const e of held) {
        const found = new Set(read(e));
        for (const id of RESPONSIBILITY_IDS) {
          const truth = e.responsibilities.includes(id);
          if (found.has(id) && truth) tp++;
          else if (found.has(id)) fp++;
          else if (truth) fn++;
        }
      }
      return (2 * tp) / (2 * tp + fp + fn);
    };
    const learned = microF1((e) =>
      sentenceResponsibilities(model, e.reading).findings.map((f) => f.id),
    );
    const cues = microF1((e) =>
      e.reading.dutiesFound ? e.reading.hand.findings.map((f) => f.id) : [],
    );
    process.stdout.write(
      `\n${held.length} held-out corpus postings, micro-F1: sentence model ${learned.toFixed(3)}, hand-written cues ${cues.toFixed(3)}\n`,
    );
    expect(learned).toBeGreaterThan(cues + 0.02);
  }, 300_000);
});
