/**
 * Money on the workbench (issue 12, item 5), end to end in chromium on a temp copy of the
 * example: the overview shows each option's pay as a range and the option page its breakdown,
 * the same figures `bearing money` prints; the compensation block is edited on the page.
 * Run `npm run build` first.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MoneyReport as MoneyJson } from "../../src/core/money/report.js";
import type { RunningServer } from "../../src/server/start.js";
import { browserReady, SHOTS } from "../../src/testing/browser.js";
import { copyExample, spawnCli } from "../../src/testing/cli.js";
import { closeWorkbench, eventually, openWorkbench } from "../../src/testing/workbench.js";

const whole = (x: number) => Math.round(x).toLocaleString("en");

describe.skipIf(!browserReady)("money on the workbench", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let cli: MoneyJson;

  beforeAll(async () => {
    dir = copyExample("bearing-e2e-money-");
    const run = spawnCli(["money", dir, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    cli = JSON.parse(run.stdout) as MoneyJson;
    ({ server, browser } = await openWorkbench(dir));
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 60_000);

  afterAll(async () => {
    await closeWorkbench(browser, server);
  });

  it("the overview shows each option's pay as the p10–p90 range bearing money gives", async () => {
    await page.goto(`${server.url}#/overview`);
    await eventually(() => page.locator('[data-testid="ranked-option"]').count()).toBe(4);
    expect(cli.options.length).toBe(4);
    for (const option of cli.options) {
      const range = page.locator(
        `[data-testid="ranked-option"][data-id="${option.id}"] [data-testid="pay-range"]`,
      );
      await eventually(() => range.textContent()).toContain(
        `pay ${whole(option.annual.p10)}–${whole(option.annual.p90)} USD a year`,
      );
    }
  });

  it("the option page shows the breakdown, its spread and the assumptions", async () => {
    const director = cli.options.find((o) => o.id === "director-platform");
    expect(director).toBeDefined();
    if (!director) return;
    await page.goto(`${server.url}#/option/director-platform`);
    const section = page.locator('[data-testid="option-money"]');
    await eventually(() => section.locator('[data-testid="money-part"]').count()).toBe(
      director.parts.length,
    );
    const total = await section.locator('[data-testid="money-total"]').textContent();
    const { p10, p50, p90, mean } = director.annual;
    expect(total).toBe(`Total${[p10, p50, p90, mean].map(whole).join("")}`);
    const equity = section.locator('[data-testid="money-part"]', { hasText: "Equity" });
    const e = director.parts.find((p) => p.kind === "equity");
    expect(await equity.textContent()).toContain(whole(e?.p90 ?? -1));
    // A spread: the RSUs' worth moves with the share price.
    expect(e && e.p90 > e.p10).toBe(true);
    // The Total pay rating row says what the ranking counts: [p10, p90] of the total.
    const counted = page.locator(
      '[data-testid="rating-row"][data-criterion="pay"] [data-testid="counted-rating"]',
    );
    expect(await counted.textContent()).toContain(
      `counts as ${whole(p10)}–${whole(p90)} (from its pay)`,
    );
    const assumptions = await section.locator('[data-testid="money-assumptions"]').textContent();
    for (const line of director.assumptions) expect(assumptions).toContain(line);
    // What each part was given as, under its name.
    expect(await equity.locator("th").textContent()).toMatch(/^EquityRSU grant /);
    await page.screenshot({ path: join(SHOTS, "option-money.png"), fullPage: true });
    // At phone width the table fits the screen (with a sixth column it was 85 px wider).
    await page.setViewportSize({ width: 390, height: 844 });
    await eventually(() =>
      section
        .locator('[data-testid="money-table"]')
        .evaluate((table) => table.getBoundingClientRect().right <= window.innerWidth),
    ).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: join(SHOTS, "option-money-phone.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("edits the compensation block: refuses a currency without a rate, saves a new base", async () => {
    await page.goto(`${server.url}#/option/seed-cto`);
    const section = page.locator('[data-testid="option-money"]');
    const editor = section.getByLabel("Compensation (YAML)");
    await eventually(() => editor.inputValue()).toContain("sharePrice: 1.4");
    const save = section.getByRole("button", { name: "Save compensation" });

    await editor.fill("base: { amount: 20000000, currency: JPY }");
    await eventually(() =>
      section.locator('[data-testid="compensation-problems"]').textContent(),
    ).toContain("base.currency: no exchange rate for JPY");
    expect(await save.isDisabled()).toBe(true);

    await editor.fill(
      [
        "base: { amount: 180000, currency: USD, period: year }",
        "equity:",
        "  - { kind: options, shares: 150000, strike: 0.25, sharePrice: 1.4, currency: USD, vestYears: 4 }",
      ].join("\n"),
    );
    await save.click();
    const file = join(dir, "options/seed-cto.md");
    await eventually(() => readFileSync(file, "utf8")).toMatch(/amount: 180000/);
    expect(readFileSync(file, "utf8")).toContain("sharePrice: 1.4");
    // The page reads the new file: the base is now certain, 180,000 in every column.
    const base = section.locator('[data-testid="money-part"]', { hasText: "Base" });
    await eventually(() => base.textContent()).toContain("180,000180,000180,000180,000");
    // And bearing money agrees.
    const after = JSON.parse(spawnCli(["money", dir, "--json"]).stdout) as MoneyJson;
    const seed = after.options.find((o) => o.id === "seed-cto");
    expect(seed?.parts.find((p) => p.kind === "base")?.mean).toBe(180_000);
    const total = await section.locator('[data-testid="money-total"]').textContent();
    expect(total).toContain(whole(seed?.annual.p90 ?? -1));
  });
});
