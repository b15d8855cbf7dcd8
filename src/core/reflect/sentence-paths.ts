/**
 * The path readings (taxonomy §2) learned from labelled sentences: which kinds of next step a
 * post weighs (`considered`) and which one it takes (`chosen`, or `undecided`), read in two
 * stages, both fitted by `npm run train` (scripts/learn/sentence-paths.ts) on the corpus posts
 * whose sentences two readers marked for each label (`data/labels/evidence/posts.json`; a
 * sentence marked by both counts 1, by one 0.5, by neither 0: soft targets of the logistic
 * loss).
 *
 * 1. Sentence models: L2-regularised logistic regressions (Cox 1958) over each sentence's
 *    features ({@link pathSentenceFeatures}: stemmed word uni- and bigrams, its place and
 *    section, decision frames, and each path's own cue mention in it from `paths.ts`):
 *    one per path ("this sentence weighs the path as a step"), one for "this sentence states
 *    the step taken" and one for "this sentence says no step is chosen yet".
 * 2. Document stackers over what the sentence models say (D. H. Wolpert, "Stacked
 *    generalization", 1992), fitted on sentence probabilities held out by inner folds:
 *    - considered: one binary logistic regression over (post, path) pairs, on the logit of the
 *      best and second-best sentence probability, the count of sentences at 0.5 or more, the
 *      hand-written reading's verdicts, each also copied per path, with a per-path bias; one
 *      threshold chosen for micro-F1 on the held-out rows;
 *    - chosen: a conditional logit (McFadden 1974) over the nine paths and `undecided`: for a
 *      path, the best sentence that both states a step and weighs that path, its considered
 *      reading and the hand-written reading; for `undecided`, the best sentence saying no step
 *      is chosen, the strongest step sentence of any path and the hand-written reading.
 *
 * The chosen path's evidence is its best sentence (step × path), quoted verbatim. Pure: no files.
 */
import { type BinaryModel, type Features, linearScore, sigmoid } from "../learn/linear.js";
import { PATH_IDS, type PathId } from "../taxonomy.js";
import type { Block } from "./blocks.js";
import { gramsOf, type ReflectionReading } from "./features.js";
import {
  DECIDED,
  HYPOTHETICAL,
  JOIN,
  type LearnedPathsModel,
  learnedPaths,
  pathFeatures,
  postPathContext,
  QUIT,
  TAKEN,
  undecidedFeatures,
} from "./learned-paths.js";
import { FIRST_PERSON, UNDECIDED_FRAME } from "./lexicon.js";

/** A sentence model: P = σ(bias + Σ weights · x) over a sentence's features. */
export interface SentenceModel {
  bias: number;
  weights: Record<string, number>;
}

/** The learned path readings of {@link sentencePaths} (see the module comment). */
export interface SentencePathsModel {
  method: "sentences";
  /** Per path, P(the sentence weighs it as a step considered). */
  sentences: Record<PathId, SentenceModel>;
  /** P(the sentence states the step taken). */
  step: SentenceModel;
  /** Per path, P(the sentence states that path as the step taken); absent: not read. */
  kinds?: Record<PathId, SentenceModel>;
  /** P(the sentence says no step is chosen yet). */
  undecided: SentenceModel;
  /** Over (post, path) pairs ({@link consideredPairFeatures}); its threshold is tuned. */
  considered: BinaryModel;
  /** Conditional logit weights over the candidates' features ({@link chosenCandidateFeatures}). */
  chosen: Record<string, number>;
  /**
   * The stackers also read the post-level path features of `learned-paths.ts`
   * ({@link pathFeatures}, {@link undecidedFeatures}; the chosen stacker only their shared
   * names, each path's bias and post-wide cues).
   */
  post?: boolean;
  /**
   * The chosen stacker reads the post-level features alone (the conditional logit of
   * `learned-paths.ts`), not the sentence readings.
   */
  chosenPostOnly?: boolean;
}

