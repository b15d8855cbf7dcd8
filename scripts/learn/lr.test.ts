import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sigmoid, softmax } from "../../src/core/learn/linear.js";
import {
  bestThreshold,
  fitBinary,
  fitMultinomial,
  fitTemperature,
  foldsOf,
  microF1At,
  minimizeLbfgs,
  outOfFold,
  type SparseRow,
  Vocabulary,
} from "./lr.js";

const row = (pairs: [number, number][]): SparseRow => ({
  idx: Int32Array.from(pairs.map((p) => p[0])),
  val: Float64Array.from(pairs.map((p) => p[1])),
});

describe("L-BFGS", () => {
  it("finds the minimum of a convex quadratic", () => {
    // f(w) = (w0 - 3)^2 + 10 (w1 + 1)^2 has its minimum at (3, -1).
    const { w } = minimizeLbfgs((p, g) => {
      g[0] = 2 * ((p[0] as number) - 3);
      g[1] = 20 * ((p[1] as number) + 1);
      return ((p[0] as number) - 3) ** 2 + 10 * ((p[1] as number) + 1) ** 2;
    }, new Float64Array(2));
    expect(w[0]).toBeCloseTo(3, 4);
    expect(w[1]).toBeCloseTo(-1, 4);
  });
});

describe("binary logistic regression", () => {
  it("recovers the log-odds of each group for one binary feature (hand-worked)", () => {
    // x = 0: 1 yes in 4 (log-odds ln(1/3)); x = 1: 3 yes in 4 (ln 3). Tiny λ: nearly the MLE.
    const rows = [...[0, 0, 0, 1].map(() => row([])), ...[1, 1, 1, 0].map(() => row([[0, 1]]))];
    const y = [0, 0, 0, 1, 1, 1, 1, 0];
    const { w, b } = fitBinary(rows, y, 1, 1e-6);
    expect(b).toBeCloseTo(Math.log(1 / 3), 3);
    expect(b + (w[0] as number)).toBeCloseTo(Math.log(3), 3);
  });

  it("weighs a row as that many copies of it (row weights)", () => {
    // Weight 3 on the x = 1 rows is three copies of them: the same fit, to the optimiser's tolerance.
    const rows = [row([]), row([]), row([[0, 1]]), row([[0, 1]])];
    const y = [0, 1, 1, 0];
    const weighted = fitBinary(rows, y, 1, 0.5, undefined, 1, [1, 1, 3, 2]);
    const copies = [row([]), row([]), ...[1, 1, 1, 0, 0].map(() => row([[0, 1]]))];
    const copied = fitBinary(copies, [0, 1, 1, 1, 1, 0, 0], 1, 0.5);
    expect(weighted.b).toBeCloseTo(copied.b, 4);
    expect(weighted.w[0]).toBeCloseTo(copied.w[0] as number, 4);
    // Weight 0 drops a row.
    const dropped = fitBinary(
      [...rows, row([[0, 1]])],
      [...y, 1],
      1,
      0.5,
      undefined,
      1,
      [1, 1, 1, 1, 0],
    );
    const plain = fitBinary(rows, y, 1, 0.5);
    expect(dropped.w[0]).toBeCloseTo(plain.w[0] as number, 5);
  });

  it("satisfies the optimality condition λw = -Σ(p - y)x on random data", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.boolean(), fc.double({ min: -2, max: 2, noNaN: true }), fc.boolean()),
          { minLength: 4, maxLength: 30 },
        ),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        (data, lambda) => {
          const rows = data.map(([a, v]) =>
            row(
              a
                ? [
                    [0, 1],
                    [1, v],
                  ]
                : [[1, v]],
            ),
          );
          const y = data.map(([, , t]) => (t ? 1 : 0));
          const { w, b } = fitBinary(rows, y, 2, lambda);
          const grad = [0, 0];
          let gb = 0;
          rows.forEach((r, i) => {
            let z = b;
            r.idx.forEach((k, j) => {
              z += (w[k] as number) * (r.val[j] as number);
            });
            const e = sigmoid(z) - (y[i] as number);
            r.idx.forEach((k, j) => {
              grad[k] = (grad[k] as number) + e * (r.val[j] as number);
            });
            gb += e;
          });
          expect(Math.abs(gb)).toBeLessThan(1e-3);
          for (let k = 0; k < 2; k++)
            expect(Math.abs((grad[k] as number) + lambda * (w[k] as number))).toBeLessThan(1e-3);
        },
      ),
      { numRuns: 40, seed: 5 },
    );
  });
});

