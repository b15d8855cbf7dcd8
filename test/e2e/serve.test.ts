/**
 * The workbench end to end: the real server on a temp copy of the example workspace, driven
 * by Debian's chromium through playwright-core. Screenshots of each view go to test-output/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/start.js";
import { browserReady, SHOTS } from "../../src/testing/browser.js";
import { copyExample, tempDir } from "../../src/testing/cli.js";
import { IC_DESPITE_TITLE_POSTING } from "../../src/testing/postings.js";
import {
  closeWorkbench,
  eventually,
  openWorkbench,
  serveDir,
} from "../../src/testing/workbench.js";

describe.skipIf(!browserReady)("bearing serve in a browser", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = copyExample("bearing-e2e-");
    mkdirSync(SHOTS, { recursive: true });
    ({ server, browser } = await openWorkbench(dir));
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await closeWorkbench(browser, server);
  });

  const shot = (name: string) =>
    page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const ranked = () =>
    page
      .locator('[data-testid="ranked-option"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-id")));

  it("renders the example's options, ranked", async () => {
    await page.goto(`${server.url}#/overview`);
    await eventually(() => page.locator('[data-testid="ranked-option"]').count()).toBe(4);
    const text = await page.locator("main").textContent();
    for (const title of [
      "CTO, Meridian Freight",
      "Founding CTO, Tallyho",
      "Fractional CTO practice",
    ]) {
      expect(text).toContain(title);
    }
    // Total pay is rated from each option's compensation (the fractional practice's from its
    // day-rate range), so no option leaves it unrated.
    expect(text).not.toContain("Not rated yet");
    expect(text).toContain("Unsure about: Work with strong technologists, Total pay");
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
    await eventually(() => readFileSync(file, "utf8")).toMatch(/impact: 5/);
    // An unsure rating becomes an interval.
    const row = page.locator('[data-testid="rating-row"][data-criterion="strategy"]');
    await row.getByLabel("unsure").check();
    await row.getByLabel("Lowest for Shape technology strategy").fill("3");
    await row.getByLabel("Highest for Shape technology strategy").fill("4");
    await row.getByRole("button").click();
    await eventually(() => readFileSync(file, "utf8")).toMatch(/strategy: \[ 3, 4 \]/);
    await shot("option");
  });

  it("re-ranks when a weight changes, and saves it with comments intact", async () => {
    await page.goto(`${server.url}#/overview`);
    await eventually(() => page.locator('[data-testid="ranked-option"]').count()).toBe(5);
    const before = await ranked();
    await page.goto(`${server.url}#/criteria`);
    const hands = page.getByLabel("points for Hands-on contribution (number)");
    const started = performance.now();
    await hands.fill("100");
    await eventually(() => page.getByTestId("leader").textContent()).toContain(
      "Founding CTO, Tallyho",
    );
    console.log(`weight change → re-ranked view: ${(performance.now() - started).toFixed(0)} ms`);
    const yaml = () => readFileSync(join(dir, "bearing.yaml"), "utf8");
    await eventually(yaml).toMatch(/id: hands_on[\s\S]*?points: 100/);
    expect(yaml()).toContain("# Screens no score can make up for.");
    await shot("criteria");
    await page.goto(`${server.url}#/overview`);
    await eventually(ranked).not.toEqual(before);
    expect((await ranked())[0]).toBe("seed-cto");
  });

  it("weighs by AHP: a judgement re-ranks at once, shows the CR and the worst pair, and saves", async () => {
    const yaml = () => readFileSync(join(dir, "bearing.yaml"), "utf8");
    const order = () =>
      page
        .locator('[data-testid="criteria-ranking"] li')
        .evaluateAll((els) => els.map((el) => el.getAttribute("data-id")));
    await page.goto(`${server.url}#/criteria`);
    const before = await order();
    await page.getByLabel("Weighting method").selectOption("ahp");
    // Every pair starts from the current weights, so the ranking carries on.
    await eventually(() => page.locator('[data-testid="pair"]').count()).toBe(21);
    await eventually(yaml).toMatch(/method: ahp[\s\S]*pairwise:/);
    // The last two (the fractional practice and Meridian) score within 0.005 of each other at
    // these weights since total pay is rated from their compensation: closer than Saaty's
    // whole-number judgements can hold, so only the options clearly apart keep their order.
    expect((await order()).slice(0, 3)).toEqual(before.slice(0, 3));
    expect([...(await order())].sort()).toEqual([...before].sort());
    await eventually(() => page.getByTestId("consistency").textContent()).toMatch(/up to 0\.10/);
    // The keyboard moves the control to its end: Impact extremely more important.
    const slider = page.getByLabel(
      "Hands-on contribution against Impact on an industry or on people's lives",
    );
    await slider.focus();
    await page.keyboard.press("End");
    await eventually(order).not.toEqual(before);
    await eventually(() =>
      page.locator('[data-testid="pair"][data-pair="hands_on:impact"]').textContent(),
    ).toContain(
      "Impact on an industry or on people's lives is extremely more important than Hands-on contribution (9×)",
    );
    expect(Number(await page.getByTestId("cr").textContent())).toBeGreaterThan(0.1);
    await eventually(() => page.getByTestId("consistency").textContent()).toContain("above 0.10");
    await eventually(() =>
      page.locator('[data-testid="pair"].worst').getAttribute("data-pair"),
    ).toBe("hands_on:impact");
    await eventually(yaml).toMatch(/- \[ hands_on, impact, 0\.111/);
    expect(yaml()).toContain("# Screens no score can make up for.");
    expect(yaml()).toContain("# What drives me (ids from bearing's value vocabulary)");
    await shot("criteria-ahp");
    const after = await order();
    await page.goto(`${server.url}#/overview`);
    await eventually(ranked).toEqual(after);
  });

  it("moves an option to offer by drag and by the keyboard control", async () => {
    await page.goto(`${server.url}#/board`);
    const card = page.locator('[data-testid="card"][data-id="fractional-cto"]');
    await card.dragTo(page.locator('[data-status="offer"]'));
    const fractional = () => readFileSync(join(dir, "options/fractional-cto.md"), "utf8");
    await eventually(fractional).toMatch(/^status: offer$/m);
    await page.getByLabel("Move Founding CTO, Tallyho to status").selectOption("offer");
    const seed = () => readFileSync(join(dir, "options/seed-cto.md"), "utf8");
    await eventually(seed).toMatch(/^status: offer$/m);
    expect(seed()).toContain("# a seed company: huge if it works, little if it does not");
    await eventually(() =>
      page.locator('[data-status="offer"] [data-testid="card"]').count(),
    ).toBeGreaterThanOrEqual(2);
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
    await eventually(() => page.locator("main").textContent()).toContain("Meridian Logistics");
  });

  it("edits an option's next step and contacts, keeping the file's comments", async () => {
    const file = join(dir, "options/seed-cto.md");
    await page.goto(`${server.url}#/option/seed-cto`);
    await page.getByRole("button", { name: "Add contact" }).click();
    const added = page.locator('[data-testid="contact"]').nth(1);
    await eventually(() =>
      added.getByLabel("Name").evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await added.getByLabel("Name").fill("Priya Nair");
    await added.getByLabel("Role").fill("Head of Product");
    await added.getByLabel("Last contact").fill("2026-11-18");
    await page.getByLabel("Next step").fill("Send Priya the architecture notes");
    await page.getByRole("button", { name: "Save details" }).click();
    const text = () => readFileSync(file, "utf8");
    await eventually(text).toContain("nextStep: Send Priya the architecture notes");
    expect(text()).toMatch(
      /- name: Marcus Eide\n[\s\S]*- name: Priya Nair\n {4}role: Head of Product\n {4}lastContact: 2026-11-18/,
    );
    expect(text()).toContain("# a seed company: huge if it works, little if it does not");
    await shot("option");
    await page.goto(`${server.url}#/board`);
    const card = page.locator('[data-testid="card"][data-id="seed-cto"]');
    await eventually(() => card.getByTestId("contacts-count").textContent()).toBe("2 contacts");
    await eventually(() => card.getByTestId("next-step").textContent()).toBe(
      "Next: Send Priya the architecture notes",
    );
    await shot("board");
  });

  it("on a conflict, merges the page's change into the file changed on disk", async () => {
    // A second page that does not hear about changes on disk, so its copy goes stale.
    const stale = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    stale.setDefaultTimeout(10_000);
    await stale.route("**/api/events", (route) => route.abort());
    const file = join(dir, "options/director-platform.md");
    const text = () => readFileSync(file, "utf8");
    try {
      await stale.goto(`${server.url}#/option/director-platform`);
      await eventually(() => stale.getByLabel("Next step").inputValue()).toBe(
        "Answer the offer by 5 December",
      );
      writeFileSync(
        file,
        text().replace(
          "organisation: Hollis Health",
          "organisation: Hollis Health Group # renamed",
        ),
      );
      await stale.getByLabel("Next step").fill("Ask about the on-call rota");
      await stale.getByRole("button", { name: "Save details" }).click();
      await eventually(() => stale.getByRole("alert").textContent()).toContain("changed on disk");
      // Not saved yet, and not lost: the page still shows it.
      expect(text()).not.toContain("on-call rota");
      await eventually(() => stale.getByLabel("Next step").inputValue()).toBe(
        "Ask about the on-call rota",
      );
      await stale.getByRole("button", { name: "Merge my changes" }).click();
      await eventually(text).toContain("nextStep: Ask about the on-call rota");
      expect(text()).toContain("organisation: Hollis Health Group # renamed");

      // Both sides change the same field: the page shows both and the user picks. (First let
      // the page take the merge's answer, so the change below is one it has not seen.)
      await eventually(() => stale.locator("header .status").textContent()).toBe("");
      writeFileSync(file, text().replace("Ask about the on-call rota", "Call Dana on Monday"));
      await stale.getByLabel("Next step").fill("Email Dana the questions");
      await stale.getByRole("button", { name: "Save details" }).click();
      await stale.getByRole("button", { name: "Merge my changes" }).click();
      const panel = stale.getByTestId("merge-panel");
      await eventually(() => panel.textContent()).toContain("Keep mine: Email Dana the questions");
      await eventually(() => panel.textContent()).toContain(
        "Keep the version on disk: Call Dana on Monday",
      );
      await stale.screenshot({ path: join(SHOTS, "merge.png"), fullPage: true });
      await panel.getByRole("button", { name: "Save merged" }).click();
      await eventually(text).toContain("nextStep: Email Dana the questions");
      expect(text()).toContain("organisation: Hollis Health Group # renamed");
      await eventually(() => stale.getByTestId("merge-panel").count()).toBe(0);
    } finally {
      await stale.close();
    }
  });

  it("shows a posting's responsibilities in its text, its archetype and its role fit", async () => {
    await page.goto(`${server.url}#/option/seed-cto`);
    const summary = page.getByTestId("role-summary");
    await eventually(() => summary.textContent()).toContain("Co-founder");
    expect(await page.getByTestId("role-fit").textContent()).toMatch(/Role fit \d+%/);
    const found = await page
      .getByTestId("responsibility")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-id")));
    expect(found).toContain("coding");
    // The evidence for coding is marked in the posting's own words.
    const marked = await page.locator('mark[data-responsibility~="coding"]').allTextContents();
    expect(marked.join(" ")).toMatch(/code yourself/);
    // Notes-only options are not read as postings.
    await page.goto(`${server.url}#/option/fractional-cto`);
    await eventually(() => page.locator("h1").first().textContent()).toBe(
      "Fractional CTO practice",
    );
    expect(await page.getByTestId("role-summary").count()).toBe(0);
    await page.goto(`${server.url}#/option/seed-cto`);
    await eventually(() => summary.count()).toBe(1);
    expect(await page.getByTestId("role-warning").count()).toBe(0);
    await shot("option-role");
  });

  it("shows what a posting's reading doubts: a role its text calls an individual contributor's", async () => {
    writeFileSync(
      join(dir, "options/search-em.md"),
      `---\ntitle: Search EM\n---\n\n${IC_DESPITE_TITLE_POSTING}`,
    );
    await page.goto(`${server.url}#/option/search-em`);
    const summary = page.getByTestId("role-summary");
    await eventually(() => summary.count()).toBe(1);
    // Whatever the models read, a manager's reading of it comes with the note.
    const readAsIc = /Reads as Staff\+ individual contributor/.test(
      (await summary.textContent()) ?? "",
    );
    const warned = await page.getByTestId("role-warning").allTextContents();
    expect(warned.some((w) => /individual contributor's/.test(w))).toBe(!readAsIc);
  });

  it("opens every other view", async () => {
    for (const [view, heading] of [
      ["robustness", "Robustness"],
      ["compare", "Compare"],
      ["journal", "Journal"],
    ] as const) {
      await page.goto(`${server.url}#/${view}`);
      await eventually(() => page.locator("h1").first().textContent()).toBe(heading);
      await page.waitForTimeout(300);
      await shot(view);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}#/overview`);
    await page.waitForTimeout(300);
    await shot("overview-phone");
    for (const [view, name] of [
      ["criteria", "criteria-ahp-phone"],
      ["option/seed-cto", "option-phone"],
    ] as const) {
      await page.goto(`${server.url}#/${view}`);
      await page.waitForTimeout(300);
      await shot(name);
    }
  });

  it("keeps AHP usable with 15 criteria: 105 pairs in groups, one judgement re-ranks", async () => {
    const large = tempDir("bearing-e2e-ahp-");
    writeWorkspace(large, 15, 6);
    const other = await serveDir(large);
    const wide = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await wide.goto(`${other.url}#/criteria`);
      await wide.getByLabel("Weighting method").selectOption("ahp");
      await eventually(() => wide.locator('[data-testid="pair"]').count()).toBe(105);
      // Fourteen groups, only the first open: the page stays short enough to scan.
      await eventually(() => wide.locator("details.pair-group").count()).toBe(14);
      // Read until the page settles: on a loaded machine the count was once taken mid-render.
      await eventually(() => wide.locator("details.pair-group[open]").count()).toBe(1);
      const yaml = () => readFileSync(join(large, "bearing.yaml"), "utf8");
      await eventually(() => (yaml().match(/^ {4}- \[ c\d\d, c\d\d, /gm) ?? []).length).toBe(105);
      const order = () =>
        wide
          .locator('[data-testid="criteria-ranking"] li')
          .evaluateAll((els) => els.map((el) => el.getAttribute("data-id")));
      const before = await order();
      // Criterion 15 favours the last options; make it matter far more than criterion 1.
      const slider = wide.getByLabel("Criterion 1 against Criterion 15");
      await slider.focus();
      const started = performance.now();
      await wide.keyboard.press("End");
      await eventually(order).not.toEqual(before);
      console.log(
        `AHP judgement, 15 criteria → re-ranked view: ${(performance.now() - started).toFixed(0)} ms`,
      );
      await eventually(() => wide.getByTestId("consistency").textContent()).toContain("above 0.10");
      await wide.screenshot({ path: join(SHOTS, "criteria-ahp-15.png"), fullPage: true });
    } finally {
      await wide.close();
      await other.close();
    }
  });
});

