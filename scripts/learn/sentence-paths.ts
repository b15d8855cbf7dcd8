/**
 * Training of the sentence-level path models (src/core/reflect/sentence-paths.ts) from the
 * labelled corpus posts and their sentence evidence (evidence.ts): the sentence models
 * on soft targets, then the document stackers on sentence probabilities held out by inner
 * folds, the considered threshold chosen for micro-F1 on those held-out rows. Deterministic
 * for a seed (the folds); the fits are convex. With `spWritten` > 0 the sentence models (and
 * only they) also learn from the project's written path examples (`data/written/paths.jsonl`).
 */
import type { Features } from "../../src/core/learn/linear.js";
import {
  chosenCandidateFeatures,
  consideredPairFeatures,
  type PathSentenceRow,
  pathSentenceFeatures,
  postLevelFeatures,
  readSentences,
  type SentenceModel,
  type SentencePathsModel,
  type SentenceReadings,
  withFeatures,
} from "../../src/core/reflect/sentence-paths.js";
import { PATH_IDS, type PathId } from "../../src/core/taxonomy.js";
import {
  bestThreshold,
  extraRowWeights,
  fitBinary,
  fitConditionalLogit,
  foldsOf,
  roundTo,
  topWeights,
  Vocabulary,
} from "./lr.js";
import type { ReflectExample, ValueSettings } from "./reflect.js";
import { loadWritten, readPseudoPosts, writtenDir } from "./written-examples.js";

/** The settings of the sentence path models (part of {@link ValueSettings}, prefix `sp`). */
export interface SentencePathSettings {
  /** L2 strength of the sentence models. */
  spLambda: number;
  /** L2 strength of the stackers. */
  spStackLambda: number;
  /** A sentence feature must occur in this many training sentences. */
  spMinDf: number;
  /** Weights kept per sentence model. */
  spTopK: number;
  /** Inner folds for the held-out sentence probabilities. */
  spFolds: number;
  /** 1: a path's considered targets also count its chosen marks. */
  spUnion: number;
  /** 1: a sentence model per path for "states it as the step taken" (SentencePathsModel.kinds). */
  spKind: number;
  /** 0: the chosen stacker reads the post-level features alone (SentencePathsModel.chosenPostOnly). */
  spChosenSentences: number;
  /** 1: the stackers also read the post-level path features (SentencePathsModel.post). */
  spPost: number;
  /** Weights kept of the post-level chosen logit (spChosenSentences 0), as learned-paths.ts keeps. */
  spPostTopK: number;
  /** L2 strength of the stackers' post-level features when they read them (scaled by this). */
  spPostLambda: number;
  /**
   * Row weight (≥ 0) of the written path examples (`data/written/paths.jsonl`, 1,005 sentences
   * the project wrote from the taxonomy alone, see "Written examples" in data/README.md and
   * {@link writtenPathRows}) in the sentence models' fits, inner folds and final, a real
   * sentence weighing 1; 0: off. They never enter the stackers, the considered threshold or any
   * evaluation: every figure below is measured on real posts. Why: 161 posts hold few ways of
   * saying each step, and the sentence models learn only the words they have seen.
   *
   * Not the default (0): measured on 2026-12-04 (session 12) with `npm run eval:reflect --
   * --paths-split --seeds 11,12,13 --set sentencePaths=1 --set spWritten=W` (sentence paths with
   * the other `sp*` defaults; all 1,005 records, 1,032 sentence rows, 312 of them stating no step
   * and weighing none), chosen accuracy / considered F1, CV in half A · half B read by models
   * trained on half A · corpus CV · dev read by a corpus-only model:
   * - W 0:    0.490 / 0.570 · 0.513 / 0.633 · 0.522 / 0.619 · 0.733 / 0.767
   * - W 0.25: 0.477 / 0.603 · 0.492 / 0.580 · 0.522 / 0.639 · 0.800 / 0.820
   * - W 0.5:  0.461 / 0.606 · 0.508 / 0.594 · 0.532 / 0.633 · 0.733 / 0.704
   * - W 1:    0.477 / 0.611 · 0.521 / 0.616 · 0.522 / 0.626 · 0.733 / 0.780
   * - W 0.5 without the sentences that state nothing (`spWrittenBare=0`):
   *           0.477 / 0.610 · 0.508 / 0.615 · 0.526 / 0.639 · 0.733 / 0.727
   * Considered F1 gains in half A's CV at every weight and seed (0.3-6 points, 3-4 on the mean;
   * fewer false ic and founder readings) and 1-2 points on the corpus CV, but loses 2-5 points
   * on half B at every weight (seeds 11, 12, 13 at W 0.25: 0.578, 0.571, 0.592 against 0.650,
   * 0.647, 0.603); chosen accuracy loses 1-3 points in half A's CV and moves by at most a post
   * or two elsewhere. Corpus CV per seed 11, 12, 13 (`--cv --paths --seeds 11,12,13 --grid
   * spWritten=0.25,1`): W 0 0.503 / 0.606, 0.516 / 0.622, 0.547 / 0.629; W 0.25 0.534 / 0.636,
   * 0.484 / 0.644, 0.547 / 0.636; W 1 0.522 / 0.606, 0.522 / 0.636, 0.522 / 0.637 (the shipped
   * post-level models: 0.559 / 0.612, 0.565 / 0.609, 0.578 / 0.614).
   * The gain does not hold out of the half it was read on, so it stays off.
   * (The shipped post-level path models, `sentencePaths` 0, never read these rows.)
   */
  spWritten: number;
  /**
   * 1: the written sentences that state no step and weigh none (history, lessons, paths of
   * other people: hard negatives) count too; 0: only the sentences with a label. See spWritten.
   */
  spWrittenBare: number;
  seed: number;
}

