/**
 * The annual total of an option's compensation as a distribution, by Monte Carlo.
 *
 * Each part is turned into yearly figures in the profile currency, averaged over the horizon
 * (`money.horizonYears`, H), as contracts.md ("Money") has it:
 * - base, a bonus stated as an amount, a retainer: annualised (see `convert.ts`);
 * - a target bonus: `targetPercent` of the base drawn in the same sample, paid at target;
 * - sign-on: once, so amount / H;
 * - day rate: amount × `daysPerYear` (default `workingDaysPerYear`);
 * - equity: what vests within the horizon, in equal yearly tranches over `vestYears`, valued
 *   by the stage model of `stages.ts` (chance it is worth anything, exit multiple, dilution,
 *   share-price path), divided by H. An RSU tranche is worth its share of the grant value ×
 *   the price factor; an option tranche its shares × max(0, share price × price factor −
 *   strike). No discounting: a figure is what vests, whenever it is sold.
 *
 * An interval `[low, high]` is drawn uniformly in each sample (as the robustness analysis
 * treats uncertain ratings). Each part draws from its own stream of the engine's xoroshiro128+
 * (`jumpedStreams` of `settings.seed`: streams 2^64 steps apart), always the same number of
 * variates per sample, so changing one figure (a share count, a price) leaves every random
 * draw as it was: outcomes move only because the figure moved (common random numbers).
 * Deterministic parts have p10 = p50 = p90 = mean. Figures are rounded to cents.
 * Its cost is measured by `npm run bench -- money`.
 */
import { jumpedStreams, type RandomStream, uniform } from "../mcda/smaa/random.js";
import type { Stage } from "../taxonomy.js";
import {
  annualise,
  HOURS_PER_DAY,
  type MoneyContext,
  rateOf,
  toProfileCurrency,
} from "./convert.js";
import type { Amount, CompensationPackage, EquityGrant } from "./schema.js";
import { DEFAULT_STAGE, describeStage } from "./stages.js";

export const PART_KINDS = ["base", "bonus", "signOn", "equity", "dayRate", "retainer"] as const;
export type PartKind = (typeof PART_KINDS)[number];

