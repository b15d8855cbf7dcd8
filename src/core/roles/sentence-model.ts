/**
 * Responsibilities read sentence by sentence: a model learned from labelled sentences decides
 * how likely each sentence of a posting is to assign each responsibility, and a second model
 * decides from those sentence probabilities whether the posting assigns it.
 *
 * 1. **Sentence model** (one per responsibility): an L2-regularised logistic regression,
 *    P(sentence s assigns r) = σ(b_r + c_r · cue_r(s) + Σ_f w_r[f]), over the sentence's
 *    features ({@link sentenceFeatureNames}: its stemmed word uni- and bigrams, its zone and
 *    shape, the title's archetype) and the strength of r's own
 *    hand-written cue in it ({@link segmentCues}). Fitted on the evidence labels
 *    (`data/labels/evidence/`): two readers marked, in every labelled posting, the sentences
 *    that assign each of its responsibilities; a sentence both marked is a target of 1, one
 *    marked 0.5, none 0.
 * 2. **Document model** (shared by all responsibilities): a logistic regression over
 *    {@link documentFeatures}, the pooled sentence probabilities (the best and second best,
 *    as log-odds; how many reach 0.5), the hand-written cue score and the title's archetype,
 *    each also under the responsibility's own name; fitted on sentence probabilities of
 *    postings the sentence models did not learn from (inner folds), so that it sees them as it
 *    will on new postings, its threshold chosen there for micro-F1.
 *
 * Learning from instance labels and pooling them into a document decision is stacked
 * generalisation (D. H. Wolpert, "Stacked generalization", Neural Networks 5, 1992); the
 * sentence-level labels make it supervised where a multiple-instance model would have to guess
 * which sentence speaks (O. Maron & T. Lozano-Pérez, NIPS 1998). Weights come from
 * `npm run train` (scripts/learn/roles.ts); this module only applies them and knows nothing
 * of files.
 */
import { type BinaryModel, binaryProbability, type Features, sigmoid } from "../learn/linear.js";
import { RESPONSIBILITY_IDS, type ResponsibilityId } from "../taxonomy.js";
import {
  bigramParts,
  gramWords,
  type PostingReading,
  sentenceGrams,
  type Zone,
  zoneOf,
} from "./features.js";
import {
  deniedResponsibilities,
  segmentCues,
  withHandsOnCoding,
  withTitleCoding,
} from "./responsibilities.js";
import type { ClassifiedSegment } from "./sections.js";
import type { ResponsibilityFinding } from "./types.js";

/** One responsibility's sentence model: σ(bias + cue · cue strength + Σ weights[f]). */
export interface SentenceLabelModel {
  bias: number;
  /** Weight of the responsibility's own hand-written cue strength in the sentence, in [0, 1]. */
  cue: number;
  /** Feature name ({@link sentenceFeatureNames}) → weight; features not listed weigh 0. */
  weights: Record<string, number>;
}

/** The two levels of the sentence-level responsibility reading (see the module comment). */
export interface ResponsibilitySentenceModel {
  sentences: Record<ResponsibilityId, SentenceLabelModel>;
  /** Over {@link documentFeatures}; its threshold decides whether a responsibility is reported. */
  document: BinaryModel;
  /**
   * Responsibilities too rare in the labels to learn (fewer than `sentenceMin` labelled
   * postings: board and P&L work, evangelism): the hand-written cue decision stands for them.
   */
  handKept?: ResponsibilityId[];
  /**
   * A responsibility whose hand-written cue score reaches this (in (0.5, 1]) is reported, with
   * the cue's sentences as evidence, even when the document model reads it below its threshold:
   * a strong cue ("security questionnaires", "the product team") is not overruled by sentence
   * models that rarely saw it. Absent: the document model decides alone.
   */
  cueKeep?: number;
  /**
   * A responsibility is reported only when one of the posting's sentences (headings left out)
   * reads it with at least this probability, in (0, 1): a finding no sentence says is not
   * reported, since it would quote a sentence that does not say it. `evidenceGateKept`: which
   * findings of the cues are gated too (`cue`: those kept by `cueKeep`; `all`: those of
   * `handKept` as well). Absent: no gate. Coding from the title or a hands-on duty (added after)
   * and postings read from their whole text are not gated.
   */
  evidenceGate?: number;
  evidenceGateKept?: "cue" | "all";
  /** A cue score from which a cue-kept finding is not gated (a very strong cue stands). */
  evidenceGateCue?: number;
}