/**
 * A workspace of `m` rating criteria weighted by points and `n` options: option k rates
 * criterion j high when j is close to k's share of the criteria, so each option has its own
 * strongest criteria and the weights decide.
 */
function writeWorkspace(dir: string, m: number, n: number): void {
  const criteria = Array.from(
    { length: m },
    (_, j) =>
      `  - id: c${String(j + 1).padStart(2, "0")}\n    name: Criterion ${j + 1}\n    points: ${j === 0 ? 40 : 5}\n`,
  ).join("");
  mkdirSync(join(dir, "options"), { recursive: true });
  writeFileSync(
    join(dir, "bearing.yaml"),
    `# Generated for the AHP end-to-end test.\nversion: 1\nquestion: Which role?\ncriteria:\n${criteria}weighting:\n  method: points\n`,
  );
  for (let k = 0; k < n; k++) {
    const centre = (k * (m - 1)) / (n - 1);
    const ratings = Array.from({ length: m }, (_, j) => {
      const rating = Math.max(1, 5 - Math.round(Math.abs(j - centre) / 2));
      return `  c${String(j + 1).padStart(2, "0")}: ${rating}\n`;
    }).join("");
    writeFileSync(
      join(dir, `options/role-${k + 1}.md`),
      `---\ntitle: Role ${k + 1}\nstatus: talking\nratings:\n${ratings}---\n\nNotes.\n`,
    );
  }
}