describe("multinomial logistic regression", () => {
  it("puts each class's mass where its examples are", () => {
    // Three classes, each marked by its own feature, a little noise.
    const rows: SparseRow[] = [];
    const y: number[] = [];
    for (let k = 0; k < 3; k++)
      for (let i = 0; i < 6; i++) {
        rows.push(row([[i === 5 ? (k + 1) % 3 : k, 1]]));
        y.push(k);
      }
    const { W, b } = fitMultinomial(rows, y, 3, 3, 0.1);
    for (let k = 0; k < 3; k++) {
      const z = [0, 1, 2].map((c) => (b[c] as number) + ((W[c] as Float64Array)[k] as number));
      const p = softmax(z);
      expect(p.indexOf(Math.max(...p))).toBe(k);
    }
  });
});

describe("temperature scaling", () => {
  it("recovers the temperature that generated the labels", () => {
    // Labels drawn (deterministically, by quantiles) from softmax(z / 2): T ≈ 2.
    const logits: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 400; i++) {
      const z = [Math.sin(i) * 4, Math.cos(i * 1.3) * 4, 0];
      const p = softmax(z, 2);
      const u = ((i * 0.618034) % 1) as number;
      let c = 0;
      let acc = p[0] as number;
      while (u > acc && c < 2) acc += p[++c] as number;
      logits.push(z);
      y.push(c);
    }
    expect(fitTemperature(logits, y)).toBeGreaterThan(1.6);
    expect(fitTemperature(logits, y)).toBeLessThan(2.5);
  });
});

describe("folds and vocabulary", () => {
  it("deals balanced folds, the same for the same seed", () => {
    const a = foldsOf(23, 5, 7);
    expect(foldsOf(23, 5, 7)).toEqual(a);
    const sizes = [0, 1, 2, 3, 4].map((f) => a.filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(foldsOf(23, 5, 8)).not.toEqual(a);
  });

  it("keeps features seen in enough documents, in sorted order", () => {
    const docs = [
      new Map([
        ["b", 1],
        ["a", 1],
      ]),
      new Map([["a", 1]]),
      new Map([["c", 1]]),
    ];
    const v = Vocabulary.of(docs, 2);
    expect(v.names).toEqual(["a"]);
    expect([...v.row(docs[0] as Map<string, number>).idx]).toEqual([0]);
  });
});

describe("out-of-fold predictions", () => {
  it("predicts every item once, by a model that never saw it, on foldsOf's folds", () => {
    const items = Array.from({ length: 23 }, (_, i) => `item${i}`);
    const fits: string[][] = [];
    const out = outOfFold(
      items,
      5,
      7,
      (train) => {
        fits.push(train);
        return new Set(train);
      },
      (seen, item, i) => ({ item, i, seen: seen.has(item), size: seen.size }),
    );
    expect(fits).toHaveLength(5);
    expect(out.map((o) => o.item)).toEqual(items);
    expect(out.map((o) => o.i)).toEqual(items.map((_, i) => i));
    expect(out.every((o) => !o.seen)).toBe(true);
    const folds = foldsOf(items.length, 5, 7);
    out.forEach((o, i) => {
      const fold = folds.filter((f) => f === folds[i]).length;
      expect(o.size).toBe(items.length - fold);
    });
  });
});

describe("bestThreshold", () => {
  // Four rows: two true ones read at 0.9 and 0.4, two false ones at 0.35 and 0.1.
  const rows = [
    { p: 0.9, truth: true },
    { p: 0.4, truth: true },
    { p: 0.35, truth: false },
    { p: 0.1, truth: false },
  ];

  it("picks the threshold of the best micro-F1, the earlier of equal ones", () => {
    // F1 is 1 at 0.36-0.40 and 0.8 at 0.3 (one false row said).
    expect(bestThreshold(rows, [0.3, 0.38, 0.4])).toBe(0.38);
    expect(microF1At(rows, 0.3)).toBeCloseTo(0.8);
  });

  it("with a tolerance, picks the highest threshold within it of the best", () => {
    const flat = [...rows, { p: 0.5, truth: true }, { p: 0.45, truth: false }];
    // 0.4: tp 3 fp 1 → 6/7; 0.5: tp 2 fp 0 fn 1 → 0.8.
    expect(bestThreshold(flat, [0.4, 0.5])).toBe(0.4);
    expect(bestThreshold(flat, [0.4, 0.5], 0.5, 0.06)).toBe(0.5);
    expect(bestThreshold(flat, [0.4, 0.5], 0.5, 0.05)).toBe(0.4);
  });
});
