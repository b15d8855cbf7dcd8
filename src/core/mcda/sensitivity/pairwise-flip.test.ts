import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { beats } from "../rank.js";
import { modelArb, moved } from "../testing/arbitraries.js";
import { additiveValue } from "../wsm.js";
import { pairwiseFlipByValue, pairwiseFlipByWeight } from "./pairwise-flip.js";

const withPair = modelArb.chain((model) =>
  fc
    .tuple(fc.nat(model.values.length - 1), fc.nat(model.values.length - 2))
    .map(([a, k]) => ({ ...model, a, b: k >= a ? k + 1 : k })),
);

describe("pairwise flips", () => {
  it("by weight: the two tie at every reported weight and swap past it; no other criterion can swap them", () => {
    fc.assert(
      fc.property(withPair, ({ values, weights, a, b }) => {
        const r = pairwiseFlipByWeight(values, weights, a, b);
        const base = additiveValue(values, weights).scores;
        const ua = base[a] as number;
        const ub = base[b] as number;
        expect(Math.abs(r.gap - (ua - ub))).toBeLessThan(1e-12);
        expect(r.smallest).toEqual(r.flips[0] ?? null);
        if (!beats(ua, ub) && !beats(ub, ua)) {
          expect(r.flips).toEqual([]);
          return;
        }
        const [ahead, behind] = beats(ua, ub) ? [a, b] : [b, a];
        /** Whether the one behind beats the one ahead with weight t on criterion j. */
        const overtakes = (j: number, t: number) => {
          const s = additiveValue(values, moved(weights, j, t)).scores;
          return beats(s[behind] as number, s[ahead] as number);
        };
        for (const flip of r.flips) {
          const s = additiveValue(values, moved(weights, flip.criterion, flip.weight)).scores;
          expect(Math.abs((s[a] as number) - (s[b] as number))).toBeLessThan(1e-12);
          // Past the tie, at the end of the weight's range, the one behind is ahead.
          expect(overtakes(flip.criterion, flip.delta > 0 ? 1 : 0)).toBe(true);
        }
        for (let j = 0; j < weights.length; j++) {
          if (r.flips.some((f) => f.criterion === j)) continue;
          // The gap is linear in the weight: no swap at either end, none anywhere.
          expect(overtakes(j, 0) || overtakes(j, 1)).toBe(false);
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
        // Brute force over every (alternative, criterion) change: a swap when, carried to the
        // bound, the one behind beats the one ahead (the tie rule of rank.ts).
        const total = weights.reduce((s, x) => s + x, 0);
        const scores = additiveValue(values, weights).scores;
        const tied =
          !beats(scores[a] as number, scores[b] as number) &&
          !beats(scores[b] as number, scores[a] as number);
        let smallest = Number.POSITIVE_INFINITY;
        for (let j = 0; j < weights.length; j++) {
          const step = r.gap / ((weights[j] as number) / total);
          for (const [alt, to] of [
            [a, ((values[a] as number[])[j] as number) - step],
            [b, ((values[b] as number[])[j] as number) + step],
          ] as const) {
            if (tied || to < 0 || to > 1) continue;
            const bound = to > ((values[alt] as number[])[j] as number) ? 1 : 0;
            const changed = values.map((row, i) =>
              row.map((x, k) => (i === alt && k === j ? bound : x)),
            );
            const s = additiveValue(changed, weights).scores;
            const swapped =
              r.gap > 0
                ? beats(s[b] as number, s[a] as number)
                : beats(s[a] as number, s[b] as number);
            if (swapped) smallest = Math.min(smallest, Math.abs(step));
          }
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
    expect(free.smallest).toMatchObject({ alternative: 0, criterion: 0 });
    expect(free.smallest?.to).toBeCloseTo(0.5, 12);
    // Floors and ceilings rule out lowering a on criterion 0 and raising b on criterion 1.
    const narrow = pairwiseFlipByValue(values, [0.5, 0.5], 0, 1, [
      [0.8, 1],
      [0, 0.6],
    ]);
    expect(narrow.flips.map((f) => [f.alternative, f.criterion])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(narrow.flips.map((f) => f.to)).toEqual([
      expect.closeTo(0.9, 12),
      expect.closeTo(0.1, 12),
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

  it("by value: a change that only ties them at a bound is no flip; the one behind must overtake", () => {
    // a leads by 0.5 * 0.5 = 0.25. Lowering a to 0.5 on criterion 0 ties them, and lowering it
    // further swaps them. Raising b to 1 on either criterion, or lowering a to 0 on criterion
    // 1, only ties them at the end of the value range: no swap.
    const r = pairwiseFlipByValue(
      [
        [1, 0.5],
        [0.5, 0.5],
      ],
      [1, 1],
      0,
      1,
    );
    expect(r.flips.map((f) => [f.alternative, f.criterion, f.to])).toEqual([[0, 0, 0.5]]);
    // Within narrower bounds a rise to the top that only ties is no flip either.
    const narrow = pairwiseFlipByValue(
      [
        [0.8, 0.5],
        [0.5, 0.5],
      ],
      [1, 1],
      0,
      1,
      [
        [0.5, 0.8],
        [0.2, 0.8],
      ],
    );
    // Each of the four changes ties them exactly at a bound: a to 0.5 or b to 0.8 on
    // criterion 0, a to 0.2 or b to 0.8 on criterion 1.
    expect(narrow.flips).toEqual([]);
    expect(narrow.smallest).toBeNull();
  });

  it("two alternatives that tie now (by the tie rule) have no order to swap", () => {
    // Equal in exact arithmetic; 0.1 + 0.2 differs from 0.3 by rounding only.
    const tied = [
      [0.1 + 0.2, 0.6],
      [0.3, 0.6],
    ];
    expect(pairwiseFlipByValue(tied, [1, 1], 0, 1).flips).toEqual([]);
    expect(pairwiseFlipByWeight(tied, [1, 1], 0, 1).flips).toEqual([]);
    // Trading off equally: tied at equal weights, though a weight change would order them.
    const trade = [
      [0.4, 0.6],
      [0.6, 0.4],
    ];
    expect(pairwiseFlipByWeight(trade, [1, 1], 0, 1).smallest).toBeNull();
    expect(pairwiseFlipByValue(trade, [1, 1], 0, 1).smallest).toBeNull();
  });

  it("by weight: a real crossing close to the end is a flip (the tie rule, not a margin on the weight)", () => {
    // At w0 = 1 b beats a by 1e-10, far past rounding: they cross at w0 = 1 - 4e-10.
    const r = pairwiseFlipByWeight(
      [
        [0.3 - 1e-10, 0.75],
        [0.3, 0.5],
      ],
      [1, 1],
      0,
      1,
    );
    // And at w1 = 0, where criterion 0 alone counts, likewise: w1 down to 4e-10.
    expect(r.flips.map((f) => [f.criterion, f.weight])).toEqual([
      [0, expect.closeTo(1 - 4e-10, 15)],
      [1, expect.closeTo(4e-10, 15)],
    ]);
  });

  it("rejects the same alternative twice and indices out of range", () => {
    expect(() => pairwiseFlipByWeight([[1], [0]], [1], 0, 0)).toThrow(/two different/);
    expect(() => pairwiseFlipByValue([[1], [0]], [1], 0, 2)).toThrow(
      "b: alternative 2 is not in 0..1",
    );
  });
});
