/**
 * The learned values of the reflection analyser: one L2-regularised logistic regression per
 * value (D. R. Cox 1958) over the features of `features.ts` (the hand-written cue strengths
 * among them), fitted by `npm run train` (scripts/train.ts) on labelled posts and shipped in
 * `learned.generated.ts`; this module only applies them. Values with too few labelled posts to
 * learn from keep the hand-written reading. The same model file carries the learned path
 * readings (`paths`, see `learned-paths.ts`).
 *
 * Evidence stays verbatim: a value's evidence is the sentences whose features add most to its
 * score (their n-gram weights plus the cue weights times the sentence's cue strength).
 */
import {
  type BinaryModel,
  binaryProbability,
  contribution,
  linearScore,
  sigmoid,
} from "../learn/linear.js";
import { VALUE_IDS, type ValueId } from "../taxonomy.js";
import {
  cueContext,
  type ReflectionReading,
  type SentenceFeatureOptions,
  type ValueFeatureOptions,
  valueFeatures,
  valueSentenceFeatures,
} from "./features.js";
import type { LearnedPathsModel } from "./learned-paths.js";
import { handEvidence, VALUE_THRESHOLD } from "./values.js";

/** What produced a model file: shown in its header and kept with it. */
export interface ValuesProvenance {
  command: string;
  seed: number;
  /** The labelled sets it learned from, e.g. "data/labels/posts.json (161) + dev (15)". */
  data: string;
  /** Settings of the fit (regularisation, features kept per value, ...). */
  settings: Record<string, number>;
}

/**
 * A value's model. With `sentence`, a multiple-instance model: each sentence s where a cue of
 * the value stands (an instance: `c:<value>` among the features of `valueSentenceFeatures`)
 * gets a score zₛ = sentence.bias + Σ sentence.weights·xₛ + Σ sharedSentence·xₛ (the
 * model's weights shared by every value: where the sentence stands, how it is framed),
 * pooled over the post by a smooth maximum:
 * P(value) = σ(bias + Σ weights·x_doc + (1/r)·log(1 + Σₛ exp(r·zₛ))), r the model's
 * `sharpness`: one sentence that clearly states the value suffices, passing mentions add
 * little. Without `sentence`, a logistic regression over the post's features alone.
 */
export interface ValueModel extends BinaryModel {
  sentence?: { bias: number; weights: Record<string, number> };
}

export interface LearnedValuesModel {
  provenance: ValuesProvenance;
  features: ValueFeatureOptions;
  /** The sentence features of the multiple-instance values (those with `sentence`). */
  sentences?: SentenceFeatureOptions;
  /** Sharpness r of the smooth maximum over sentences (> 0; larger is closer to the max). */
  sharpness?: number;
  /** Sentence weights shared by every multiple-instance value (places and frames). */
  sharedSentence?: Record<string, number>;
  values: Record<ValueId, ValueModel>;
  /** Values with too few labelled posts to learn from: the hand-written reading decides. */
  handOnly: ValueId[];
  /**
   * A value the hand-written cues read at least this strongly (in [0, 1]) stands whatever the
   * learned model says: the learned models add and drop the weaker readings. Above 1: never.
   */
  keepHand?: number;
  /** The learned path readings (`learned-paths.ts`); without them the hand-written ones. */
  paths?: LearnedPathsModel;
}

/** One value the learned model reads in a post. */
export interface LearnedValueFinding {
  id: ValueId;
  /** Probability in [0, 1], 2 decimals. */
  score: number;
  /** Up to three sentences, verbatim from the input, strongest first. */
  evidence: string[];
}

const MAX_EVIDENCE = 3;
/** Evidence sentences weigh at least this share of the strongest one. */
const EVIDENCE_SHARE = 0.4;

/**
 * The probability of every value and the values reported: those whose probability reaches the
 * model's threshold (or, for hand-only values, the hand-written strength reaches its threshold)
 * and that have at least one sentence speaking for them; strongest first.
 */