/** The posting-level facts a sentence's features read. */
type SentenceContext = Pick<PostingReading, "nominal">;

/**
 * The 0/1 features of one sentence: `z:<zone>` (duty, requirement, other, or `x` outside the
 * role text), `duty` / `req` for its shape, `nom:<archetype>` for the title's, and its word uni-
 * and bigrams as `g:<gram>`. Nothing that only the markup shows (the section a heading opens,
 * whether the sentence is a heading, whether the posting has a duties section): a posting
 * pasted without its Markdown reads the same (format.test.ts).
 */
export function sentenceFeatureNames(seg: ClassifiedSegment, context: SentenceContext): string[] {
  const zone = zoneOf(seg) ?? "x";
  const names = [`z:${zone}`, `nom:${context.nominal ?? "none"}`];
  if (seg.dutyShaped) names.push("duty");
  if (seg.requirementShaped) names.push("req");
  for (const g of sentenceGrams(seg)) names.push(`g:${g}`);
  return names;
}

/**
 * Every word the n-grams of a compiled sentence model name ({@link compile}), by a number, so
 * that a sentence's words are looked up once for all the models that read it and each model
 * finds its weights by array index. Grows only when a model is compiled, by the words of its
 * `g:` features (a few thousand; the vocabulary of the labelled postings bounds it however
 * many models a training run compiles).
 */
const WORD_IDS = new Map<string, number>();

function internWord(word: string): number {
  let id = WORD_IDS.get(word);
  if (id === undefined) {
    id = WORD_IDS.size;
    WORD_IDS.set(word, id);
  }
  return id;
}

/**
 * The word pairs a compiled model weighs that open with one word: the second's id, and where
 * the pair's row starts in {@link Compiled.weights}.
 */
interface Pairs {
  second: number[];
  rows: number[];
}

/**
 * A set of sentence models laid out for scoring: biases, cue weights, and each feature's
 * weights (one per label, in `ids` order) reached from the parts a sentence is read into, so
 * that scoring a sentence builds no feature names ({@link sentenceFeatureNames}): `named` holds
 * the features that are not n-grams (`z:`, `nom:`, `duty`, `req`), `unigrams` a word's
 * `g:<word>` by the word's id ({@link WORD_IDS}), `bigrams` a pair's `g:<first> <second>` by
 * the first word's id. Each of them gives where its feature's row starts in `weights`, which
 * holds every row one after another: a sentence adds a dozen rows or more per model, and rows
 * in one buffer are read without a pointer to follow (and a cache miss) per row.
 */
interface Compiled {
  bias: Float64Array;
  cue: Float64Array;
  weights: Float64Array;
  named: Map<string, number>;
  unigrams: (number | undefined)[];
  bigrams: (Pairs | undefined)[];
}

/** Per set of sentence models, its {@link Compiled} form, built on first use. */
const compiled = new WeakMap<object, Compiled>();

function compile<K extends string>(
  models: Readonly<Record<K, SentenceLabelModel>>,
  ids: readonly K[],
): Compiled {
  let c = compiled.get(models);
  if (c) return c;
  const width = ids.length;
  // Each feature's row: where it starts in `weights`, in the order the features are first met.
  const table = new Map<string, number>();
  for (const id of ids)
    for (const name of Object.keys(models[id].weights))
      if (!table.has(name)) table.set(name, table.size * width);
  const weights = new Float64Array(table.size * width);
  const bias = new Float64Array(width);
  const cue = new Float64Array(width);
  ids.forEach((id, k) => {
    bias[k] = models[id].bias;
    cue[k] = models[id].cue;
    for (const [name, w] of Object.entries(models[id].weights))
      weights[(table.get(name) as number) + k] = w;
  });
  const named = new Map<string, number>();
  const unigrams: (number | undefined)[] = [];
  const bigrams: (Pairs | undefined)[] = [];
  for (const [name, row] of table) {
    if (!name.startsWith("g:")) {
      named.set(name, row);
      continue;
    }
    const gram = name.slice(2);
    setAt(unigrams, internWord(gram), row);
    // "g:a b" is the pair (a, b); split at every space, so that a pair is found whatever its
    // words hold: the pair (first, second) meets exactly the name `g:${first} ${second}`.
    for (let at = gram.indexOf(" "); at >= 0; at = gram.indexOf(" ", at + 1)) {
      const first = internWord(gram.slice(0, at));
      let pairs = bigrams[first];
      if (!pairs) {
        pairs = { second: [], rows: [] };
        setAt(bigrams, first, pairs);
      }
      pairs.second.push(internWord(gram.slice(at + 1)));
      pairs.rows.push(row);
    }
  }
  c = { bias, cue, weights, named, unigrams, bigrams };
  compiled.set(models, c);
  return c;
}

