import { describe, expect, it } from "vitest";
import { pickTeamSize, type TeamCandidate } from "../../src/core/roles/facts-model.js";
import { fitSpanModel } from "./facts.js";

const candidate = (names: string[], max: number): TeamCandidate => ({
  size: { min: max, max },
  seg: 0,
  x: new Map([["bias", 1], ...names.map((n): [string, number] => [n, 1])]),
});

describe("fitSpanModel", () => {
  // Postings whose right candidate carries "duty" and whose wrong ones carry "req"; postings
  // whose only candidates are requirements state no size.
  const docs = Array.from({ length: 30 }, (_, i) => {
    const stated = i % 3 !== 0;
    const candidates = stated
      ? [candidate(["req"], 5), candidate(["duty"], 12)]
      : [candidate(["req"], 5)];
    return {
      candidates: candidates.map((c) => c.x),
      right: candidates.map((c) => stated && c.x.has("duty")),
    };
  });

  it("learns which candidate states the size, and when none does", () => {
    const model = fitSpanModel(docs, 0.1, 1);
    expect(model.weights.duty ?? 0).toBeGreaterThan(model.weights.req ?? 0);
    expect(pickTeamSize(model, [candidate(["req"], 5), candidate(["duty"], 12)])?.size.max).toBe(
      12,
    );
    expect(pickTeamSize(model, [candidate(["req"], 5)])).toBeNull();
  });

  it("is deterministic and keeps the prior it was fitted with", () => {
    const a = fitSpanModel(docs, 1, 1, 0.1);
    expect(fitSpanModel(docs, 1, 1, 0.1)).toEqual(a);
    expect(a.prior).toBe(0.1);
    expect(fitSpanModel(docs, 1, 1).prior).toBeUndefined();
  });
});
