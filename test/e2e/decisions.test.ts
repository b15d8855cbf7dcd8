/**
 * The workbench's decision timeline (issue 17 item 3) in chromium: decision records and
 * reviews in date order, expected against actual with the lean in words, readable at phone
 * width, and a record changed on disk afterwards shown as a problem naming it, as
 * `bearing check` reports it. Screenshots go to test-output/decisions-*.png.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DecisionSnapshot } from "../../src/core/decision/record.js";
import type { RunningServer } from "../../src/server/start.js";
import { browserReady, SHOTS } from "../../src/testing/browser.js";
import { copyExample } from "../../src/testing/cli.js";
import { closeWorkbench, eventually, openWorkbench } from "../../src/testing/workbench.js";
import { readDecisions, writeDecision, writeReview } from "../../src/workspace/decisions.js";
import { FsStorage } from "../../src/workspace/fs-storage.js";

function snapshot(chosen: string, title: string, strategy: number): DecisionSnapshot {
  return {
    question: "Which of my options should be my next role?",
    weights: { strategy: 0.5, learning: 0.5 },
    ratings: {
      [chosen]: { strategy, learning: [3, 5] },
      "bank-vp": { strategy: 2, learning: 2 },
    },
    ranking: [
      {
        option: chosen,
        title,
        rank: 1,
        score: 0.75,
        firstRankAcceptability: 0.6,
        eligible: true,
      },
      {
        option: "bank-vp",
        title: "VP",
        rank: 2,
        score: 0.4,
        firstRankAcceptability: 0.4,
        eligible: true,
      },
    ],
    verdict: { kind: "fragile", leaders: [chosen], text: `${title} leads, by a little.` },
    unknowns: [],
  };
}

describe.skipIf(!browserReady)("the workbench's decision timeline", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let first: string;

  beforeAll(async () => {
    dir = copyExample("bearing-e2e-decisions-");
    const storage = new FsStorage(dir);
    first = (
      await writeDecision(storage, {
        chosen: "seed-cto",
        title: "Founding CTO",
        date: "2025-03-01",
        snapshot: snapshot("seed-cto", "Founding CTO", 4),
      })
    ).file;
    await writeDecision(storage, {
      chosen: "director-platform",
      title: "Director",
      date: "2026-12-02",
      snapshot: snapshot("director-platform", "Director", 3),
    });
    const record = (await readDecisions(storage)).records.find((r) => r.file === first);
    if (!record) throw new Error("no record");
    await writeReview(storage, record, {
      title: "Founding CTO",
      date: "2025-09-01",
      actual: { strategy: 2, learning: 4 },
    });
    ({ server, browser } = await openWorkbench(dir));
  }, 60_000);

  afterAll(async () => {
    await closeWorkbench(browser, server);
  });

  const open = async (viewport: { width: number; height: number }): Promise<Page> => {
    const page = await browser.newPage({ viewport });
    await page.goto(`${server.url}#/overview`);
    await page.getByRole("navigation", { name: "Views" }).getByText("Decisions").click();
    await page.getByTestId("timeline").waitFor({ timeout: 20_000 });
    return page;
  };

  it("shows records and reviews in date order, expected against actual, and the lean", async () => {
    const page = await open({ width: 1280, height: 900 });
    const events = page.locator("[data-testid=timeline] > li");
    await eventually(() => events.count()).toBe(3);
    const order = await events.evaluateAll((items) =>
      items.map((li) => `${li.getAttribute("data-testid")} ${li.getAttribute("data-file")}`),
    );
    expect(order).toEqual([
      `timeline-decision ${first}`,
      "timeline-review decisions/2025-03-01-seed-cto.review-2025-09-01.md",
      "timeline-decision decisions/2026-12-02-director-platform.md",
    ]);
    const decision = page.getByTestId("timeline-decision").first();
    expect(await decision.getAttribute("data-verified")).toBe("yes");
    expect(await decision.textContent()).toContain("Ranked 1 of 2 then");
    // strategy: expected 4, actual 2 (max criterion): too hopeful; learning [3, 5] → 4: right.
    const strategy = page.locator("[data-testid=timeline-review] li[data-criterion=strategy]");
    expect(await strategy.textContent()).toMatch(/expected 4, actual 2\s*too hopeful/);
    const learning = page.locator("[data-testid=timeline-review] li[data-criterion=learning]");
    expect(await learning.textContent()).toMatch(/expected 3–5, actual 4\s*about right/);
    const calibration = page.getByTestId("calibration");
    expect(await calibration.textContent()).toContain(
      "Across 1 reviewed decision, you were too hopeful about",
    );
    expect(await calibration.locator("li[data-criterion=strategy]").getAttribute("data-lean")).toBe(
      "too hopeful",
    );
    expect(await page.getByTestId("record-problem").count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, "decisions-desktop.png"), fullPage: true });
    await page.close();
  });

  it("reads at phone width: nothing wider than the screen", async () => {
    const page = await open({ width: 390, height: 844 });
    await eventually(() => page.locator("[data-testid=timeline] > li").count()).toBe(3);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Every event and every outcome line lies within the screen.
    const boxes = await page
      .locator("[data-testid=timeline] > li, .outcomes li, [data-testid=calibration]")
      .evaluateAll((items) => items.map((el) => el.getBoundingClientRect().right));
    for (const right of boxes) expect(right).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SHOTS, "decisions-phone.png"), fullPage: true });
    await page.close();
  });

  it("shows a record changed on disk afterwards as a problem naming it", async () => {
    const page = await open({ width: 1280, height: 900 });
    const file = join(dir, first);
    const text = readFileSync(file, "utf8");
    const changed = text.replace(/^( {6}strategy: )4$/m, "$15");
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    // The page hears of the change and reads the workspace again; the server verifies.
    const record = page.locator(`[data-testid=timeline-decision][data-file="${first}"]`);
    await eventually(() => record.getAttribute("data-verified")).toBe("no");
    expect(await record.getByTestId("record-problem").textContent()).toContain(
      "changed after it was written",
    );
    // The banner names the file too, as bearing check does.
    expect(await page.getByRole("status").filter({ hasText: first }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, "decisions-tampered.png"), fullPage: true });
    await page.close();
  });
});
