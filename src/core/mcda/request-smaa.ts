/**
 * SMAA-2's inputs from a `bearing mcda` request (`request.ts`): the weight model (pre-drawn
 * samples, uniform, an order, intervals) and the value model (exact values, intervals, missing
 * ratings, pre-drawn samples) the engine's `smaa2` reads, each field checked with its path.
 */
import type { Matrix } from "./matrix.js";
import type { CriterionSpec, McdaRequest } from "./request.js";
import { array, fail, finite, numberMatrix, type Path } from "./request-fields.js";
import { linearValue } from "./smaa/partial-value.js";
import type { ValueModel } from "./smaa/smaa2.js";
import type { WeightModel } from "./smaa/weight-sampling.js";

export function smaaWeights(
  params: Record<string, unknown>,
  criteria: CriterionSpec[],
): WeightModel {
  const m = criteria.length;
  const path: Path = ["params", "weights"];
  if (params.weightSamples !== undefined) {
    const samples = array(params.weightSamples, ["params", "weightSamples"]).map((row, k) => {
      const w = array(row, ["params", "weightSamples", k]);
      if (w.length !== m)
        throw fail("invalid_value", `${w.length} weights for ${m} criteria`, [
          "params",
          "weightSamples",
          k,
        ]);
      return w.map((x, j) => finite(x, ["params", "weightSamples", k, j]));
    });
    if (samples.length === 0)
      throw fail("invalid_value", "no weight samples", ["params", "weightSamples"]);
    return { kind: "samples", samples };
  }
  const spec = params.weights ?? "uniform";
  if (spec === "uniform") return { kind: "uniform" };
  if (spec === "given") {
    if (criteria.some((c) => c.weight === undefined)) {
      throw fail("missing_field", 'missing: weights "given" needs a weight on every criterion', [
        "criteria",
        0,
        "weight",
      ]);
    }
    return { kind: "fixed", weights: criteria.map((c) => c.weight as number) };
  }
  if (typeof spec === "object" && spec !== null && !Array.isArray(spec)) {
    const s = spec as Record<string, unknown>;
    if (s.order !== undefined) {
      const index = new Map(criteria.map((c, j) => [c.id, j]));
      const ranks = new Float64Array(m).fill(Number.NaN);
      array(s.order, [...path, "order"]).forEach((item, position) => {
        const group = Array.isArray(item) ? item : [item];
        group.forEach((id, g) => {
          const at: Path = Array.isArray(item)
            ? [...path, "order", position, g]
            : [...path, "order", position];
          const j = typeof id === "string" ? index.get(id) : undefined;
          if (j === undefined)
            throw fail("unknown_id", `${JSON.stringify(id)} is not a criterion id`, at);
          if (!Number.isNaN(ranks[j]))
            throw fail("duplicate_id", `${JSON.stringify(id)} appears twice`, at);
          ranks[j] = position + 1;
        });
      });
      const missing = ranks.findIndex((r) => Number.isNaN(r));
      if (missing >= 0) {
        throw fail(
          "missing_field",
          `criterion ${JSON.stringify(criteria[missing]?.id)} is missing from the order`,
          [...path, "order"],
        );
      }
      return { kind: "order", ranks };
    }
    if (s.intervals !== undefined) {
      const list = array(s.intervals, [...path, "intervals"]);
      if (list.length !== m)
        throw fail("invalid_value", `${list.length} intervals for ${m} criteria`, [
          ...path,
          "intervals",
        ]);
      const low: number[] = [];
      const high: number[] = [];
      list.forEach((pair, j) => {
        const ends = array(pair, [...path, "intervals", j]);
        if (ends.length !== 2)
          throw fail("invalid_value", "expected [low, high]", [...path, "intervals", j]);
        low.push(finite(ends[0], [...path, "intervals", j, 0]));
        high.push(finite(ends[1], [...path, "intervals", j, 1]));
      });
      return { kind: "intervals", low, high };
    }
  }
  throw fail(
    "invalid_value",
    `unknown weight model ${JSON.stringify(spec)}`,
    path,
    'use "uniform", "given", {"order": [ids]} or {"intervals": [[low, high], ...]}',
  );
}

