/**
 * Fitting the sentence-level responsibility reading (src/core/roles/sentence-model.ts) from
 * the evidence labels (`data/labels/evidence/`, see data/README.md "Evidence"): which
 * sentences of each labelled posting assign each of its responsibilities, read twice.
 */
import { type BinaryModel, binaryProbability } from "../../src/core/learn/linear.js";
import type { PostingReading } from "../../src/core/roles/features.js";
import { readPosting } from "../../src/core/roles/features.js";
import { segmentCues } from "../../src/core/roles/responsibilities.js";
import {
  documentFeatures,
  type ResponsibilitySentenceModel,
  SCOPE_CLASSES,
  type ScopeClass,
  type ScopeModel,
  type SentenceLabelModel,
  sentenceFeatureNames,
  sentenceProbabilities,
} from "../../src/core/roles/sentence-model.js";
import { RESPONSIBILITY_IDS, type ResponsibilityId } from "../../src/core/taxonomy.js";
import { loadEvidence, marks } from "./evidence.js";
import {
  bestThreshold,
  extraRowWeights,
  fitBinary,
  foldsOf,
  roundTo,
  type SparseRow,
  topWeights,
  Vocabulary,
} from "./lr.js";
import type { RoleSettings } from "./roles.js";
import { loadWritten, pseudoPostings, type RoleRecord, writtenDir } from "./written-examples.js";

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
 * scope was read, the target of a sentence the share of readers who marked it for the class;
 * with `written` (weight > 0), also the rows of the written posting lines ({@link writtenRows}).
 */
