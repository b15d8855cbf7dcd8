import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { readPosting } from "../../src/core/roles/features.js";
import { SCOPE_CLASSES, sentenceResponsibilities } from "../../src/core/roles/sentence-model.js";
import { RESPONSIBILITY_IDS } from "../../src/core/taxonomy.js";
import { repoRoot } from "../../src/testing/cli.js";
import { describeShared, sharedDir } from "../../src/testing/shared.js";
import { fitBinary } from "./lr.js";
import {
  fitScopeModels,
  loadResponsibilityEvidence,
  type SentenceSettings,
  sentenceTargets,
  trainSentenceModel,
  WRITTEN_FEATURE,
  writtenPostings,
} from "./role-sentences.js";
import { DEFAULT_ROLE_SETTINGS, writtenRows } from "./roles.js";
import type { RoleRecord } from "./written-examples.js";

// fitBinary as it is, watched: which rows reach which fit, and at what weight.
/** Sentence-model settings with nothing but the fits: no cue rule, no gate, every feature kept. */
const BARE_SENTENCE_SETTINGS: SentenceSettings = {
  lambdaSentence: 1,
  lambdaDocument: 1,
  sentenceMinDf: 2,
  sentenceTopK: 0,
  sentenceMin: 0,
  sentenceCueKeep: 0,
  sentenceEvidenceGate: 0,
  sentenceEvidenceGateKept: 0,
  sentenceEvidenceGateCue: 2,
  innerFolds: 2,
  seed: 11,
};

vi.mock("./lr.js", async (importOriginal) => {
  const lr = await importOriginal<typeof import("./lr.js")>();
  return { ...lr, fitBinary: vi.fn(lr.fitBinary) };
});

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
      BARE_SENTENCE_SETTINGS,
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

const records: RoleRecord[] = [
  {
    id: "rT0001",
    section: "duties",
    text: "Hire engineers for the platform team and run the interview loop",
    responsibilities: ["hiring"],
    scope: ["one_team"],
  },
  {
    id: "rT0002",
    section: "duties",
    text: "Coach the managers of four teams through weekly one-to-ones",
    responsibilities: ["people_management"],
    scope: ["several_teams"],
  },
  {
    id: "rT0003",
    section: "duties",
    text: "Write and review production code most days",
    responsibilities: ["coding"],
    scope: [],
  },
  {
    id: "rT0004",
    section: "requirements",
    text: "Eight years of backend experience",
    responsibilities: [],
    scope: [],
  },
];