const rowCache = new WeakMap<ReflectExample, PathSentenceRow[]>();

/** The example's sentence rows (cached). */
export function rowsOf(e: ReflectExample): PathSentenceRow[] {
  let r = rowCache.get(e);
  if (!r) {
    r = pathSentenceFeatures(e.reading);
    rowCache.set(e, r);
  }
  return r;
}

function merge(a: Features, b?: Features): Features {
  if (!b || b.size === 0) return a;
  const m = new Map(a);
  for (const [k, v] of b) m.set(k, v);
  return m;
}

/**
 * A written sentence (data/written/paths.jsonl) as the sentence models read it: its features
 * from the post reader, and its targets with the meaning of a real post's evidence targets.
 */
export interface WrittenPathRow {
  row: PathSentenceRow;
  /** [path index]: 1 when the record weighs the path (its `considered`), else 0. */
  considered: number[];
  /** [path index]: 1 when the record states the path as the step taken (its `chosen`), else 0. */
  chosen: number[];
  /** 1 when the record states that no step is chosen yet (`chosen` "undecided"), else 0. */
  undecided: number;
}

const writtenCache = new Map<string, WrittenPathRow[]>();

/**
 * The written path examples of `<dir>/paths.jsonl` as sentence rows: the records packed into
 * pseudo-posts once (written-examples.ts `pseudoPosts`, default size and seed), each read by
 * the post reader (readPost → readReflectionParts → pathSentenceFeatures) and its targets cut
 * by `sentenceTargets` from the pseudo-post's one evidence reading, whose spans are exactly the
 * records: a sentence carries its record's labels (0 or 1), never a neighbour's. Cached by dir.
 *
 * @returns one row per sentence the reader finds (≈ one per record); [] when the file is absent
 * @throws Error naming file, line and field of a bad record (loadWritten)
 */
export function writtenPathRows(dir = writtenDir()): WrittenPathRow[] {
  const cached = writtenCache.get(dir);
  if (cached) return cached;
  const out: WrittenPathRow[] = [];
  for (const { reading, targets: t } of readPseudoPosts(loadWritten("paths", dir))) {
    pathSentenceFeatures(reading).forEach((row, s) => {
      out.push({
        row,
        considered: PATH_IDS.map((p) => t.considered[p]?.[s] ?? 0),
        chosen: PATH_IDS.map((p) => t.chosen[p]?.[s] ?? 0),
        undecided: t.chosen.undecided?.[s] ?? 0,
      });
    });
  }
  writtenCache.set(dir, out);
  return out;
}

