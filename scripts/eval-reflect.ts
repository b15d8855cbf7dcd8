/**
 * Scores the reflection analyser on labelled posts:
 *
 *   npm run eval:reflect -- DIR [--json]
 *   npm run eval:reflect -- --cv [--folds K] [--seed N] [--set NAME=V]... [--json]
 *   npm run eval:reflect -- --cv --grid NAME=V1,V2,... [--grid ...] [--set NAME=V]...
 *   npm run eval:reflect -- --cv --paths [--seeds 11,12,13] [--grid ...] [--set NAME=V]...
 *   npm run eval:reflect -- --values-split [--seeds 11,12,13] [--errors] [--grid ...] [--set NAME=V]...
 *   npm run eval:reflect -- --paths-split [--seeds 11,12,13] [--details] [--set NAME=V]...
 *   npm run eval:reflect -- --stack-scores [--seeds 11,12,13] [--set NAME=V]...
 *
 * DIR is a folder in the format of `shared/dev/posts/` (`<id>.md` texts and a `labels.json`
 * list of `{id, values, considered, chosen}`); the report gives per-value precision, recall
 * and F1, values micro- and macro-F1, chosen-path accuracy and considered-path micro-F1.
 * Scoring is `src/core/reflect/score.ts`; this script only reads files. Exit 2 when the
 * folder or its labels cannot be read.
 *
 * `--cv` evaluates the learned values model honestly: K-fold cross-validation (default 5) on
 * the labelled corpus (`data/labels/posts.json`, or the folder BEARING_LABELS names), each
 * fold read by a model trained on the other folds; then the dev set (`../shared/dev/posts`)
 * read by a model trained on the corpus alone; and, beside each, the hand-written analyser on
 * the same posts (on the dev set it was tuned on them, so its figure there is not honest).
 * `--set` changes one setting of the training (scripts/learn/reflect.ts ValueSettings);
 * `--grid` prints one line of cross-validated figures per combination of settings (the dev
 * set is not shown: settings are chosen on the corpus alone). `--paths` cross-validates the path
 * models alone (no values model is fitted, so it takes seconds), for each seed of `--seeds`
 * (the fold assignment; default `--seed`) and their mean: 161 posts give chosen accuracy
 * steps of 0.006 and a fold split moves it by a few points, so settings are compared over
 * several splits. The cross-validated output also prints the chosen path's confusion table.
 *
 * `--values-split` scores the values on two fixed halves of the corpus (by a hash of each id,
 * {@link valuesHalf}): k-fold CV inside half A for each seed of `--seeds` (cue and setting
 * changes are chosen by this), half A read out of fold, and half B and the dev set read by a
 * model trained on half A alone, per value and in total, with the hand-written analyser beside.
 * `--errors` adds half A's missed and extra values with their sentences; half B's and the dev
 * set's errors are never printed, so they stay an honest check of changes read off half A.
 * `--paths-split` scores the path models on two fixed halves of the corpus ({@link pathsHalf}):
 * CV inside half A for each seed of `--seeds` (the figure path settings are chosen by), with its
 * confusion table; half B read by path models trained on half A (aggregates only: nobody reads
 * B's errors); the corpus CV; and the dev set read by path models trained on the corpus alone.
 * `--details` adds half A's held-out chosen-path errors (id, label, reading, title), the only
 * errors ever printed.
 * With `--set spWritten=W` (or a grid over it) W > 0, the output first names the written path
 * examples the sentence path models train on (file, records, sentence rows; BEARING_WRITTEN
 * moves the folder): they enter only the sentence models' fits, every figure is on real posts.
 * `--stack-scores` checks that the sentence-level values' stacker reads at use time the scores
 * it was fitted on ({@link stackScoreCheck}): per seed of `--seeds`, the quantiles of the best
 * sentence score of (post, value) pairs with and without the value, and the stacker's precision
 * and recall, in-fold, on the inner held-out folds it is fitted on, at use time and bagged.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { vectorsForShippedModel } from "../src/cli/word-vectors.js";
import { binaryProbability } from "../src/core/learn/linear.js";
import { analyseReflection, type Reflection } from "../src/core/reflect/analyse.js";
import { cueContext } from "../src/core/reflect/features.js";
import {
  formatScores,
  type ReflectionLabel,
  type ReflectionScores,
  scoreReflections,
} from "../src/core/reflect/score.js";
import { PATH_IDS, VALUE_IDS, type ValueId } from "../src/core/taxonomy.js";
import { foldsOf } from "./learn/lr.js";
import {
  crossValidatePaths,
  crossValidateReflections,
  DEFAULT_VALUE_SETTINGS,
  fitSentenceModels,
  learnedPathsOf,
  loadReflectExamples,
  predictReflection,
  type ReflectExample,
  stackRows,
  trainPathsModel,
  trainSentenceValues,
  trainValuesModel,
  type ValueSettings,
} from "./learn/reflect.js";
import { writtenPathRows } from "./learn/sentence-paths.js";
import { loadWritten, writtenDir } from "./learn/written-examples.js";

export interface Evaluation {
  scores: ReflectionScores;
  rows: Array<{ label: ReflectionLabel; reflection: Reflection }>;
}

const EXTENSIONS = [".md", ".markdown", ".txt", ""];

/** Analyses every labelled text of `dir` and scores the results. */
export function evaluateDir(dir: string): Evaluation {
  const labelsPath = join(dir, "labels.json");
  if (!existsSync(labelsPath)) throw new Error(`${labelsPath}: no labels.json in this folder`);
  const labels = JSON.parse(readFileSync(labelsPath, "utf8")) as ReflectionLabel[];
  // The word vectors `bearing reflect` gives the shipped model: the analyser scored is the one
  // users run (without them, a model whose sentences read vectors reads each as the mean one).
  const vectors = vectorsForShippedModel();
  const rows = labels.map((label) => {
    const file = EXTENSIONS.map((ext) => join(dir, `${label.id}${ext}`)).find((p) => existsSync(p));
    if (!file) throw new Error(`${join(dir, label.id)}.md: labelled text not found`);
    const reflection = analyseReflection(readFileSync(file, "utf8"), { fileName: file, vectors });
    return { label, reflection };
  });
  const scores = scoreReflections(
    labels,
    rows.map(({ label, reflection }) => ({
      id: label.id,
      values: reflection.values.map((v) => v.id),
      considered: reflection.paths.considered,
      chosen: reflection.paths.chosen,
    })),
  );
  return { scores, rows };
}

