import { describe, expect, it } from "vitest";
import { binaryProbability, sigmoid } from "../learn/linear.js";
import { RESPONSIBILITY_IDS, type ResponsibilityId } from "../taxonomy.js";
import { readPosting } from "./features.js";
import { deniedResponsibilities, segmentCues } from "./responsibilities.js";
import {
  bestSentenceProbability,
  documentFeatures,
  documentProbability,
  type ResponsibilitySentenceModel,
  type ScopeModel,
  scopeProbabilities,
  sentenceFeatureNames,
  sentenceProbabilities,
  sentenceResponsibilities,
} from "./sentence-model.js";

const posting = [
  "# Engineering Manager — Example Co",
  "",
  "## What you will do",
  "",
  "- Manage a team of six engineers and run their one-to-ones.",
  "- Own the quarterly delivery plan.",
  "",
  "## What you bring",
  "",
  "- Experience managing engineers.",
].join("\n");

const silent = { bias: -6, cue: 0, weights: {} };

/** A model that knows one thing: "manag" in a duty sentence speaks for people_management. */
function model(extra: Partial<ResponsibilitySentenceModel> = {}): ResponsibilitySentenceModel {
  const sentences = {} as ResponsibilitySentenceModel["sentences"];
  for (const id of RESPONSIBILITY_IDS) sentences[id] = silent;
  sentences.people_management = {
    bias: -6,
    cue: 0,
    weights: { "g:manag": 5, "z:d": 5, "z:r": -4 },
  };
  return {
    sentences,
    document: { bias: -2, weights: { m1: 1 }, threshold: 0.5 },
    ...extra,
  };
}

