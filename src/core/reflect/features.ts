/**
 * One reading of a post that both the hand-written reflection analyser and the learned values
 * model use, and the features the learned model sees (`npm run train` fits it; see
 * `learned.ts`):
 *
 * - the hand-written reading's value signals (`h:<value>`, its combined strength in [0, 1]
 *   times the cue scale; `hv:<value>` when it reaches the reporting threshold; `hr:<value>`
 *   when the author sets the value aside);
 * - stemmed word uni- and bigrams of every sentence ({@link stem}; function words and numbers
 *   left out), once as seen anywhere (`a:`) and once when the sentence is in the author's own
 *   voice and states a wish, reason or lack (`f:`, see `context.ts`);
 * - the words of the title (`t:`).
 *
 * Word n-gram features for text classification: C. D. Manning, P. Raghavan & H. Schütze,
 * *Introduction to Information Retrieval* (2008), ch. 13. Pure: no files.
 */
import type { Features } from "../learn/linear.js";
import { stem } from "../roles/stem.js";
import { VALUE_IDS, type ValueId } from "../taxonomy.js";
import { type SentenceContext, sentenceContexts } from "./context.js";
import { type StatedCriterion, statedCriteria } from "./criteria.js";
import { sentenceVector, type WordVectors } from "./embedding.js";
import { CHOSEN_AFTER, CHOSEN_FRAME, LACK_FRAME, LEFT_FRAME } from "./lexicon.js";
import { type PathReading, readPaths } from "./paths.js";
import type { Post } from "./post.js";
import { type Sentence, sentencesOf } from "./sentences.js";
import { VALUE_THRESHOLD, type ValueSignal, valueSignals } from "./values.js";

/** Strength given to a value that names a stated criterion: the author listed it. */
const CRITERION_STRENGTH = 0.85;

/** Everything read from a post before any learned decision. */
export interface ReflectionReading {
  post: Post;
  sentences: Sentence[];
  contexts: SentenceContext[];
  criteria: StatedCriterion[];
  /** The hand-written value signals of every value with any cue, strongest first. */
  signals: ValueSignal[];
  paths: PathReading;
  /**
   * Each sentence's word-vector mean (`embedding.ts` {@link sentenceVector}; null when none of
   * its words has a vector), when a shell that has word vectors attached them: read only by a
   * values model whose sentence scorer has embedding features.
   */
  sentenceVectors?: ReadonlyArray<Float64Array | null>;
}

/**
 * Reads a post's sentences, their contexts, stated criteria, value signals and paths, and with
 * `vectors` each sentence's word-vector mean (`sentenceVectors`).
 */
export function readReflectionParts(post: Post, vectors?: WordVectors): ReflectionReading {
  const sentences = sentencesOf(post);
  const contexts = sentenceContexts(post, sentences);
  const criteria = statedCriteria(post, sentences, contexts);
  const fromCriteria = criteria.flatMap((c) =>
    c.sentences[0]
      ? c.values.map((id) => ({
          id,
          sentence: c.sentences[0] as Sentence,
          strength: CRITERION_STRENGTH,
        }))
      : [],
  );
  const signals = valueSignals(sentences, contexts, fromCriteria);
  const paths = readPaths(post, sentences, contexts);
  return {
    post,
    sentences,
    contexts,
    criteria,
    signals,
    paths,
    ...(vectors ? { sentenceVectors: sentences.map((s) => sentenceVector(s.norm, vectors)) } : {}),
  };
}

/** Which features the values model reads (kept with the model: see learned.ts). */
export interface ValueFeatureOptions {
  /** Scale of the hand-written value strengths (`h:`). */
  cueScale: number;
  /** Word n-grams at all (`a:`, `f:`). */
  grams: boolean;
  /** Bigrams as well as single words. */
  bigrams: boolean;
  /** n-grams of every sentence (`a:`) as well as of the author's framed ones (`f:`). */
  anywhere: boolean;
  /**
   * The number of sentences with a cue for each value (`hn:`, log(1 + n)) and the strongest
   * one's strength (`hm:`, times the cue scale).
   */
  counts: boolean;
  /**
   * The strongest cue sentence of each value by whose words it is: the author's own framed
   * (`hf:`, a wish, reason or lack), the author's own otherwise (`ho:`), someone else's
   * (`hx:`), a title or heading (`ht:`), and whether a stated criterion names it (`hc:`).
   */
  contexts: boolean;
  /**
   * Each cue of the lexicon as its own feature (`k:<value>:<cue index>`, the strongest
   * sentence strength it gave), so the model learns which cues speak for a value in the
   * corpus and which are loose.
   */
  cues?: boolean;
  /**
   * For each value, the strongest cue sentence's strength among those with each of a few
   * sentence frames (`hq:<frame>:<value>`): a reason ("because", "why I"), a wish ("I want",
   * "looking for"), a lack ("tired of", "not enough"), missing something, leaving, a list item,
   * early or late in the post. Lets the model weigh where a cue stands, not only its strength.
   */
  frames?: boolean;
}