function scoreOf(examples: readonly ReflectExample[], reflections: readonly Reflection[]) {
  return scoreReflections(
    examples.map((e) => e.label),
    examples.map((e, i) => {
      const r = reflections[i] as Reflection;
      return {
        id: e.id,
        values: r.values.map((v) => v.id),
        considered: r.paths.considered,
        chosen: r.paths.chosen,
      };
    }),
  );
}

/** Labels of the chosen path, in table order: the nine paths, then `undecided`. */
const CHOSEN_LABELS: readonly string[] = [...PATH_IDS, "undecided"];

/** Chosen-path confusion: `counts[gold][read]`, labels in {@link CHOSEN_LABELS} order. */
export interface ChosenConfusion {
  labels: readonly string[];
  counts: number[][];
}

function chosenConfusion(
  examples: readonly ReflectExample[],
  reflections: readonly Reflection[],
): ChosenConfusion {
  const counts = CHOSEN_LABELS.map(() => CHOSEN_LABELS.map(() => 0));
  examples.forEach((e, i) => {
    const gold = CHOSEN_LABELS.indexOf(e.label.chosen);
    const read = CHOSEN_LABELS.indexOf((reflections[i] as Reflection).paths.chosen);
    const row = counts[gold] as number[];
    row[read] = (row[read] as number) + 1;
  });
  return { labels: CHOSEN_LABELS, counts };
}

/** The confusion table as text: one row per labelled path, one column per path read. */
export function formatConfusion(c: ChosenConfusion): string {
  const short = (label: string) => label.slice(0, 6);
  const head = `${"label \\ read".padEnd(17)}${c.labels.map((l) => short(l).padStart(7)).join("")}`;
  const rows = c.labels.map(
    (label, i) =>
      `${label.padEnd(17)}${(c.counts[i] as number[]).map((n) => String(n).padStart(7)).join("")}`,
  );
  return [head, ...rows].join("\n");
}

export interface HonestReflectEvaluation {
  folds: number;
  corpus: number;
  cv: { learned: ReflectionScores; hand: ReflectionScores; confusion: ChosenConfusion };
  dev: { learned: ReflectionScores; hand: ReflectionScores } | null;
}

let loaded: { corpus: ReflectExample[]; dev: ReflectExample[] } | null = null;

/**
 * K-fold cross-validation on the corpus labels and the corpus-only model on the dev set.
 * `overrides` change settings of {@link DEFAULT_VALUE_SETTINGS} (e.g. `{ lambda: 30 }`).
 */
export function evaluateLearnedReflect(
  folds: number,
  seed: number,
  overrides: Partial<ValueSettings> = {},
  withDev = true,
): HonestReflectEvaluation {
  const settings = { ...DEFAULT_VALUE_SETTINGS, ...overrides, seed };
  loaded ??= { corpus: loadReflectExamples("corpus"), dev: loadReflectExamples("dev") };
  const corpus = loaded.corpus;
  const held = crossValidateReflections(corpus, folds, settings);
  const hand = corpus.map((e) => predictReflection(null, e));
  const devExamples = loaded.dev;
  let dev: HonestReflectEvaluation["dev"] = null;
  if (withDev && devExamples.length > 0) {
    const model = trainValuesModel(corpus, settings, { command: "eval", seed, data: "corpus" });
    dev = {
      learned: scoreOf(
        devExamples,
        devExamples.map((e) => predictReflection(model, e)),
      ),
      hand: scoreOf(
        devExamples,
        devExamples.map((e) => predictReflection(null, e)),
      ),
    };
  }
  return {
    folds,
    corpus: corpus.length,
    cv: {
      learned: scoreOf(corpus, held),
      hand: scoreOf(corpus, hand),
      confusion: chosenConfusion(corpus, held),
    },
    dev,
  };
}