describe("responsibilities read sentence by sentence", () => {
  const reading = readPosting(posting);
  const index = (phrase: string) => reading.segments.findIndex((s) => s.text.includes(phrase));

  it("reads a sentence's words, zone and shape, and nothing only the markup shows", () => {
    const duty = sentenceFeatureNames(
      reading.segments[index("Manage a team")] as (typeof reading.segments)[number],
      reading,
    );
    const asked = sentenceFeatureNames(
      reading.segments[index("Experience managing")] as (typeof reading.segments)[number],
      reading,
    );
    expect(duty).toEqual(expect.arrayContaining(["z:d", "g:manag", "nom:engineering_manager"]));
    expect(asked).toEqual(expect.arrayContaining(["z:r", "g:manag"]));
    // The same posting without its Markdown (headings, list markers): every sentence has the
    // same features.
    const plain = readPosting(posting.replace(/^#+ /gm, "").replace(/^- /gm, ""));
    const names = (r: typeof reading) =>
      r.segments.map((seg) => [seg.text.replace(/^[-#\s]+/, ""), sentenceFeatureNames(seg, r)]);
    expect(names(plain)).toEqual(names(reading));
  });

  it("scores each sentence and reports the responsibility with the sentence that says it", () => {
    const ps = sentenceProbabilities(model(), reading).people_management;
    expect(ps[index("Manage a team")]).toBeGreaterThan(0.9);
    expect(ps[index("Experience managing")]).toBeLessThan(0.1);
    const { findings, probabilities } = sentenceResponsibilities(model(), reading);
    expect(findings.map((f) => f.id)).toEqual(["people_management"]);
    expect(probabilities.people_management).toBeGreaterThan(0.5);
    const [span] = findings[0]?.spans ?? [];
    expect(span && posting.slice(span.start, span.end)).toContain("Manage a team of six engineers");
    expect(findings[0]?.evidence[0]).toContain("Manage a team of six engineers");
  });

  it("scores a sentence as the sum of the weights of its feature names, to the last bit", () => {
    // Every feature name of every sentence weighs something for some responsibility (and names
    // no sentence has, a pair's words run together among them); the compiled scoring reads
    // words and word pairs without building names, and must add the same weights in the same
    // order as the names list them.
    // A sentence that negates ("not ... production code") has grams marked `~`, spelt apart.
    const negated = readPosting(
      posting.replace("- Own the", "- You will not write production code; own the"),
    );
    const readings = [reading, negated];
    const names = readings.map((r) => r.segments.map((seg) => sentenceFeatureNames(seg, r)));
    const all = [...new Set(names.flat(2)), "g:manag team", "g:team", "g:six", "g:nowhere here"];
    const denying = negated.segments.find((seg) => /not write/.test(seg.text));
    expect(denying && deniedResponsibilities(denying)).toEqual(["coding"]);
    expect(all).toContain("g:~production cod");
    const sentences = {} as ResponsibilitySentenceModel["sentences"];
    RESPONSIBILITY_IDS.forEach((id, k) => {
      const weights: Record<string, number> = {};
      all.forEach((name, i) => {
        if ((i + k) % 3 !== 0) weights[name] = Math.sin(i * 7.3 + k) * 1.7;
      });
      sentences[id] = { bias: -0.3 * k, cue: 0.4, weights };
    });
    const m: ResponsibilitySentenceModel = { ...model(), sentences };
    readings.forEach((r, j) => {
      const ps = sentenceProbabilities(m, r);
      r.segments.forEach((seg, s) => {
        for (const id of RESPONSIBILITY_IDS) {
          let z = sentences[id].bias;
          for (const name of names[j]?.[s] ?? []) z += sentences[id].weights[name] ?? 0;
          const cue = [...segmentCues(seg)].find(([k]) => k === id)?.[1];
          if (cue !== undefined) z += sentences[id].cue * cue;
          // A duty the sentence names only to deny it is not assigned by it.
          const denied = deniedResponsibilities(seg).includes(id);
          expect(ps[id][s]).toBe(denied ? 0 : sigmoid(z));
        }
      });
    });
  });

  it("keeps the hand-written decision for the responsibilities it was told to", () => {
    const hand = reading.hand.findings.map((f) => f.id);
    expect(hand).toContain("people_management");
    const kept = sentenceResponsibilities(
      model({ handKept: ["delivery" as ResponsibilityId] }),
      reading,
    ).findings.map((f) => f.id);
    expect(kept).toContain("people_management");
    expect(kept.includes("delivery")).toBe(hand.includes("delivery"));
  });

  it("reports a strong cue the document model reads below its threshold, when told to", () => {
    // Delivery: the cues read "Own the quarterly delivery plan"; the sentence models do not.
    const cue = reading.hand.scores.delivery;
    expect(cue).toBeGreaterThan(0.5);
    const ids = (m: ResponsibilitySentenceModel) =>
      sentenceResponsibilities(m, reading).findings.map((f) => f.id);
    expect(ids(model())).not.toContain("delivery");
    expect(ids(model({ cueKeep: cue }))).toContain("delivery");
    expect(ids(model({ cueKeep: cue + 0.01 }))).not.toContain("delivery");
    const kept = sentenceResponsibilities(model({ cueKeep: cue }), reading).findings;
    expect(kept.find((f) => f.id === "delivery")).toEqual(
      reading.hand.findings.find((f) => f.id === "delivery"),
    );
  });

  it("reports no responsibility that no sentence reads at the evidence gate", () => {
    const ids = (m: ResponsibilitySentenceModel) =>
      sentenceResponsibilities(m, reading).findings.map((f) => f.id);
    // The document model reports people_management from the title alone (bias 3), and its
    // sentence model reads "Manage a team ..." at sigmoid(4) ≈ 0.98 and the rest far lower.
    const byTitle = (extra: Partial<ResponsibilitySentenceModel>) =>
      model({ document: { bias: 3, weights: {}, threshold: 0.5 }, ...extra });
    const best = bestSentenceProbability(
      sentenceProbabilities(byTitle({}), reading).people_management,
      reading.segments,
    );
    expect(best).toBeCloseTo(sigmoid(4), 6);
    expect(ids(byTitle({ evidenceGate: best }))).toContain("people_management");
    expect(ids(byTitle({ evidenceGate: best + 0.001 }))).not.toContain("people_management");
    // The document model's other findings (every responsibility at bias 3) have no sentence.
    expect(ids(byTitle({}))).toContain("delivery");
    expect(ids(byTitle({ evidenceGate: 0.1 }))).not.toContain("delivery");
    // A strong cue keeps delivery unless the gate covers the cues' findings too.
    const cue = reading.hand.scores.delivery;
    expect(ids(model({ cueKeep: cue, evidenceGate: 0.1 }))).toContain("delivery");
    expect(ids(model({ cueKeep: cue, evidenceGate: 0.1, evidenceGateKept: "cue" }))).not.toContain(
      "delivery",
    );
    // ... unless the cue is at least as strong as evidenceGateCue.
    const gatedCue = { cueKeep: cue, evidenceGate: 0.1, evidenceGateKept: "cue" } as const;
    expect(ids(model({ ...gatedCue, evidenceGateCue: cue }))).toContain("delivery");
    expect(ids(model({ ...gatedCue, evidenceGateCue: cue + 0.01 }))).not.toContain("delivery");
    const kept = { handKept: ["delivery" as ResponsibilityId], evidenceGate: 0.1 };
    expect(ids(model({ ...kept, evidenceGateKept: "cue" }))).toContain("delivery");
    expect(ids(model({ ...kept, evidenceGateKept: "all" }))).not.toContain("delivery");
  });

  it("keeps the cues' reading of a posting without duty text, and an engineer's title as coding", () => {
    const prose = readPosting(
      [
        "# Staff Backend Engineer",
        "",
        "We build booking software for clinics; eight of us work from Leeds.",
        "The person who joins spends most days writing code in Kotlin.",
        "The on-call rota for production incidents includes them.",
        "Infrastructure and reliability work is theirs as well.",
      ].join("\n"),
    );
    expect(prose.wholeText).toBe(true);
    expect(sentenceResponsibilities(model(), prose).findings).toEqual(prose.hand.findings);
    const titled = readPosting(posting.replace("Engineering Manager", "Staff Backend Engineer"));
    const coding = sentenceResponsibilities(model(), titled).findings.find(
      (f) => f.id === "coding",
    );
    expect(coding?.evidence).toEqual(["Staff Backend Engineer — Example Co"]);
  });

  it("pools the best two sentences and the count of sure ones into the document's features", () => {
    const x = documentFeatures("people_management", [0.9, 0.2, 0.6, 0.01], reading);
    expect(x.get("m1")).toBeCloseTo(Math.log(0.9 / 0.1), 6);
    expect(x.get("people_management:m2")).toBeCloseTo(Math.log(0.6 / 0.4), 6);
    expect(x.get("c5")).toBeCloseTo(Math.log(3), 6);
    expect(x.get("people_management:bias")).toBe(1);
  });

  it("reads the document model's probability as binaryProbability of its features, to the last bit", () => {
    const weights: Record<string, number> = {};
    const names = ["bias", "m1", "m2", "c5", "hand", "whole", "noduties", "nom:none"];
    RESPONSIBILITY_IDS.forEach((id, k) => {
      names.forEach((name, i) => {
        if ((i + k) % 4 !== 1) weights[`${id}:${name}`] = Math.cos(i * 3.1 + k) * 0.9;
      });
      weights[`${id}:nom:engineering_manager`] = 0.3 - k / 40;
    });
    for (const name of names.slice(1, 7)) weights[name] = name.length / 7;
    const document = { bias: -0.4, weights, threshold: 0.5 };
    const prose = readPosting("# Staff Engineer\n\nWe build booking software in Leeds.");
    for (const r of [reading, prose])
      for (const id of RESPONSIBILITY_IDS) {
        const ps = sentenceProbabilities(model(), r)[id];
        expect(documentProbability(document, id, ps, r)).toBe(
          binaryProbability(document, documentFeatures(id, ps, r)),
        );
      }
  });

  it("reads the scope as the surest sentence for each class", () => {
    const scope = {} as ScopeModel;
    for (const c of ["one_team", "several_teams", "whole_org", "no_reports", "exec"] as const)
      scope[c] = silent;
    scope.one_team = { bias: -3, cue: 0, weights: { "g:team": 6 } };
    const read = scopeProbabilities(scope, reading);
    expect(read.one_team).toBeGreaterThan(0.9);
    expect(read.exec).toBeLessThan(0.01);
  });
});
