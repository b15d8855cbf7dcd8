/**
 * The six generalised criteria (preference functions) of PROMETHEE (Brans & Vincke 1985,
 * "A preference ranking organisation method", Management Science 31(6):647-656; Brans,
 * Vincke & Mareschal 1986, EJOR 24(2):228-238). Each maps the difference d = g(a) - g(b) on
 * one criterion (in the criterion's unit, after orienting it so that more is better) to a
 * degree of preference P(d) in [0, 1]; P(d) = 0 for d <= 0.
 *
 * | type     | Brans-Vincke | P(d) for d > 0                                              |
 * |----------|--------------|-------------------------------------------------------------|
 * | usual    | I            | 1                                                           |
 * | u-shape  | II           | 0 if d <= q, else 1                                         |
 * | v-shape  | III          | d / p if d <= p, else 1                                     |
 * | level    | IV           | 0 if d <= q, 1/2 if q < d <= p, else 1                      |
 * | linear   | V            | 0 if d <= q, (d - q) / (p - q) if q < d <= p, else 1        |
 * | gaussian | VI           | 1 - exp(-d^2 / (2 s^2))                                     |
 *
 * q is the indifference threshold, p the strict-preference threshold, s the inflection point
 * of the Gaussian, all in the criterion's unit.
 */
import { BearingError } from "../../errors.js";

export const PREFERENCE_TYPES = [
  "usual",
  "u-shape",
  "v-shape",
  "level",
  "linear",
  "gaussian",
] as const;

export type PreferenceFunction =
  | { readonly type: "usual" }
  | { readonly type: "u-shape"; readonly q: number }
  | { readonly type: "v-shape"; readonly p: number }
  | { readonly type: "level"; readonly q: number; readonly p: number }
  | { readonly type: "linear"; readonly q: number; readonly p: number }
  | { readonly type: "gaussian"; readonly s: number };

/** The usual criterion (type I), PROMETHEE's default. */
export const USUAL: PreferenceFunction = { type: "usual" };

/** P(d) for one difference d. */
export function preferenceDegree(f: PreferenceFunction, d: number): number {
  if (!(d > 0)) return 0;
  switch (f.type) {
    case "usual":
      return 1;
    case "u-shape":
      return d > f.q ? 1 : 0;
    case "v-shape":
      return d > f.p ? 1 : d / f.p;
    case "level":
      return d > f.p ? 1 : d > f.q ? 0.5 : 0;
    case "linear":
      return d > f.p ? 1 : d > f.q ? (d - f.q) / (f.p - f.q) : 0;
    case "gaussian":
      return 1 - Math.exp((-d * d) / (2 * f.s * f.s));
  }
}

/**
 * Checks thresholds: q >= 0; p > 0 for v-shape; q <= p for level; q < p for linear; s > 0.
 * @param path error path of the function (e.g. `["criteria", 2, "preference"]`).
 * @throws BearingError (input) naming the offending threshold.
 */
export function checkPreferenceFunction(
  f: PreferenceFunction,
  path: ReadonlyArray<string | number> = ["preference"],
): void {
  const fail = (field: string, message: string): never => {
    throw BearingError.input({ code: "out_of_range", message, path: [...path, field] });
  };
  const finite = (field: string, x: number): void => {
    if (!Number.isFinite(x)) {
      throw BearingError.input({
        code: "not_finite",
        message: "expected a finite number",
        path: [...path, field],
      });
    }
  };
  switch (f.type) {
    case "usual":
      return;
    case "u-shape":
      finite("q", f.q);
      if (f.q < 0) fail("q", `indifference threshold q = ${f.q} is negative`);
      return;
    case "v-shape":
      finite("p", f.p);
      if (!(f.p > 0)) fail("p", `preference threshold p = ${f.p} must be positive`);
      return;
    case "level":
    case "linear":
      finite("q", f.q);
      finite("p", f.p);
      if (f.q < 0) fail("q", `indifference threshold q = ${f.q} is negative`);
      if (f.type === "level" ? f.p < f.q : !(f.p > f.q)) {
        fail(
          "p",
          `preference threshold p = ${f.p} must be ${f.type === "level" ? "at least" : "greater than"} q = ${f.q}`,
        );
      }
      return;
    case "gaussian":
      finite("s", f.s);
      if (!(f.s > 0)) fail("s", `Gaussian parameter s = ${f.s} must be positive`);
      return;
    default:
      throw BearingError.input({
        code: "invalid_value",
        message: `unknown preference function type ${JSON.stringify((f as { type: unknown }).type)}`,
        path: [...path, "type"],
        hint: `use one of ${PREFERENCE_TYPES.join(", ")}`,
      });
  }
}
