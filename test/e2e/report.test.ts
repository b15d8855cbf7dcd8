/**
 * The shared report end to end, in Debian's chromium through playwright-core: written by
 * `bearing report --share` on a copy of the example, opened from disk (file://) with nothing
 * fetched, shows Option A to Option D with no CSP violation or page error; a reader moves a
 * slider, the ranking follows, saves the feedback file, and `bearing feedback import` reads it
 * back with the moved weight.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { browserReady, launchChromium } from "../../src/testing/browser.js";
import { copyExample, repoRoot, spawnCli, tempDir } from "../../src/testing/cli.js";
import { closeWorkbench } from "../../src/testing/workbench.js";

const reportBuilt = existsSync(join(repoRoot, "dist/report/index.html"));

describe.skipIf(!browserReady || !reportBuilt)("shared report in a browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => closeWorkbench(browser));

  it("opens offline, takes a reader's weights and comment, and its feedback imports", async () => {
    const dir = copyExample();
    const out = join(tempDir(), "shared.html");
    expect(spawnCli(["report", dir, "--out", out, "--share"]).code).toBe(0);
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`file://${out}`);
    await page.waitForSelector("[data-testid=ranked-option]");
    const titles = await page.locator("[data-testid=ranked-option] > a").allTextContents();
    expect(titles.map((t) => t.slice(0, 8)).sort()).toEqual([
      "Option A",
      "Option B",
      "Option C",
      "Option D",
    ]);
    // The reader gives Hands-on contribution all it can take: the ranking follows.
    const before = await page.locator("[data-testid=criteria-ranking] li").first().textContent();
    const slider = page.locator(
      '[data-testid=reviewer-weights] [data-id=hands_on] input[type="number"]',
    );
    await slider.fill("100");
    await expect
      .poll(() => page.locator("[data-testid=criteria-ranking] li").first().textContent())
      .not.toBe(before);
    await page.locator("[data-testid=reviewer-name]").fill("Robin Reviewer");
    await page.locator("[data-testid=comment][data-id=option-a]").fill("Ask who owns the roadmap.");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("[data-testid=save-feedback]").click(),
    ]);
    const saved = join(tempDir(), "feedback.yaml");
    await download.saveAs(saved);
    expect(problems).toEqual([]);
    expect(requests.filter((url) => url !== `file://${out}`)).toEqual([]);
    await context.close();

    const imported = spawnCli(["feedback", "import", saved, dir, "--json"]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const { file } = JSON.parse(imported.stdout) as { file: string };
    const stored = parse(readFileSync(join(dir, file), "utf8")) as {
      name: string;
      weights: Record<string, number>;
      comments: Record<string, string>;
    };
    expect(stored.name).toBe("Robin Reviewer");
    const total = Object.values(stored.weights).reduce((a, b) => a + b, 0);
    // 100 points of 190 on hands_on (the other criteria keep the example's 90).
    expect((stored.weights.hands_on ?? 0) / total).toBeCloseTo(100 / 190, 3);
    // Option A is the first option in play by id: director-platform.
    expect(stored.comments).toEqual({ "director-platform": "Ask who owns the roadmap." });
    const rank = JSON.parse(spawnCli(["rank", dir, "--json"]).stdout) as {
      stakeholders: { name: string }[];
    };
    expect(rank.stakeholders.map((s) => s.name)).toEqual(["you", "Robin Reviewer"]);
  }, 120_000);
});
