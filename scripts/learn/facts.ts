/**
 * Learning the facts models (src/core/roles/facts-model.ts) from labelled postings: the fit of
 * each field's model, k-fold cross-validation, and the scores `npm run eval:roles --
 * --facts-cv` prints. Used by `npm run train` too.
 *
 * Multinomial fits: `fitMultinomial` (L-BFGS, L2). The team-size choice is a conditional logit
 * (McFadden 1973) fitted here by L-BFGS: each posting's candidates and a "none" option scored 0,
 * the log-likelihood of the labelled choice (summed over candidates that state the labelled
 * size) plus (λ/2)‖w‖².
 */
import {
  type FactClassModel,
  type FactsModel,
  handOffsets,
  handsOnFeatures,
  learnedFacts,
  type SpanModel,
  type StageClass,
  stageFeatures,
  teamCandidates,
  type WorkModeClass,
  workModeFeatures,
} from "../../src/core/roles/facts-model.js";
import type { TrainingProvenance } from "../../src/core/roles/learned.js";
import { FACT_FIELDS, sameFact } from "../../src/core/roles/score.js";
import { HANDS_ON_LEVELS, type HandsOn, type RoleFacts } from "../../src/core/taxonomy.js";
import { addRidge, foldsOf, minimizeLbfgs, roundTo, topWeights, Vocabulary } from "./lr.js";
import { fitSoftmax, type RoleExample } from "./roles.js";

export interface FactsSettings {
  /** 1: the field's model ships (0: the hand-written reader stands). */
  handsOn: number;
  stage: number;
  workMode: number;
  teamSize: number;
  /** 1: the hands-on model reads word n-grams of duties and requirements too. */
  handsOnGrams: number;
  /** L2 strengths. */
  lambdaHandsOn: number;
  lambdaStage: number;
  lambdaWorkMode: number;
  lambdaTeam: number;
  /**
   * > 0: the class models correct the hand-written readings, starting from their
   * log-probabilities under this ε (see FactClassModel.prior); 0: they start from nothing.
   */
  prior: number;
  /** Added to the "null" class's bias of the stage and work-mode models after the fit. */
  nullShift: number;
  /** A feature must occur in this many training postings (candidates for team size). */
  minDf: number;
  seed: number;
}

export const DEFAULT_FACTS_SETTINGS: FactsSettings = {
  handsOn: 1,
  stage: 1,
  workMode: 1,
  teamSize: 1,
  handsOnGrams: 0,
  lambdaHandsOn: 10,
  lambdaStage: 1,
  lambdaWorkMode: 1,
  lambdaTeam: 3,
  minDf: 2,
  prior: 0.1,
  nullShift: 0,
  seed: 11,
};

const STAGE_CLASSES: readonly StageClass[] = ["early", "growth", "enterprise", "null"];
const WORK_MODE_CLASSES: readonly WorkModeClass[] = ["remote", "hybrid", "onsite", "null"];

function fitClasses<K extends string>(
  xs: readonly Map<string, number>[],
  labels: readonly K[],
  classes: readonly K[],
  lambda: number,
  settings: FactsSettings,
  hands: readonly K[],
): FactClassModel<K> {
  const offsets =
    settings.prior > 0
      ? hands.map((h) => {
          const o = handOffsets(classes, h, settings.prior);
          return classes.map((k) => o[k]);
        })
      : undefined;
  const model = fitSoftmax(xs, labels, classes, lambda, settings.minDf, undefined, offsets);
  return { ...model, ...(settings.prior > 0 ? { prior: settings.prior } : {}) };
}

/** The conditional logit of the team-size choice (see the module comment). */
export function fitSpanModel(
  docs: readonly { candidates: Map<string, number>[]; right: boolean[] }[],
  lambda: number,
  minDf: number,
  prior = 0,
): SpanModel {
  const lift = prior > 0 ? Math.log((1 - prior) / prior) : 0;
  const vocab = Vocabulary.of(
    docs.flatMap((d) => d.candidates),
    minDf,
  );
  const rows = docs.map((d) => ({
    rows: d.candidates.map((c) => vocab.row(c)),
    right: d.right,
    hand: d.candidates.map((c) => lift > 0 && c.has("hand")),
  }));
  const dim = vocab.size;
  const fg = (w: Float64Array, grad: Float64Array) => {
    grad.fill(0);
    let f = 0;
    for (const d of rows) {
      const handChose = d.hand.some((h) => h);
      const none = handChose ? 0 : lift;
      const s = d.rows.map((r, i) => {
        let z = d.hand[i] ? lift : 0;
        for (let j = 0; j < r.idx.length; j++)
          z += (w[r.idx[j] as number] as number) * (r.val[j] as number);
        return z;
      });
      const max = Math.max(none, ...s);
      const all = Math.exp(none - max) + s.reduce((t, z) => t + Math.exp(z - max), 0);
      const anyRight = d.right.some((r) => r);
      const good = anyRight
        ? s.reduce((t, z, i) => t + (d.right[i] ? Math.exp(z - max) : 0), 0)
        : Math.exp(none - max);
      f += Math.log(all) - Math.log(good);
      d.rows.forEach((r, i) => {
        const p = Math.exp((s[i] as number) - max) / all;
        const q = anyRight && d.right[i] ? Math.exp((s[i] as number) - max) / good : 0;
        const e = p - q;
        for (let j = 0; j < r.idx.length; j++) {
          const at = r.idx[j] as number;
          grad[at] = (grad[at] as number) + e * (r.val[j] as number);
        }
      });
    }
    return addRidge(f, w, grad, lambda);
  };
  const { w } = minimizeLbfgs(fg, new Float64Array(dim));
  return { weights: topWeights(w, vocab.names), ...(prior > 0 ? { prior } : {}) };
}

