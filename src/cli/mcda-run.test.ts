/**
 * `bearing mcda` as a user runs it (in-process through the CLI's main, standard input included):
 * the contract's input and output, `--time`, tables, and one-line exit-2 reasons naming the field.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../testing/cli.js";
import { syntaxErrorOffset } from "./mcda-run.js";

const climbing = {
  method: "topsis",
  alternatives: ["A", "B", "C"],
  criteria: [
    { id: "risk", direction: "min", weight: 0.5 },
    { id: "altitude", direction: "max", weight: 0.5 },
  ],
  matrix: [
    [1, 3000],
    [2, 3750],
    [5, 4500],
  ],
};

async function mcda(input: unknown, ...args: string[]) {
  return await runCli(["mcda", ...args], {
    input: typeof input === "string" ? input : JSON.stringify(input),
  });
}

async function json(input: unknown, ...args: string[]) {
  const r = await mcda(input, "--json", ...args);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe("bearing mcda", () => {
  it("answers the contract's fields for TOPSIS (Opricovic & Tzeng 2004 data, Hwang-Yoon vector normalisation)", async () => {
    // Worked by hand: each column divided by its Euclidean norm (√30 for risk, ‖altitude‖
    // below), times 0.5. The ideal is A's risk and C's altitude, the anti-ideal C's risk and
    // A's altitude, so each distance is a difference of ratings over the norm.
    const alt = Math.hypot(3000, 3750, 4500);
    const r = (d: number) => (0.5 * d) / Math.sqrt(30);
    const a = (d: number) => (0.5 * d) / alt;
    const expected = {
      d_plus: [a(1500), Math.hypot(r(1), a(750)), r(4)],
      d_minus: [r(4), Math.hypot(r(3), a(750)), a(1500)],
      closeness: [] as number[],
    };
    expected.closeness = expected.d_minus.map(
      (dm, i) => dm / (dm + (expected.d_plus[i] as number)),
    );
    // A: d+ = 750/6581.2 = 0.1140, d- = 2/√30 = 0.3651, closeness 0.3651/0.4791 = 0.7621.
    expect(expected.closeness[0]).toBeCloseTo(0.7621, 4);
    const out = await json(climbing);
    expect(Object.keys(out)).toEqual([
      "method",
      "alternatives",
      "scores",
      "higherIsBetter",
      "ranking",
      "details",
    ]);
    expect(out.method).toBe("topsis");
    expect(out.alternatives).toEqual(["A", "B", "C"]);
    expect(out.higherIsBetter).toBe(true);
    expect(out.ranking).toEqual([1, 2, 3]);
    out.scores.forEach((s: number, i: number) => {
      expect(s).toBeCloseTo(expected.closeness[i] as number, 9);
      expect(out.details.dPlus[i]).toBeCloseTo(expected.d_plus[i] as number, 9);
      expect(out.details.dMinus[i]).toBeCloseTo(expected.d_minus[i] as number, 9);
    });
    expect(out.details.closeness).toEqual(out.scores);
  });

  it("runs every method with its details, names alternatives A1..An when omitted", async () => {
    const { alternatives: _, ...anonymous } = climbing;
    const base = {
      ...anonymous,
      criteria: climbing.criteria.map((c) => ({
        ...c,
        preference: { type: "linear", q: 0.5, p: 2 },
      })),
    };
    const details: Record<string, string[]> = {
      wsm: ["contributions"],
      topsis: ["closeness", "dPlus", "dMinus"],
      promethee2: ["phiPlus", "phiMinus", "netFlow"],
      vikor: ["S", "R", "Q", "compromise"],
      smaa2: ["rankAcceptability", "centralWeights", "confidence", "samples"],
    };
    for (const [method, keys] of Object.entries(details)) {
      const out = await json({
        ...base,
        method,
        params: method === "smaa2" ? { samples: 2000, seed: 3 } : {},
      });
      expect(out.alternatives).toEqual(["A1", "A2", "A3"]);
      expect(out.scores).toHaveLength(3);
      for (const key of keys) expect(out.details, `${method}.${key}`).toHaveProperty(key);
    }
    const vikor = await json({ ...base, method: "vikor" });
    expect(vikor.higherIsBetter).toBe(false);
    expect(vikor.details.Q).toEqual([1, 0, 1]);
    expect(vikor.ranking).toEqual([2, 1, 2]);
    expect(vikor.details.compromise).toEqual([1]);
    const wsm = await json({ ...base, method: "wsm" });
    expect(wsm.details.contributions).toHaveLength(3);
    const smaa = await json({ ...base, method: "smaa2", params: { samples: 2000, seed: 3 } });
    expect(smaa.scores).toEqual(smaa.details.rankAcceptability.map((row: number[]) => row[0]));
    expect(smaa.details.samples).toBe(2000);
  });

  it("computes AHP weights and consistency from a pairwise matrix alone", async () => {
    const out = await json({
      method: "ahp",
      pairwise: [
        [1, 2, 4],
        [0.5, 1, 2],
        [0.25, 0.5, 1],
      ],
    });
    expect(out.alternatives).toEqual(["A1", "A2", "A3"]);
    [4 / 7, 2 / 7, 1 / 7].forEach((w, i) => {
      expect(out.details.weights[i]).toBeCloseTo(w, 12);
    });
    expect(out.details.lambdaMax).toBeCloseTo(3, 12);
    expect(out.details.ci).toBeCloseTo(0, 12);
    expect(out.details.cr).toBeCloseTo(0, 12);
    const two = await json({
      method: "ahp",
      pairwise: [
        [1, 3],
        [0.3333333, 1],
      ],
    });
    expect(two.details.cr).toBeNull();
  });

  it("warns on stderr, exit 0, when AHP judgements are inconsistent (CR > 0.1), naming them", async () => {
    const r = await mcda(
      {
        method: "ahp",
        criteria: [{ id: "pay" }, { id: "team" }, { id: "remote" }],
        pairwise: [
          [1, 9, 0.2],
          [1 / 9, 1, 5],
          [5, 0.2, 1],
        ],
      },
      "--json",
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^bearing: warning: pairwise: consistency ratio [\d.]+ is above 0.1; the judgements contributing most: /,
    );
    expect(JSON.parse(r.stdout).details.cr).toBeGreaterThan(0.1);
  });

  it("reproduces SMAA-2 exactly from a seed, and from pre-drawn weight and value samples", async () => {
    const problem = {
      ...climbing,
      method: "smaa2",
      params: {
        samples: 3000,
        seed: 42,
        matrixLow: [
          [1, 2900],
          [1, 3700],
          [4, 4400],
        ],
        matrixHigh: [
          [2, 3100],
          [3, 3800],
          [5, 4600],
        ],
      },
    };
    expect(await json(problem)).toEqual(await json(problem));
    // Utility of i in sample k is sum_j weightSamples[k][j] * valueSamples[k][i][j].
    const out = await json({
      method: "smaa2",
      criteria: [{ id: "x" }, { id: "y" }],
      params: {
        weightSamples: [
          [1, 0],
          [0, 1],
          [0.5, 0.5],
          [0.9, 0.1],
        ],
        valueSamples: [
          [
            [1, 0],
            [0, 1],
          ],
          [
            [1, 0],
            [0, 1],
          ],
          [
            [1, 0],
            [0, 0.5],
          ],
          [
            [0, 0],
            [1, 1],
          ],
        ],
      },
    });
    expect(out.details.samples).toBe(4);
    expect(out.details.rankAcceptability).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
    expect(out.details.centralWeights[0]).toEqual([0.75, 0.25]);
  });

  it("adds timing.computeMs with --time, the median over --repeat runs", async () => {
    const out = await json(climbing, "--time", "--repeat", "3");
    expect(out.timing.repeat).toBe(3);
    expect(typeof out.timing.computeMs).toBe("number");
    expect(out.timing.computeMs).toBeGreaterThanOrEqual(0);
  });

  it("prints a readable table without --json", async () => {
    const r = await mcda(climbing);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^TOPSIS: 3 alternatives, higher closeness is better/);
    expect(r.stdout).toMatch(/\n\s+1\s+A\s+0\.7621/);
  });

  it("exits 2 with a one-line reason naming the field or position", async () => {
    const cases: Array<[unknown, string[], RegExp]> = [
      [
        {
          ...climbing,
          matrix: [
            [1, 3000],
            [2, 3750],
            [5, "high"],
          ],
        },
        [],
        /^bearing: matrix\[2\]\[1\]: expected a finite number\n/,
      ],
      [{ ...climbing, method: "electre" }, [], /^bearing: method: unknown method "electre"/],
      [
        { ...climbing, matrix: [[1, 3000], [2]] },
        [],
        /^bearing: matrix\[1\]: row has 1 entries, expected 2/,
      ],
      [
        { ...climbing, criteria: [climbing.criteria[0]] },
        [],
        /^bearing: criteria: 1 criteria but the matrix has 2 columns/,
      ],
      [
        { ...climbing, criteria: [{ id: "risk", weight: 1 }, climbing.criteria[1]] },
        [],
        /^bearing: criteria\[0\]\.direction: missing/,
      ],
      [
        { ...climbing, criteria: [{ ...climbing.criteria[0], weight: -1 }, climbing.criteria[1]] },
        [],
        /^bearing: criteria\[0\]\.weight: weight -1 is negative/,
      ],
      [
        { ...climbing, params: { normalisation: "minmax" } },
        [],
        /^bearing: params\.normalisation: topsis takes no parameter/,
      ],
      [
        { ...climbing, params: { normalization: "sum" } },
        [],
        /^bearing: params\.normalization: "sum" is not one of vector, minmax, none/,
      ],
      [
        {
          method: "ahp",
          pairwise: [
            [1, 3],
            [3, 1],
          ],
        },
        [],
        /^bearing: pairwise\[1\]\[0\]: not reciprocal/,
      ],
      [
        {
          method: "ahp",
          pairwise: [
            [1, 0],
            [1, 1],
          ],
        },
        [],
        /^bearing: pairwise\[0\]\[1\]: judgement 0 is not positive/,
      ],
      [
        { ...climbing, method: "smaa2", params: { weights: { order: ["risk", "cost"] } } },
        [],
        /^bearing: params\.weights\.order\[1\]: "cost" is not a criterion id/,
      ],
      [
        {
          ...climbing,
          method: "promethee2",
          criteria: [
            { ...climbing.criteria[0], preference: { type: "linear", q: 2, p: 1 } },
            climbing.criteria[1],
          ],
        },
        [],
        /^bearing: criteria\[0\]\.preference\.p: /,
      ],
      [
        '{"method": "topsis",\n "matrix": [1, 2,]}',
        [],
        /^bearing: standard input:2:18: not valid JSON/,
      ],
      [climbing, ["--time", "--repeat", "zero"], /^bearing: --repeat: expected an integer/],
    ];
    for (const [input, args, reason] of cases) {
      const r = await mcda(input, ...args);
      expect(r.code, JSON.stringify(input)).toBe(2);
      expect(r.stderr, JSON.stringify(input)).toMatch(reason);
      expect(r.stdout).toBe("");
    }
    const missing = await runCli(["mcda", "no-such-problem.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^bearing: no-such-problem.json: no such file/);
  });
});

describe("syntaxErrorOffset", () => {
  it("accepts exactly what JSON.parse accepts, pointing inside the text otherwise", () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const texts = fc.oneof(
      fc.json(),
      fc
        .json()
        .chain((t) =>
          fc
            .tuple(fc.constant(t), fc.nat(t.length), fc.string({ maxLength: 2 }))
            .map(([x, k, s]) => x.slice(0, k) + s + x.slice(k + 1)),
        ),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const offset = syntaxErrorOffset(text);
        if (parses(text)) expect(offset).toBeNull();
        else {
          expect(offset).not.toBeNull();
          expect(offset).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
