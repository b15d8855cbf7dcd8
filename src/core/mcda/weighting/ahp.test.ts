import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose, permutationArb } from "../testing/arbitraries.js";
import { type AhpPriorityMethod, ahp, randomIndex } from "./ahp.js";
import { aggregateJudgements } from "./ahp-group.js";

const methods: AhpPriorityMethod[] = ["eigenvector", "geometric-mean", "column-mean"];

/** Positive weights (not normalised) of 1..15 criteria. */
const weightsArb = fc.array(fc.double({ min: 0.05, max: 20, noNaN: true }), {
  minLength: 1,
  maxLength: 15,
});

function consistent(w: number[]): number[][] {
  return w.map((wi) => w.map((wj) => wi / wj));
}

/** A reciprocal matrix of Saaty-scale judgements. */
const reciprocalArb = fc.integer({ min: 2, max: 9 }).chain((m) =>
  fc
    .array(fc.constantFrom(1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9, 2, 1 / 2), {
      minLength: (m * (m - 1)) / 2,
      maxLength: (m * (m - 1)) / 2,
    })
    .map((upper) => {
      const a = Array.from({ length: m }, () => new Array<number>(m).fill(1));
      let k = 0;
      for (let i = 0; i < m; i++) {
        for (let j = i + 1; j < m; j++) {
          const x = upper[k++] as number;
          (a[i] as number[])[j] = x;
          (a[j] as number[])[i] = 1 / x;
        }
      }
      return a;
    }),
);

describe("ahp", () => {
  it("returns the exact weights and CR 0 for a consistent matrix, with every priority method", () => {
    fc.assert(
      fc.property(weightsArb, fc.constantFrom(...methods), (w, priorities) => {
        const total = w.reduce((s, x) => s + x, 0);
        const r = ahp(consistent(w), { priorities });
        expectClose(
          r.weights,
          w.map((x) => x / total),
          1e-9,
        );
        expect(Math.abs(r.lambdaMax - w.length)).toBeLessThan(1e-9);
        expect(r.ci).toBeLessThan(1e-9);
        if (r.cr !== null) expect(r.cr).toBeLessThan(1e-9);
        expect(r.warnings).toEqual([]);
      }),
    );
  });

  it("splits CI exactly into the contributions of the judgements", () => {
    fc.assert(
      fc.property(reciprocalArb, (a) => {
        const r = ahp(a);
        const total = r.inconsistency.reduce((s, t) => s + t.contribution, 0);
        expect(Math.abs(total - r.ci)).toBeLessThan(1e-9 * Math.max(1, r.ci));
        expect(r.lambdaMax).toBeGreaterThanOrEqual(a.length - 1e-9);
        for (let k = 1; k < r.inconsistency.length; k++) {
          expect(r.inconsistency[k - 1]?.contribution).toBeGreaterThanOrEqual(
            r.inconsistency[k]?.contribution as number,
          );
        }
      }),
    );
  });

  it("permutes the weights with the criteria", () => {
    fc.assert(
      fc.property(
        reciprocalArb.chain((a) => fc.tuple(fc.constant(a), permutationArb(a.length))),
        ([a, perm]) => {
          const permuted = perm.map((i) => perm.map((j) => (a[i] as number[])[j] as number));
          const base = ahp(a).weights;
          expectClose(
            ahp(permuted).weights,
            perm.map((i) => base[i] as number),
            1e-9,
          );
        },
      ),
    );
  });

  it("warns above CR 0.1, naming first the judgement that was corrupted", () => {
    const a = consistent([8, 4, 2, 1]);
    // Reverse one judgement: criterion 0 vs 3 should be 8, say 1/8.
    (a[0] as number[])[3] = 1 / 8;
    (a[3] as number[])[0] = 8;
    const r = ahp(a, { labels: ["pay", "growth", "team", "remote"] });
    expect(r.cr).toBeGreaterThan(0.1);
    expect(r.inconsistency[0]).toMatchObject({ row: 0, column: 3 });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: "inconsistent", severity: "warning" });
    expect(r.warnings[0]?.message).toMatch(
      /^consistency ratio [\d.]+ is above 0.1; the judgements contributing most: pay vs remote = 0.125/,
    );
  });

  it("rejects matrices that are not positive, square or reciprocal, naming the entry", () => {
    expect(() => ahp([[1, 2], [0.5]])).toThrow("pairwise[1]");
    expect(() =>
      ahp([
        [1, 2, 3],
        [0.5, 1, 4],
      ]),
    ).toThrow(/square/);
    expect(() =>
      ahp([
        [1, -2],
        [-0.5, 1],
      ]),
    ).toThrow("pairwise[0][1]: judgement -2 is not positive");
    expect(() =>
      ahp([
        [1, 3],
        [3, 1],
      ]),
    ).toThrow("pairwise[1][0]: not reciprocal");
    expect(() =>
      ahp([
        [2, 1],
        [1, 1],
      ]),
    ).toThrow("pairwise[0][0]: diagonal entry is 2, not 1");
    expect(() =>
      ahp([
        [1, Number.POSITIVE_INFINITY],
        [0, 1],
      ]),
    ).toThrow("pairwise[0][1]: expected a finite number");
    // Rounded reciprocals (0.33 for 1/3) are accepted.
    expect(
      ahp([
        [1, 3],
        [0.33, 1],
      ]).weights[0],
    ).toBeCloseTo(0.75, 2);
  });

  it("looks up Saaty's random index, none for m <= 2 or m > 15", () => {
    expect([1, 2, 3, 10, 15, 16].map((m) => randomIndex(m))).toEqual([
      null,
      null,
      0.58,
      1.49,
      1.59,
      null,
    ]);
  });
});