/** The post-level features the stackers read with {@link SentencePathsModel.post}. */
export function postLevelFeatures(reading: ReflectionReading): {
  pairs: Features[];
  candidates: Features[];
} {
  const context = postPathContext(reading);
  const pairs = PATH_IDS.map((p) => pathFeatures(reading, p, context));
  const shared = (x: Features) =>
    new Map([...x].filter(([n]) => !n.includes("|") || /\|(bias|post:)/.test(n)));
  return {
    pairs,
    candidates: [...pairs.map(shared), undecidedFeatures(reading, context)],
  };
}

/** `a` with `b`'s features added (a keeps its own value of a name both have). */
export function withFeatures(a: Features, b: Features | undefined): Features {
  if (!b) return a;
  const m = new Map(b);
  for (const [k, v] of a) m.set(k, v);
  return m;
}

/** One sentence's features: those all models read, and each path's own cue features. */
export interface PathSentenceRow {
  shared: Features;
  /** Per path (PATH_IDS order): its mention in the sentence (empty when it has none). */
  own: Features[];
}

const WHAT_NEXT_HEADING =
  /\b(next|now|future|decision|decided|plan|plans|why|what|change|new|leaving|goodbye|update)\b/;

/**
 * The features of every sentence of a post, in sentence order: stemmed word uni- and bigrams
 * (`w:`), the words of its section's heading (`h:`), its place (`title`, `heading`, `list`,
 * `early`, `late`, `quote`), the author's voice (`fp`), decision frames (`taken`, `decided`,
 * `join`, `quit`, `hyp`, `open`), a negation (`neg`), any path's mention by kind (`a:`), and
 * per path its own mention by kind (`m:`), strength (`mw`) and loose matches (`l:`).
 */
export function pathSentenceFeatures(reading: ReflectionReading): PathSentenceRow[] {
  const n = Math.max(1, reading.sentences.length);
  const rows: PathSentenceRow[] = reading.sentences.map((s) => {
    const x: Features = new Map();
    const block = reading.post.blocks[s.block] as Block;
    for (const g of gramsOf(s.norm)) x.set(`w:${g}`, 1);
    if (block.kind === "title" || block.kind === "summary") x.set("title", 1);
    else if (block.kind === "heading") x.set("heading", 1);
    else if (block.kind === "quote") x.set("quote", 1);
    if (block.list) x.set("list", 1);
    const heading = block.section >= 0 ? reading.post.blocks[block.section] : undefined;
    if (heading) {
      const text = heading.text.toLowerCase();
      for (const g of gramsOf(text, false)) x.set(`h:${g}`, 1);
      if (WHAT_NEXT_HEADING.test(text)) x.set("h*", 1);
    }
    if (s.index / n < 0.2) x.set("early", 1);
    if (s.index / n >= 0.7) x.set("late", 1);
    const fp = FIRST_PERSON.test(s.norm);
    if (fp) x.set("fp", 1);
    if (fp && TAKEN.test(s.norm)) x.set("taken", 1);
    if (fp && DECIDED.test(s.norm)) x.set("decided", 1);
    if (fp && JOIN.test(s.norm)) x.set("join", 1);
    if (QUIT.test(s.norm)) x.set("quit", 1);
    if (HYPOTHETICAL.test(s.norm)) x.set("hyp", 1);
    if (UNDECIDED_FRAME.test(s.norm)) x.set(fp ? "open:fp" : "open", 1);
    if (s.negated.includes(1)) x.set("neg", 1);
    return { shared: x, own: PATH_IDS.map(() => new Map()) };
  });
  const index = new Map(PATH_IDS.map((p, i) => [p, i]));
  for (const m of reading.paths.mentions) {
    const row = rows[m.sentence.index];
    if (!row) continue;
    row.shared.set(`a:${m.kind}`, 1);
    const own = row.own[index.get(m.path) as number] as Features;
    own.set(`m:${m.kind}`, 1);
    own.set("mw", Math.max(own.get("mw") ?? 0, m.weight));
    if (m.own) own.set("m:own", 1);
  }
  for (const m of reading.paths.loose) {
    const row = rows[m.sentence.index];
    if (!row) continue;
    row.shared.set("a:loose", 1);
    const own = row.own[index.get(m.path) as number] as Features;
    own.set(m.wide ? "l:wide" : `l:${m.kind}`, 1);
  }
  return rows;
}

