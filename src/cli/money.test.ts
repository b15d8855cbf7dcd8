/**
 * `bearing money`, and money in `check` and `rank`, end to end on workspaces built from
 * scratch in a temporary folder (the built CLI: run `npm run build` first).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, snapshot, tempDir } from "../testing/cli.js";

interface Dist {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}
interface MoneyJson {
  currency: string;
  horizonYears: number;
  options: {
    id: string;
    annual: Dist;
    parts: (Dist & { kind: string })[];
    assumptions: string[];
  }[];
}

const PROFILE = `question: Which offer?
criteria:
  - id: impact
    name: Impact
    weight: 3
  - id: pay
    name: Total pay
    scale: { kind: number, unit: USD/year, min: 0, max: 400000 }
    derived: totalCompensation
    weight: 1
money:
  currency: USD
  rates: { GBP: 1.25, EUR: 1.10 }
  ratesAsOf: 2026-11-30
  workingDaysPerYear: 220
settings: { seed: 7 }
`;

/** A workspace of one option per entry: file name → the YAML lines of its front matter. */
function workspace(options: Record<string, string>, profile = PROFILE): string {
  const dir = tempDir("bearing-money-");
  writeFileSync(join(dir, "bearing.yaml"), profile);
  mkdirSync(join(dir, "options"));
  for (const [slug, front] of Object.entries(options)) {
    writeFileSync(join(dir, "options", `${slug}.md`), `---\n${front.trim()}\n---\n\nNotes.\n`);
  }
  return dir;
}

const ACCEPTANCE = {
  "us-bonus": `title: US with bonus
compensation:
  base: { amount: 200000, currency: USD, period: year }
  bonus: { targetPercent: 10 }`,
  london: `title: London
compensation:
  base: { amount: 100000, currency: GBP }`,
  "eu-days": `title: EU day rate
compensation:
  dayRate: { amount: 800, currency: EUR, daysPerYear: 200 }`,
  monthly: `title: Monthly
compensation:
  base: { amount: 10000, currency: USD, period: month }`,
  hourly: `title: Hourly
compensation:
  base: { amount: 100, currency: USD, period: hour }`,
  "big-co": `title: Big company RSUs
company: { stage: enterprise }
compensation:
  base: { amount: 150000 }
  equity:
    - { kind: rsu, value: 400000, currency: USD, vestYears: 4 }`,
  seed: `title: Seed options
company: { stage: early }
compensation:
  base: { amount: 150000 }
  equity:
    - { kind: options, shares: 100000, strike: 1.2, sharePrice: 4.5, currency: USD, vestYears: 4 }`,
};

