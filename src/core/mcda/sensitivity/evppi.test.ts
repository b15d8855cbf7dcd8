import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smaaStreams, uniform } from "../smaa/random.js";
import { evppiByGrouping, evppiLinear } from "./evppi.js";

/** N samples of two alternatives: u0 = c (plus noise), u1 = x (plus noise), x ~ U(0, 1). */
function twoAlternatives(N: number, c: number, noise: number, seed: number) {
  const rng = smaaStreams(seed).values;
  const x = new Float64Array(N);
  const u = new Float64Array(2 * N);
  for (let k = 0; k < N; k++) {
    x[k] = uniform(rng);
    u[2 * k] = c + noise * (uniform(rng) - 0.5);
    u[2 * k + 1] = (x[k] as number) + noise * (uniform(rng) - 0.5);
  }
  return { x, u };
}

describe("single-parameter EVPPI", () => {
  it("matches the closed form E[max(c, x)] − max(c, 1/2) = (1 − c)²/2 for x ~ U(0, 1), c ≥ 1/2", () => {
    // Hand-worked: E max(0.6, x) = 0.6 · 0.6 + (1 − 0.36)/2 = 0.68; minus 0.6 is 0.08; the
    // decision changes when x > 0.6, with probability 0.4.
    const { x, u } = twoAlternatives(20_000, 0.6, 0, 11);
    for (const result of [evppiLinear(u, 2, x, 1), evppiByGrouping(u, 2, x)]) {
      expect(result.leader).toBe(0);
      expect(result.evppi).toBeCloseTo(0.08, 2);
      expect(Math.abs(result.changeProbability - 0.4)).toBeLessThan(0.015);
    }
  });

  it("the linear form stays unbiased under noise the parameter does not explain; grouping does not", () => {
    // Two options tied in expectation and a parameter that moves neither: true EVPPI 0.
    const N = 10_000;
    const rng = smaaStreams(5).values;
    const x = new Float64Array(N);
    const u = new Float64Array(2 * N);
    for (let k = 0; k < N; k++) {
      x[k] = uniform(rng);
      u[2 * k] = 0.5 + 0.2 * (uniform(rng) - 0.5);
      u[2 * k + 1] = 0.5 + 0.2 * (uniform(rng) - 0.5);
    }
    const linear = evppiLinear(u, 2, x, 1);
    const grouped = evppiByGrouping(u, 2, x);
    expect(linear.evppi).toBeLessThan(0.0005);
    // Grouping picks a winner by noise in many groups (the bias the linear form avoids).
    expect(grouped.changeProbability).toBeGreaterThan(0.2);
    expect(grouped.evppi).toBeGreaterThan(linear.evppi);
  });

  it("is exactly zero when the parameter's range cannot change the best alternative", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.4, noNaN: true }),
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (gap, noise, seed) => {
          // u1 = x (at most 1) against a rival fixed above 1 + gap: x can never make it first.
          const { x, u } = twoAlternatives(2000, 1 + gap + noise, noise, seed);
          const result = evppiLinear(u, 2, x, 1);
          expect(result.evppi).toBe(0);
          expect(result.changeProbability).toBe(0);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("rejects samples that do not fit the shapes", () => {
    expect(() => evppiLinear([1, 2, 3], 2, [0.5, 0.5], 0)).toThrow(/samples/);
    expect(() => evppiLinear([1, 2], 2, [0.5], 2)).toThrow(/owner/);
    expect(() => evppiByGrouping([1, 2], 2, [0.5], 3)).toThrow(/groups/);
  });
});
