/**
 * Sentence vectors for training and evaluating the values' sentence models with embedding
 * features. The vectors are the compact table `bearing reflect` reads (src/cli/vector-table.ts,
 * the same int8 vectors), so that training and run time agree; when the table has not been
 * built yet (a checkout without `npm run build`), it is built here first (scripts/build-vectors.ts).
 */

import { tableVectors, vectorTableExists } from "../../src/cli/vector-table.js";
import { sentenceVector, type WordVectors } from "../../src/core/reflect/embedding.js";
import type { ReflectionReading } from "../../src/core/reflect/features.js";
import { buildVectorTable } from "../build-vectors.js";

/** The table's vectors, built first when missing (once per process). */
export function trainingVectors(): WordVectors {
  if (!vectorTableExists()) {
    const built = buildVectorTable();
    console.error(`vectors: built the table (${built.count} words of ${built.source})`);
  }
  return tableVectors();
}

/** Attaches each sentence's vector to the reading (once; the reading is changed in place). */
export function attachSentenceVectors(
  reading: ReflectionReading,
  vectors = trainingVectors(),
): void {
  if (reading.sentenceVectors) return;
  reading.sentenceVectors = reading.sentences.map((s) => sentenceVector(s.norm, vectors));
}