/** `table[i] = value`, the array filled up to `i` first so that it stays dense (fast to index). */
function setAt<T>(table: (T | undefined)[], i: number, value: T): void {
  while (table.length < i) table.push(undefined);
  table[i] = value;
}

/**
 * The {@link gramWords} of a reading's segments as {@link WORD_IDS} (-1 for a word no compiled
 * model names), one after another: segment s's are at `starts[s]` to `starts[s + 1] - 1`;
 * `words` for the unigrams, and for the bigram each word opens with the next, the ids of the
 * two words its name spells (`firsts`, `seconds`: see `bigramParts`; a sentence's last word
 * opens none).
 */
interface SegmentWords {
  words: Int32Array;
  firsts: Int32Array;
  seconds: Int32Array;
  starts: Int32Array;
  /** The size of {@link WORD_IDS} they were read with. */
  known: number;
}

/**
 * {@link SegmentWords} per reading: read once for the responsibility and the scope models, and
 * again when a model compiled since has named new words.
 */
const wordIdsOf = new WeakMap<readonly ClassifiedSegment[], SegmentWords>();

const idOf = (word: string): number => WORD_IDS.get(word) ?? -1;

function segmentWordIds(segments: readonly ClassifiedSegment[]): SegmentWords {
  const cached = wordIdsOf.get(segments);
  if (cached && cached.known === WORD_IDS.size) return cached;
  let total = 0;
  for (const seg of segments) total += seg.keys.length;
  const words = new Int32Array(total);
  const firsts = new Int32Array(total);
  const seconds = new Int32Array(total);
  const starts = new Int32Array(segments.length + 1);
  let n = 0;
  segments.forEach((seg, s) => {
    starts[s] = n;
    const grams = gramWords(seg);
    for (let i = 0; i < grams.length; i++) words[n + i] = idOf(grams[i] as string);
    for (let i = 0; i + 1 < grams.length; i++) {
      const next = grams[i + 1] as string;
      // A bigram is spelt with its own two words unless the second is negated (rare).
      if (next.charCodeAt(0) !== 0x7e) {
        firsts[n + i] = words[n + i] as number;
        seconds[n + i] = words[n + i + 1] as number;
      } else {
        const [first, second] = bigramParts(grams[i] as string, next);
        firsts[n + i] = idOf(first);
        seconds[n + i] = idOf(second);
      }
    }
    n += grams.length;
  });
  starts[segments.length] = n;
  const read = { words, firsts, seconds, starts, known: WORD_IDS.size };
  wordIdsOf.set(segments, read);
  return read;
}

/** `z[k] += weights[row + k]` for every label k: the row that starts at `row` added to `z`. */
function addRow(z: Float64Array, weights: Float64Array, row: number): void {
  for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) + (weights[row + k] as number);
}

/**
 * Writes into `z` each label's log-odds for one sentence: the bias plus the weights of its
 * features, added in the order of {@link sentenceFeatureNames} (zone, title's archetype, shape,
 * then each word and the pair it opens), so the sums are those of the names, to the last bit.
 *
 * @param nom the sentence's `nom:<archetype>` feature name
 * @param words the posting's words as ids ({@link segmentWordIds})
 * @param s the sentence's index in the reading's segments
 */
