import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modelArb, moved } from "../testing/arbitraries.js";
import { additiveValue } from "../wsm.js";
import { weightStability } from "./weight-stability.js";

describe("weightStability", () => {
  it("keeps the best alternative best, and every strict order, inside the intervals; ties at the bounds", () => {
    fc.assert(
      fc.property(
        modelArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ values, weights }, where) => {
          const base = additiveValue(values, weights).scores;
          for (const s of weightStability(values, weights)) {
            expect(s.top.low).toBeLessThanOrEqual(s.weight);
            expect(s.top.high).toBeGreaterThanOrEqual(s.weight);
            // Ties (within 1e-12) are ignored by both intervals; near-ties are skipped below.
            expect(s.ranking.low).toBeGreaterThanOrEqual(s.top.low);
            expect(s.ranking.high).toBeLessThanOrEqual(s.top.high);
            const t = s.ranking.low + where * (s.ranking.high - s.ranking.low);
            const inside = additiveValue(values, moved(weights, s.criterion, t)).scores;
            for (let a = 0; a < base.length; a++) {
              for (let b = 0; b < base.length; b++) {
                if ((base[a] as number) > (base[b] as number) + 1e-9)
                  expect(inside[a]).toBeGreaterThanOrEqual((inside[b] as number) - 1e-12);
              }
            }
            const tTop = s.top.low + where * (s.top.high - s.top.low);
            const atTop = additiveValue(values, moved(weights, s.criterion, tTop)).scores;
            expect(base[s.best]).toBeGreaterThanOrEqual(Math.max(...base) - 1e-12);
            // Rivals tied with the best now (up to rounding) may go either way.
            atTop.forEach((score, b) => {
              if ((base[s.best] as number) - (base[b] as number) > 1e-9) {
                expect(atTop[s.best]).toBeGreaterThanOrEqual(score - 1e-12);
              }
            });
            for (const [bound, pair] of [
              [s.top.low, s.top.lowSwitch],
              [s.top.high, s.top.highSwitch],
            ] as const) {
              if (!pair) continue;
              const at = additiveValue(values, moved(weights, s.criterion, bound)).scores;
              expect(Math.abs((at[pair[0]] as number) - (at[pair[1]] as number))).toBeLessThan(
                1e-12,
              );
            }
          }
        },
      ),
    );
  });

  it("loses the best alternative just beyond a bound that is not 0 or 1", () => {
    fc.assert(
      fc.property(modelArb, ({ values, weights }) => {
        for (const s of weightStability(values, weights)) {
          const pair = s.top.lowSwitch;
          if (!pair || s.top.low <= 0 || s.top.low === s.weight) continue;
          const t = s.top.low - Math.min(s.top.low, 0.01);
          const scores = additiveValue(values, moved(weights, s.criterion, t)).scores;
          expect(scores[pair[1]]).toBeGreaterThan((scores[pair[0]] as number) - 1e-12);
        }
      }),
    );
  });

  it("covers [0, 1] when one alternative dominates all others", () => {
    const result = weightStability(
      [
        [0.9, 0.8],
        [0.5, 0.1],
        [0.2, 0.7],
      ],
      [1, 1],
    );
    for (const s of result) {
      expect(s.best).toBe(0);
      expect(s.top).toEqual({ low: 0, high: 1, lowSwitch: null, highSwitch: null });
    }
  });
});

describe("weightStability checks only neighbouring pairs", () => {
  // Every pair, as the definition reads: the interval of t on which each strictly ordered pair
  // keeps its order, intersected (proportional rescaling of the other weights).
  function allPairs(values: number[][], weights: number[]) {
    const m = weights.length;
    const total = weights.reduce((s, x) => s + x, 0);
    const w = weights.map((x) => x / total);
    return w.map((wj, j) => {
      const line = (row: number[]) => {
        let base = 0;
        for (let k = 0; k < m; k++)
          if (k !== j)
            base += (wj < 1 ? (w[k] as number) / (1 - wj) : 1 / (m - 1)) * (row[k] as number);
        if (m === 1) base = 0;
        return { base, slope: (row[j] as number) - base };
      };
      const lines = values.map(line);
      const at = (a: number, t: number) =>
        (lines[a]?.base as number) + t * (lines[a]?.slope as number);
      let low = 0;
      let high = 1;
      for (let a = 0; a < values.length; a++)
        for (let b = 0; b < values.length; b++) {
          if (a === b || at(a, wj) - at(b, wj) <= 1e-12) continue;
          const slopeGap = (lines[a]?.slope as number) - (lines[b]?.slope as number);
          if (slopeGap === 0) continue;
          const t = -((lines[a]?.base as number) - (lines[b]?.base as number)) / slopeGap;
          if (slopeGap > 0) low = Math.max(low, Math.max(0, Math.min(t, wj)));
          else high = Math.min(high, Math.min(1, Math.max(t, wj)));
        }
      return { low, high };
    });
  }

  it("gives the same ranking intervals as checking every pair", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 60, maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 5, maxLength: 5 }),
        (n, m, cells, rawWeights) => {
          // Few distinct values, so ties now and simultaneous crossings are common.
          const values = Array.from({ length: n }, (_, a) =>
            Array.from({ length: m }, (_, j) => (cells[(a * m + j) % 60] as number) / 4),
          );
          const weights = rawWeights.slice(0, m);
          const expected = allPairs(values, weights);
          const got = weightStability(values, weights);
          got.forEach((s, j) => {
            // The two compute a crossing from the same lines in a different order, so they
            // may differ in the last bit.
            expect(s.ranking.low).toBeCloseTo(expected[j]?.low as number, 12);
            expect(s.ranking.high).toBeCloseTo(expected[j]?.high as number, 12);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