/** σ(bias + w · x) of a sentence, reading the shared features and `own` (may be empty). */
export function sentenceProbability(model: SentenceModel, shared: Features, own?: Features) {
  let z = linearScore(model.bias, model.weights, shared);
  if (own && own.size > 0) z = linearScore(z, model.weights, own);
  return sigmoid(z);
}

/** What the sentence models say of a post: per sentence, per model. */
export interface SentenceReadings {
  /** [path][sentence]: P(weighs the path). */
  paths: number[][];
  step: number[];
  undecided: number[];
  /** [path][sentence]: P(states the path as the step taken), when the model has kinds. */
  kinds: number[][] | null;
  /** [path][sentence]: whether the path has any cue mention there. */
  named: boolean[][];
}

/** Applies the sentence models to a post's rows. */
export function readSentences(
  model: Pick<SentencePathsModel, "sentences" | "step" | "undecided" | "kinds">,
  rows: readonly PathSentenceRow[],
): SentenceReadings {
  const kinds = model.kinds;
  return {
    paths: PATH_IDS.map((p, i) =>
      rows.map((r) => sentenceProbability(model.sentences[p], r.shared, r.own[i])),
    ),
    step: rows.map((r) => sentenceProbability(model.step, r.shared)),
    undecided: rows.map((r) => sentenceProbability(model.undecided, r.shared)),
    kinds: kinds
      ? PATH_IDS.map((p, i) => rows.map((r) => sentenceProbability(kinds[p], r.shared, r.own[i])))
      : null,
    named: PATH_IDS.map((_, i) => rows.map((r) => (r.own[i] as Features).size > 0)),
  };
}

/** log(p / (1 - p)), clipped to [-6, 6]. */
export function logit(p: number): number {
  const q = Math.min(1 - 0.0025, Math.max(0.0025, p));
  return Math.log(q / (1 - q));
}

function topTwo(xs: readonly number[]): [number, number] {
  let a = 0;
  let b = 0;
  for (const x of xs) {
    if (x > a) [a, b] = [x, a];
    else if (x > b) b = x;
  }
  return [a, b];
}

/** The best sentence for a path as the step taken: max over sentences of P(step) · P(path). */
export function stepOf(r: SentenceReadings, path: number): { p: number; sentence: number } {
  let best = 0;
  let at = -1;
  const ps = r.paths[path] as number[];
  r.step.forEach((s, i) => {
    const v = s * (ps[i] as number);
    if (v > best) [best, at] = [v, i];
  });
  return { p: best, sentence: at };
}

/** Puts `name` and `<path>|name`. */
function both(x: Features, path: string, name: string, v: number) {
  if (v === 0) return;
  x.set(name, v);
  x.set(`${path}|${name}`, v);
}

/**
 * The features of one (post, path) pair for the considered stacker: `cmax`, `c2` (logits of
 * the best two sentence probabilities), `cn` (log(1 + sentences at ≥ 0.5)), `step` (logit of
 * {@link stepOf}), `named` (any cue mention), `hc` / `hch` (the hand-written reading considers
 * / chooses it); each also as `<path>|name`, with `<path>|bias`.
 */
export function consideredPairFeatures(
  reading: ReflectionReading,
  r: SentenceReadings,
  path: number,
): Features {
  const id = PATH_IDS[path] as PathId;
  const x: Features = new Map([[`${id}|bias`, 1]]);
  const [a, b] = topTwo(r.paths[path] as number[]);
  both(x, id, "cmax", logit(a));
  both(x, id, "c2", logit(b));
  both(x, id, "cn", Math.log1p((r.paths[path] as number[]).filter((p) => p >= 0.5).length));
  both(x, id, "step", logit(stepOf(r, path).p));
  if ((r.named[path] as boolean[]).some(Boolean)) both(x, id, "named", 1);
  if (reading.paths.considered.includes(id)) both(x, id, "hc", 1);
  if (reading.paths.chosen === id) both(x, id, "hch", 1);
  return x;
}

