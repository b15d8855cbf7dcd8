/**
 * The workbench leads with the answer (issue 13): the verdict, what to find out first and the
 * deadlines on the Overview's first screen, above any chart, at desktop and phone width; and
 * the review's fixes. Every view is opened at both widths; in the soak tier (`BEARING_SOAK=1`, as
 * in `.ci/run`) or with `BEARING_SHOTS=1` each is also screenshot into test-output/answer-*.png
 * for people to look at (full-page screenshots are a fifth of the browser tier's time).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/start.js";
import { browserReady, SHOTS } from "../../src/testing/browser.js";
import { copyExample, runCli } from "../../src/testing/cli.js";
import { soak } from "../../src/testing/tiers.js";
import { closeWorkbench, eventually, openWorkbench } from "../../src/testing/workbench.js";

const shoot = soak || process.env.BEARING_SHOTS === "1";

const WIDTHS = [
  ["desktop", { width: 1280, height: 800 }],
  ["phone", { width: 390, height: 844 }],
] as const;

const VIEWS = [
  "overview",
  "criteria",
  "board",
  "robustness",
  "compare",
  "journal",
  "decisions",
  "weigh",
  "option/fractional-cto",
];

describe.skipIf(!browserReady)("the workbench leads with the answer", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = copyExample("bearing-e2e-answer-");
    // Two tests need an option that leaves a criterion unrated: the example's fractional
    // practice rates its pay through its day rate, so this copy drops what it was paid.
    const fractional = join(dir, "options/fractional-cto.md");
    const text = readFileSync(fractional, "utf8");
    const withoutPay = text.replace(/^compensation:.*\n(?:[ \t]+.*\n)*/m, "");
    expect(withoutPay).not.toBe(text);
    writeFileSync(fractional, withoutPay);
    ({ server, browser } = await openWorkbench(dir));
  });

  afterAll(async () => {
    await closeWorkbench(browser, server);
  });

  async function open(size: { width: number; height: number }, view: string): Promise<Page> {
    const page = await browser.newPage({ viewport: size });
    await page.goto(`${server.url}#/${view}`);
    return page;
  }

  for (const [name, size] of WIDTHS) {
    it(`shows the verdict on the first screen, above the first chart (${name})`, async () => {
      const page = await open(size, "overview");
      const verdict = page.getByTestId("verdict");
      await eventually(() => verdict.textContent()).toMatch(
        /near tie|clear choice|leads|stands out/,
      );
      const box = await verdict.boundingBox();
      const chart = await page.locator(".chart").first().boundingBox();
      expect(box).not.toBeNull();
      expect(chart).not.toBeNull();
      if (!box || !chart) return;
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      expect(box.y + box.height).toBeLessThanOrEqual(chart.y);
      // What to find out first, with a question, and the deadlines, also before the chart.
      const first = page.getByTestId("find-out-first").locator("li").first();
      await eventually(() => first.textContent()).toMatch(/Ask .*\?/);
      const deadline = page.getByTestId("deadlines").locator("li").first();
      expect(await deadline.getAttribute("data-option")).toBe("director-platform");
      const deadlineBox = await deadline.boundingBox();
      expect((deadlineBox?.y ?? Number.POSITIVE_INFINITY) < chart.y).toBe(true);
      await page.close();
    });

    it(`opens every view${shoot ? " and screenshots it" : ""} (${name})`, async () => {
      const page = await open(size, "overview");
      for (const view of VIEWS) {
        await page.goto(`${server.url}#/${view}`);
        await eventually(() =>
          page.evaluate(() => document.documentElement.dataset.smaaStatus),
        ).toBe("done");
        expect(await page.locator("main").isVisible()).toBe(true);
        if (!shoot) continue;
        await page.waitForTimeout(500);
        await page.screenshot({
          path: join(SHOTS, `answer-${view.replace("/", "-")}-${name}.png`),
          fullPage: true,
        });
      }
      await page.close();
    });
  }

  it("draws the legends as wrapping lists, never paged", async () => {
    for (const [, size] of WIDTHS) {
      const page = await open(size, "overview");
      const legend = page.getByTestId("chart-legend").first();
      await eventually(() => legend.locator("li").count()).toBe(7);
      const items = await legend.locator("li").all();
      for (const item of items) expect(await item.isVisible()).toBe(true);
      const box = await legend.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(
        size.width,
      );
      await page.close();
    }
  });

  it("names left-out options by their title, not their id", async () => {
    const page = await open({ width: 1280, height: 800 }, "overview");
    const excluded = page.getByTestId("excluded");
    await eventually(() => excluded.textContent()).toContain("VP of Engineering, Brightwell Bank");
    expect(await excluded.textContent()).not.toContain("bank-vp");
    await page.close();
  });

  it("lets the keyboard reach the Robustness tables' scroll areas", async () => {
    const page = await open({ width: 390, height: 844 }, "robustness");
    await eventually(() => page.locator("details summary").count()).toBeGreaterThan(0);
    for (const summary of await page.locator("details summary").all()) await summary.click();
    const regions = page.locator(".table-scroll");
    const count = await regions.count();
    expect(count).toBeGreaterThan(0);
    // Tab through the page until every scroll area has had the focus.
    const reached = new Set<string>();
    for (let step = 0; step < 200 && reached.size < count; step++) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(() =>
        document.activeElement?.classList.contains("table-scroll")
          ? document.activeElement.getAttribute("aria-label")
          : null,
      );
      if (label) reached.add(label);
    }
    expect(reached.size).toBe(count);
    await page.close();
  });

  it("fits Compare into a phone's width, and says what a swap assumes about unrated criteria", async () => {
    const page = await open({ width: 390, height: 844 }, "compare");
    await eventually(() => page.locator("select").count()).toBe(2);
    await page.locator("select").nth(1).selectOption("fractional-cto");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Fractional's pay is unrated: the swap statement must say it counts it at mid-scale.
    await eventually(() => page.getByTestId("compare-assumes").textContent()).toMatch(
      /Fractional CTO practice's unrated total pay at the middle of the scale/,
    );
    // Each criterion's share is a size and whom it favours, never "-0.100 for B".
    const shares = await page.locator("main table tbody td:last-child").allTextContents();
    expect(shares.length).toBeGreaterThan(0);
    for (const share of shares) expect(share).toMatch(/^(none|\d\.\d{3} for .+)$/);
    // The weight shown for the swap is past the one where they tie (rounded away from it).
    const first = await page.locator("select").first().inputValue();
    const explained = await runCli(["explain", first, "fractional-cto", dir, "--json"]);
    const flip = (JSON.parse(explained.stdout) as { weightFlips: { from: number; to: number }[] })
      .weightFlips[0];
    if (!flip) throw new Error("expected a weight that swaps them");
    const swap = await page.getByText("They swap if the weight of").textContent();
    const shown = Number(/ to (\d+(?:\.\d+)?)%/.exec(swap ?? "")?.[1]);
    if (flip.to > flip.from) expect(shown / 100).toBeGreaterThan(flip.to);
    else expect(shown / 100).toBeLessThan(flip.to);
    await page.close();
  });

  it("sets the journal's new-entry fields one under another at phone width", async () => {
    const page = await open({ width: 390, height: 844 }, "journal");
    const form = page.getByTestId("new-entry");
    const title = await form.getByLabel("Title").boundingBox();
    const label = await form.locator('label[for="new-entry-body"]').boundingBox();
    const text = await form.locator("textarea").boundingBox();
    expect(title && label && text).toBeTruthy();
    if (!title || !label || !text) return;
    // The text's label starts below the title field (it ran on after it), and its box below it.
    expect(label.y).toBeGreaterThanOrEqual(title.y + title.height);
    expect(text.y).toBeGreaterThanOrEqual(label.y + label.height);
    await page.close();
  });

  it("says what an option's chances assume when it leaves criteria unrated", async () => {
    const page = await open({ width: 1280, height: 800 }, "overview");
    const row = page.locator('[data-testid="ranked-option"][data-id="fractional-cto"]');
    await eventually(() => row.getByTestId("assumes").textContent()).toContain(
      "counting its unrated total pay as anywhere on the scale",
    );
    await page.close();
  });
});