function labelScores(
  model: Compiled,
  seg: ClassifiedSegment,
  nom: string,
  words: SegmentWords,
  s: number,
  z: Float64Array,
): void {
  z.set(model.bias);
  const weights = model.weights;
  const zone = model.named.get(ZONE_NAMES[zoneOf(seg) ?? "x"]);
  if (zone !== undefined) addRow(z, weights, zone);
  const title = model.named.get(nom);
  if (title !== undefined) addRow(z, weights, title);
  if (seg.dutyShaped) {
    const duty = model.named.get("duty");
    if (duty !== undefined) addRow(z, weights, duty);
  }
  if (seg.requirementShaped) {
    const req = model.named.get("req");
    if (req !== undefined) addRow(z, weights, req);
  }
  const { unigrams, bigrams } = model;
  const { words: ids, firsts, seconds } = words;
  const to = words.starts[s + 1] as number;
  for (let i = words.starts[s] as number; i < to; i++) {
    const word = ids[i] as number;
    // A word no model names is no unigram any model weighs.
    if (word >= 0) {
      const one = unigrams[word];
      if (one !== undefined) addRow(z, weights, one);
    }
    if (i + 1 >= to) continue;
    const first = firsts[i] as number;
    const second = seconds[i] as number;
    const pairs = first < 0 || second < 0 ? undefined : bigrams[first];
    if (pairs) {
      const at = pairs.second.indexOf(second);
      if (at >= 0) addRow(z, weights, pairs.rows[at] as number);
    }
  }
}

/** The `z:<zone>` feature name of each zone (`x`: outside the role text). */
const ZONE_NAMES: Record<Zone | "x", string> = { d: "z:d", r: "z:r", o: "z:o", x: "z:x" };

/** Each responsibility's place in RESPONSIBILITY_IDS. */
const RESPONSIBILITY_INDEX = new Map<ResponsibilityId, number>(
  RESPONSIBILITY_IDS.map((id, k) => [id, k]),
);

/**
 * P(the sentence assigns r) for every responsibility r and every segment of the posting; 0 for
 * the responsibilities a sentence names only to deny them ({@link deniedResponsibilities}).
 *
 * @returns per responsibility, one probability in [0, 1) per `reading.segments` entry (in order)
 */
export function sentenceProbabilities(
  model: ResponsibilitySentenceModel,
  reading: Pick<PostingReading, "segments" | "nominal">,
): Record<ResponsibilityId, Float64Array> {
  const n = reading.segments.length;
  const m = compile(model.sentences, RESPONSIBILITY_IDS);
  const columns = RESPONSIBILITY_IDS.map(() => new Float64Array(n));
  const z = new Float64Array(RESPONSIBILITY_IDS.length);
  const nom = `nom:${reading.nominal ?? "none"}`;
  const words = segmentWordIds(reading.segments);
  for (let s = 0; s < n; s++) {
    const seg = reading.segments[s] as ClassifiedSegment;
    labelScores(m, seg, nom, words, s, z);
    segmentCues(seg).forEach((strength, id) => {
      const k = RESPONSIBILITY_INDEX.get(id) as number;
      z[k] = (z[k] as number) + (m.cue[k] as number) * strength;
    });
    for (let k = 0; k < z.length; k++) (columns[k] as Float64Array)[s] = sigmoid(z[k] as number);
    // "You won't be writing code day to day" reads much like a coding duty to the n-grams: a
    // sentence that names a duty only to deny it assigns it with probability 0.
    for (const id of deniedResponsibilities(seg))
      (columns[RESPONSIBILITY_INDEX.get(id) as number] as Float64Array)[s] = 0;
  }
  const out = {} as Record<ResponsibilityId, Float64Array>;
  RESPONSIBILITY_IDS.forEach((id, k) => {
    out[id] = columns[k] as Float64Array;
  });
  return out;
}

/** Log-odds of p, p clipped to [1e-4, 1 - 1e-4]. */
function logit(p: number): number {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
}

/**
 * The document model's features for responsibility `id`, from its sentence probabilities:
 * `m1`, `m2` (log-odds of the best and second-best sentence), `c5` (log(1 + sentences at 0.5 or
 * more)), `hand` (the hand-written cue score in [0, 1]), `whole` (responsibilities read from the
 * whole text) and `noduties` (no duty text found), each shared and again as `<id>:<name>`; and
 * `<id>:bias`, `<id>:nom:<archetype>`.
 */
export function documentFeatures(
  id: ResponsibilityId,
  probabilities: ArrayLike<number>,
  reading: Pick<PostingReading, "hand" | "wholeText" | "dutiesFound" | "nominal">,
): Features {
  const x: Features = new Map([[`${id}:bias`, 1]]);
  const values = documentValues(id, probabilities, reading);
  DOCUMENT_VALUES.forEach((name, i) => {
    const v = values[i] as number;
    if (v === 0) return;
    x.set(name, v);
    x.set(`${id}:${name}`, v);
  });
  x.set(`${id}:nom:${reading.nominal ?? "none"}`, 1);
  return x;
}