/** Whether a written row states no step and weighs none (a hard negative of every model). */
function isBare(w: WrittenPathRow): boolean {
  return w.undecided === 0 && !w.chosen.some((v) => v > 0) && !w.considered.some((v) => v > 0);
}

/** The written rows the settings let into the sentence models' fits ([] when spWritten is 0). */
export function writtenRowsFor(settings: SentencePathSettings): WrittenPathRow[] {
  if (settings.spWritten <= 0) return [];
  const rows = writtenPathRows();
  return settings.spWrittenBare === 1 ? rows : rows.filter((w) => !isBare(w));
}

/**
 * One sentence model's training rows: the real sentences (weight 1), then the written ones
 * (weight spWritten); `weights` stays undefined without written rows, so the fit is the
 * corpus-only fit exactly.
 */
interface SentenceRows {
  docs: Features[];
  y: number[];
  weights?: number[];
}

function withWritten(
  real: { docs: Features[]; y: number[] },
  written: readonly WrittenPathRow[],
  weight: number,
  read: (w: WrittenPathRow) => { x: Features; y: number },
): SentenceRows {
  if (written.length === 0) return real;
  const docs = [...real.docs];
  const y = [...real.y];
  for (const w of written) {
    const r = read(w);
    docs.push(r.x);
    y.push(r.y);
  }
  return { docs, y, weights: extraRowWeights(real.docs.length, docs.length, weight) };
}

function fitSentenceModel(
  { docs, y, weights }: SentenceRows,
  settings: SentencePathSettings,
): SentenceModel {
  const positives = y.reduce((s, v) => s + v, 0);
  if (positives === 0) return { bias: -6, weights: {} };
  const vocab = Vocabulary.of(docs, settings.spMinDf);
  const rows = docs.map((d) => vocab.row(d));
  const fit = fitBinary(rows, y, vocab.size, settings.spLambda, undefined, vocab.size, weights);
  return { bias: roundTo(fit.b), weights: topWeights(fit.w, vocab.names, settings.spTopK) };
}

/**
 * The sentence models from the examples that have sentence evidence, and the `written` rows
 * (default: those the settings let in, {@link writtenRowsFor}) at row weight spWritten. A
 * written row means what a real sentence does: weighs the path (with spUnion 1: or states it
 * taken) for the path's model, states a step taken for `step`, that none is chosen yet for
 * `undecided`, that path taken for its `kinds` model.
 */
export function fitSentenceModels(
  train: readonly ReflectExample[],
  settings: SentencePathSettings,
  written: readonly WrittenPathRow[] = writtenRowsFor(settings),
): Pick<SentencePathsModel, "sentences" | "step" | "undecided" | "kinds"> {
  const add = (
    real: { docs: Features[]; y: number[] },
    read: (w: WrittenPathRow) => { x: Features; y: number },
  ) => withWritten(real, written, settings.spWritten, read);
  const withT = train.filter((e) => e.evidence);
  const sentences = {} as Record<PathId, SentenceModel>;
  PATH_IDS.forEach((path, i) => {
    const docs: Features[] = [];
    const y: number[] = [];
    for (const e of withT) {
      const t = e.evidence?.considered[path];
      const c = e.evidence?.chosen[path];
      const labelled = e.label.considered.includes(path) || e.label.chosen === path;
      // A label no sentence carries rests on the whole text: leave the post out.
      if (labelled && !t && !(settings.spUnion === 1 && c)) continue;
      rowsOf(e).forEach((r, s) => {
        docs.push(merge(r.shared, r.own[i]));
        const v = t?.[s] ?? 0;
        y.push(settings.spUnion === 1 ? Math.max(v, c?.[s] ?? 0) : v);
      });
    }
    sentences[path] = fitSentenceModel(
      add({ docs, y }, (w) => ({
        x: merge(w.row.shared, w.row.own[i]),
        y:
          settings.spUnion === 1
            ? Math.max(w.considered[i] ?? 0, w.chosen[i] ?? 0)
            : (w.considered[i] ?? 0),
      })),
      settings,
    );
  });
  const stepDocs: Features[] = [];
  const stepY: number[] = [];
  const undDocs: Features[] = [];
  const undY: number[] = [];
  for (const e of withT) {
    const chosen = e.label.chosen;
    const t = e.evidence?.chosen[chosen];
    if (!t) continue;
    rowsOf(e).forEach((r, s) => {
      stepDocs.push(r.shared);
      stepY.push(chosen === "undecided" ? 0 : (t[s] ?? 0));
      undDocs.push(r.shared);
      undY.push(chosen === "undecided" ? (t[s] ?? 0) : 0);
    });
  }
  let kinds: Record<PathId, SentenceModel> | undefined;
  if (settings.spKind === 1) {
    kinds = {} as Record<PathId, SentenceModel>;
    for (const [i, path] of PATH_IDS.entries()) {
      const docs: Features[] = [];
      const y: number[] = [];
      for (const e of withT) {
        const t = e.evidence?.chosen[path];
        if (e.label.chosen === path && !t) continue;
        rowsOf(e).forEach((r, s) => {
          docs.push(merge(r.shared, r.own[i]));
          y.push(t?.[s] ?? 0);
        });
      }
      kinds[path] = fitSentenceModel(
        add({ docs, y }, (w) => ({ x: merge(w.row.shared, w.row.own[i]), y: w.chosen[i] ?? 0 })),
        settings,
      );
    }
  }
  return {
    sentences,
    ...(kinds ? { kinds } : {}),
    step: fitSentenceModel(
      add({ docs: stepDocs, y: stepY }, (w) => ({
        x: w.row.shared,
        y: Math.min(
          1,
          w.chosen.reduce((a, v) => a + v, 0),
        ),
      })),
      settings,
    ),
    undecided: fitSentenceModel(
      add({ docs: undDocs, y: undY }, (w) => ({ x: w.row.shared, y: w.undecided })),
      settings,
    ),
  };
}