export const DEFAULT_VALUE_FEATURE_OPTIONS: ValueFeatureOptions = {
  cueScale: 4,
  grams: true,
  bigrams: true,
  anywhere: true,
  counts: true,
  contexts: true,
  cues: false,
  frames: false,
};

const FRAMES: ReadonlyArray<readonly [string, RegExp]> = [
  ["reason", /\b(because|why i|reasons?|the main|that's why|which is why|so i)\b/],
  [
    "wish",
    /\b(i('d| would)? (want|wanted|love|like|hope|wish|need)|looking for|next (role|job|step)|ideal)\b/,
  ],
  ["lack", LACK_FRAME],
  ["miss", /\b(miss|missed|missing)\b/],
  ["left", /\b(left|leave|leaving|quit|resigned|moving on)\b/],
  ["enjoy", /\b(enjoy\w*|love[ds]?|loving|passion\w*|excit\w*|fun)\b/],
];

/**
 * Frames of a sentence for the sentence scorer, beside {@link FRAMES}: the decision taken,
 * the new role described, and thanks or farewell praise (which the labels do not count).
 */
const SENTENCE_FRAMES: ReadonlyArray<readonly [string, RegExp]> = [
  ["chose", CHOSEN_FRAME],
  ["new", CHOSEN_AFTER],
  ["thanks", /\b(thank\w*|grateful|gratitude|proud|privilege|honou?r\w*|farewell|goodbye)\b/],
];

/** A section heading that announces reasons ("Why I left", "What I want next"). */
const WHY_HEADING =
  /\b(why|reasons?|what i (want|need|miss|look)|looking for|motivat\w*|priorities)\b/;

/** Function words left out of the n-grams (their stems, as {@link stem} gives them). */
const STOP = new Set(
  (
    "a an the and or but of to in on at for with by from as into about over than then that this " +
    "these those it its is be are was were been being we our us you your they their them he she " +
    "i me my will would can could should may might must shall do doe did not no so such also " +
    "all any each other more most some very which who whom whose what when where why how if " +
    "while up out just there here has have had get got i'm i've i'd it's that's"
  ).split(" "),
);

/** The stemmed word uni- and bigrams of a normalised sentence. */
export function gramsOf(norm: string, bigrams = true): string[] {
  const words = (norm.match(/[a-z][a-z'-]*/g) ?? [])
    .map((w) => stem(w))
    .filter((w) => w.length > 1 && !STOP.has(w));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    out.push(words[i] as string);
    if (bigrams && i + 1 < words.length) out.push(`${words[i]} ${words[i + 1]}`);
  }
  return out;
}

/** One sentence's n-gram features, kept to quote the sentences that weigh most. */
export interface PostSentenceFeatures {
  sentence: Sentence;
  names: string[];
}

/**
 * The values model's features of a post, and each sentence's share of the n-grams.
 *
 * @returns `doc` (name → value; 0/1 except `h:`), and per sentence its feature names
 */
export function valueFeatures(
  reading: ReflectionReading,
  options: ValueFeatureOptions = DEFAULT_VALUE_FEATURE_OPTIONS,
): { doc: Features; sentences: PostSentenceFeatures[] } {
  const doc: Features = new Map();
  const sentences: PostSentenceFeatures[] = [];
  reading.sentences.forEach((sentence, i) => {
    const context = reading.contexts[i] as SentenceContext;
    const names: string[] = [];
    if (options.grams) {
      const own = context.voice >= 1 && context.framed;
      for (const g of gramsOf(sentence.norm, options.bigrams)) {
        if (options.anywhere) names.push(`a:${g}`);
        if (own) names.push(`f:${g}`);
      }
    }
    for (const n of names) doc.set(n, 1);
    sentences.push({ sentence, names });
  });
  for (const s of reading.signals) {
    if (s.score > 0) doc.set(`h:${s.id}`, options.cueScale * s.score);
    if (s.score >= VALUE_THRESHOLD) doc.set(`hv:${s.id}`, 1);
    if (s.rejected) doc.set(`hr:${s.id}`, 1);
    if (options.counts && s.sentences.length > 0) {
      doc.set(`hn:${s.id}`, Math.log1p(s.sentences.length));
      doc.set(`hm:${s.id}`, options.cueScale * (s.sentences[0]?.strength ?? 0));
    }
    if (options.contexts) for (const [name, v] of contextFeatures(reading, s)) doc.set(name, v);
    if (options.frames) {
      const n = Math.max(1, reading.sentences.length);
      for (const e of s.sentences) {
        const norm = e.sentence.norm;
        const put = (name: string) =>
          doc.set(name, Math.max(doc.get(name) ?? 0, options.cueScale * e.strength));
        for (const [frame, re] of FRAMES) if (re.test(norm)) put(`hq:${frame}:${s.id}`);
        if (reading.post.blocks[e.sentence.block]?.list) put(`hq:list:${s.id}`);
        if (e.sentence.index / n < 0.2) put(`hq:early:${s.id}`);
        if (e.sentence.index / n >= 0.7) put(`hq:late:${s.id}`);
        if (e.sentence.negated.some((v) => v === 1)) put(`hq:neg:${s.id}`);
      }
    }
    if (options.cues)
      for (const e of s.sentences) {
        if (e.cue === undefined) continue;
        const name = `k:${s.id}:${e.cue}`;
        doc.set(name, Math.max(doc.get(name) ?? 0, options.cueScale * e.strength));
      }
  }
  if (options.grams && reading.post.title)
    for (const w of gramsOf(reading.post.title.toLowerCase(), false)) doc.set(`t:${w}`, 1);
  return { doc, sentences };
}

/**
 * Whose words a cue sentence is, as the {@link ValueFeatureOptions.contexts} features name it:
 * `ht` (title or heading), `hf` (the author's own, framed), `ho` (the author's own), `hx`.
 */
export function cueContext(reading: ReflectionReading, sentence: Sentence): string {
  const context = reading.contexts[sentence.index] as SentenceContext;
  const kind = reading.post.blocks[sentence.block]?.kind;
  if (kind === "title" || kind === "heading") return "ht";
  if (context.voice < 1) return "hx";
  return context.framed ? "hf" : "ho";
}

/** The {@link ValueFeatureOptions.contexts} features of one value's signal. */
function contextFeatures(reading: ReflectionReading, signal: ValueSignal): Map<string, number> {
  const out = new Map<string, number>();
  const criterion = new Set(
    reading.criteria.filter((c) => c.values.includes(signal.id)).map((c) => c.sentences[0]?.index),
  );
  const put = (name: string, v: number) => out.set(name, Math.max(out.get(name) ?? 0, v));
  for (const { sentence, strength } of signal.sentences) {
    put(`${cueContext(reading, sentence)}:${signal.id}`, strength);
    if (criterion.has(sentence.index)) put(`hc:${signal.id}`, 1);
  }
  return out;
}

/** Each value's hand-written signal (strength 0 when no cue speaks for it). */
export function signalOf(reading: ReflectionReading, id: ValueId): ValueSignal | undefined {
  return reading.signals.find((s) => s.id === id);
}

/** Which sentence features the values model's sentence scorer reads (kept with the model). */
export interface SentenceFeatureOptions {
  /** Scale of the hand-written cue strengths (`c:`, `cf:`, `k:`). */
  cueScale: number;
  /** Stemmed word uni- and bigrams of the sentence (`w:`). */
  grams: boolean;
  /** The same n-grams again when the author speaks and states a wish, reason or lack (`f:`). */
  framedGrams: boolean;
  /** Each lexicon cue as its own feature (`k:<value>:<cue index>`). */
  cues: boolean;
  /**
   * Each value's cue strength again under each place and frame of the sentence
   * (`x:<flag>:<value>`), so the model can learn that a cue in thanks or in a description of
   * the new role says less than one in a reason.
   */
  crossCues?: boolean;
  /** The n-grams again as features every value shares (`g:`: words of reasons or of thanks). */
  sharedGrams?: boolean;
  /** Whether the sentence tells of the past ("it was", "I had", "I used to": `q:past`). */
  tense?: boolean;
  /** Each value's cue strength again in a sentence that tells of the past (`cp:<value>`). */
  tenseCues?: boolean;
}

/** A sentence that tells of the past: what was true of a job is no wish for the next. */
const PAST_TENSE = /\b(?:was|were|had|used to|did)\b/;

export const DEFAULT_SENTENCE_FEATURE_OPTIONS: SentenceFeatureOptions = {
  cueScale: 4,
  grams: true,
  framedGrams: false,
  cues: false,
};

/**
 * The features of every sentence for the values model's sentence scorer (multiple-instance
 * learning: a post holds a value when some sentence expresses it; see `learned.ts`):
 *
 * - the stemmed word n-grams (`w:`; `f:` again in the author's own framed sentences);
 * - each value's hand-written cue strength in the sentence (`c:<value>`, times the cue scale;
 *   `cf:<value>` when the author speaks and states a wish, reason or lack; a stated
 *   criterion's sentence counts as a cue);
 * - where and how the sentence stands: the author's voice (`own`), framed (`fr`), both
 *   (`of`), a title or heading (`hd`), a list item (`li`), a quotation (`qt`), in the first
 *   fifth (`early`) or the last 30% (`late`) of the post, a negation (`neg`), and a few frames
 *   (`q:<frame>`: because, I want, a lack, missing, leaving, enjoying; the decision taken, the
 *   new role, thanks and farewell praise).
 *
 * @returns one feature map per sentence, in sentence order
 */
export function valueSentenceFeatures(
  reading: ReflectionReading,
  options: SentenceFeatureOptions = DEFAULT_SENTENCE_FEATURE_OPTIONS,
): Features[] {
  const n = Math.max(1, reading.sentences.length);
  const out: Features[] = reading.sentences.map((sentence, i) => {
    const x: Features = new Map();
    const context = reading.contexts[i] as SentenceContext;
    const block = reading.post.blocks[sentence.block];
    const own = context.voice >= 1;
    const ownFramed = own && context.framed;
    if (options.grams)
      for (const g of gramsOf(sentence.norm)) {
        x.set(`w:${g}`, 1);
        if (options.framedGrams && ownFramed) x.set(`f:${g}`, 1);
        if (options.sharedGrams) x.set(`g:${g}`, 1);
      }
    if (own) x.set("own", 1);
    if (context.framed) x.set("fr", 1);
    if (ownFramed) x.set("of", 1);
    if (block?.kind === "title" || block?.kind === "heading") x.set("hd", 1);
    if (block?.list) x.set("li", 1);
    if (context.place < 0.5) x.set("qt", 1);
    if (sentence.index / n < 0.2) x.set("early", 1);
    if (sentence.index / n >= 0.7) x.set("late", 1);
    if (sentence.negated.some((v) => v === 1)) x.set("neg", 1);
    for (const [frame, re] of FRAMES) if (re.test(sentence.norm)) x.set(`q:${frame}`, 1);
    for (const [frame, re] of SENTENCE_FRAMES) if (re.test(sentence.norm)) x.set(`q:${frame}`, 1);
    if (options.tense && PAST_TENSE.test(sentence.norm)) x.set("q:past", 1);
    const heading = block && block.section >= 0 ? reading.post.blocks[block.section] : undefined;
    if (heading && WHY_HEADING.test(heading.text.toLowerCase())) x.set("why", 1);
    return x;
  });
  // Near the decision: within two sentences of one saying what was left or chosen.
  const decided = reading.sentences.map(
    (s) => LEFT_FRAME.test(s.norm) || CHOSEN_FRAME.test(s.norm),
  );
  out.forEach((x, i) => {
    for (let j = Math.max(0, i - 2); j <= Math.min(out.length - 1, i + 2); j++)
      if (decided[j]) {
        x.set("near", 1);
        break;
      }
  });
  for (const s of reading.signals)
    for (const e of s.sentences) {
      const x = out[e.sentence.index];
      if (!x) continue;
      const v = options.cueScale * e.strength;
      const put = (name: string) => x.set(name, Math.max(x.get(name) ?? 0, v));
      if (options.crossCues)
        for (const flag of [...x.keys()])
          if (!flag.includes(":") || flag.startsWith("q:")) put(`x:${flag}:${s.id}`);
      put(`c:${s.id}`);
      if (x.has("of")) put(`cf:${s.id}`);
      if (options.tenseCues && x.has("q:past")) put(`cp:${s.id}`);
      if (options.cues && e.cue !== undefined) put(`k:${s.id}:${e.cue}`);
    }
  return out;
}

/** The value ids in taxonomy order, for iterating models. */
export const VALUES: readonly ValueId[] = VALUE_IDS;
