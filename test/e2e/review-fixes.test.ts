/**
 * The workbench review's fixes (issue 13), each checked in chromium against the real server on
 * a copy of the example workspace.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/start.js";
import { browserReady, SHOTS } from "../../src/testing/browser.js";
import { copyExample, spawnCli } from "../../src/testing/cli.js";
import { closeWorkbench, eventually, openWorkbench } from "../../src/testing/workbench.js";

describe.skipIf(!browserReady)("the workbench review's fixes", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = copyExample("bearing-e2e-fixes-");
    ({ server, browser } = await openWorkbench(dir));
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await closeWorkbench(browser, server);
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

  it("puts the ranking beside the weight sliders, on the first screen", async () => {
    await page.goto(`${server.url}#/criteria`);
    const table = await page.locator("table.criteria").boundingBox();
    const ranking = page.getByTestId("side-ranking");
    await eventually(() => ranking.locator("li").count()).toBeGreaterThan(0);
    const box = await ranking.boundingBox();
    expect(table && box).toBeTruthy();
    if (!table || !box) return;
    // Beside the table (to its right, overlapping its height), not below the criterion editors.
    expect(box.x).toBeGreaterThanOrEqual(table.x + table.width - 1);
    expect(box.y).toBeLessThan(table.y + table.height);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await page.screenshot({ path: join(SHOTS, "fixes-criteria-side-ranking.png") });
  });

  it("suggests whole-number ratings on a whole-number scale", async () => {
    // A role-fit criterion on the 1–5 scale: the postings' fits (e.g. 81%) land between steps.
    const yamlFile = join(dir, "bearing.yaml");
    writeFileSync(
      yamlFile,
      readFileSync(yamlFile, "utf8").replace(
        "weighting:",
        "  - id: fit\n    name: Role fit\n    scale: { kind: rating, min: 1, max: 5 }\n    points: 5\n    derived: roleFit\n\nweighting:",
      ),
    );
    await page.goto(`${server.url}#/option/scaleup-cto`);
    const summary = page.getByTestId("role-summary");
    await eventually(() => summary.textContent()).toMatch(/Role fit rated \d/);
    const text = (await summary.textContent()) ?? "";
    const suggested = /Role fit rated ([\d.]+)/.exec(text)?.[1];
    expect(Number.isInteger(Number(suggested))).toBe(true);
  });

  it("marks an edited rating row as not saved until it is", async () => {
    await page.goto(`${server.url}#/option/seed-cto`);
    const row = page.locator('[data-testid="rating-row"][data-criterion="coaching"]');
    await eventually(() => row.count()).toBe(1);
    expect(await row.getAttribute("data-unsaved")).toBeNull();
    await row.getByLabel("Rating for Coach and grow people", { exact: true }).fill("4");
    await eventually(() => row.getAttribute("data-unsaved")).toBe("true");
    await eventually(() => row.textContent()).toContain("not saved yet");
    await page.screenshot({ path: join(SHOTS, "fixes-unsaved-row.png") });
    await row.getByRole("button", { name: "Save rating for Coach and grow people" }).click();
    await eventually(() => readFileSync(join(dir, "options/seed-cto.md"), "utf8")).toMatch(
      /coaching: 4/,
    );
    await eventually(() => row.getAttribute("data-unsaved")).toBeNull();
  });

  it("shows a journal entry's prompts as prompts, and every date one way", async () => {
    const added = spawnCli([
      "journal",
      "add",
      dir,
      "--title",
      "Prompted entry",
      "--prompt",
      "drives",
    ]);
    expect(added.code).toBe(0);
    await page.goto(`${server.url}#/journal`);
    const main = page.locator("main");
    await eventually(() => main.textContent()).toContain("Prompted entry");
    const text = (await main.textContent()) ?? "";
    expect(text).not.toContain("<!--");
    expect(await page.locator(".prose .prompt").count()).toBeGreaterThan(0);
    const dates = await page
      .locator("article.entry .muted.small")
      .evaluateAll((els) => els.map((el) => (el.textContent ?? "").split(" · ")[0]));
    expect(dates.length).toBeGreaterThanOrEqual(2);
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.screenshot({ path: join(SHOTS, "fixes-journal.png"), fullPage: true });
  });

  it("edits an option's job description and notes on the page, keeping its front matter", async () => {
    const file = join(dir, "options/fractional-cto.md");
    const before = readFileSync(file, "utf8");
    const frontMatter = before.slice(0, before.indexOf("\n---", 3) + 4);
    await page.goto(`${server.url}#/option/fractional-cto`);
    await page.getByRole("button", { name: "Edit the description and notes" }).click();
    const editor = page.getByTestId("body-editor");
    const text = editor.locator("textarea");
    await text.fill("## Notes\n\nTwo retainer clients would cover the base pay I need.");
    await eventually(() => editor.textContent()).toContain("not saved yet");
    await editor.getByRole("button", { name: "Save text" }).click();
    await eventually(() => readFileSync(file, "utf8")).toContain("Two retainer clients");
    const after = readFileSync(file, "utf8");
    // The front matter is as it was but for the updated date.
    expect(after.slice(0, after.indexOf("\n---", 3) + 4).replace(/\n\s*updated: .*/, "")).toBe(
      frontMatter.replace(/\n\s*updated: .*/, ""),
    );
    await eventually(() => editor.textContent()).not.toContain("not saved yet");
    await page.screenshot({ path: join(SHOTS, "fixes-body-editor.png"), fullPage: true });
  });

  it("offers a new option's page a place to paste the posting", async () => {
    await page.goto(`${server.url}#/board`);
    await page.getByLabel("Title").fill("Head of Platform, Ostrava Labs");
    await page.getByRole("button", { name: "Add option" }).click();
    await page.waitForURL(/#\/option\/head-of-platform-ostrava-labs$/);
    const editor = page.getByTestId("body-editor");
    await eventually(() => editor.count()).toBe(1);
    await editor
      .locator("textarea")
      .fill(
        "Head of Platform\n\nResponsibilities\n\n- Own the platform roadmap and architecture\n- Lead a team of 12 engineers\n- Report to the CTO",
      );
    await editor.getByRole("button", { name: "Save text" }).click();
    const file = join(dir, "options/head-of-platform-ostrava-labs.md");
    await eventually(() => readFileSync(file, "utf8")).toContain("Own the platform roadmap");
  });

  it("adds and edits journal entries on the page", async () => {
    await page.goto(`${server.url}#/journal`);
    const form = page.getByTestId("new-entry");
    await form.getByLabel("Title").fill("After the Hollis call");
    await form.locator("textarea").fill("Dana says the platform budget is set for two years.");
    await form.getByRole("button", { name: "Add entry" }).click();
    const entry = page.locator("article.entry", { hasText: "After the Hollis call" });
    await eventually(() => entry.count()).toBe(1);
    const file = join(dir, (await entry.getAttribute("data-file")) ?? "");
    expect(readFileSync(file, "utf8")).toMatch(
      /title: After the Hollis call[\s\S]*platform budget/,
    );
    await entry.getByRole("button", { name: "Edit After the Hollis call" }).click();
    await entry.locator("textarea").fill("Dana says the platform budget is set for three years.");
    await entry.getByRole("button", { name: "Save entry" }).click();
    await eventually(() => readFileSync(file, "utf8")).toContain("three years");
    expect(readFileSync(file, "utf8")).toMatch(/^---\n[\s\S]*title: After the Hollis call/);
  });
});