describe("group AHP (aggregation of individual judgements)", () => {
  it("keeps unanimous judgements and a reciprocal result", () => {
    fc.assert(
      fc.property(reciprocalArb, fc.integer({ min: 1, max: 5 }), (a, k) => {
        const g = aggregateJudgements(Array.from({ length: k }, () => a));
        expectClose(g.data, a.flat(), 1e-12);
      }),
    );
    fc.assert(
      fc.property(
        reciprocalArb.chain((a) =>
          fc.tuple(
            fc.constant(a),
            reciprocalArb.filter((b) => b.length === a.length),
          ),
        ),
        ([a, b]) => {
          const g = aggregateJudgements([a, b], [2, 1]);
          const m = a.length;
          for (let i = 0; i < m; i++)
            for (let j = 0; j < m; j++)
              expect(
                Math.abs((g.data[i * m + j] as number) * (g.data[j * m + i] as number) - 1),
              ).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("of consistent members is consistent with the normalised geometric mean of their weights", () => {
    const u = [4, 2, 1];
    const v = [1, 1, 2];
    const g = aggregateJudgements([consistent(u), consistent(v)]);
    const geo = u.map((x, i) => Math.sqrt(x * (v[i] as number)));
    const total = geo.reduce((s, x) => s + x, 0);
    const r = ahp([
      [...g.data.subarray(0, 3)],
      [...g.data.subarray(3, 6)],
      [...g.data.subarray(6, 9)],
    ]);
    expectClose(
      r.weights,
      geo.map((x) => x / total),
      1e-12,
    );
    expect(r.ci).toBeLessThan(1e-12);
  });

  it("rejects members of different sizes, naming the member", () => {
    expect(() => aggregateJudgements([consistent([1, 2]), consistent([1, 2, 3])])).toThrow(
      "pairwise[1]",
    );
    expect(() =>
      aggregateJudgements([
        [
          [1, 2],
          [2, 1],
        ],
      ]),
    ).toThrow("pairwise[0][1][0]: not reciprocal");
  });
});