function formatHonest(h: HonestReflectEvaluation): string {
  const out = [
    `== ${h.folds}-fold cross-validation on the labelled corpus (${h.corpus} posts), learned values ==`,
    formatScores(h.cv.learned),
    "",
    "chosen path confusion (cross-validated; rows: the label, columns: the path read)",
    formatConfusion(h.cv.confusion),
    "",
    "== hand-written analyser on the same posts ==",
    formatScores(h.cv.hand),
  ];
  if (h.dev) {
    out.push(
      "== dev set (../shared/dev/posts) read by a model trained on the corpus alone (honest estimate) ==",
      formatScores(h.dev.learned),
      "== hand-written analyser on the dev set (tuned on it) ==",
      formatScores(h.dev.hand),
    );
  }
  return out.join("\n");
}

/** Half A or B of the corpus posts for `--values-split`: FNV-1a of the id, fixed for good. */
export function valuesHalf(id: string): "A" | "B" {
  let h = 0x811c9dc5;
  for (const c of `values-split:${id}`) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 0x01000193);
  return (h >>> 0) % 2 === 0 ? "A" : "B";
}

export interface ValuesSplitEvaluation {
  sizes: { a: number; b: number; dev: number };
  /** Mean over the seeds of k-fold CV inside half A (settings are chosen by this). */
  cvA: Array<{ seed: number; micro: number; macro: number }>;
  /** Half A's out-of-fold reading (first seed): its errors may be read. */
  a: { learned: ReflectionScores; hand: ReflectionScores };
  /** Half B and the dev set read by a model trained on half A: scored only. */
  b: { learned: ReflectionScores; hand: ReflectionScores };
  dev: { learned: ReflectionScores; hand: ReflectionScores } | null;
  /** Half A's value errors, out of fold (first seed), when asked for. */
  errors: string[];
}

/**
 * The values on two fixed halves of the corpus ({@link valuesHalf}): k-fold CV inside half A
 * for each seed (settings and cues are chosen by these), half A's out-of-fold errors, and half
 * B and the dev set read by a model trained on half A alone. Only half A's errors are shown.
 */
export function evaluateValuesSplit(
  folds: number,
  seeds: readonly number[],
  overrides: Partial<ValueSettings> = {},
  withErrors = false,
): ValuesSplitEvaluation {
  loaded ??= { corpus: loadReflectExamples("corpus"), dev: loadReflectExamples("dev") };
  const a = loaded.corpus.filter((e) => valuesHalf(e.id) === "A");
  const b = loaded.corpus.filter((e) => valuesHalf(e.id) === "B");
  const dev = loaded.dev;
  const first = seeds[0] ?? DEFAULT_VALUE_SETTINGS.seed;
  const settingsOf = (seed: number) => ({ ...DEFAULT_VALUE_SETTINGS, ...overrides, seed });
  let heldA: Reflection[] = [];
  const cvA = seeds.map((seed) => {
    const held = crossValidateReflections(a, folds, settingsOf(seed));
    if (seed === first) heldA = held;
    const s = scoreOf(a, held);
    return { seed, micro: s.valuesMicro.f1, macro: s.valuesMacroF1 };
  });
  const model = trainValuesModel(a, settingsOf(first), {
    command: "eval",
    seed: first,
    data: "corpus half A",
  });
  const read = (examples: readonly ReflectExample[]) => ({
    learned: scoreOf(
      examples,
      examples.map((e) => predictReflection(model, e)),
    ),
    hand: scoreOf(
      examples,
      examples.map((e) => predictReflection(null, e)),
    ),
  });
  return {
    sizes: { a: a.length, b: b.length, dev: dev.length },
    cvA,
    a: {
      learned: scoreOf(a, heldA),
      hand: scoreOf(
        a,
        a.map((e) => predictReflection(null, e)),
      ),
    },
    b: read(b),
    dev: dev.length > 0 ? read(dev) : null,
    errors: withErrors ? valueErrors(a, heldA) : [],
  };
}

/**
 * Half A's value errors, one block per post: each missed value (-) with the hand-written
 * reading's strongest cue sentences (or "no cue"), each extra value (+) with its evidence.
 */
