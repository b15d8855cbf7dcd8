/**
 * How uncertain equity is, by company stage (`company.stage`: early, growth, enterprise).
 *
 * One model serves every stage. Per simulated future:
 * 1. with probability `chanceOfValue` the equity is ever worth something, else it is worth 0;
 * 2. when it is, today's share value is multiplied by an exit multiple drawn from a lognormal
 *    distribution with median `outcomeMedian` and log-standard-deviation `outcomeSpread`;
 * 3. the holder's stake is diluted by `dilutionPerRound` in each of `roundsToExit` funding
 *    rounds before the exit: value × (1 − dilutionPerRound)^roundsToExit;
 * 4. a listed share price moves from one vesting date to the next as a driftless geometric
 *    Brownian motion with annual `volatility` (its expected price stays today's price).
 *
 * The defaults, and where they come from:
 * - **early** (seed, Series A): `chanceOfValue` 0.25. Hall & Woodward (2010), "The Burden of
 *   the Nondiversifiable Risk of Entrepreneurship", American Economic Review 100(3):1163–94:
 *   in close to every venture-backed company of 1987–2008, almost three quarters of
 *   entrepreneurs received nothing at exit. Kerr, Nanda & Rhodes-Kropf (2014),
 *   "Entrepreneurship as Experimentation", Journal of Economic Perspectives 28(3):25–48: of
 *   US venture-backed firms of 1986–1997, about a quarter were still in business in 2007.
 *   `roundsToExit` 3 (a seed company raises A, B and C before most exits) at
 *   `dilutionPerRound` 0.20: Carta's median dilution in Q1 2024 was 20.1% at seed, 20.5% at
 *   Series A and 16.7% at Series B (Carta, "Dilution", 2024). `outcomeMedian` 3 and
 *   `outcomeSpread` 1.2: with the 0.25 chance, 4% of outcomes end at 10× or more, matching
 *   Correlation Ventures' count of US venture financings exiting 2009–2018, where under 4% of
 *   invested capital returned 10× or more ("Venture Capital — No, We're Not Normal", 2019);
 *   the skew is what Kerr et al. describe as "low, extremely skewed" chances of success.
 * - **growth** (Series B and later, private): `chanceOfValue` 0.6 — Correlation Ventures
 *   (2023, "Venture Capital — We're Still Not Normal"): 37% of the dollars invested in
 *   companies exiting 2013–2022, mostly later-stage rounds, returned less than 1×, and common
 *   shares stand behind every preference (Gornall & Strebulaev 2020, "Squaring Venture Capital
 *   Valuations with Reality", Journal of Financial Economics 135(1):120–43: common shares of
 *   unicorns were overvalued by 58% when priced at the last round). `roundsToExit` 1 at
 *   `dilutionPerRound` 0.13 (Carta 2023: median Series C dilution 12.6%); `outcomeMedian`
 *   1.5, `outcomeSpread` 0.8.
 * - **enterprise** (listed): always worth something, no rounds; the price varies with
 *   `volatility` 0.30 a year, a round figure for one company's shares: single stocks are far
 *   more volatile than the market index (Campbell, Lettau, Malkiel & Xu 2001, "Have
 *   Individual Stocks Become More Volatile?", Journal of Finance 56(1):1–43). Use your own
 *   company's implied volatility when you know it.
 *
 * Every figure can be overridden in `bearing.yaml` under `money.stages.<stage>`.
 */
import type { Stage } from "../taxonomy.js";
import type { MoneySettings, StageFiguresInput } from "./schema.js";

/** The equity-risk figures of one stage, all set. */
export interface StageFigures {
  /** Chance the equity is ever worth anything, 0–1. */
  chanceOfValue: number;
  /** Median exit multiple of today's share value, given it is worth something (> 0). */
  outcomeMedian: number;
  /** Standard deviation of the natural log of that multiple (≥ 0). */
  outcomeSpread: number;
  /** Funding rounds before an exit (≥ 0). */
  roundsToExit: number;
  /** Share of the company sold in each round, 0–0.95. */
  dilutionPerRound: number;
  /** Annual volatility of the share price (≥ 0; 0.3 = 30%). */
  volatility: number;
}

/** The published defaults (sources above). */
export const DEFAULT_STAGE_FIGURES: Readonly<Record<Stage, Readonly<StageFigures>>> = {
  early: {
    chanceOfValue: 0.25,
    outcomeMedian: 3,
    outcomeSpread: 1.2,
    roundsToExit: 3,
    dilutionPerRound: 0.2,
    volatility: 0,
  },
  growth: {
    chanceOfValue: 0.6,
    outcomeMedian: 1.5,
    outcomeSpread: 0.8,
    roundsToExit: 1,
    dilutionPerRound: 0.13,
    volatility: 0,
  },
  enterprise: {
    chanceOfValue: 1,
    outcomeMedian: 1,
    outcomeSpread: 0,
    roundsToExit: 0,
    dilutionPerRound: 0,
    volatility: 0.3,
  },
};

/** The stage assumed for equity when neither the company nor the role states one. */
export const DEFAULT_STAGE: Stage = "growth";

/** The figures in force: the defaults, overridden by `money.stages` where given. */
export function stageFigures(
  money: Pick<MoneySettings, "stages"> | undefined,
): Record<Stage, StageFigures> {
  const merge = (stage: Stage, input: StageFiguresInput | undefined): StageFigures => {
    const figures = { ...DEFAULT_STAGE_FIGURES[stage] };
    for (const [key, value] of Object.entries(input ?? {})) {
      if (value !== undefined) figures[key as keyof StageFigures] = value;
    }
    return figures;
  };
  return {
    early: merge("early", money?.stages?.early),
    growth: merge("growth", money?.stages?.growth),
    enterprise: merge("enterprise", money?.stages?.enterprise),
  };
}

/** One line saying what a stage's figures are, for the assumptions list. */
export function describeStage(stage: Stage, f: StageFigures): string {
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const parts = [`${stage} equity: ${pct(f.chanceOfValue)} chance it is worth anything`];
  if (f.chanceOfValue > 0 && (f.outcomeMedian !== 1 || f.outcomeSpread > 0)) {
    parts.push(`then a median ${f.outcomeMedian}× today's value (log spread ${f.outcomeSpread})`);
  }
  if (f.roundsToExit > 0 && f.dilutionPerRound > 0) {
    const rounds = `${f.roundsToExit} round${f.roundsToExit === 1 ? "" : "s"}`;
    parts.push(`${rounds} of ${pct(f.dilutionPerRound)} dilution`);
  }
  if (f.volatility > 0) parts.push(`share price volatility ${pct(f.volatility)} a year`);
  return parts.join(", ");
}
