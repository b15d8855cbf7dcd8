/**
 * Fitting the sentence-level responsibility reading (src/core/roles/sentence-model.ts) from
 * the evidence labels (`data/labels/evidence/`, see data/README.md "Evidence"): which
 * sentences of each labelled posting assign each of its responsibilities, read twice.
 */
import { type BinaryModel, binaryProbability } from "../../src/core/learn/linear.js";
import type { PostingReading } from "../../src/core/roles/features.js";
import { segmentCues } from "../../src/core/roles/responsibilities.js";
import {
  documentFeatures,
  type ResponsibilitySentenceModel,
  SCOPE_CLASSES,
  type ScopeModel,
  type SentenceLabelModel,
  sentenceFeatureNames,
  sentenceProbabilities,
} from "../../src/core/roles/sentence-model.js";
import { RESPONSIBILITY_IDS, type ResponsibilityId } from "../../src/core/taxonomy.js";
import { loadEvidence, marks } from "./evidence.js";
import {
  bestThreshold,
  fitBinary,
  foldsOf,
  roundTo,
  type SparseRow,
  topWeights,
  Vocabulary,
} from "./lr.js";
import type { RoleSettings } from "./roles.js";

/** Character spans `[start, end)` of the sentences one reader marked for each label. */
export type LabelSpans = Partial<Record<string, [number, number][]>>;

/**
 * The evidence readings of the labelled postings, by id (empty when the file is absent): the
 * sentences marked for each responsibility, or (`field: "scope"`) for each scope class.
 */
export function loadResponsibilityEvidence(
  labelsDir: string,
  set: "dev" | "corpus",
  field: "responsibilities" | "scope" = "responsibilities",
): Map<string, LabelSpans[]> {
  const out = new Map<string, LabelSpans[]>();
  for (const [id, entry] of loadEvidence(labelsDir, "jds", set)) {
    const readings = entry.readings.map((r) => r[field]);
    if (readings.every((r) => r !== undefined)) out.set(id, readings as LabelSpans[]);
  }
  return out;
}

/**
 * The scope models: per class (SCOPE_CLASSES), a sentence model fitted on every posting whose
 * scope was read, the target of a sentence the share of readers who marked it for the class.
 */
export function fitScopeModels(
  train: readonly { reading: PostingReading; scope: readonly LabelSpans[] }[],
  settings: SentenceSettings,
): ScopeModel {
  const docs: Map<string, number>[] = [];
  for (const e of train)
    for (const names of sentenceRows(e.reading).names) docs.push(new Map(names.map((n) => [n, 1])));
  const vocab = Vocabulary.of(docs, settings.sentenceMinDf);
  const rows = docs.map((d) => vocab.row(d));
  const out = {} as ScopeModel;
  for (const c of SCOPE_CLASSES) {
    const y: number[] = [];
    for (const e of train) {
      const t = sentenceTargets(e.reading, true, e.scope, c);
      for (let s = 0; s < e.reading.segments.length; s++) y.push(t?.[s] ?? 0);
    }
    const fit = fitBinary(rows, y, vocab.size, settings.lambdaSentence);
    out[c] = {
      bias: roundTo(fit.b),
      cue: 0,
      weights: topWeights(
        fit.w,
        vocab.names,
        settings.sentenceTopK > 0 ? settings.sentenceTopK : Number.POSITIVE_INFINITY,
      ),
    };
  }
  return out;
}

/**
 * The sentence targets of one responsibility in one posting: per segment, the share of readers
 * who marked it (0, 0.5 or 1 with two readers); all 0 when the posting is not labelled with it;
 * `null` when it is labelled but no reader found a sentence that says it (the label was read from
 * the whole text, so no sentence can be taken as a negative).
 */
export function sentenceTargets(
  reading: Pick<PostingReading, "segments">,
  labelled: boolean,
  readings: readonly LabelSpans[],
  id: string,
): Float64Array | null {
  const y = new Float64Array(reading.segments.length);
  if (!labelled) return y;
  const spans = readings.map((r) => r[id] ?? []);
  if (spans.every((s) => s.length === 0)) return null;
  reading.segments.forEach((seg, i) => {
    let marked = 0;
    for (const list of spans) if (list.some((span) => marks(span, [seg.start, seg.end]))) marked++;
    y[i] = marked / readings.length;
  });
  return y;
}

/** What the sentence-level fit needs of a labelled posting. */
export interface SentenceExample {
  id: string;
  reading: PostingReading;
  responsibilities: readonly string[];
  /** Absent: the posting has no evidence labels (it then only feeds the document model). */
  evidence?: readonly LabelSpans[];
}

/** The settings of {@link RoleSettings} the sentence trainers read (documented there). */
export type SentenceSettings = Pick<
  RoleSettings,
  | "lambdaSentence"
  | "lambdaDocument"
  | "sentenceMinDf"
  | "sentenceTopK"
  | "sentenceMin"
  | "sentenceCueKeep"
  | "innerFolds"
  | "seed"
>;

const rowCache = new WeakMap<
  PostingReading,
  { names: string[][]; cues: ReadonlyMap<string, number>[] }
>();

function sentenceRows(reading: PostingReading): {
  names: string[][];
  cues: ReadonlyMap<string, number>[];
} {
  let rows = rowCache.get(reading);
  if (!rows) {
    rows = {
      names: reading.segments.map((seg) => sentenceFeatureNames(seg, reading)),
      cues: reading.segments.map((seg) => segmentCues(seg)),
    };
    rowCache.set(reading, rows);
  }
  return rows;
}