function valueErrors(examples: readonly ReflectExample[], held: readonly Reflection[]): string[] {
  const out: string[] = [];
  const cut = (s: string) => (s.length > 160 ? `${s.slice(0, 157)}...` : s).replace(/\s+/g, " ");
  examples.forEach((e, i) => {
    const r = held[i] as Reflection;
    const said = new Set(r.values.map((v) => v.id));
    const gold = new Set(e.label.values);
    const lines: string[] = [];
    for (const id of gold) {
      if (said.has(id)) continue;
      const signal = e.reading.signals.find((s) => s.id === id);
      if (!signal || signal.sentences.length === 0) {
        lines.push(`  - ${id}: no cue`);
        continue;
      }
      lines.push(
        `  - ${id}: hand ${signal.score.toFixed(2)}${signal.rejected ? " (rejected)" : ""}`,
      );
      for (const s of signal.sentences.slice(0, 2))
        lines.push(
          `      ${s.strength.toFixed(2)} [${cueContext(e.reading, s.sentence)}] ${cut(s.sentence.text)}`,
        );
    }
    for (const v of r.values) {
      if (gold.has(v.id)) continue;
      lines.push(`  + ${v.id}: ${v.score.toFixed(2)}`);
      for (const q of v.evidence.slice(0, 2)) lines.push(`      ${cut(q)}`);
    }
    if (lines.length > 0) out.push(`${e.id} (labels: ${[...gold].join(", ") || "none"})`, ...lines);
  });
  return out;
}

function splitTable(h: ValuesSplitEvaluation): string {
  const ids = VALUE_IDS;
  const cell = (s: ReflectionScores | undefined, id: ValueId) => {
    const c = s?.perValue[id];
    return c ? `${c.f1.toFixed(2)} (${c.tp + c.fn})`.padStart(10) : "         -";
  };
  const lines = [
    `values F1 (support): A out of fold (${h.sizes.a}), B read by a model trained on A (${h.sizes.b}), dev read by the same (${h.sizes.dev}); hand-written beside`,
    `${"value".padEnd(18)}${"A".padStart(10)}${"B".padStart(10)}${"dev".padStart(10)}${"hand A".padStart(10)}${"hand B".padStart(10)}`,
    ...ids.map(
      (id) =>
        `${id.padEnd(18)}${cell(h.a.learned, id)}${cell(h.b.learned, id)}${cell(h.dev?.learned, id)}${cell(h.a.hand, id)}${cell(h.b.hand, id)}`,
    ),
  ];
  const sum = (name: string, s: ReflectionScores | undefined) =>
    s
      ? `${name.padEnd(28)} micro P/R/F1 ${s.valuesMicro.precision.toFixed(3)} / ${s.valuesMicro.recall.toFixed(3)} / ${s.valuesMicro.f1.toFixed(3)}  macro ${s.valuesMacroF1.toFixed(3)}`
      : `${name}: none`;
  const mean = (f: (r: ValuesSplitEvaluation["cvA"][number]) => number) =>
    h.cvA.reduce((acc, r) => acc + f(r), 0) / Math.max(1, h.cvA.length);
  lines.push(
    "",
    `CV inside half A: micro ${mean((r) => r.micro).toFixed(3)} macro ${mean((r) => r.macro).toFixed(3)}  (per seed ${h.cvA.map((r) => `${r.seed}: ${r.micro.toFixed(3)}`).join(", ")})`,
    sum("half A, out of fold", h.a.learned),
    sum("half B, trained on A", h.b.learned),
    sum("dev, trained on A", h.dev?.learned),
    sum("hand-written, half A", h.a.hand),
    sum("hand-written, half B", h.b.hand),
    sum("hand-written, dev (tuned)", h.dev?.hand),
  );
  if (h.errors.length > 0)
    lines.push("", "half A value errors (out of fold, first seed):", ...h.errors);
  return `${lines.join("\n")}\n`;
}

/** One (post, value) pair of {@link stackScoreCheck}: best sentence score, label, stacker. */
interface StackPair {
  top: number;
  truth: boolean;
  said: boolean;
}

/** Best-sentence scores and the stacker's reading of one group of (post, value) pairs. */
export interface StackGroup {
  name: string;
  /** Quantiles 0.1, 0.25, 0.5, 0.75, 0.9 of the best sentence score (log-odds), by label. */
  positives: number[];
  negatives: number[];
  pairs: number;
  precision: number;
  recall: number;
}

const QUANTILES = [0.1, 0.25, 0.5, 0.75, 0.9];

function groupOf(name: string, pairs: readonly StackPair[]): StackGroup {
  const q = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return QUANTILES.map((p) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN);
  };
  const said = pairs.filter((r) => r.said);
  const tp = said.filter((r) => r.truth).length;
  const pos = pairs.filter((r) => r.truth).length;
  return {
    name,
    positives: q(pairs.filter((r) => r.truth).map((r) => r.top)),
    negatives: q(pairs.filter((r) => !r.truth).map((r) => r.top)),
    pairs: pairs.length,
    precision: said.length > 0 ? tp / said.length : 0,
    recall: pos > 0 ? tp / pos : 0,
  };
}