export function fitScopeModels(
  train: readonly { reading: PostingReading; scope: readonly LabelSpans[] }[],
  settings: SentenceSettings,
  written?: WrittenRows,
): ScopeModel {
  const docs: Map<string, number>[] = [];
  for (const e of train)
    for (const names of sentenceRows(e.reading).names) docs.push(new Map(names.map((n) => [n, 1])));
  const extra = writtenIn(written);
  const real = docs.length;
  docs.push(...writtenDocs(written));
  const vocab = Vocabulary.of(docs, settings.sentenceMinDf);
  const rows = docs.map((d) => vocab.row(d));
  const out = {} as ScopeModel;
  for (const c of SCOPE_CLASSES) {
    const y: number[] = [];
    for (const e of train) {
      const t = sentenceTargets(e.reading, true, e.scope, c);
      for (let s = 0; s < e.reading.segments.length; s++) y.push(t?.[s] ?? 0);
    }
    const use = rows.slice(0, real);
    let at = real;
    for (const w of extra) {
      const t = w.scope[c] as Float64Array;
      for (const s of w.kept) {
        const row = rows[at++] as SparseRow;
        if (!written?.unlabelled && !w.scoped[s]) continue;
        use.push(row);
        y.push(t[s] as number);
      }
    }
    const fit = fitBinary(
      use,
      y,
      vocab.size,
      settings.lambdaSentence,
      undefined,
      vocab.size,
      extraRowWeights(real, use.length, written?.weight ?? 0),
    );
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

/**
 * A pseudo-posting of written posting lines (`data/written/roles.jsonl`, packed by
 * pseudoPostings in written-examples.ts) as the sentence trainers read it: read by readPosting
 * like a real posting, its targets from its single evidence reading by {@link sentenceTargets}.
 */
export interface WrittenPosting {
  id: string;
  reading: PostingReading;
  /** The segments that are written lines, in order (the invented title and headings are not). */
  kept: readonly number[];
  /**
   * Per segment, its sentence feature names without `nom:`: the title "Engineering role" is
   * the packer's, not the writer's, and would teach that an untitled posting assigns everything.
   */
  names: readonly string[][];
  cues: readonly ReadonlyMap<string, number>[];
  /** Per responsibility, per segment: 1 when its line's record assigns it, else 0. */
  responsibilities: Readonly<Record<ResponsibilityId, Float64Array>>;
  /** Per scope class, per segment: 1 when its line's record states it, else 0. */
  scope: Readonly<Record<ScopeClass, Float64Array>>;
  /** Per segment: its record assigns some responsibility / states some scope. */
  assigned: readonly boolean[];
  scoped: readonly boolean[];
}

/**
 * Written rows for one kind of sentence model: each kept segment of `postings` becomes a row of
 * row weight `weight` (a real sentence's is 1; 0 leaves them out); `unlabelled` false leaves out
 * the lines whose record has no label of that model's field (no responsibility, no scope).
 */
export interface WrittenRows {
  postings: readonly WrittenPosting[];
  weight: number;
  unlabelled: boolean;
  /**
   * true: every written row also holds the feature {@link WRITTEN_FEATURE}, which no real
   * sentence holds, so that the written lines' own base rate (nearly all assign a duty) is
   * learned by it and not by the bias and the `nom:` features the real sentences share.
   */
  mark?: boolean;
}

/** The feature only written rows hold (see WrittenRows.mark). */
export const WRITTEN_FEATURE = "src:written";

function writtenIn(written: WrittenRows | undefined): readonly WrittenPosting[] {
  return written && written.weight > 0 ? written.postings : [];
}

/**
 * The kept written lines as the sentence trainers' documents, in order: each its sentence
 * features, and the mark when asked ([] without written rows).
 */
function writtenDocs(written: WrittenRows | undefined): Map<string, number>[] {
  const docs: Map<string, number>[] = [];
  for (const w of writtenIn(written))
    for (const s of w.kept) {
      const names = w.names[s] as string[];
      docs.push(new Map((written?.mark ? [...names, WRITTEN_FEATURE] : names).map((n) => [n, 1])));
    }
  return docs;
}

/**
 * Packs role records into pseudo-postings of 16 lines (pseudoPostings, seed 11) and reads them.
 *
 * @returns one {@link WrittenPosting} per pseudo-posting; [] for no records
 */
export function writtenPostings(records: readonly RoleRecord[]): WrittenPosting[] {
  return pseudoPostings(records).map((p) => {
    const reading = readPosting(p.text);
    const n = reading.segments.length;
    const targets = (labelled: readonly string[], readings: readonly LabelSpans[], id: string) =>
      sentenceTargets(reading, labelled.includes(id), readings, id) ?? new Float64Array(n);
    const responsibilities = Object.fromEntries(
      RESPONSIBILITY_IDS.map((id) => [id, targets(p.responsibilities, p.evidence, id)]),
    ) as Record<ResponsibilityId, Float64Array>;
    const scope = Object.fromEntries(
      SCOPE_CLASSES.map((c) => [c, targets(p.scope, p.scopeEvidence, c)]),
    ) as Record<ScopeClass, Float64Array>;
    const any = (by: Record<string, Float64Array>) =>
      reading.segments.map((_, s) => Object.values(by).some((t) => (t[s] as number) > 0));
    return {
      id: p.id,
      reading,
      kept: reading.segments.flatMap((seg, s) => (seg.heading ? [] : [s])),
      names: reading.segments.map((seg) =>
        sentenceFeatureNames(seg, reading).filter((name) => !name.startsWith("nom:")),
      ),
      cues: reading.segments.map((seg) => segmentCues(seg)),
      responsibilities,
      scope,
      assigned: any(responsibilities),
      scoped: any(scope),
    };
  });
}

const writtenCache = new Map<string, WrittenPosting[]>();

/**
 * The written role examples of `dir` (`<dir>/roles.jsonl`, default data/written or
 * BEARING_WRITTEN), packed and read once per directory.
 *
 * @throws Error from loadWritten naming the file, line and field of a bad record
 */
export function loadWrittenPostings(dir = writtenDir()): WrittenPosting[] {
  let out = writtenCache.get(dir);
  if (!out) {
    out = writtenPostings(loadWritten("roles", dir));
    writtenCache.set(dir, out);
  }
  return out;
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
  | "sentenceEvidenceGate"
  | "sentenceEvidenceGateKept"
  | "sentenceEvidenceGateCue"
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

/**
 * The sentence models fitted on the examples with evidence; with `written` (weight > 0), also
 * on the rows of the written posting lines, at their row weight. Written lines enter the
 * vocabulary too (a feature only they hold can be learned) but never the document model.
 */
export function fitSentenceModels(
  train: readonly SentenceExample[],
  settings: SentenceSettings,
  written?: WrittenRows,
): Record<ResponsibilityId, SentenceLabelModel> {
  const withEvidence = train.filter((e) => e.evidence);
  const docs: Map<string, number>[] = [];
  for (const e of withEvidence)
    for (const names of sentenceRows(e.reading).names) docs.push(new Map(names.map((n) => [n, 1])));
  const extra = writtenIn(written);
  docs.push(...writtenDocs(written));
  const vocab = Vocabulary.of(docs, settings.sentenceMinDf);
  const cueColumn = vocab.size;
  const base = docs.map((d) => vocab.row(d));
  const withCue = (row: SparseRow, cue: number): SparseRow =>
    cue > 0
      ? {
          idx: Int32Array.from([...row.idx, cueColumn]),
          val: Float64Array.from([...row.val, cue]),
        }
      : row;
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
        rows.push(withCue(base[at] as SparseRow, cues[s]?.get(id) ?? 0));
        y.push(targets[s] as number);
      }
    }
    const realRows = rows.length;
    for (const w of extra) {
      const t = w.responsibilities[id];
      for (const s of w.kept) {
        const row = base[at++] as SparseRow;
        if (!written?.unlabelled && !w.assigned[s]) continue;
        rows.push(withCue(row, w.cues[s]?.get(id) ?? 0));
        y.push(t[s] as number);
      }
    }
    if (at !== base.length) throw new Error("fitSentenceModels: rows and sentences out of step");
    if (!y.some((v) => v > 0)) {
      // Nothing marked anywhere: the responsibility is never read from a sentence.
      out[id] = { bias: -8, cue: 0, weights: {} };
      continue;
    }
    const fit = fitBinary(
      rows,
      y,
      cueColumn + 1,
      settings.lambdaSentence,
      undefined,
      cueColumn + 1,
      extraRowWeights(realRows, rows.length, written?.weight ?? 0),
    );
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
 * the best micro-F1 on those rows. `written` rows join every sentence model's fit (inner folds
 * and final alike: they hold no held-out posting) and nothing else: the document model and its
 * threshold learn from the real postings' held-out probabilities alone.
 */
export function trainSentenceModel(
  train: readonly SentenceExample[],
  settings: SentenceSettings,
  written?: WrittenRows,
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
      written,
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
      sentences: fitSentenceModels(train, settings, written),
      document,
      ...(handKept.length > 0 ? { handKept } : {}),
      ...(settings.sentenceCueKeep > 0 ? { cueKeep: settings.sentenceCueKeep } : {}),
      ...(settings.sentenceEvidenceGate > 0
        ? {
            evidenceGate: settings.sentenceEvidenceGate,
            ...(settings.sentenceEvidenceGateKept > 0
              ? { evidenceGateKept: settings.sentenceEvidenceGateKept > 1 ? "all" : "cue" }
              : {}),
            ...(settings.sentenceEvidenceGateCue <= 1
              ? { evidenceGateCue: settings.sentenceEvidenceGateCue }
              : {}),
          }
        : {}),
    },
    heldOut,
  };
}