/** The valued features of {@link documentFeatures}, in the order it lists them. */
const DOCUMENT_VALUES = ["m1", "m2", "c5", "hand", "whole", "noduties"] as const;

/** The values of {@link DOCUMENT_VALUES} for responsibility `id`, in that order (0: absent). */
function documentValues(
  id: ResponsibilityId,
  probabilities: ArrayLike<number>,
  reading: Pick<PostingReading, "hand" | "wholeText" | "dutiesFound">,
): number[] {
  let first = 0;
  let second = 0;
  let strong = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i] as number;
    if (p >= 0.5) strong++;
    if (p > first) {
      second = first;
      first = p;
    } else if (p > second) second = p;
  }
  return [
    logit(first),
    logit(second),
    Math.log1p(strong),
    reading.hand.scores[id],
    reading.wholeText ? 1 : 0,
    reading.dutiesFound ? 0 : 1,
  ];
}

/**
 * A document model's weights laid out per responsibility: of `<id>:bias`, of each valued
 * feature shared and as `<id>:<name>` (in {@link DOCUMENT_VALUES} order), and of
 * `<id>:nom:<archetype>` by the title's archetype (`none`: no title archetype); undefined
 * where the model has none.
 */
interface CompiledDocument {
  shared: (number | undefined)[];
  byId: Map<
    ResponsibilityId,
    { bias: number | undefined; own: (number | undefined)[]; nom: Map<string, number> }
  >;
}

const compiledDocuments = new WeakMap<BinaryModel, CompiledDocument | null>();

/**
 * The {@link CompiledDocument} of a document model, or null when its weights are fewer than
 * the features a document can have (15): `linearScore` then walks the weights rather than the
 * features, an order {@link documentProbability} does not reproduce.
 */
function compileDocument(model: BinaryModel): CompiledDocument | null {
  let c = compiledDocuments.get(model);
  if (c !== undefined) return c;
  const weights = new Map(Object.entries(model.weights));
  c = null;
  if (weights.size > 1 + 2 * DOCUMENT_VALUES.length + 1) {
    const byId: CompiledDocument["byId"] = new Map();
    for (const id of RESPONSIBILITY_IDS) {
      const nom = new Map<string, number>();
      const prefix = `${id}:nom:`;
      for (const [name, w] of weights)
        if (name.startsWith(prefix)) nom.set(name.slice(prefix.length), w);
      byId.set(id, {
        bias: weights.get(`${id}:bias`),
        own: DOCUMENT_VALUES.map((name) => weights.get(`${id}:${name}`)),
        nom,
      });
    }
    c = { shared: DOCUMENT_VALUES.map((name) => weights.get(name)), byId };
  }
  compiledDocuments.set(model, c);
  return c;
}

/**
 * The document model's P(the posting assigns `id`): `binaryProbability` of
 * {@link documentFeatures}, without building them. The weights are added in the order
 * `linearScore` adds them when it walks the features (bias, `<id>:bias`, each valued feature
 * then its `<id>:` form, `<id>:nom:`), so the sum is the same to the last bit.
 */
export function documentProbability(
  model: BinaryModel,
  id: ResponsibilityId,
  probabilities: ArrayLike<number>,
  reading: Pick<PostingReading, "hand" | "wholeText" | "dutiesFound" | "nominal">,
): number {
  const c = compileDocument(model);
  if (c === null) return binaryProbability(model, documentFeatures(id, probabilities, reading));
  const own = c.byId.get(id) as NonNullable<ReturnType<CompiledDocument["byId"]["get"]>>;
  const values = documentValues(id, probabilities, reading);
  let z = model.bias;
  if (own.bias !== undefined) z += own.bias * 1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v === 0) continue;
    const shared = c.shared[i];
    if (shared !== undefined) z += shared * v;
    const mine = own.own[i];
    if (mine !== undefined) z += mine * v;
  }
  const nom = own.nom.get(reading.nominal ?? "none");
  if (nom !== undefined) z += nom * 1;
  return sigmoid(z);
}