/**
 * Whether the sentence-level values' stacker reads at use time the scores it was fitted on
 * (`--stack-scores`). In k-fold CV over the corpus, for the learned values of each fold's
 * model: the best sentence score of every (post, value) pair and the stacker's decision on it,
 * (1) for the training posts read by the sentence models trained on them (in-fold), (2) for
 * the training posts read by the inner-fold models that did not see them (what the stacker is
 * fitted on), (3) for the held-out posts read by the sentence models trained on all the
 * training posts (use time), and (4) the same posts read by the mean of the inner-fold models
 * (bagging).
 */
export function stackScoreCheck(
  folds: number,
  seed: number,
  overrides: Partial<ValueSettings> = {},
): StackGroup[] {
  const settings = { ...DEFAULT_VALUE_SETTINGS, ...overrides, seed };
  loaded ??= { corpus: loadReflectExamples("corpus"), dev: loadReflectExamples("dev") };
  const corpus = loaded.corpus;
  const groups: Record<"infold" | "inner" | "use" | "bagged", StackPair[]> = {
    infold: [],
    inner: [],
    use: [],
    bagged: [],
  };
  const outer = foldsOf(corpus.length, folds, seed);
  for (let f = 0; f < folds; f++) {
    const train = corpus.filter((_, i) => outer[i] !== f);
    const test = corpus.filter((_, i) => outer[i] === f);
    const ids = VALUE_IDS.filter(
      (id) => train.filter((e) => e.label.values.includes(id)).length >= settings.minPositives,
    );
    const model = trainSentenceValues(train, ids, settings);
    type Sentence = typeof model.sentence;
    const read = (into: StackPair[], examples: readonly ReflectExample[], sentence: Sentence) => {
      const rows = stackRows(sentence, examples, ids, settings);
      examples.forEach((e, n) => {
        ids.forEach((id, v) => {
          const x = (rows[n] as Map<string, number>[])[v] as Map<string, number>;
          into.push({
            top: x.get("top") ?? -10,
            truth: e.label.values.includes(id),
            said: binaryProbability(model.stacker, x) >= model.stacker.threshold,
          });
        });
      });
    };
    read(groups.infold, train, model.sentence);
    read(groups.use, test, model.sentence);
    const inner = foldsOf(train.length, settings.innerFolds, settings.seed + 3);
    const bag: Sentence = {};
    for (let g = 0; g < settings.innerFolds; g++) {
      const m = fitSentenceModels(
        train.filter((_, i) => inner[i] !== g),
        ids,
        settings,
      );
      read(
        groups.inner,
        train.filter((_, i) => inner[i] === g),
        m,
      );
      for (const id of ids) {
        const s = m[id];
        if (!s) continue;
        const b = bag[id] ?? { bias: 0, weights: {} };
        bag[id] = b;
        b.bias += s.bias / settings.innerFolds;
        for (const [k, w] of Object.entries(s.weights))
          b.weights[k] = (b.weights[k] ?? 0) + w / settings.innerFolds;
      }
    }
    read(groups.bagged, test, bag);
  }
  return [
    groupOf("in-fold (training posts, full model)", groups.infold),
    groupOf("inner held-out (what the stacker fits)", groups.inner),
    groupOf("use time (held-out posts, full model)", groups.use),
    groupOf("bagged (held-out posts, inner-fold mean)", groups.bagged),
  ];
}

function stackTable(groups: readonly StackGroup[], seed: number): string {
  const qs = (xs: number[]) => xs.map((v) => v.toFixed(2).padStart(6)).join("");
  return [
    `best sentence score (log-odds) by group, quantiles ${QUANTILES.join(" / ")}; stacker P / R (seed ${seed})`,
    ...groups.flatMap((g) => [
      `${g.name} (${g.pairs} pairs): stacker P ${g.precision.toFixed(3)} R ${g.recall.toFixed(3)}`,
      `  holds the value  ${qs(g.positives)}`,
      `  does not         ${qs(g.negatives)}`,
    ]),
    "",
  ].join("\n");
}

/**
 * The chosen path read as two questions: whether a step is taken at all (`undecided` or not),
 * against always answering the label's majority, and which kind where both the label and the
 * reading take a step: which of the two the chosen-path errors come from. Only scores, never
 * which post was misread, so half B's figure stays an honest check.
 */
export interface ChosenStages {
  /** Share of posts where label and reading agree on whether a step is taken. */
  decided: number;
  /** The same for the constant answer of the majority ("a step is taken" or `undecided`). */
  majority: number;
  /** Right kind among posts where both take a step, and how many those are. */
  kind: number;
  both: number;
}