/** Summary of a distribution of yearly amounts (profile currency). */
export interface Distribution {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

export interface PartEstimate extends Distribution {
  kind: PartKind;
  /** Plain words, e.g. `RSU grant 400,000 USD over 4 years`. */
  label: string;
}

export interface CompensationEstimate {
  /** The profile currency every figure is in. */
  currency: string;
  horizonYears: number;
  /** The yearly total averaged over the horizon. */
  annual: Distribution;
  parts: PartEstimate[];
  /** What the figures rest on: rates and their date, days per year, stage figures. */
  assumptions: string[];
  /** The sampled yearly totals (length `ctx.samples`), for further use (e.g. must-haves). */
  totals: Float64Array;
}

/** "a year", "a month", "an hour": the article the period's sound takes. */
function perPeriod(period: string): string {
  return `${period === "hour" ? "an" : "a"} ${period}`;
}

/** A standard normal variate (Box–Muller; two uniforms per variate). */
function normal(rng: RandomStream): number {
  const u = uniform(rng);
  const v = uniform(rng);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A draw of an amount: the amount itself, or uniform within `[low, high]`. */
function draw(amount: Amount, u: number): number {
  return typeof amount === "number" ? amount : amount[0] + u * (amount[1] - amount[0]);
}

/**
 * Estimates an option's compensation.
 *
 * @param compensation the option's `compensation` block
 * @param ctx the profile's money context (`moneyContext`)
 * @param stage the company's stage (`company.stage`, else the role's `facts.stage`); equity
 *   without one is valued as `growth`, and the assumptions say so
 * @throws BearingError (input, `unknown_id`) when a currency has no rate (validation reports
 *   it earlier, located in the option file)
 */
export function estimateCompensation(
  compensation: CompensationPackage,
  ctx: MoneyContext,
  stage?: Stage,
): CompensationEstimate {
  const n = ctx.samples;
  const H = ctx.horizonYears;
  const nextStream = jumpedStreams(ctx.seed);
  const parts: { kind: PartKind; label: string; values: Float64Array }[] = [];
  const assumptions = new Set<string>();
  const currencies = new Set<string>();
  const cur = (c: string | undefined) => {
    const code = c ?? ctx.currency;
    currencies.add(code);
    return code;
  };
  const { base, bonus, signOn, equity, dayRate, retainer } = compensation;

  let baseValues: Float64Array | undefined;
  if (base) {
    const code = cur(base.currency);
    const rng = nextStream();
    const values = new Float64Array(n);
    const perYear = toProfileCurrency(annualise(1, base.period, ctx.workingDaysPerYear), code, ctx);
    for (let i = 0; i < n; i++) values[i] = draw(base.amount, uniform(rng)) * perYear;
    if (base.period === "hour" || base.period === "day") noteDays(assumptions, ctx);
    baseValues = values;
    parts.push({
      kind: "base",
      label: `base ${amountText(base.amount, code)} ${perPeriod(base.period)}`,
      values,
    });
  }
  if (bonus) {
    const rng = nextStream();
    const values = new Float64Array(n);
    if ("targetPercent" in bonus) {
      for (let i = 0; i < n; i++) {
        const pct = draw(bonus.targetPercent, uniform(rng));
        values[i] = ((baseValues?.[i] ?? 0) * pct) / 100;
      }
      if (!baseValues) assumptions.add("a target bonus with no base pay counts as 0");
      parts.push({
        kind: "bonus",
        label: `bonus ${amountText(bonus.targetPercent)}% of base`,
        values,
      });
    } else {
      const code = cur(bonus.currency);
      const perYear = toProfileCurrency(
        annualise(1, bonus.period, ctx.workingDaysPerYear),
        code,
        ctx,
      );
      for (let i = 0; i < n; i++) values[i] = draw(bonus.amount, uniform(rng)) * perYear;
      parts.push({
        kind: "bonus",
        label: `bonus ${amountText(bonus.amount, code)} ${perPeriod(bonus.period)}`,
        values,
      });
    }
  }
  if (signOn) {
    const code = cur(signOn.currency);
    const rng = nextStream();
    const values = new Float64Array(n);
    const rate = toProfileCurrency(1, code, ctx);
    for (let i = 0; i < n; i++) values[i] = (draw(signOn.amount, uniform(rng)) / H) * rate;
    parts.push({
      kind: "signOn",
      label: `sign-on ${amountText(signOn.amount, code)} over ${H} years`,
      values,
    });
  }
  const equityStage = stage ?? DEFAULT_STAGE;
  for (const grant of equity ?? []) {
    const code = cur(grant.currency);
    parts.push({
      kind: "equity",
      label: grantLabel(grant, code),
      values: simulateGrant(grant, code, ctx, equityStage, nextStream()),
    });
  }
  if (equity && equity.length > 0) {
    if (!stage) assumptions.add(`company stage not given: ${DEFAULT_STAGE} assumed for equity`);
    assumptions.add(describeStage(equityStage, ctx.stages[equityStage]));
  }
  if (dayRate) {
    const code = cur(dayRate.currency);
    const days = dayRate.daysPerYear ?? ctx.workingDaysPerYear;
    if (dayRate.daysPerYear === undefined) noteDays(assumptions, ctx);
    const rng = nextStream();
    const values = new Float64Array(n);
    const perYear = toProfileCurrency(days, code, ctx);
    for (let i = 0; i < n; i++) values[i] = draw(dayRate.amount, uniform(rng)) * perYear;
    parts.push({
      kind: "dayRate",
      label: `day rate ${amountText(dayRate.amount, code)} × ${days} days`,
      values,
    });
  }
  if (retainer) {
    const code = cur(retainer.currency);
    const rng = nextStream();
    const values = new Float64Array(n);
    const perYear = toProfileCurrency(
      annualise(1, retainer.period, ctx.workingDaysPerYear),
      code,
      ctx,
    );
    for (let i = 0; i < n; i++) values[i] = draw(retainer.amount, uniform(rng)) * perYear;
    if (retainer.period === "hour" || retainer.period === "day") noteDays(assumptions, ctx);
    parts.push({
      kind: "retainer",
      label: `retainer ${amountText(retainer.amount, code)} ${perPeriod(retainer.period)}`,
      values,
    });
  }

  const totals = new Float64Array(n);
  for (const part of parts)
    for (let i = 0; i < n; i++) totals[i] = (totals[i] ?? 0) + (part.values[i] ?? 0);
  if (signOn || (equity && equity.length > 0)) {
    assumptions.add(`averaged over a ${H}-year horizon`);
  }
  const rateLines = [...currencies]
    .filter((c) => c !== ctx.currency)
    .sort()
    .map(
      (c) =>
        `${c} at ${rateOf(ctx, c)} ${ctx.currency} (${ctx.ratesAsOf ?? "rate date not given"})`,
    );
  return {
    currency: ctx.currency,
    horizonYears: H,
    annual: summarise(totals),
    parts: parts.map(({ kind, label, values }) => ({ kind, label, ...summarise(values) })),
    assumptions: [...rateLines, ...assumptions],
    totals,
  };
}

function noteDays(assumptions: Set<string>, ctx: MoneyContext): void {
  assumptions.add(`${ctx.workingDaysPerYear} working days a year, ${HOURS_PER_DAY} hours a day`);
}

/**
 * One equity grant's yearly value in the profile currency, per sample. Draws per sample, in
 * order and always all of them: the grant's amounts (value or shares, share price), whether
 * it is worth anything, the exit multiple, one price step per tranche (when the stage has a
 * volatility).
 */
function simulateGrant(
  grant: EquityGrant,
  currency: string,
  ctx: MoneyContext,
  stage: Stage,
  rng: RandomStream,
): Float64Array {
  const n = ctx.samples;
  const H = ctx.horizonYears;
  const f = ctx.stages[stage];
  const fractions = trancheFractions(grant.vestYears, H);
  const diluted = (1 - f.dilutionPerRound) ** f.roundsToExit;
  const sigma = f.volatility;
  const rate = toProfileCurrency(1, currency, ctx);
  const values = new Float64Array(n);
  const rsu = grant.kind === "rsu";
  for (let i = 0; i < n; i++) {
    const u1 = uniform(rng);
    const u2 = uniform(rng);
    const worth = uniform(rng) < f.chanceOfValue;
    // A stage without a spread of outcomes (enterprise) draws its normal all the same, to
    // keep the stream's use fixed, but need not compute it: exp(0 · z) = 1.
    let multiple: number;
    if (f.outcomeSpread === 0) {
      rng.next();
      rng.next();
      multiple = worth ? f.outcomeMedian * diluted : 0;
    } else {
      const z = normal(rng);
      multiple = worth ? f.outcomeMedian * Math.exp(f.outcomeSpread * z) * diluted : 0;
    }
    // This sample's grant figures, drawn once for all its tranches.
    const amount = rsu ? draw(grant.value, u1) : draw(grant.shares, u1);
    const sharePrice = rsu ? 0 : draw(grant.sharePrice, u2);
    const strike = rsu ? 0 : grant.strike;
    let path = 0;
    let total = 0;
    for (let t = 0; t < fractions.length; t++) {
      // Driftless geometric Brownian motion, one-year steps: E[factor] = 1. Without
      // volatility (a private stage) no step is drawn: the stream's use still depends only on
      // the stage's figures, never on the grant's.
      if (sigma > 0) path += sigma * normal(rng) - (sigma * sigma) / 2;
      const factor = sigma > 0 ? multiple * Math.exp(path) : multiple;
      const fraction = fractions[t] ?? 0;
      if (rsu) total += amount * fraction * factor;
      else total += amount * fraction * Math.max(0, sharePrice * factor - strike);
    }
    values[i] = (total * rate) / H;
  }
  return values;
}

/**
 * Shares of a grant vesting in each year of the horizon: equal yearly tranches of 1/vestYears,
 * the last one cut where the vesting or the horizon ends.
 * E.g. vestYears 4, horizon 4 → [0.25, 0.25, 0.25, 0.25]; horizon 2.5 → [0.25, 0.25, 0.125].
 */
export function trancheFractions(vestYears: number, horizonYears: number): number[] {
  const end = Math.min(vestYears, horizonYears);
  const out: number[] = [];
  for (let t = 1; t - 1 < end; t++) out.push((Math.min(t, end) - (t - 1)) / vestYears);
  return out;
}

/**
 * Percentiles (linear interpolation between order statistics, Hyndman & Fan 1996 type 7)
 * and the mean, rounded to cents.
 */
export function summarise(values: Float64Array): Distribution {
  const n = values.length;
  if (n === 0) return { p10: 0, p50: 0, p90: 0, mean: 0 };
  // A deterministic part (most are) needs no sort.
  const first = values[0] ?? 0;
  let constant = true;
  for (let i = 1; i < n && constant; i++) constant = values[i] === first;
  if (constant) {
    const x = cents(first);
    return { p10: x, p50: x, p90: x, mean: x };
  }
  // The six order statistics the three percentiles need, by selection rather than a full
  // sort (the same numbers, in a third of the time: `npm run bench -- money`).
  // Taken in increasing order, each selection only searches above the last one.
  const work = Float64Array.from(values);
  let from = 0;
  const q = (p: number) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const a = select(work, lo, lo >= from ? from : 0);
    // Everything above index lo is no smaller: the next order statistic is their least.
    let b = a;
    if (lo + 1 < n) {
      b = work[lo + 1] as number;
      for (let i = lo + 2; i < n; i++) if ((work[i] as number) < b) b = work[i] as number;
    }
    from = lo + 1;
    return a + (h - lo) * (b - a);
  };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] ?? 0;
  return { p10: cents(q(0.1)), p50: cents(q(0.5)), p90: cents(q(0.9)), mean: cents(sum / n) };
}

