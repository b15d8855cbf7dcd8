/**
 * The workbench review's fixes (issue 13), each checked in chromium against the real server on
 * a copy of the example workspace.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/server/start.js";
import { browserReady, launchChromium, SHOTS, WEB_DIR } from "../../src/testing/browser.js";
import { repoRoot, tempDir } from "../../src/testing/cli.js";

const eventually = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: 15_000, interval: 50 });

describe.skipIf(!browserReady)("the workbench review's fixes", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = tempDir("bearing-e2e-fixes-");
    cpSync(join(repoRoot, "examples/step-back"), dir, { recursive: true });
    server = await startServer({ dir, port: 0, open: false, webDir: WEB_DIR });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("after a save from the page, still shows edits made in an editor, and clears a fixed YAML error", async () => {
    const yamlFile = join(dir, "bearing.yaml");
    const optionFile = join(dir, "options/seed-cto.md");
    await page.goto(`${server.url}#/criteria`);
    // One save from the page (bearing.yaml is replaced by an atomic rename).
    await page.getByLabel("points for Coach and grow people (number)").fill("12");
    await eventually(() => readFileSync(yamlFile, "utf8")).toMatch(/points: 12/);
    await eventually(() => page.locator("header .status").textContent()).toBe("");
    // Now the user's editor changes both files in place.
    writeFileSync(
      optionFile,
      readFileSync(optionFile, "utf8").replace(
        /^title: .*$/m,
        "title: Founding CTO, Tallyho (renamed)",
      ),
    );
    await page.goto(`${server.url}#/overview`);
    await eventually(() => page.locator("main").textContent()).toContain(
      "Founding CTO, Tallyho (renamed)",
    );
    const good = readFileSync(yamlFile, "utf8");
    writeFileSync(yamlFile, good.replace("question:", "question: [unclosed"));
    await eventually(() => page.locator(".message.error").count()).toBeGreaterThan(0);
    writeFileSync(yamlFile, good);
    await eventually(() => page.locator(".message.error").count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, "fixes-live-reload.png") });
  });
});