const MAX_EVIDENCE = 3;
/** A sentence is quoted as evidence from this probability on (the best one always is). */
const EVIDENCE_FLOOR = 0.3;

/**
 * The responsibilities the posting assigns, by the two-level model: each with its document
 * probability and, as evidence, its likeliest sentences (at most three; the best always, the
 * others from probability {@link EVIDENCE_FLOOR}), verbatim from the reading's segments.
 *
 * Responsibilities of `model.handKept`, and those whose cue score reaches `model.cueKeep`, keep
 * the hand-written finding, evidence and all. Under `model.evidenceGate`, a responsibility no
 * sentence reads at the gate is not reported (see the model's fields for which findings). A
 * posting read from its whole text (no duty text: `reading.wholeText`) keeps the cues'
 * findings: the sentence models learned from duty text.
 * Coding from an engineer's title or a hands-on core duty is added as the cues add it
 * (`withTitleCoding`, `withHandsOnCoding` in responsibilities.ts), quoting the title or that
 * sentence, also in place of a coding finding no sentence reaches {@link EVIDENCE_FLOOR} for
 * (the title's archetype decided it, not a sentence).
 *
 * @returns `probabilities`: the document model's P(r) in [0, 1] for all 17 responsibilities;
 *   `findings`: those at or above its threshold, strongest first, `score` in [0.5, 1] (the
 *   probability rescaled so that the threshold reads 0.5, as the cue scores do)
 */
export function sentenceResponsibilities(
  model: ResponsibilitySentenceModel,
  reading: Pick<
    PostingReading,
    "segments" | "nominal" | "hand" | "wholeText" | "dutiesFound" | "title" | "archetypeInput"
  >,
): { probabilities: Record<ResponsibilityId, number>; findings: ResponsibilityFinding[] } {
  const perSentence = sentenceProbabilities(model, reading);
  const probabilities = {} as Record<ResponsibilityId, number>;
  let findings: ResponsibilityFinding[] = [];
  const threshold = model.document.threshold;
  // Coding read from the posting as a whole (no sentence reaches the evidence floor: the
  // title's archetype decided it), for the title and hands-on rules below to quote.
  let ungroundedCoding: ResponsibilityFinding | null = null;
  const gate = model.evidenceGate ?? 0;
  for (const id of RESPONSIBILITY_IDS) {
    const ps = perSentence[id];
    const p = documentProbability(model.document, id, ps, reading);
    probabilities[id] = round(p);
    const said = gate === 0 || bestSentenceProbability(ps, reading.segments) >= gate;
    const handKept = model.handKept?.includes(id) ?? false;
    if (
      handKept ||
      (p < threshold && model.cueKeep !== undefined && reading.hand.scores[id] >= model.cueKeep)
    ) {
      const hand = reading.hand.findings.find((f) => f.id === id);
      const gated =
        model.evidenceGateKept === "all" || (model.evidenceGateKept === "cue" && !handKept);
      const strong = reading.hand.scores[id] >= (model.evidenceGateCue ?? 2);
      if (hand && (said || strong || !gated)) findings.push(hand);
      continue;
    }
    if (p < threshold || !said) continue;
    const ranked = topSentences(ps, reading.segments).map(
      (s) => reading.segments[s] as ClassifiedSegment,
    );
    if (ranked.length === 0) continue;
    const finding: ResponsibilityFinding = {
      id,
      score: round(0.5 + (0.5 * (p - threshold)) / (1 - threshold)),
      evidence: ranked.map((seg) => seg.text),
      spans: ranked.map((seg) => ({ start: seg.start, end: seg.end, section: seg.section })),
    };
    let best = Number.NEGATIVE_INFINITY;
    for (const q of ps) if (q > best) best = q;
    if (id === "coding" && best < EVIDENCE_FLOOR) ungroundedCoding = finding;
    else findings.push(finding);
  }
  // A posting without duty text is read from its whole text by the cues (features.ts): the
  // sentence models learned from duty text, and read such prose less well.
  if (reading.wholeText) return { probabilities, findings: reading.hand.findings };
  // Coding from an engineer's title or a hands-on core duty, as the cues read it (the rules of
  // responsibilities.ts), quoting the title or the hands-on sentence.
  findings = withHandsOnCoding(
    withTitleCoding(findings, reading.title, reading.segments),
    reading.archetypeInput.handsOn,
    reading.segments,
  );
  if (ungroundedCoding && !findings.some((f) => f.id === "coding")) findings.push(ungroundedCoding);
  findings.sort((a, b) => b.score - a.score);
  return { probabilities, findings };
}

