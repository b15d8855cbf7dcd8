import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modelArb, moved } from "../testing/arbitraries.js";
import { additiveValue } from "../wsm.js";
import { pairwiseFlipByValue, pairwiseFlipByWeight } from "./pairwise-flip.js";

const withPair = modelArb.chain((model) =>
  fc
    .tuple(fc.nat(model.values.length - 1), fc.nat(model.values.length - 2))
    .map(([a, k]) => ({ ...model, a, b: k >= a ? k + 1 : k })),
);

describe("pairwise flips", () => {
  it("by weight: the two tie at every reported weight, and no other criterion can make them tie", () => {
    fc.assert(
      fc.property(withPair, ({ values, weights, a, b }) => {
        const r = pairwiseFlipByWeight(values, weights, a, b);
        const base = additiveValue(values, weights).scores;
        expect(Math.abs(r.gap - ((base[a] as number) - (base[b] as number)))).toBeLessThan(1e-12);
        for (const flip of r.flips) {
          const s = additiveValue(values, moved(weights, flip.criterion, flip.weight)).scores;
          expect(Math.abs((s[a] as number) - (s[b] as number))).toBeLessThan(1e-12);
        }
        expect(r.smallest).toEqual(r.flips[0] ?? null);
        for (let j = 0; j < weights.length; j++) {
          if (r.flips.some((f) => f.criterion === j)) continue;
          // Linear gap with no root inside (0, 1) (a root within 1e-9 of an end is no flip):
          // same sign just inside both ends.
          const g0 = additiveValue(values, moved(weights, j, 2e-9)).scores;
          const g1 = additiveValue(values, moved(weights, j, 1 - 2e-9)).scores;
          const d0 = (g0[a] as number) - (g0[b] as number);
          const d1 = (g1[a] as number) - (g1[b] as number);
          expect(d0 * d1).toBeGreaterThanOrEqual(-1e-12);
        }
      }),
    );
  });

  it("by value: each change makes them tie within the bounds; the smallest is the smallest feasible", () => {
    fc.assert(
      fc.property(withPair, ({ values, weights, a, b }) => {
        const r = pairwiseFlipByValue(values, weights, a, b);
        for (const flip of r.flips) {
          expect(flip.to).toBeGreaterThanOrEqual(0);
          expect(flip.to).toBeLessThanOrEqual(1);
          const changed = values.map((row, i) =>
            row.map((x, j) => (i === flip.alternative && j === flip.criterion ? flip.to : x)),
          );
          const s = additiveValue(changed, weights).scores;
          expect(Math.abs((s[a] as number) - (s[b] as number))).toBeLessThan(1e-12);
        }
        // Brute force over every (alternative, criterion) change.
        const total = weights.reduce((s, x) => s + x, 0);
        let smallest = Number.POSITIVE_INFINITY;
        for (let j = 0; j < weights.length; j++) {
          const step = r.gap / ((weights[j] as number) / total);
          const fromA = ((values[a] as number[])[j] as number) - step;
          const fromB = ((values[b] as number[])[j] as number) + step;
          if (fromA >= 0 && fromA <= 1) smallest = Math.min(smallest, Math.abs(step));
          if (fromB >= 0 && fromB <= 1) smallest = Math.min(smallest, Math.abs(step));
        }
        if (smallest === Number.POSITIVE_INFINITY) expect(r.smallest).toBeNull();
        else
          expect(Math.abs(Math.abs(r.smallest?.delta ?? Number.NaN) - smallest)).toBeLessThan(
            1e-12,
          );
      }),
    );
  });

  it("respects per-criterion value bounds", () => {
    // a leads by 0.5 * 0.4 = 0.2; closing it on one criterion needs a change of 0.4.
    const values = [
      [0.9, 0.5],
      [0.5, 0.5],
    ];
    const free = pairwiseFlipByValue(values, [0.5, 0.5], 0, 1);
    expect(free.smallest).toMatchObject({ alternative: 0, criterion: 0, to: 0.5 });
    // Floors and ceilings rule out lowering a on criterion 0 and raising b on criterion 1.
    const narrow = pairwiseFlipByValue(values, [0.5, 0.5], 0, 1, [
      [0.8, 1],
      [0, 0.6],
    ]);
    expect(narrow.flips.map((f) => [f.alternative, f.criterion, f.to])).toEqual([
      [1, 0, 0.9],
      [0, 1, 0.09999999999999998],
    ]);
    const none = pairwiseFlipByValue(values, [0.5, 0.5], 0, 1, [
      [0.85, 0.88],
      [0.45, 0.55],
    ]);
    expect(none.smallest).toBeNull();
  });

  it("by weight: a tie only at a weight of 0 or 1 is no flip, since the weight cannot move past it", () => {
    // Rated the same on criterion 0: at w0 = 1 only it counts and they tie, but never swap;
    // at w1 = 0 likewise.
    const r = pairwiseFlipByWeight(
      [
        [0.5, 0.75],
        [0.5, 0.5],
      ],
      [1, 1],
      0,
      1,
    );
    expect(r.flips).toEqual([]);
    expect(r.smallest).toBeNull();
    // With a real crossing both weights can swap them (w0 up to 5/7, or w1 down to 2/7).
    const crossing = pairwiseFlipByWeight(
      [
        [0.4, 0.75],
        [0.5, 0.5],
      ],
      [1, 1],
      0,
      1,
    );
    expect(crossing.flips.map((f) => f.criterion)).toEqual([0, 1]);
    expect(crossing.flips[0]?.weight).toBeCloseTo(5 / 7, 12);
    expect(crossing.flips[1]?.weight).toBeCloseTo(2 / 7, 12);
  });

  it("rejects the same alternative twice and indices out of range", () => {
    expect(() => pairwiseFlipByWeight([[1], [0]], [1], 0, 0)).toThrow(/two different/);
    expect(() => pairwiseFlipByValue([[1], [0]], [1], 0, 2)).toThrow(
      "b: alternative 2 is not in 0..1",
    );
  });
});
