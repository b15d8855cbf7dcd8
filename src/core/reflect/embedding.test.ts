import { describe, expect, it } from "vitest";
import {
  addEmbeddingFeatures,
  cosine,
  SIF_RANK,
  sentenceVector,
  unit,
  type WordVectors,
} from "./embedding.js";

/** Three words on three axes; "craft" is frequent (rank 1), the others rare. */
const toy: WordVectors = {
  dimensions: 3,
  lookup(word) {
    const table: Record<string, { vector: number[]; rank: number }> = {
      craft: { vector: [1, 0, 0], rank: 1 },
      mastery: { vector: [0, 1, 0], rank: 100_000 },
      team: { vector: [0, 0, 1], rank: 100_000 },
    };
    return table[word];
  },
};

describe("sentenceVector", () => {
  it("is the unit-length mean of the content words, frequent words weighing less", () => {
    const v = sentenceVector("i want mastery of the craft", toy) as Float64Array;
    const wCraft = 1 / (1 + SIF_RANK);
    const wMastery = 100_000 / (100_000 + SIF_RANK);
    const n = Math.hypot(wCraft, wMastery);
    expect(v[0]).toBeCloseTo(wCraft / n, 6);
    expect(v[1]).toBeCloseTo(wMastery / n, 6);
    expect(v[2]).toBe(0);
    expect(Math.hypot(...v)).toBeCloseTo(1, 9);
  });

  it("is null when no word has a vector (function words are left out)", () => {
    expect(sentenceVector("it was what it was", toy)).toBeNull();
  });
});

describe("addEmbeddingFeatures", () => {
  it("adds the scaled components and the scaled cosine to each prototype", () => {
    const rows = [new Map([["w:team", 1]]), new Map<string, number>()];
    const v = unit(Float64Array.from([0, 1, 1]));
    addEmbeddingFeatures(rows, [v, null], {
      meanScale: 2,
      protoScale: 3,
      prototypes: { mastery: [0, 1, 0], colleagues: [0, 0, 1] },
    });
    expect(rows[0]?.get("w:team")).toBe(1);
    expect(rows[0]?.get("e:0")).toBeUndefined();
    expect(rows[0]?.get("e:1")).toBeCloseTo(2 / Math.SQRT2, 9);
    expect(rows[0]?.get("p:mastery")).toBeCloseTo(3 * cosine(v, [0, 1, 0]), 9);
    expect(rows[0]?.get("p:colleagues")).toBeCloseTo(3 / Math.SQRT2, 9);
    // A sentence without a vector gets no embedding feature.
    expect(rows[1]?.size).toBe(0);
  });

  it("subtracts the centre before the cosine", () => {
    const rows = [new Map<string, number>()];
    addEmbeddingFeatures(rows, [Float64Array.from([1, 1, 0])], {
      meanScale: 0,
      protoScale: 1,
      centre: [1, 0, 0],
      prototypes: { mastery: [0, 1, 0] },
    });
    expect(rows[0]?.get("p:mastery")).toBeCloseTo(1, 9);
  });
});