/**
 * What sentence models not trained on each example say of it: inner folds over the
 * examples with evidence; the others (no sentence was trained on them) read by the full fit.
 */
export function heldOutReadings(
  train: readonly ReflectExample[],
  full: Pick<SentencePathsModel, "sentences" | "step" | "undecided" | "kinds">,
  settings: SentencePathSettings,
  written: readonly WrittenPathRow[] = writtenRowsFor(settings),
): SentenceReadings[] {
  const out: SentenceReadings[] = train.map((e) => readSentences(full, rowsOf(e)));
  const idx = train.map((e, i) => (e.evidence ? i : -1)).filter((i) => i >= 0);
  const folds = foldsOf(idx.length, settings.spFolds, settings.seed + 3);
  for (let f = 0; f < settings.spFolds; f++) {
    const inner = idx.filter((_, k) => folds[k] !== f).map((i) => train[i] as ReflectExample);
    // Every inner fit learns from the written rows too, as the full fit does: the held-out
    // readings the stackers learn from must come from models like the one used.
    const m = fitSentenceModels(inner, settings, written);
    idx.forEach((i, k) => {
      if (folds[k] === f) out[i] = readSentences(m, rowsOf(train[i] as ReflectExample));
    });
  }
  return out;
}

/** The stackers' own features (sentence readings, hand-written verdicts, biases). */
const STACK_NAME =
  /^(?:[a-z_]+\|)?(bias|cmax|c2|cn|step|named|hc|hch|s|k)$|^u:(bias|max|n|step|hand)$/;

/**
 * Post-level features enter the stackers scaled by k = √(λ_stack / λ_post), and their fitted
 * weights are scaled back by k: the same fit as penalising them by λ_post instead of λ_stack.
 */
function scaleOf(settings: SentencePathSettings): number {
  return settings.spPost === 1 ? Math.sqrt(settings.spStackLambda / settings.spPostLambda) : 1;
}

function scaled(x: Features, k: number): Features {
  if (k === 1) return x;
  return new Map([...x].map(([n, v]) => [n, STACK_NAME.test(n) ? v : v * k]));
}

function unscaled(w: Record<string, number>, k: number): Record<string, number> {
  if (k === 1) return w;
  const out: Record<string, number> = {};
  for (const [n, v] of Object.entries(w)) {
    const u = roundTo(STACK_NAME.test(n) ? v : v * k);
    if (u !== 0) out[n] = u;
  }
  return out;
}

const GRID = Array.from({ length: 15 }, (_, i) => roundTo(0.15 + 0.05 * i, 2));