/**
 * Partial values for SMAA from raw performances: linear over each criterion's scale, the
 * range of every value given for it (point, interval ends); missing ratings span [0, 1].
 */
export function smaaValues(request: McdaRequest, n: number, m: number): ValueModel {
  const { params } = request;
  if (params.valueSamples !== undefined) {
    const path: Path = ["params", "valueSamples"];
    const samples = array(params.valueSamples, path);
    if (samples.length === 0) throw fail("invalid_value", "no value samples", path);
    const flat = new Float64Array(samples.length * n * m);
    samples.forEach((sample, k) => {
      const matrix = array(sample, [...path, k]);
      if (matrix.length !== n)
        throw fail("invalid_value", `${matrix.length} alternatives, expected ${n}`, [...path, k]);
      matrix.forEach((row, i) => {
        const cells = array(row, [...path, k, i]);
        if (cells.length !== m)
          throw fail("invalid_value", `${cells.length} criteria, expected ${m}`, [...path, k, i]);
        cells.forEach((x, j) => {
          flat[(k * n + i) * m + j] = finite(x, [...path, k, i, j]);
        });
      });
    });
    return { kind: "samples", samples: flat, alternatives: n, criteria: m };
  }
  const point = request.matrix as Matrix;
  let low = point;
  let high = point;
  if (params.matrixLow !== undefined || params.matrixHigh !== undefined) {
    if (params.matrixLow === undefined || params.matrixHigh === undefined) {
      throw fail("missing_field", "missing: give both matrixLow and matrixHigh", [
        "params",
        params.matrixLow === undefined ? "matrixLow" : "matrixHigh",
      ]);
    }
    low = numberMatrix(params.matrixLow, ["params", "matrixLow"], true);
    high = numberMatrix(params.matrixHigh, ["params", "matrixHigh"], true);
    for (const [name, x] of [
      ["matrixLow", low],
      ["matrixHigh", high],
    ] as const) {
      if (x.rows !== n || x.cols !== m)
        throw fail("invalid_value", `is ${x.rows} x ${x.cols}, expected ${n} x ${m}`, [
          "params",
          name,
        ]);
    }
    for (let t = 0; t < n * m; t++) {
      const lo = low.data[t] as number;
      const hi = high.data[t] as number;
      const at: Path = ["params", "matrixLow", Math.floor(t / m), t % m];
      if (lo > hi) throw fail("invalid_value", `${lo} is above matrixHigh's ${hi}`, at);
      const x = point.data[t] as number;
      if (
        point !== low &&
        !Number.isNaN(x) &&
        !Number.isNaN(lo) &&
        !Number.isNaN(hi) &&
        (x < lo || x > hi)
      ) {
        throw fail("invalid_value", `${x} is outside [${lo}, ${hi}] of matrixLow and matrixHigh`, [
          "matrix",
          Math.floor(t / m),
          t % m,
        ]);
      }
    }
  }
  const vLow = new Float64Array(n * m);
  const vHigh = new Float64Array(n * m);
  for (let j = 0; j < m; j++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const x of [point, low, high]) {
      for (let i = 0; i < n; i++) {
        const v = x.data[i * m + j] as number;
        if (Number.isNaN(v)) continue;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    const [worst, best] = request.criteria[j]?.direction === "min" ? [hi, lo] : [lo, hi];
    const value = (x: number) => linearValue(x, worst, best);
    for (let i = 0; i < n; i++) {
      const t = i * m + j;
      const a = low.data[t] as number;
      const b = high.data[t] as number;
      if (Number.isNaN(a) || Number.isNaN(b)) {
        vLow[t] = 0;
        vHigh[t] = 1;
        continue;
      }
      vLow[t] = Math.min(value(a), value(b));
      vHigh[t] = Math.max(value(a), value(b));
    }
  }
  return {
    kind: "intervals",
    low: { rows: n, cols: m, data: vLow },
    high: { rows: n, cols: m, data: vHigh },
  };
}
