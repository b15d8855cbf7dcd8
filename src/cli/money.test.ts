/**
 * `bearing money`, and money in `check` and `rank`, end to end on workspaces built from
 * scratch in a temporary folder (in-process, through the CLI's main).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { MoneyReport as MoneyJson } from "../core/money/report.js";
import { type CliResult, exampleDir, repoRoot, runCli, snapshot, tempDir } from "../testing/cli.js";

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
  let run: CliResult;
  let report: MoneyJson;
  beforeAll(async () => {
    run = await runCli(["money", dir, "--json"]);
    report = JSON.parse(run.stdout) as MoneyJson;
  });
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

  it("prints the same figures for people", async () => {
    const text = await runCli(["money", dir]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Money in USD a year, averaged over 4 years");
    expect(text.stdout).toMatch(/total\s+220,000\s+220,000\s+220,000/);
  });

  it("rank rates the derived criterion [p10, p90] of the annual total", async () => {
    const rank = await runCli(["rank", dir, "--json", "--no-robustness"]);
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
  it("a JPY salary with no rate: exit 2 from check, rank and money, naming the file; nothing changed", async () => {
    const dir = workspace({
      tokyo: `title: Tokyo
compensation:
  base: { amount: 20000000, currency: JPY }`,
    });
    const before = snapshot(dir);
    for (const command of ["check", "rank", "money"]) {
      const result = await runCli([command, dir]);
      expect(result.code, command).toBe(2);
      expect(result.stderr).toMatch(
        /options\/tokyo\.md:4:\d+: compensation\.base\.currency: no exchange rate for JPY/,
      );
      expect(result.stderr).toContain('"JPY: <what 1 JPY is worth in USD>" under money: rates:');
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it("a derived: totalCompensation criterion on a rating scale is refused in bearing.yaml", async () => {
    const dir = workspace(
      {},
      PROFILE.replace(
        "scale: { kind: number, unit: USD/year, min: 0, max: 400000 }",
        "scale: { kind: rating }",
      ),
    );
    const result = await runCli(["check", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /bearing\.yaml:\d+:\d+: criteria\[1\]\.scale: derived: totalCompensation needs/,
    );
  });
});

describe("ratings that carry a unit", () => {
  it("a day rate typed into a per-year criterion is converted, with a warning at its line", async () => {
    const dir = workspace(
      {
        indie: `title: Indie
ratings:
  impact: 3
  pay: 800 EUR/day`,
      },
      PROFILE.replace("    derived: totalCompensation\n", ""),
    );
    expect((await runCli(["rank", dir, "--no-robustness"])).stderr).toMatch(
      /options\/indie\.md:5:\d+: ratings\.pay: rating "800 EUR\/day" is in EUR\/day, but "pay" is measured in USD\/year: read as 193600 USD\/year \(EUR at 1\.1 USD; 220 working days a year\)/,
    );
    const rank = await runCli(["rank", dir, "--json", "--no-robustness"]);
    expect(rank.code).toBe(0);
    const ranking = JSON.parse(rank.stdout) as {
      alternatives: { contributions: { criterion: string; rating: unknown }[] }[];
    };
    // 800 × 220 days × 1.10
    expect(ranking.alternatives[0]?.contributions.find((c) => c.criterion === "pay")?.rating).toBe(
      193_600,
    );
  });

  it("a GBP/year figure in a USD/year criterion is converted; one in a 1-5 criterion is refused", async () => {
    const dir = workspace({
      london: `title: London
ratings:
  impact: 4
  pay: 100000 GBP/year`,
    });
    const check = await runCli(["check", dir]);
    expect(check.code).toBe(0);
    expect(check.stderr).toContain("read as 125000 USD/year (GBP at 1.25 USD)");
    writeFileSync(
      join(dir, "options/london.md"),
      readFileSync(join(dir, "options/london.md"), "utf8").replace(
        "impact: 4",
        "impact: 4 GBP/year",
      ),
    );
    const bad = await runCli(["check", dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /options\/london\.md:4:\d+: ratings\.impact: rating "4 GBP\/year" has a unit/,
    );
  });
});

describe("money in must-haves and from postings", () => {
  const POSTING = `## About the role

As VP of Engineering at Acme you will lead our engineering organisation of 40 engineers.

## Responsibilities

- Own the technical strategy and architecture roadmap for the platform.
- Hire, coach and grow engineering managers and senior engineers.
- Manage the engineering budget and vendor relationships.
- Run delivery across four product squads and improve our release process.

## Compensation

The base salary range for this role is $210,000 - $240,000, plus equity.
`;

  it("a must-have on total compensation reads the [p10, p90] range: pass, fail, or unknown when it straddles", async () => {
    const dir = workspace(
      {
        rich: ACCEPTANCE["us-bonus"],
        london: ACCEPTANCE.london,
        unsure: `title: Unsure
compensation:
  base: { amount: [180000, 240000] }`,
      },
      `${PROFILE}mustHaves:\n  - { criterion: pay, atLeast: 200000 }\n`,
    );
    const rank = await runCli(["rank", dir, "--json", "--no-robustness"]);
    expect(rank.code, rank.stderr).toBe(0);
    const ranking = JSON.parse(rank.stdout) as {
      alternatives: { id: string; eligible: boolean; mustHaves: { outcome: string }[] }[];
    };
    const outcome = (id: string) =>
      ranking.alternatives.find((a) => a.id === id)?.mustHaves[0]?.outcome;
    expect(outcome("rich")).toBe("pass"); // 220,000
    expect(outcome("london")).toBe("fail"); // 125,000
    expect(outcome("unsure")).toBe("unknown"); // p10 ≈ 186,000, p90 ≈ 234,000
    expect(ranking.alternatives.at(-1)?.id).toBe("london");
  });

  it("the pay a posting states fills the base: money says so, rank rates it, option accept writes it in", async () => {
    const dir = tempDir("bearing-money-");
    writeFileSync(join(dir, "bearing.yaml"), PROFILE);
    mkdirSync(join(dir, "options"));
    const file = join(dir, "options/acme-vp.md");
    writeFileSync(file, `---\ntitle: VP Engineering, Acme\n---\n\n${POSTING}`);

    const money = await runCli(["money", dir, "--json"]);
    expect(money.code, money.stderr).toBe(0);
    const report = JSON.parse(money.stdout) as MoneyJson;
    const acme = report.options.find((o) => o.id === "acme-vp");
    const base = acme?.parts.find((p) => p.kind === "base");
    // Drawn uniformly in [210,000, 240,000]: p10 ≈ 213,000, p90 ≈ 237,000.
    expect(base?.p10).toBeGreaterThan(210_000);
    expect(base?.p90).toBeLessThan(240_000);
    expect(Math.abs((base?.mean ?? 0) - 225_000)).toBeLessThan(1_000);
    expect(acme?.assumptions.some((a) => a.startsWith("base pay: the range the role states"))).toBe(
      true,
    );

    const rank = JSON.parse((await runCli(["rank", dir, "--json", "--no-robustness"])).stdout) as {
      alternatives: { contributions: { criterion: string; rating: unknown }[] }[];
    };
    expect(rank.alternatives[0]?.contributions.find((c) => c.criterion === "pay")?.rating).toEqual([
      Math.round(acme?.annual.p10 ?? 0),
      Math.round(acme?.annual.p90 ?? 0),
    ]);

    const accept = await runCli(["option", "accept", "acme-vp", dir]);
    expect(accept.code, accept.stderr).toBe(0);
    expect(accept.stdout).toContain(
      'compensation.base = {"amount":[210000,240000],"currency":"USD","period":"year"}',
    );
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/compensation:\n {2}base:\n {4}amount:\n {6}- 210000\n {6}- 240000/);
    // Now the user's own: the same money, and no longer "the range the role states".
    const after = JSON.parse((await runCli(["money", dir, "--json"])).stdout) as MoneyJson;
    expect(after.options[0]?.annual).toEqual(acme?.annual);
    expect(after.options[0]?.assumptions.some((a) => a.startsWith("base pay: the range"))).toBe(
      false,
    );
  });
});

describe("the README", () => {
  it("shows what bearing money prints on the example", async () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const block = /`bearing money examples\/step-back`:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const run = await runCli(["money", exampleDir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(block);
  });
});