export function learnedValues(
  model: LearnedValuesModel,
  reading: ReflectionReading,
): { probabilities: Record<ValueId, number>; findings: LearnedValueFinding[] } {
  const { doc, sentences } = valueFeatures(reading, model.features);
  const perSentence = model.sentences ? valueSentenceFeatures(reading, model.sentences) : null;
  const probabilities = {} as Record<ValueId, number>;
  const findings: LearnedValueFinding[] = [];
  for (const id of VALUE_IDS) {
    const signal = reading.signals.find((s) => s.id === id);
    if (model.handOnly.includes(id)) {
      const score = signal?.score ?? 0;
      probabilities[id] = round(score);
      if (signal && score >= VALUE_THRESHOLD && signal.sentences.length > 0)
        findings.push({
          id,
          score: round(score),
          evidence: handEvidence(signal.sentences),
        });
      continue;
    }
    const m = model.values[id];
    const pooled = m.sentence && perSentence ? poolSentences(id, m, doc, perSentence, model) : null;
    const p = pooled ? pooled.p : binaryProbability(m, doc);
    probabilities[id] = round(p);
    if (signal && signal.score >= (model.keepHand ?? 2) && signal.sentences.length > 0) {
      findings.push({
        id,
        score: round(Math.max(p, signal.score)),
        evidence: handEvidence(signal.sentences),
      });
      continue;
    }
    if (p < m.threshold) continue;
    if (pooled) {
      // The sentences that carry the pooled score: the strongest and those whose share of
      // the smooth maximum is at least 40% of its share.
      const zTop = Math.max(...pooled.z);
      const floor = zTop + Math.log(EVIDENCE_SHARE) / (model.sharpness ?? 1);
      const shown = reading.sentences
        .map((sentence, i) => ({ sentence, z: pooled.z[i] ?? -Infinity }))
        .filter((e) => Number.isFinite(e.z) && e.z >= floor)
        .sort((a, b) => b.z - a.z || a.sentence.index - b.sentence.index)
        .slice(0, MAX_EVIDENCE);
      if (shown.length === 0) continue;
      findings.push({
        id,
        score: round(p),
        evidence: [...new Set(shown.map((e) => e.sentence.quote))],
      });
      continue;
    }
    // A cue sentence's part of the score: its strength under the cue features that hold it.
    const cue = m.weights[`h:${id}`] ?? 0;
    const byCue = new Map<number, number>();
    for (const e of signal?.sentences ?? []) {
      const where = model.features.contexts
        ? (m.weights[`${cueContext(reading, e.sentence)}:${id}`] ?? 0)
        : 0;
      const own =
        model.features.cues && e.cue !== undefined ? (m.weights[`k:${id}:${e.cue}`] ?? 0) : 0;
      byCue.set(e.sentence.index, e.strength * (model.features.cueScale * (cue + own) + where));
    }
    const ranked = sentences
      .map((s) => ({
        s,
        c: contribution(m.weights, s.names) + (byCue.get(s.sentence.index) ?? 0),
      }))
      .filter((e) => e.c > 0)
      .sort((a, b) => b.c - a.c || a.s.sentence.index - b.s.sentence.index);
    // As for the hand-written reading: only sentences not far below the strongest one.
    const floor = EVIDENCE_SHARE * (ranked[0]?.c ?? 0);
    const shown = ranked.filter((e) => e.c >= floor).slice(0, MAX_EVIDENCE);
    if (shown.length === 0) continue;
    findings.push({
      id,
      score: round(p),
      evidence: [...new Set(shown.map((e) => e.s.sentence.quote))],
    });
  }
  findings.sort((a, b) => b.score - a.score);
  return { probabilities, findings };
}

/** The multiple-instance probability of one value and every sentence's score zₛ. */
export function poolSentences(
  id: ValueId,
  m: ValueModel,
  doc: Map<string, number>,
  perSentence: readonly Map<string, number>[],
  model: Pick<LearnedValuesModel, "sharpness" | "sharedSentence">,
): { p: number; z: number[] } {
  const r = model.sharpness ?? 1;
  const scorer = m.sentence as NonNullable<ValueModel["sentence"]>;
  const shared = model.sharedSentence ?? {};
  const z = perSentence.map((x) =>
    x.has(`c:${id}`)
      ? linearScore(scorer.bias, scorer.weights, x) + linearScore(0, shared, x)
      : Number.NEGATIVE_INFINITY,
  );
  return { p: sigmoid(linearScore(m.bias, m.weights, doc) + smoothMax(z, r)), z };
}

/**
 * (1/r)·log(1 + Σ exp(r·zᵢ)), computed without overflow: ≈ max(0, max zᵢ) for large r; 0 when
 * every zᵢ is −∞ (no instance).
 */
export function smoothMax(z: readonly number[], r: number): number {
  let top = 0;
  for (const v of z) if (r * v > top) top = r * v;
  let total = Math.exp(-top);
  for (const v of z) total += Math.exp(r * v - top);
  return (Math.log(total) + top) / r;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
