import { describe, expect, it } from "vitest";
import { matrixToRows } from "./matrix.js";
import { type McdaOutput, parseMcdaRequest, prepareMcda } from "./request.js";
import { smaa2 } from "./smaa/smaa2.js";
import { ahp } from "./weighting/ahp.js";

async function run(input: unknown): Promise<McdaOutput> {
  const prepared = await prepareMcda(parseMcdaRequest(input));
  return prepared.present(prepared.compute());
}

const criteria = [
  { id: "pay", direction: "max" },
  { id: "commute", direction: "min" },
];

describe("bearing mcda requests", () => {
  it("use equal weights when none is given, and refuse a partial set", async () => {
    const out = await run({
      method: "wsm",
      criteria,
      matrix: [
        [100, 10],
        [50, 60],
      ],
    });
    expect(out.details.contributions).toEqual([
      [0.5, 0.5],
      [0, 0],
    ]);
    expect(() =>
      parseMcdaRequest({
        method: "wsm",
        criteria: [{ ...criteria[0], weight: 1 }, criteria[1]],
        matrix: [[1, 2]],
      }),
    ).toThrow("criteria[1].weight: missing");
  });

  it("accept missing ratings (null) for smaa2 only", async () => {
    const input = {
      method: "smaa2",
      criteria,
      matrix: [
        [100, 10],
        [null, 60],
      ],
      params: { samples: 500 },
    };
    expect((await run(input)).scores).toHaveLength(2);
    expect(() => parseMcdaRequest({ ...input, method: "topsis", params: {} })).toThrow(
      "matrix[1][0]: expected a finite number",
    );
  });

  it("turn raw performances into partial values linear over each criterion's scale, direction included", async () => {
    const matrix = [
      [100, 10],
      [50, 60],
      [80, 20],
    ];
    const out = await run({
      method: "smaa2",
      criteria,
      matrix,
      params: { samples: 3000, seed: 9 },
    });
    // Scales: pay 50..100 (max), commute 10..60 (min).
    const direct = smaa2({
      values: {
        kind: "exact",
        values: [
          [1, 1],
          [0, 0],
          [0.6, 0.8],
        ],
      },
      weights: { kind: "uniform" },
      samples: 3000,
      seed: 9,
    });
    expect(out.details.rankAcceptability).toEqual(matrixToRows(direct.rankAcceptability));
  });

  it("check interval performances against the point values", () => {
    const base = {
      method: "smaa2",
      criteria,
      matrix: [
        [100, 10],
        [50, 60],
      ],
    };
    const matrixLow = [
      [90, 5],
      [40, 50],
    ];
    const matrixHigh = [
      [95, 15],
      [60, 70],
    ];
    expect(() => parseMcdaRequest({ ...base, params: { matrixLow, matrixHigh } })).not.toThrow();
    const prepare = (params: unknown) => prepareMcda(parseMcdaRequest({ ...base, params }));
    return Promise.all([
      expect(prepare({ matrixLow, matrixHigh })).rejects.toThrow(
        "matrix[0][0]: 100 is outside [90, 95]",
      ),
      expect(prepare({ matrixLow })).rejects.toThrow("params.matrixHigh: missing"),
      expect(
        prepare({
          matrixLow: [
            [110, 5],
            [40, 50],
          ],
          matrixHigh: [
            [105, 15],
            [60, 70],
          ],
        }),
      ).rejects.toThrow("params.matrixLow[0][0]: 110 is above matrixHigh's 105"),
    ]);
  });

  it("read a criteria order with ties as SMAA weight information", async () => {
    const three = [...criteria, { id: "team", direction: "max" }];
    const out = await run({
      method: "smaa2",
      criteria: three,
      matrix: [
        [1, 1, 0],
        [0, 1, 1],
        [1, 0, 1],
      ],
      params: { samples: 2000, weights: { order: [["pay", "team"], "commute"] } },
    });
    for (const w of out.details.centralWeights as Array<number[] | null>) {
      if (w) expect(w[1]).toBeLessThanOrEqual(Math.min(w[0] as number, w[2] as number));
    }
    await expect(
      run({
        method: "smaa2",
        criteria: three,
        matrix: [[1, 1, 0]],
        params: { weights: { order: ["pay", "team"] } },
      }),
    ).rejects.toThrow('params.weights.order: criterion "commute" is missing from the order');
  });

  it("aggregate a group's pairwise matrices by geometric mean (AIJ)", async () => {
    const a = [
      [1, 4],
      [0.25, 1],
    ];
    const b = [
      [1, 1],
      [1, 1],
    ];
    const out = await run({
      method: "ahp",
      criteria: [{ id: "pay" }, { id: "team" }],
      pairwise: [a, b],
    });
    expect(out.alternatives).toEqual(["pay", "team"]);
    expect(out.details.groupMatrix).toEqual([
      [1, 2],
      [0.5, 1],
    ]);
    expect(out.scores[0]).toBeCloseTo(
      ahp([
        [1, 2],
        [0.5, 1],
      ]).weights[0] as number,
      12,
    );
  });
});