/** The sentence models fitted on the examples with evidence. */
export function fitSentenceModels(
  train: readonly SentenceExample[],
  settings: SentenceSettings,
): Record<ResponsibilityId, SentenceLabelModel> {
  const withEvidence = train.filter((e) => e.evidence);
  const docs: Map<string, number>[] = [];
  for (const e of withEvidence)
    for (const names of sentenceRows(e.reading).names) docs.push(new Map(names.map((n) => [n, 1])));
  const vocab = Vocabulary.of(docs, settings.sentenceMinDf);
  const cueColumn = vocab.size;
  const base = docs.map((d) => vocab.row(d));
  const out = {} as Record<ResponsibilityId, SentenceLabelModel>;
  for (const id of RESPONSIBILITY_IDS) {
    const rows: SparseRow[] = [];
    const y: number[] = [];
    let at = 0;
    for (const e of withEvidence) {
      const { cues } = sentenceRows(e.reading);
      const targets = sentenceTargets(
        e.reading,
        e.responsibilities.includes(id),
        e.evidence ?? [],
        id,
      );
      for (let s = 0; s < cues.length; s++, at++) {
        if (!targets) continue;
        const row = base[at] as SparseRow;
        const cue = cues[s]?.get(id) ?? 0;
        rows.push(
          cue > 0
            ? {
                idx: Int32Array.from([...row.idx, cueColumn]),
                val: Float64Array.from([...row.val, cue]),
              }
            : row,
        );
        y.push(targets[s] as number);
      }
    }
    if (!y.some((v) => v > 0)) {
      // Nothing marked anywhere: the responsibility is never read from a sentence.
      out[id] = { bias: -8, cue: 0, weights: {} };
      continue;
    }
    const fit = fitBinary(rows, y, cueColumn + 1, settings.lambdaSentence);
    out[id] = {
      bias: roundTo(fit.b),
      cue: roundTo(fit.w[cueColumn] as number),
      weights: topWeights(
        fit.w.subarray(0, cueColumn),
        vocab.names,
        settings.sentenceTopK > 0 ? settings.sentenceTopK : Number.POSITIVE_INFINITY,
      ),
    };
  }
  return out;
}

const GRID = Array.from({ length: 19 }, (_, i) => roundTo(0.05 + 0.05 * i, 2));

/**
 * The whole sentence-level reading: sentence models on all of `train`; the document model on
 * sentence probabilities held out by inner folds, its threshold the one of {@link GRID} with
 * the best micro-F1 on those rows.
 */
export function trainSentenceModel(
  train: readonly SentenceExample[],
  settings: SentenceSettings,
): {
  model: ResponsibilitySentenceModel;
  /** Per training example (in order), its document probabilities from held-out sentence models. */
  heldOut: Record<ResponsibilityId, number>[];
} {
  const folds = foldsOf(train.length, settings.innerFolds, settings.seed + 3);
  const xs: Map<string, number>[] = [];
  const ys: number[] = [];
  // The training example behind each row of xs (rows come in blocks of RESPONSIBILITY_IDS).
  const order: number[] = [];
  for (let f = 0; f < settings.innerFolds; f++) {
    const sentences = fitSentenceModels(
      train.filter((_, i) => folds[i] !== f),
      settings,
    );
    const model: ResponsibilitySentenceModel = {
      sentences,
      document: { bias: 0, weights: {}, threshold: 0.5 },
    };
    train.forEach((e, i) => {
      if (folds[i] !== f) return;
      const ps = sentenceProbabilities(model, e.reading);
      for (const id of RESPONSIBILITY_IDS) {
        order.push(i);
        xs.push(documentFeatures(id, ps[id], e.reading));
        ys.push(e.responsibilities.includes(id) ? 1 : 0);
      }
    });
  }
  const vocab = Vocabulary.of(xs, 1);
  const fit = fitBinary(
    xs.map((x) => vocab.row(x)),
    ys,
    vocab.size,
    settings.lambdaDocument,
  );
  const document: BinaryModel = {
    bias: roundTo(fit.b),
    weights: topWeights(fit.w, vocab.names),
    threshold: 0.5,
  };
  document.threshold = bestThreshold(
    xs.map((x, i) => ({ p: binaryProbability(document, x), truth: ys[i] === 1 })),
    GRID,
    null,
  );
  const heldOut = train.map(() => ({}) as Record<ResponsibilityId, number>);
  order.forEach((i, row) => {
    const id = RESPONSIBILITY_IDS[row % RESPONSIBILITY_IDS.length] as ResponsibilityId;
    (heldOut[i] as Record<ResponsibilityId, number>)[id] = binaryProbability(
      document,
      xs[row] as Map<string, number>,
    );
  });
  const handKept = RESPONSIBILITY_IDS.filter(
    (id) => train.filter((e) => e.responsibilities.includes(id)).length < settings.sentenceMin,
  );
  return {
    model: {
      sentences: fitSentenceModels(train, settings),
      document,
      ...(handKept.length > 0 ? { handKept } : {}),
      ...(settings.sentenceCueKeep > 0 ? { cueKeep: settings.sentenceCueKeep } : {}),
    },
    heldOut,
  };
}