export function chosenStages(
  labels: readonly Pick<ReflectionLabel, "chosen">[],
  read: readonly Pick<Reflection["paths"], "chosen">[],
): ChosenStages {
  let agree = 0;
  let both = 0;
  let right = 0;
  labels.forEach((l, i) => {
    const r = (read[i] as Pick<Reflection["paths"], "chosen">).chosen;
    if ((l.chosen === "undecided") === (r === "undecided")) agree++;
    if (l.chosen !== "undecided" && r !== "undecided") {
      both++;
      if (l.chosen === r) right++;
    }
  });
  const n = Math.max(1, labels.length);
  const stepped = labels.filter((l) => l.chosen !== "undecided").length;
  return {
    decided: agree / n,
    majority: Math.max(stepped, labels.length - stepped) / n,
    kind: right / Math.max(1, both),
    both,
  };
}

function stagesLine(s: ChosenStages): string {
  return `step taken or not ${s.decided.toFixed(3)} (majority answer ${s.majority.toFixed(3)}), kind ${s.kind.toFixed(3)} where both take a step (${s.both})`;
}

/**
 * Cross-validated figures of the path models alone (no values model fitted), for each seed of
 * the folds and their mean: chosen accuracy and considered micro-F1.
 */
export function evaluatePathsCv(
  folds: number,
  seeds: readonly number[],
  overrides: Partial<ValueSettings> = {},
): Array<{ seed: number; chosen: number; considered: number; stages: ChosenStages }> {
  loaded ??= { corpus: loadReflectExamples("corpus"), dev: loadReflectExamples("dev") };
  const corpus = loaded.corpus;
  return seeds.map((seed) => {
    const settings = { ...DEFAULT_VALUE_SETTINGS, ...overrides, seed };
    const held = crossValidatePaths(corpus, folds, settings);
    const scores = scoreReflections(
      corpus.map((e) => e.label),
      corpus.map((e, i) => ({ id: e.id, values: [], ...(held[i] as (typeof held)[number]) })),
    );
    return {
      seed,
      chosen: scores.chosen.accuracy,
      considered: scores.considered.f1,
      stages: chosenStages(
        corpus.map((e) => e.label),
        held,
      ),
    };
  });
}

function pathsLine(folds: number, seeds: readonly number[], overrides: Partial<ValueSettings>) {
  const runs = evaluatePathsCv(folds, seeds, overrides);
  const mean = (f: (r: (typeof runs)[number]) => number) =>
    runs.reduce((s, r) => s + f(r), 0) / runs.length;
  const each = runs
    .map((r) => `${r.seed}: ${r.chosen.toFixed(3)}/${r.considered.toFixed(3)}`)
    .join(", ");
  return `CV paths chosen ${mean((r) => r.chosen).toFixed(3)}  considered ${mean((r) => r.considered).toFixed(3)}  (per seed chosen/considered ${each}); chosen in two stages, mean: step taken or not ${mean((r) => r.stages.decided).toFixed(3)} (majority ${mean((r) => r.stages.majority).toFixed(3)}), kind ${mean((r) => r.stages.kind).toFixed(3)}`;
}

/** Half A or B of the corpus for `--paths-split`: FNV-1a of the id, fixed for good. */
export function pathsHalf(id: string): "A" | "B" {
  let h = 0x811c9dc5;
  for (const c of `paths-split:${id}`) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 0x01000193);
  return (h >>> 0) % 2 === 0 ? "A" : "B";
}

type PathGuess = Pick<Reflection["paths"], "considered" | "chosen">;

function pathScores(examples: readonly ReflectExample[], guesses: readonly PathGuess[]) {
  return scoreReflections(
    examples.map((e) => e.label),
    examples.map((e, i) => ({ id: e.id, values: [], ...(guesses[i] as PathGuess) })),
  );
}

function pathConfusion(examples: readonly ReflectExample[], guesses: readonly PathGuess[]) {
  const counts = CHOSEN_LABELS.map(() => CHOSEN_LABELS.map(() => 0));
  examples.forEach((e, i) => {
    const row = counts[CHOSEN_LABELS.indexOf(e.label.chosen)] as number[];
    const read = CHOSEN_LABELS.indexOf((guesses[i] as PathGuess).chosen);
    row[read] = (row[read] as number) + 1;
  });
  return { labels: CHOSEN_LABELS, counts };
}

/**
 * The path models on the fixed halves (see the module comment); half B and the dev set are
 * only ever scored.
 */
