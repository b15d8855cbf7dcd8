/**
 * What `bearing money --json` prints (contracts.md, "Money"): per option the distribution of
 * the yearly total and of each part in the profile currency, and the assumptions used.
 */
import { CLOSED_STATUSES, type DecisionOption } from "../model/option.js";
import type { Profile } from "../model/profile.js";
import { moneyContext } from "./convert.js";
import type { MoneyReading } from "./derive.js";
import type { Distribution, PartKind } from "./simulate.js";
import { describeStage, type StageFigures } from "./stages.js";

export interface MoneyReportOption {
  id: string;
  title: string;
  annual: Distribution;
  parts: (Distribution & { kind: PartKind; label: string })[];
  assumptions: string[];
  /** True when `compensation.base` is the pay the posting (or `facts.compensation`) states. */
  baseFromPosting: boolean;
}

export interface MoneyReport {
  currency: string;
  horizonYears: number;
  options: MoneyReportOption[];
  /** Options in play with no `compensation` block (nothing to add up). */
  withoutCompensation: string[];
  rates: Record<string, number>;
  ratesAsOf: string | null;
  workingDaysPerYear: number;
  stages: Record<string, StageFigures & { summary: string }>;
  samples: number;
  seed: number;
}

/**
 * The report for the options in play (closed ones only with `all`).
 * @param options the options as the decision sees them (with filled-in base pay)
 * @param readings their money readings (`withMoney`)
 */
export function moneyReport(
  profile: Profile,
  options: readonly DecisionOption[],
  readings: ReadonlyMap<string, MoneyReading>,
  { all = false } = {},
): MoneyReport {
  const ctx = moneyContext(profile);
  const inPlay = options.filter((o) => all || !CLOSED_STATUSES.includes(o.status));
  const out: MoneyReportOption[] = [];
  const without: string[] = [];
  for (const option of inPlay) {
    const reading = readings.get(option.id);
    if (!reading) {
      without.push(option.id);
      continue;
    }
    const { estimate } = reading;
    out.push({
      id: option.id,
      title: option.title,
      annual: estimate.annual,
      parts: estimate.parts,
      assumptions: [
        ...(option.derived?.compensationBase
          ? ["base pay: the range the role states (facts.compensation or the posting)"]
          : []),
        ...estimate.assumptions,
      ],
      baseFromPosting: option.derived?.compensationBase === true,
    });
  }
  const stages = Object.fromEntries(
    Object.entries(ctx.stages).map(([stage, figures]) => [
      stage,
      { ...figures, summary: describeStage(stage as never, figures) },
    ]),
  );
  return {
    currency: ctx.currency,
    horizonYears: ctx.horizonYears,
    options: out,
    withoutCompensation: without,
    rates: { ...ctx.rates },
    ratesAsOf: ctx.ratesAsOf ?? null,
    workingDaysPerYear: ctx.workingDaysPerYear,
    stages,
    samples: ctx.samples,
    seed: ctx.seed,
  };
}
