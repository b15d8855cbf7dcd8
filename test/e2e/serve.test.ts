/**
 * The workbench end to end: the real server on a temp copy of the example workspace, driven
 * by Debian's chromium through playwright-core. Screenshots of each view go to test-output/.
 */
import { cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/server/start.js";
import { repoRoot, tempDir } from "../../src/testing/cli.js";

const CHROMIUM = "/usr/bin/chromium";
const WEB_DIR = join(repoRoot, "dist/web");
const SHOTS = join(repoRoot, "test-output");
const ready = existsSync(CHROMIUM) && existsSync(join(WEB_DIR, "index.html"));

describe.skipIf(!ready)("bearing serve in a browser", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = tempDir("bearing-e2e-");
    cpSync(join(repoRoot, "examples/step-back"), dir, { recursive: true });
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer({ dir, port: 0, open: false, webDir: WEB_DIR });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shot = (name: string) =>
    page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const ranked = () =>
    page
      .locator('[data-testid="ranked-option"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-id")));

  it("renders the example's options, ranked", async () => {
    await page.goto(`${server.url}#/overview`);
    await expect.poll(() => page.locator('[data-testid="ranked-option"]').count()).toBe(4);
    const text = await page.locator("main").textContent();
    for (const title of [
      "CTO, Meridian Freight",
      "Founding CTO, Tallyho",
      "Fractional CTO practice",
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toContain("Not rated yet: pay");
    await page.waitForTimeout(300);
    await shot("overview");
  });

  it("creates an option and rates it, writing the file", async () => {
    await page.goto(`${server.url}#/board`);
    await page.getByLabel("Title").fill("VP Engineering, Lumen Health");
    await page.getByLabel("Organisation").fill("Lumen Health");
    await page.getByRole("button", { name: "Add option" }).click();
    await page.waitForURL(/#\/option\/vp-engineering-lumen-health$/);
    const file = join(dir, "options/vp-engineering-lumen-health.md");
    expect(existsSync(file)).toBe(true);
    await page
      .getByLabel("Rating for Impact on an industry or on people's lives", { exact: true })
      .fill("5");
    await page
      .getByRole("button", { name: "Save rating for Impact on an industry or on people's lives" })
      .click();
    await expect.poll(() => readFileSync(file, "utf8")).toMatch(/impact: 5/);
    // An unsure rating becomes an interval.
    const row = page.locator('[data-testid="rating-row"][data-criterion="strategy"]');
    await row.getByLabel("unsure").check();
    await row.getByLabel("Lowest for Shape technology strategy").fill("3");
    await row.getByLabel("Highest for Shape technology strategy").fill("4");
    await row.getByRole("button").click();
    await expect.poll(() => readFileSync(file, "utf8")).toMatch(/strategy: \[ 3, 4 \]/);
    await shot("option");
  });

  it("re-ranks when a weight changes, and saves it with comments intact", async () => {
    await page.goto(`${server.url}#/overview`);
    await expect.poll(() => page.locator('[data-testid="ranked-option"]').count()).toBe(5);
    const before = await ranked();
    await page.goto(`${server.url}#/criteria`);
    const hands = page.getByLabel("points for Hands-on contribution (number)");
    const started = performance.now();
    await hands.fill("100");
    await expect
      .poll(() => page.getByTestId("leader").textContent())
      .toContain("Founding CTO, Tallyho");
    console.log(`weight change → re-ranked view: ${(performance.now() - started).toFixed(0)} ms`);
    const yaml = () => readFileSync(join(dir, "bearing.yaml"), "utf8");
    await expect.poll(yaml).toMatch(/id: hands_on[\s\S]*?points: 100/);
    expect(yaml()).toContain("# Screens no score can make up for.");
    await shot("criteria");
    await page.goto(`${server.url}#/overview`);
    await expect.poll(ranked).not.toEqual(before);
    expect((await ranked())[0]).toBe("seed-cto");
  });

  it("moves an option to offer by drag and by the keyboard control", async () => {
    await page.goto(`${server.url}#/board`);
    const card = page.locator('[data-testid="card"][data-id="fractional-cto"]');
    await card.dragTo(page.locator('[data-status="offer"]'));
    const fractional = () => readFileSync(join(dir, "options/fractional-cto.md"), "utf8");
    await expect.poll(fractional).toMatch(/^status: offer$/m);
    await page.getByLabel("Move Founding CTO, Tallyho to status").selectOption("offer");
    const seed = () => readFileSync(join(dir, "options/seed-cto.md"), "utf8");
    await expect.poll(seed).toMatch(/^status: offer$/m);
    expect(seed()).toContain("# a seed company: huge if it works, little if it does not");
    await expect
      .poll(() => page.locator('[data-status="offer"] [data-testid="card"]').count())
      .toBeGreaterThanOrEqual(2);
    await shot("board");
  });

  it("shows a change made on disk without a reload", async () => {
    const { writeFileSync } = await import("node:fs");
    const file = join(dir, "options/scaleup-cto.md");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("CTO, Meridian Freight", "CTO, Meridian Logistics"),
    );
    await page.goto(`${server.url}#/overview`);
    await expect.poll(() => page.locator("main").textContent()).toContain("Meridian Logistics");
  });

  it("opens every other view", async () => {
    for (const [view, heading] of [
      ["robustness", "Robustness"],
      ["compare", "Compare"],
      ["journal", "Journal"],
    ] as const) {
      await page.goto(`${server.url}#/${view}`);
      await expect.poll(() => page.locator("h1").first().textContent()).toBe(heading);
      await page.waitForTimeout(300);
      await shot(view);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}#/overview`);
    await page.waitForTimeout(300);
    await shot("overview-phone");
  });
});