export function pathsSplitReport(
  seeds: readonly number[],
  overrides: Partial<ValueSettings>,
  details: boolean,
): string {
  loaded ??= { corpus: loadReflectExamples("corpus"), dev: loadReflectExamples("dev") };
  const { corpus, dev } = loaded;
  const a = corpus.filter((e) => pathsHalf(e.id) === "A");
  const b = corpus.filter((e) => pathsHalf(e.id) === "B");
  const line = (s: ReflectionScores) =>
    `chosen ${s.chosen.accuracy.toFixed(3)} (${s.chosen.correct}/${s.chosen.total})  considered F1 ${s.considered.f1.toFixed(3)}`;
  const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
  const out: string[] = [];
  const aRuns = seeds.map((seed) => {
    const settings = { ...DEFAULT_VALUE_SETTINGS, ...overrides, seed };
    const held = crossValidatePaths(a, 5, settings);
    return { seed, held, scores: pathScores(a, held) };
  });
  out.push(
    `half A (${a.length} posts), 5-fold CV, mean over seeds ${seeds.join(",")}: chosen ${mean(aRuns.map((r) => r.scores.chosen.accuracy)).toFixed(3)}  considered F1 ${mean(aRuns.map((r) => r.scores.considered.f1)).toFixed(3)}`,
    ...aRuns.map((r) => `  seed ${r.seed}: ${line(r.scores)}`),
  );
  const first = aRuns[0] as (typeof aRuns)[number];
  const per = first.scores.perConsidered;
  out.push(
    `half A considered paths (seed ${first.seed}), P/R/F1 per path: ${PATH_IDS.map((p) => {
      const c = per[p];
      return c
        ? `${p} ${c.precision.toFixed(2)}/${c.recall.toFixed(2)}/${c.f1.toFixed(2)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`
        : "";
    })
      .filter(Boolean)
      .join("; ")}`,
  );
  out.push(
    `half A chosen-path confusion (seed ${first.seed}; rows: the label, columns: the path read)`,
    formatConfusion(pathConfusion(a, first.held)),
    `half A chosen in two stages (seed ${first.seed}): ${stagesLine(
      chosenStages(
        a.map((e) => e.label),
        first.held,
      ),
    )}`,
  );
  const bStages: ChosenStages[] = [];
  const bRuns = seeds.map((seed) => {
    const model = trainPathsModel(a, { ...DEFAULT_VALUE_SETTINGS, ...overrides, seed });
    const read = b.map((e) => learnedPathsOf(model, e));
    bStages.push(
      chosenStages(
        b.map((e) => e.label),
        read,
      ),
    );
    return pathScores(b, read);
  });
  out.push(
    `half B (${b.length} posts) read by path models trained on half A, mean over seeds: chosen ${mean(bRuns.map((s) => s.chosen.accuracy)).toFixed(3)}  considered F1 ${mean(bRuns.map((s) => s.considered.f1)).toFixed(3)}`,
    ...bRuns.map((s, i) => `  seed ${seeds[i]}: ${line(s)}`),
    `half B chosen in two stages (seed ${seeds[0]}): ${stagesLine(bStages[0] as ChosenStages)}`,
  );
  const hand = (xs: readonly ReflectExample[]) =>
    pathScores(
      xs,
      xs.map((e) => ({ considered: e.reading.paths.considered, chosen: e.reading.paths.chosen })),
    );
  out.push(`hand-written reading: half A ${line(hand(a))}; half B ${line(hand(b))}`);
  const cv = evaluatePathsCv(5, seeds, overrides);
  out.push(
    `corpus (${corpus.length} posts), 5-fold CV, mean over seeds: chosen ${mean(cv.map((r) => r.chosen)).toFixed(3)}  considered F1 ${mean(cv.map((r) => r.considered)).toFixed(3)}`,
    `corpus CV chosen in two stages, mean over seeds: step taken or not ${mean(cv.map((r) => r.stages.decided)).toFixed(3)} (majority ${mean(cv.map((r) => r.stages.majority)).toFixed(3)}), kind ${mean(cv.map((r) => r.stages.kind)).toFixed(3)}`,
  );
  if (dev.length > 0) {
    const settings = { ...DEFAULT_VALUE_SETTINGS, ...overrides, seed: seeds[0] as number };
    const model = trainPathsModel(corpus, settings);
    out.push(
      `dev (${dev.length} posts) read by path models trained on the corpus alone: ${line(
        pathScores(
          dev,
          dev.map((e) => learnedPathsOf(model, e)),
        ),
      )}`,
    );
  }
  if (details) {
    out.push(`half A held-out chosen-path errors (seed ${first.seed}): id  label -> read  | title`);
    a.forEach((e, i) => {
      const g = first.held[i] as PathGuess;
      if (g.chosen === e.label.chosen) return;
      out.push(
        `  ${e.id}  ${e.label.chosen} -> ${g.chosen}  | ${(e.reading.post.title ?? "").slice(0, 80)}`,
      );
    });
  }
  return out.join("\n");
}

/** Which written path examples a run with spWritten > 0 trains on (the report's "records used"). */
function writtenLine(): string {
  const dir = writtenDir();
  const records = loadWritten("paths", dir).length;
  const rows = writtenPathRows(dir);
  const bare = rows.filter(
    (w) => w.undecided === 0 && ![...w.chosen, ...w.considered].some((v) => v > 0),
  );
  return `written path examples (${dir}/paths.jsonl): ${records} records, ${rows.length} sentence rows (${bare.length} stating no step and weighing none)`;
}

function main(argv: readonly string[]): number {
  if (
    argv.includes("--cv") ||
    argv.includes("--values-split") ||
    argv.includes("--paths-split") ||
    argv.includes("--stack-scores")
  ) {
    const num = (flag: string, fallback: number) => {
      const at = argv.indexOf(flag);
      return at >= 0 ? Number(argv[at + 1]) : fallback;
    };
    try {
      const overrides: Partial<ValueSettings> = {};
      const grid: [keyof ValueSettings, number[]][] = [];
      argv.forEach((a, i) => {
        if (a !== "--set" && a !== "--grid") return;
        const [key, list] = (argv[i + 1] ?? "").split("=");
        if (!key || !(key in DEFAULT_VALUE_SETTINGS) || !list)
          throw new Error(
            `${a} ${argv[i + 1] ?? ""}: expected NAME=VALUE, a setting of ValueSettings`,
          );
        const values = list.split(",").map(Number);
        if (values.some((v) => !Number.isFinite(v)))
          throw new Error(`${a} ${argv[i + 1]}: values must be numbers`);
        if (a === "--set") overrides[key as keyof ValueSettings] = values[0] as number;
        else grid.push([key as keyof ValueSettings, values]);
      });
      const folds = num("--folds", 5);
      const seed = num("--seed", DEFAULT_VALUE_SETTINGS.seed);
      const seedsAt = argv.indexOf("--seeds");
      const seeds = seedsAt >= 0 ? (argv[seedsAt + 1] ?? "").split(",").map(Number) : [seed];
      if (seeds.length === 0 || seeds.some((v) => !Number.isInteger(v)))
        throw new Error(`--seeds ${argv[seedsAt + 1] ?? ""}: expected integers, e.g. 11,12,13`);
      const weights = [
        overrides.spWritten ?? 0,
        ...(grid.find(([k]) => k === "spWritten")?.[1] ?? []),
      ];
      if (weights.some((w) => w > 0)) process.stdout.write(`${writtenLine()}\n`);
      if (argv.includes("--stack-scores")) {
        for (const s of seeds)
          process.stdout.write(stackTable(stackScoreCheck(folds, s, overrides), s));
        return 0;
      }
      if (argv.includes("--paths-split")) {
        process.stdout.write(`${pathsSplitReport(seeds, overrides, argv.includes("--details"))}\n`);
        return 0;
      }
      if (argv.includes("--values-split")) {
        let combos: Partial<ValueSettings>[] = [{}];
        for (const [key, values] of grid)
          combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
        for (const combo of combos) {
          const h = evaluateValuesSplit(
            folds,
            seeds,
            { ...overrides, ...combo },
            argv.includes("--errors"),
          );
          if (grid.length > 0) process.stdout.write(`${JSON.stringify(combo)}\n`);
          process.stdout.write(
            argv.includes("--json") ? `${JSON.stringify(h, null, 2)}\n` : splitTable(h),
          );
        }
        return 0;
      }
      if (grid.length > 0 || argv.includes("--paths")) {
        // Every combination of the grid, one line each: CV figures only (choose on these).
        let combos: Partial<ValueSettings>[] = [{}];
        for (const [key, values] of grid)
          combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
        if (argv.includes("--paths")) {
          for (const combo of combos)
            process.stdout.write(
              `${JSON.stringify(combo)}  ${pathsLine(folds, seeds, { ...overrides, ...combo })}\n`,
            );
          return 0;
        }
        for (const combo of combos) {
          const h = evaluateLearnedReflect(folds, seed, { ...overrides, ...combo }, false);
          const l = h.cv.learned;
          process.stdout.write(
            `${JSON.stringify(combo)}  CV values micro ${l.valuesMicro.f1.toFixed(3)} macro ${l.valuesMacroF1.toFixed(3)}  chosen ${l.chosen.accuracy.toFixed(3)}  considered ${l.considered.f1.toFixed(3)}\n`,
          );
        }
        return 0;
      }
      const h = evaluateLearnedReflect(folds, seed, overrides);
      process.stdout.write(
        argv.includes("--json") ? `${JSON.stringify(h, null, 2)}\n` : formatHonest(h),
      );
      return 0;
    } catch (error) {
      process.stderr.write(
        `eval-reflect: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
  }
  const dir = argv.find((a) => !a.startsWith("-"));
  if (!dir) {
    process.stderr.write(
      "usage: npm run eval:reflect -- DIR [--json] | --cv [--folds K] [--seed N] [--set NAME=V] [--grid NAME=V1,V2] [--paths [--seeds A,B]] [--json] | --values-split [--seeds A,B] [--errors] [--set NAME=V] [--grid NAME=V1,V2] | --paths-split [--seeds A,B] [--details] | --stack-scores [--seeds A,B] [--set NAME=V]\n",
    );
    return 2;
  }
  try {
    const { scores } = evaluateDir(resolve(dir));
    process.stdout.write(
      argv.includes("--json") ? `${JSON.stringify(scores, null, 2)}\n` : formatScores(scores),
    );
    return 0;
  } catch (error) {
    process.stderr.write(
      `eval-reflect: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