describe("bearing money", () => {
  const dir = workspace(ACCEPTANCE);
  const run = runCli(["money", dir, "--json"]);
  const report = JSON.parse(run.stdout) as MoneyJson;
  const annual = (id: string) => report.options.find((o) => o.id === id)?.annual;

  it("gives each option's yearly total in the profile currency, as hand-worked", () => {
    expect(run.code).toBe(0);
    expect(report.currency).toBe("USD");
    expect(report.horizonYears).toBe(4);
    const point = (x: number) => ({ p10: x, p50: x, p90: x, mean: x });
    expect(annual("us-bonus")).toEqual(point(220_000));
    expect(annual("london")).toEqual(point(125_000));
    expect(annual("eu-days")).toEqual(point(176_000));
    expect(annual("monthly")).toEqual(point(120_000));
    expect(annual("hourly")).toEqual(point(176_000));
  });

  it("RSUs at an enterprise: mean within 10% of 250,000, p10 <= p50 <= p90", () => {
    const a = annual("big-co");
    expect(a).toBeDefined();
    if (!a) return;
    expect(Math.abs(a.mean - 250_000)).toBeLessThan(25_000);
    expect(a.p10).toBeLessThanOrEqual(a.p50);
    expect(a.p50).toBeLessThanOrEqual(a.p90);
  });

  it("options at an early-stage company: equity p10 = 0, p90 > 0", () => {
    const equity = report.options
      .find((o) => o.id === "seed")
      ?.parts.find((p) => p.kind === "equity");
    expect(equity?.p10).toBe(0);
    expect(equity?.p90).toBeGreaterThan(0);
    const assumptions = report.options.find((o) => o.id === "seed")?.assumptions ?? [];
    expect(assumptions.some((a) => a.startsWith("early equity: 25% chance"))).toBe(true);
    expect(report.options.find((o) => o.id === "london")?.assumptions).toContain(
      "GBP at 1.25 USD (2026-11-30)",
    );
  });

  it("prints the same figures for people", () => {
    const text = runCli(["money", dir]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Money in USD a year, averaged over 4 years");
    expect(text.stdout).toMatch(/total\s+220,000\s+220,000\s+220,000/);
  });

  it("rank rates the derived criterion [p10, p90] of the annual total", () => {
    const rank = runCli(["rank", dir, "--json", "--no-robustness"]);
    expect(rank.code).toBe(0);
    const ranking = JSON.parse(rank.stdout) as {
      alternatives: { id: string; contributions: { criterion: string; rating: unknown }[] }[];
    };
    const rating = (id: string) =>
      ranking.alternatives
        .find((a) => a.id === id)
        ?.contributions.find((c) => c.criterion === "pay")?.rating;
    expect(rating("us-bonus")).toBe(220_000);
    const big = annual("big-co");
    expect(rating("big-co")).toEqual([Math.round(big?.p10 ?? -1), Math.round(big?.p90 ?? -1)]);
  });
});

describe("bad money input", () => {
  it("a JPY salary with no rate: exit 2 from check, rank and money, naming the file; nothing changed", () => {
    const dir = workspace({
      tokyo: `title: Tokyo
compensation:
  base: { amount: 20000000, currency: JPY }`,
    });
    const before = snapshot(dir);
    for (const command of ["check", "rank", "money"]) {
      const result = runCli([command, dir]);
      expect(result.code, command).toBe(2);
      expect(result.stderr).toMatch(
        /options\/tokyo\.md:4:\d+: compensation\.base\.currency: no exchange rate for JPY/,
      );
      expect(result.stderr).toContain('"JPY: <what 1 JPY is worth in USD>" under money: rates:');
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it("a derived: totalCompensation criterion on a rating scale is refused in bearing.yaml", () => {
    const dir = workspace(
      {},
      PROFILE.replace(
        "scale: { kind: number, unit: USD/year, min: 0, max: 400000 }",
        "scale: { kind: rating }",
      ),
    );
    const result = runCli(["check", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /bearing\.yaml:\d+:\d+: criteria\[1\]\.scale: derived: totalCompensation needs/,
    );
  });
});

describe("ratings that carry a unit", () => {
  it("a day rate typed into a per-year criterion is converted, with a warning at its line", () => {
    const dir = workspace(
      {
        indie: `title: Indie
ratings:
  impact: 3
  pay: 800 EUR/day`,
      },
      PROFILE.replace("    derived: totalCompensation\n", ""),
    );
    expect(runCli(["rank", dir, "--no-robustness"]).stderr).toMatch(
      /options\/indie\.md:5:\d+: ratings\.pay: rating "800 EUR\/day" is in EUR\/day, but "pay" is measured in USD\/year: read as 193600 USD\/year \(EUR at 1\.1 USD; 220 working days a year\)/,
    );
    const rank = runCli(["rank", dir, "--json", "--no-robustness"]);
    expect(rank.code).toBe(0);
    const ranking = JSON.parse(rank.stdout) as {
      alternatives: { contributions: { criterion: string; rating: unknown }[] }[];
    };
    // 800 × 220 days × 1.10
    expect(ranking.alternatives[0]?.contributions.find((c) => c.criterion === "pay")?.rating).toBe(
      193_600,
    );
  });

  it("a GBP/year figure in a USD/year criterion is converted; one in a 1-5 criterion is refused", () => {
    const dir = workspace({
      london: `title: London
ratings:
  impact: 4
  pay: 100000 GBP/year`,
    });
    const check = runCli(["check", dir]);
    expect(check.code).toBe(0);
    expect(check.stderr).toContain("read as 125000 USD/year (GBP at 1.25 USD)");
    writeFileSync(
      join(dir, "options/london.md"),
      readFileSync(join(dir, "options/london.md"), "utf8").replace(
        "impact: 4",
        "impact: 4 GBP/year",
      ),
    );
    const bad = runCli(["check", dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /options\/london\.md:4:\d+: ratings\.impact: rating "4 GBP\/year" has a unit/,
    );
  });
});