/**
 * The k-th smallest of `xs` (0-based), as `Float64Array.from(xs).sort()[k]` would give it for
 * values without NaN (Hoare's selection, median-of-three pivots). Reorders `xs` in place so
 * that the k-th value sits at index k, everything before it is no greater and everything after
 * no smaller. `from` > 0 searches only `xs[from..]`, for when everything before index `from`
 * is already known to be no greater than anything after it (and from <= k).
 */
export function select(xs: Float64Array, k: number, from = 0): number {
  let left = from;
  let right = xs.length - 1;
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three as the pivot, which also puts sentinels at both ends.
    if ((xs[mid] as number) < (xs[left] as number)) swap(xs, mid, left);
    if ((xs[right] as number) < (xs[left] as number)) swap(xs, right, left);
    if ((xs[right] as number) < (xs[mid] as number)) swap(xs, right, mid);
    const pivot = xs[mid] as number;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((xs[i] as number) < pivot) i++;
      while ((xs[j] as number) > pivot) j--;
      if (i <= j) {
        swap(xs, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return xs[k] as number;
  }
  return xs[k] as number;
}

function swap(xs: Float64Array, i: number, j: number): void {
  const t = xs[i] as number;
  xs[i] = xs[j] as number;
  xs[j] = t;
}

/** Rounded to cents; never -0 (which would print as "-0"). */
function cents(x: number): number {
  return Math.round(x * 100) / 100 + 0;
}

/** As `x.toLocaleString("en-US", { maximumFractionDigits: 2 })`, without a formatter per call. */
const AMOUNT_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

function amountText(amount: Amount, currency?: string): string {
  const fmt = (x: number) => AMOUNT_FORMAT.format(x);
  const text = typeof amount === "number" ? fmt(amount) : `${fmt(amount[0])}–${fmt(amount[1])}`;
  return currency ? `${text} ${currency}` : text;
}

function grantLabel(grant: EquityGrant, currency: string): string {
  return grant.kind === "rsu"
    ? `RSU grant ${amountText(grant.value, currency)} over ${grant.vestYears} years`
    : `options on ${amountText(grant.shares)} shares at strike ${grant.strike} (share price ${amountText(grant.sharePrice, currency)}) over ${grant.vestYears} years`;
}