/** The facts model of the settings' fields, fitted on `train`. */
export function trainFactsModel(
  train: readonly RoleExample[],
  settings: FactsSettings,
  provenance: Omit<TrainingProvenance, "settings">,
): FactsModel {
  const model: FactsModel = {
    provenance: { ...provenance, settings: { ...settings } as unknown as Record<string, number> },
  };
  if (settings.handsOn === 1) {
    const grams = settings.handsOnGrams === 1;
    const xs = train.map((e) => handsOnFeatures(e.reading, grams).x);
    if (grams) model.handsOnGrams = true;
    const ys = train.map((e) => (e.label.facts.hands_on ?? "none") as HandsOn);
    const hands = train.map((e) => e.reading.facts.handsOn ?? "none");
    model.handsOn = fitClasses(xs, ys, HANDS_ON_LEVELS, settings.lambdaHandsOn, settings, hands);
  }
  if (settings.stage === 1) {
    const xs = train.map((e) => stageFeatures(e.reading).x);
    const ys = train.map((e) => (e.label.facts.stage ?? "null") as StageClass);
    const hands = train.map((e): StageClass => e.reading.facts.stage ?? "null");
    model.stage = fitClasses(xs, ys, STAGE_CLASSES, settings.lambdaStage, settings, hands);
    model.stage.bias.null = roundTo(model.stage.bias.null + settings.nullShift);
  }
  if (settings.workMode === 1) {
    const xs = train.map((e) => workModeFeatures(e.reading).x);
    const ys = train.map((e) => (e.label.facts.work_mode ?? "null") as WorkModeClass);
    const hands = train.map((e): WorkModeClass => e.reading.facts.workMode ?? "null");
    model.workMode = fitClasses(
      xs,
      ys,
      WORK_MODE_CLASSES,
      settings.lambdaWorkMode,
      settings,
      hands,
    );
    model.workMode.bias.null = roundTo(model.workMode.bias.null + settings.nullShift);
  }
  if (settings.teamSize === 1) {
    const docs = train.flatMap((e) => {
      const label = e.label.facts.team_size;
      const candidates = teamCandidates(e.reading);
      const right = candidates.map((c) => label !== null && sameFact(label, c.size));
      // A size no candidate states cannot be chosen: such postings teach nothing.
      if (label !== null && !right.some((r) => r)) return [];
      return [{ candidates: candidates.map((c) => c.x), right }];
    });
    model.teamSize = fitSpanModel(docs, settings.lambdaTeam, settings.minDf, settings.prior);
  }
  return model;
}

/** The facts of an example as the shipped analyser gives them with `model`. */
export function predictFacts(model: FactsModel | null, e: RoleExample): RoleFacts {
  if (!model) return e.reading.facts;
  return { ...e.reading.facts, ...learnedFacts(model, e.reading).facts };
}

/** Held-out facts of every example: k folds, each read by a model trained on the others. */
export function crossValidateFacts(
  examples: readonly RoleExample[],
  k: number,
  settings: FactsSettings,
): RoleFacts[] {
  const folds = foldsOf(examples.length, k, settings.seed);
  const out = new Array<RoleFacts>(examples.length);
  for (let f = 0; f < k; f++) {
    const train = examples.filter((_, i) => folds[i] !== f);
    const model = trainFactsModel(train, settings, {
      command: "cv",
      seed: settings.seed,
      data: "",
    });
    examples.forEach((e, i) => {
      if (folds[i] === f) out[i] = predictFacts(model, e);
    });
  }
  return out;
}

export interface FieldScore {
  field: string;
  stated: number;
  correct: number;
  unstated: number;
  invented: number;
}

/** Accuracy where the label states each fact and invented values where it does not. */
export function scoreFacts(
  examples: readonly RoleExample[],
  facts: readonly RoleFacts[],
): FieldScore[] {
  return FACT_FIELDS.map(([field, key]) => {
    const s: FieldScore = { field, stated: 0, correct: 0, unstated: 0, invented: 0 };
    examples.forEach((e, i) => {
      const want = e.label.facts[field] ?? null;
      const have = (facts[i] as RoleFacts)[key] ?? null;
      if (want === null) {
        s.unstated++;
        if (have !== null) s.invented++;
      } else {
        s.stated++;
        if (sameFact(want, have)) s.correct++;
      }
    });
    return s;
  });
}

/** One line per field: accuracy (of stated) and invented rate (of unstated). */
export function formatFactScores(title: string, scores: readonly FieldScore[]): string {
  const cell = (a: number, b: number) => (b === 0 ? " n/a" : (a / b).toFixed(2));
  return [
    title,
    ...scores.map(
      (s) =>
        `  ${s.field.padEnd(13)} ${cell(s.correct, s.stated)} of ${String(s.stated).padStart(3)}, invented ${cell(s.invented, s.unstated)} of ${s.unstated}`,
    ),
  ].join("\n");
}
