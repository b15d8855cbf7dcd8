/**
 * The Overview beside its ranking (issues 16 and 13 follow-ups), in chromium:
 * - with judgements, a short form of what they do (what each rules out, who would lead without
 *   one, whether the stated weights disagree), options by title, linking to the full form in
 *   the Trade-off questions view; without judgements, nothing;
 * - a derived rating outside its criterion's scale (pay above the pay scale) flagged on its
 *   option with what it counts as and the fix; the shipped example has none;
 * - the warnings banner: what bearing read and accepted but wants checked (a rating in another
 *   money unit, converted; a rating off its scale), counted in plain words, each linked to its
 *   option, apart from the errors' banner; at 1280 and 390 px; none for the example.
 * In the soak tier or with `BEARING_SHOTS=1`, screenshots go to test-output/overview-choices-*.png.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/start.js";
import { browserReady, SHOTS } from "../../src/testing/browser.js";
import { copyExample } from "../../src/testing/cli.js";
import { soak } from "../../src/testing/tiers.js";
import { closeWorkbench, eventually, openWorkbench } from "../../src/testing/workbench.js";

const shoot = soak || process.env.BEARING_SHOTS === "1";

const FRACTIONAL = "Fractional CTO practice";
const MERIDIAN = "CTO, Meridian Freight";

describe.skipIf(!browserReady)("the Overview beside its ranking", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let original: string;
  const profile = () => join(dir, "bearing.yaml");

  beforeAll(async () => {
    dir = copyExample("bearing-e2e-overview-");
    original = readFileSync(profile(), "utf8");
    ({ server, browser } = await openWorkbench(dir));
  }, 60_000);

  afterAll(async () => {
    await closeWorkbench(browser, server);
  });

  async function overview(width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${server.url}#/overview`);
    await page.getByTestId("ranked-option").first().waitFor({ timeout: 20_000 });
    return page;
  }

  it("shows what the judgements do beside the ranking, by title, linked to the full form", async () => {
    writeFileSync(profile(), original);
    const page = await overview(1280);
    // No judgements: no short form, and the example's pay fits its scale: no flag.
    expect(await page.getByTestId("choices-short").count()).toBe(0);
    expect(await page.getByTestId("off-scale").count()).toBe(0);

    // One judgement the stated weights (the example weighs by points) disagree with.
    writeFileSync(
      profile(),
      `${original}\njudgements:\n  - { prefer: fractional-cto, over: scaleup-cto }\n`,
    );
    const short = page.getByTestId("choices-short");
    await short.waitFor({ timeout: 20_000 });
    const text = (await short.textContent()) ?? "";
    expect(text).toContain("What your judgement does");
    expect(text).toMatch(
      new RegExp(`“${FRACTIONAL} over ${MERIDIAN}” rules out \\d+% of the weightings`),
    );
    expect(text).toMatch(
      /Your stated weights disagree with one of them; moving \d+% of the weight/,
    );
    // Options by title: no id in the short form.
    expect(text).not.toContain("scaleup-cto");
    // Beside the ranking: after its last option, before the contributions chart, once the
    // page has laid out the re-ranked list (the short form can appear a frame before it).
    const placement = async () => {
      const last = await page.getByTestId("ranked-option").last().boundingBox();
      const box = await short.boundingBox();
      const chart = await page.locator(".chart").first().boundingBox();
      if (!last || !box || !chart) return "not all drawn";
      if (box.y < last.y + last.height - 1) return "above the last option";
      if (box.y + box.height > chart.y) return "over the chart";
      return "between";
    };
    await eventually(placement).toBe("between");
    if (shoot)
      await page.screenshot({ path: join(SHOTS, "overview-choices-desktop.png"), fullPage: true });

    await page.getByTestId("choices-full").click();
    await eventually(() => page.evaluate(() => window.location.hash)).toBe("#/weigh");
    await page.getByTestId("judgement-effects").waitFor({ timeout: 20_000 });
    await page.close();

    // At phone width the short form fits without sideways scrolling.
    const phone = await overview(390);
    await phone.getByTestId("choices-short").waitFor({ timeout: 20_000 });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    if (shoot)
      await phone.screenshot({ path: join(SHOTS, "overview-choices-phone.png"), fullPage: true });
    await phone.close();
  });

  it("lists warnings in a calm banner, counted, each linked to its option; none for the example", async () => {
    writeFileSync(profile(), original);
    const page = await overview(1280);
    await page.getByTestId("acceptability").first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId("warnings").count()).toBe(0);

    // Two warnings: the fractional practice's pay stated per day in euros (converted), and the
    // pay scale capped below Meridian's derived pay (off its scale).
    const fractional = join(dir, "options/fractional-cto.md");
    const fractionalText = readFileSync(fractional, "utf8");
    writeFileSync(profile(), cappedPay(original));
    writeFileSync(
      fractional,
      fractionalText.replace("ratings:\n", "ratings:\n  pay: 900 EUR/day\n"),
    );
    try {
      const banner = page.getByTestId("warnings");
      await eventually(() => page.getByTestId("warning").count()).toBe(2);
      // Not an error: its own banner, a status rather than an alert, closed to one line.
      expect(await banner.getAttribute("role")).toBe("status");
      expect(await banner.getAttribute("class")).not.toContain("error");
      expect(await page.locator(".message.error").count()).toBe(0);
      expect(await page.getByTestId("warnings-summary").textContent()).toBe(
        "2 things to check: bearing read them and ranks as usual, but you may want to look.",
      );
      expect(await page.getByTestId("warning").first().isVisible()).toBe(false);
      await page.getByTestId("warnings-summary").click();
      const items = page.getByTestId("warning");
      expect(
        await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-option"))),
      ).toEqual(["fractional-cto", "scaleup-cto"]);
      const converted = (await items.nth(0).textContent()) ?? "";
      expect(converted).toMatch(
        new RegExp(
          `^${FRACTIONAL} \\(options/fractional-cto\\.md, line \\d+, ratings\\.pay\\): Rating "900 EUR/day" is in EUR/day, but "pay" is measured in USD/year: read as [\\d.]+ USD/year`,
        ),
      );
      expect(await items.nth(1).textContent()).toMatch(
        new RegExp(
          `^${MERIDIAN} \\(options/scaleup-cto\\.md\\): The rating .* reaches outside the scale of Total pay.*To fix it: widen the scale`,
        ),
      );
      if (shoot)
        await page.screenshot({
          path: join(SHOTS, "overview-warnings-desktop.png"),
          fullPage: true,
        });
      // Each links to its option's page.
      await items.nth(0).getByRole("link").click();
      await eventually(() => page.evaluate(() => window.location.hash)).toBe(
        "#/option/fractional-cto",
      );
      await page.close();

      // At phone width, open, it fits without sideways scrolling.
      const phone = await overview(390);
      await phone.getByTestId("warnings-summary").click();
      await phone.getByTestId("warning").first().waitFor({ timeout: 20_000 });
      expect(await phone.getByTestId("warning").count()).toBe(2);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      if (shoot)
        await phone.screenshot({
          path: join(SHOTS, "overview-warnings-phone.png"),
          fullPage: true,
        });
      await phone.close();
    } finally {
      writeFileSync(fractional, fractionalText);
      writeFileSync(profile(), original);
    }
  });

  it("flags derived pay outside the pay scale on its option, with the fix", async () => {
    const capped = cappedPay(original);
    writeFileSync(profile(), capped);
    const page = await overview(1280);
    const flag = page.locator(
      '[data-testid="ranked-option"][data-id="scaleup-cto"] [data-testid="off-scale"]',
    );
    await flag.waitFor({ timeout: 20_000 });
    const text = (await flag.textContent()) ?? "";
    expect(text).toMatch(
      /^The rating [\d,]+–[\d,]+ USD\/year from the option's compensation .* reaches outside the scale of Total pay, above its max of 400,000: every figure above 400,000 counts as 400,000\. To fix it: widen the scale in bearing\.yaml \(criteria\[6\] "pay": scale: max: \d+\); or, to keep the cap and say so/,
    );
    // Only Meridian's pay reaches past the scale.
    expect(await page.getByTestId("off-scale").count()).toBe(1);
    if (shoot)
      await page.screenshot({
        path: join(SHOTS, "overview-choices-off-scale.png"),
        fullPage: true,
      });
    await page.close();
    writeFileSync(profile(), original);
  });
});

/** The example's profile with the pay scale capped at 400,000 (no piecewise function). */
function cappedPay(original: string): string {
  const capped = original
    .replace("min: 120000, max: 700000", "min: 120000, max: 400000")
    .replace(
      "    valueFunction:\n      type: piecewise\n      points: [[120000, 0], [400000, 1]]\n",
      "",
    );
  expect(capped).not.toContain("valueFunction");
  return capped;
}