/**
 * The chosen stacker's candidates: the nine paths (PATH_IDS order) and `undecided` last.
 * A path: `s` (logit of {@link stepOf}), `cmax` (logit of its best sentence), `hc`, `hch`,
 * `<path>|bias`, `<path>|s`. `undecided`: `u:bias`, `u:max` (logit of the best sentence saying
 * no step is chosen), `u:n` (log(1 + those at ≥ 0.5)), `u:step` (logit of the best step
 * sentence of any path), `u:hand` (the hand-written reading is undecided).
 */
export function chosenCandidateFeatures(
  reading: ReflectionReading,
  r: SentenceReadings,
): Features[] {
  const out: Features[] = PATH_IDS.map((id, i) => {
    const x: Features = new Map([[`${id}|bias`, 1]]);
    const s = logit(stepOf(r, i).p);
    x.set("s", s);
    x.set(`${id}|s`, s);
    x.set("cmax", logit(topTwo(r.paths[i] as number[])[0]));
    if (r.kinds) {
      const k = logit(topTwo(r.kinds[i] as number[])[0]);
      x.set("k", k);
      x.set(`${id}|k`, k);
    }
    if (reading.paths.considered.includes(id)) x.set("hc", 1);
    if (reading.paths.chosen === id) x.set("hch", 1);
    return x;
  });
  const u: Features = new Map([["u:bias", 1]]);
  u.set("u:max", logit(topTwo(r.undecided)[0]));
  u.set("u:n", Math.log1p(r.undecided.filter((p) => p >= 0.5).length));
  u.set("u:step", logit(topTwo(r.step)[0]));
  if (reading.paths.chosen === "undecided") u.set("u:hand", 1);
  out.push(u);
  return out;
}

/** The paths a post weighs and takes under the model, with the chosen path's sentence. */
export function sentencePaths(
  model: SentencePathsModel,
  reading: ReflectionReading,
  rows: readonly PathSentenceRow[] = pathSentenceFeatures(reading),
): {
  considered: PathId[];
  chosen: PathId | "undecided";
  probabilities: Record<PathId, number>;
  /** The sentence that states the chosen path (its index in `reading.sentences`), or -1. */
  evidence: number;
} {
  const r = readSentences(model, rows);
  const post = model.post || model.chosenPostOnly ? postLevelFeatures(reading) : null;
  const probabilities = {} as Record<PathId, number>;
  const considered = new Set<PathId>();
  PATH_IDS.forEach((id, i) => {
    const x = withFeatures(
      consideredPairFeatures(reading, r, i),
      model.post ? post?.pairs[i] : undefined,
    );
    const z = linearScore(model.considered.bias, model.considered.weights, x);
    const p = sigmoid(z);
    probabilities[id] = Math.round(p * 100) / 100;
    if (p >= model.considered.threshold) considered.add(id);
  });
  const candidates = model.chosenPostOnly
    ? (post?.candidates as Features[])
    : chosenCandidateFeatures(reading, r).map((x, c) => withFeatures(x, post?.candidates[c]));
  let best = Number.NEGATIVE_INFINITY;
  let pick: number = PATH_IDS.length;
  candidates.forEach((x, c) => {
    const z = linearScore(0, model.chosen, x);
    if (z > best) [best, pick] = [z, c];
  });
  const chosen: PathId | "undecided" = (PATH_IDS as readonly PathId[])[pick] ?? "undecided";
  if (chosen !== "undecided") considered.add(chosen);
  return {
    considered: PATH_IDS.filter((p) => considered.has(p)),
    chosen,
    probabilities,
    evidence: chosen === "undecided" ? -1 : stepOf(r, pick).sentence,
  };
}

/** Either kind of learned path model. */
export type AnyPathsModel = LearnedPathsModel | SentencePathsModel;

/** Considered and chosen paths under either kind of learned path model. */
export function readLearnedPaths(
  model: AnyPathsModel,
  reading: ReflectionReading,
): { considered: PathId[]; chosen: PathId | "undecided"; probabilities: Record<PathId, number> } {
  return "method" in model && model.method === "sentences"
    ? sentencePaths(model, reading)
    : learnedPaths(model as LearnedPathsModel, reading);
}