describe("written posting lines", () => {
  const written = writtenPostings(records);
  const sentenceSettings = { ...BARE_SENTENCE_SETTINGS, sentenceMinDf: 1 };
  // Four real postings with evidence: the hiring line marked in each.
  const real = [0, 1, 2, 3].map((n) => {
    const text = posting.replace("six", ["two", "three", "four", "five"][n] as string);
    return {
      id: `p${n}`,
      reading: readPosting(text),
      responsibilities: ["hiring", "people_management"],
      evidence: [
        {
          hiring: [spanOf(text, "Hire senior engineers as the team grows.")],
          people_management: [spanOf(text, "Manage and grow")],
        },
      ],
    };
  });

  it("are rows of their own lines only, each with its record's labels", () => {
    const [w] = written;
    if (!w) throw new Error("no written posting");
    const lines = w.kept.map((s) => w.reading.segments[s]?.text);
    expect(lines).toHaveLength(4);
    expect(lines.every((t) => records.some((r) => r.text === t))).toBe(true);
    const at = (text: string) => w.kept.find((s) => w.reading.segments[s]?.text === text) as number;
    expect(w.responsibilities.hiring[at(records[0]?.text as string)]).toBe(1);
    expect(w.responsibilities.hiring[at(records[1]?.text as string)]).toBe(0);
    expect(w.scope.several_teams[at(records[1]?.text as string)]).toBe(1);
    expect(w.assigned[at("Eight years of backend experience")]).toBe(false);
    expect(w.scoped[at(records[2]?.text as string)]).toBe(false);
    // The packer's title is not the writer's: no `nom:` feature.
    expect(w.names.flat().some((n) => n.startsWith("nom:"))).toBe(false);
  });

  it("reach every sentence fit at their weight, and never the document model", () => {
    const fit = vi.mocked(fitBinary);
    fit.mockClear();
    const kept = written.reduce((n, w) => n + w.kept.length, 0);
    trainSentenceModel(real, sentenceSettings, {
      postings: written,
      weight: 0.25,
      unlabelled: true,
    });
    const sentenceFits = fit.mock.calls.filter(([, , , , , , weights]) => weights !== undefined);
    const others = fit.mock.calls.filter(([, , , , , , weights]) => weights === undefined);
    // Two inner folds and the final fit, each one fit per responsibility marked somewhere.
    expect(sentenceFits.length).toBeGreaterThanOrEqual(3 * 3);
    for (const [rows, , , , , , weights] of sentenceFits) {
      expect(weights?.filter((w) => w === 0.25)).toHaveLength(kept);
      expect(weights?.slice(rows.length - kept).every((w) => w === 0.25)).toBe(true);
      expect(weights?.slice(0, rows.length - kept).every((w) => w === 1)).toBe(true);
    }
    // The document model: one row per real posting and responsibility, unweighted.
    expect(others).toHaveLength(1);
    expect(others[0]?.[1]).toHaveLength(real.length * RESPONSIBILITY_IDS.length);
  });

  it("leave the models as the corpus alone makes them at weight 0, and move them above it", () => {
    const corpus = trainSentenceModel(real, sentenceSettings).model;
    const off = trainSentenceModel(real, sentenceSettings, {
      postings: written,
      weight: 0,
      unlabelled: true,
    }).model;
    expect(off).toEqual(corpus);
    const on = trainSentenceModel(real, sentenceSettings, {
      postings: written,
      weight: 1,
      unlabelled: true,
    }).model;
    // Coding is marked in no real posting: only the written line teaches it.
    expect(corpus.sentences.coding.bias).toBe(-8);
    expect(on.sentences.coding.weights["g:cod"] ?? 0).toBeGreaterThan(0);
    expect(writtenRows(0, DEFAULT_ROLE_SETTINGS)).toBeUndefined();
  });

  it("carry a feature of their own when marked, which no real sentence holds", () => {
    const fit = vi.mocked(fitBinary);
    const marked = { postings: written, weight: 1, unlabelled: true, mark: true };
    const on = fitScopeModels(
      real.map((e) => ({ reading: e.reading, scope: [{}] })),
      sentenceSettings,
      marked,
    );
    // Only written lines state a scope here: the mark takes their base rate.
    expect(on.one_team.weights[WRITTEN_FEATURE] ?? 0).toBeGreaterThan(0);
    fit.mockClear();
    trainSentenceModel(real, sentenceSettings, marked);
    const [rows, , , , , , weights] = fit.mock.calls[0] ?? [];
    const kept = written.reduce((n, w) => n + w.kept.length, 0);
    const all = rows ?? [];
    // A column every written row holds and no real row does: the mark.
    const realColumns = new Set(all.slice(0, -kept).flatMap((r) => [...r.idx]));
    const writtenRowsOf = all.slice(-kept);
    const shared = [...(writtenRowsOf[0]?.idx ?? [])].filter((c) =>
      writtenRowsOf.every((r) => r.idx.includes(c)),
    );
    expect(shared.filter((c) => !realColumns.has(c))).toHaveLength(1);
    expect(weights?.slice(-kept).every((w) => w === 1)).toBe(true);
  });

  it("teach the scope models their classes, the unlabelled lines left out on request", () => {
    const fit = vi.mocked(fitBinary);
    const scope = real.map((e) => ({ reading: e.reading, scope: [{}] }));
    fit.mockClear();
    const all = fitScopeModels(scope, sentenceSettings, {
      postings: written,
      weight: 1,
      unlabelled: true,
    });
    const withAll = fit.mock.calls[0]?.[0].length as number;
    fit.mockClear();
    fitScopeModels(scope, sentenceSettings, { postings: written, weight: 1, unlabelled: false });
    // Of four lines two state a scope: the other two are left out.
    expect(fit.mock.calls[0]?.[0].length).toBe(withAll - 2);
    expect(fit.mock.calls[0]?.[6]?.filter((w) => w === 1)).toHaveLength(withAll - 2);
    expect(all.several_teams.weights["g:team"] ?? 0).toBeGreaterThan(0);
  });
});
