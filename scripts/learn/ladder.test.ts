import { describe, expect, it } from "vitest";
import {
  LADDER_RUNGS,
  type LadderModel,
  ladderProbabilities,
} from "../../src/core/roles/learned.js";
import type { ArchetypeId } from "../../src/core/taxonomy.js";
import { fitLadder } from "./roles.js";

describe("fitLadder", () => {
  const rungs = [...LADDER_RUNGS];
  const x = (s: number) => new Map([["s", s]]);

  it("is fitted with ordered cuts from labelled rungs (proportional odds and Frank & Hall)", () => {
    const labels: ArchetypeId[] = [];
    const xs: Map<string, number>[] = [];
    rungs.forEach((k, r) => {
      for (let i = 0; i < 12; i++) {
        labels.push(k);
        xs.push(new Map([["s", r + (i % 3) * 0.3]]));
      }
    });
    // Off-ladder postings are left out of the fit.
    labels.push("solutions", "solutions");
    xs.push(new Map([["s", 9]]), new Map([["s", 9]]));
    for (const mode of [1, 2]) {
      const ladder = fitLadder(xs, labels, mode, 0.1, 1);
      expect(ladder?.cuts).toHaveLength(4);
      const read = (s: number) => {
        const q = ladderProbabilities(ladder as LadderModel, x(s));
        return q.indexOf(Math.max(...q));
      };
      expect([0.3, 1.3, 2.3, 3.3, 4.3].map(read)).toEqual([0, 1, 2, 3, 4]);
    }
    expect(fitLadder(xs, labels, 0, 1, 1)).toBeUndefined();
  });
});