/**
 * How surely the posting's likeliest sentence (headings left out) reads a responsibility, from
 * its per-sentence probabilities ({@link sentenceProbabilities}): in [0, 1], 0 without sentences.
 */
export function bestSentenceProbability(
  ps: ArrayLike<number>,
  segments: readonly Pick<ClassifiedSegment, "heading">[],
): number {
  let best = 0;
  for (let s = 0; s < ps.length; s++) {
    const p = ps[s] as number;
    if (p > best && !segments[s]?.heading) best = p;
  }
  return best;
}

/**
 * The evidence of a responsibility: the indices of its likeliest sentences (headings left out),
 * likeliest first (ties: earlier first), at most {@link MAX_EVIDENCE}, the best always and the
 * others from {@link EVIDENCE_FLOOR}.
 */
function topSentences(ps: Float64Array, segments: readonly ClassifiedSegment[]): number[] {
  const top: number[] = [];
  for (let s = 0; s < ps.length; s++) {
    if (segments[s]?.heading) continue;
    const p = ps[s] as number;
    if (top.length === MAX_EVIDENCE && p <= (ps[top[MAX_EVIDENCE - 1] as number] as number))
      continue;
    let at = top.length;
    while (at > 0 && p > (ps[top[at - 1] as number] as number)) at--;
    top.splice(at, 0, s);
    if (top.length > MAX_EVIDENCE) top.pop();
  }
  return top.filter((s, i) => i === 0 || (ps[s] as number) >= EVIDENCE_FLOOR);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The scope of a role as its sentences state it, for the archetype (taxonomy section 4): it
 * manages one team of engineers directly, several teams or their managers, the whole
 * engineering organisation, no one, or does company-level executive work (board, investors,
 * P&L). Labelled per sentence in `data/labels/evidence/` (field `scope`).
 */
export const SCOPE_CLASSES = [
  "one_team",
  "several_teams",
  "whole_org",
  "no_reports",
  "exec",
] as const;
export type ScopeClass = (typeof SCOPE_CLASSES)[number];

/** One sentence model per scope class (their `cue` is unused: 0). */
export type ScopeModel = Record<ScopeClass, SentenceLabelModel>;

/**
 * How surely each sentence of the posting states each scope: per class, the probability of every
 * segment that is not a heading, in the order of the reading's segments, each in [0, 1].
 */
export function scopeSentenceProbabilities(
  model: ScopeModel,
  reading: Pick<PostingReading, "segments" | "nominal">,
): Record<ScopeClass, number[]> {
  const out = {} as Record<ScopeClass, number[]>;
  for (const c of SCOPE_CLASSES) out[c] = [];
  const z = new Float64Array(SCOPE_CLASSES.length);
  const m = compile(model, SCOPE_CLASSES);
  const nom = `nom:${reading.nominal ?? "none"}`;
  const words = segmentWordIds(reading.segments);
  for (let s = 0; s < reading.segments.length; s++) {
    const seg = reading.segments[s] as ClassifiedSegment;
    if (seg.heading) continue;
    labelScores(m, seg, nom, words, s, z);
    SCOPE_CLASSES.forEach((c, k) => {
      out[c].push(sigmoid(z[k] as number));
    });
  }
  return out;
}

/**
 * How surely the posting states each scope: the largest probability over its sentences
 * (headings left out) that the sentence states it, in [0, 1].
 */
export function scopeProbabilities(
  model: ScopeModel,
  reading: Pick<PostingReading, "segments" | "nominal">,
): Record<ScopeClass, number> {
  return scopeOfSentences(scopeSentenceProbabilities(model, reading));
}

/** The posting's scope from its sentences' ({@link scopeSentenceProbabilities}): the largest. */
export function scopeOfSentences(
  perSentence: Readonly<Record<ScopeClass, readonly number[]>>,
): Record<ScopeClass, number> {
  const out = {} as Record<ScopeClass, number>;
  for (const c of SCOPE_CLASSES) out[c] = round(Math.max(0, ...perSentence[c]));
  return out;
}