/** The stackers on held-out sentence readings, the considered threshold tuned on them. */
export function fitStackers(
  train: readonly ReflectExample[],
  held: readonly SentenceReadings[],
  settings: SentencePathSettings,
): Pick<SentencePathsModel, "considered" | "chosen"> {
  const k = scaleOf(settings);
  const pairs: Features[] = [];
  const y: number[] = [];
  const post = train.map((e) => (settings.spPost === 1 ? postLevelFeatures(e.reading) : null));
  train.forEach((e, n) => {
    PATH_IDS.forEach((path, i) => {
      const x = consideredPairFeatures(e.reading, held[n] as SentenceReadings, i);
      pairs.push(scaled(withFeatures(x, post[n]?.pairs[i]), k));
      y.push(e.label.considered.includes(path) || e.label.chosen === path ? 1 : 0);
    });
  });
  const vocab = Vocabulary.of(pairs, 1);
  const rows = pairs.map((x) => vocab.row(x));
  const fit = fitBinary(rows, y, vocab.size, settings.spStackLambda);
  const postOnly = settings.spChosenSentences === 0;
  const candidates = postOnly
    ? train.map((e) => postLevelFeatures(e.reading).candidates)
    : train.map((e, n) =>
        chosenCandidateFeatures(e.reading, held[n] as SentenceReadings).map((x, c) =>
          withFeatures(x, post[n]?.candidates[c]),
        ),
      );
  const gold = train.map((e) =>
    e.label.chosen === "undecided" ? PATH_IDS.length : PATH_IDS.indexOf(e.label.chosen),
  );
  const fitted = postOnly
    ? fitConditionalLogit(candidates, gold, settings.spPostLambda, 2, settings.spPostTopK)
    : unscaled(
        fitConditionalLogit(
          candidates.map((c) => c.map((x) => scaled(x, k))),
          gold,
          settings.spStackLambda,
        ),
        k,
      );
  // The chosen path counts as considered: the threshold is tuned with it.
  const picks = candidates.map((cands) => {
    let best = Number.NEGATIVE_INFINITY;
    let at: number = PATH_IDS.length;
    cands.forEach((x, c) => {
      let z = 0;
      for (const [name, v] of x) z += (fitted[name] ?? 0) * v;
      if (z > best) [best, at] = [z, c];
    });
    return at;
  });
  const probs = rows.map(({ idx, val }) => {
    let z = fit.b;
    for (let j = 0; j < idx.length; j++)
      z += (fit.w[idx[j] as number] as number) * (val[j] as number);
    return 1 / (1 + Math.exp(-z));
  });
  const pick = bestThreshold(
    probs.map((p, r) => ({
      p,
      truth: y[r] === 1,
      forced: picks[Math.floor(r / PATH_IDS.length)] === r % PATH_IDS.length,
    })),
    GRID,
  );
  return {
    considered: {
      bias: roundTo(fit.b),
      weights: unscaled(topWeights(fit.w, vocab.names), k),
      threshold: pick,
    },
    chosen: fitted,
    ...(settings.spPost === 1 ? { post: true } : {}),
    ...(postOnly ? { chosenPostOnly: true } : {}),
  };
}

/** Both stages on `train` (see the module comment). */
export function trainSentencePaths(
  train: readonly ReflectExample[],
  settings: SentencePathSettings,
  written: readonly WrittenPathRow[] = writtenRowsFor(settings),
): SentencePathsModel {
  const full = fitSentenceModels(train, settings, written);
  const held = heldOutReadings(train, full, settings, written);
  // The stackers and the considered threshold see the real posts alone.
  return { method: "sentences", ...full, ...fitStackers(train, held, settings) };
}

/** For ValueSettings. */
export const DEFAULT_SENTENCE_PATH_SETTINGS: Omit<SentencePathSettings, "seed"> = {
  spLambda: 3,
  spStackLambda: 1,
  spMinDf: 3,
  spTopK: 400,
  spFolds: 4,
  spUnion: 0,
  spPost: 0,
  spKind: 0,
  spChosenSentences: 1,
  spPostLambda: 30,
  spPostTopK: 300,
  spWritten: 0,
  spWrittenBare: 1,
};

export type { ValueSettings };
