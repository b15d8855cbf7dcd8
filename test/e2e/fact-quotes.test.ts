/**
 * Each fact read from a posting shows the words it came from (issue 11: every label comes with
 * verbatim evidence), end to end in chromium on a temp copy of the example: the option page
 * lists the facts its posting states, each with the quote `bearing check --json` gives, as
 * visible text that stays inside a 390 px wide screen. Run `npm run build` first.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FactQuote } from "../../src/core/roles/fact-evidence.js";
import type { RunningServer } from "../../src/server/start.js";
import { browserReady } from "../../src/testing/browser.js";
import { copyExample, spawnCli } from "../../src/testing/cli.js";
import { closeWorkbench, eventually, openWorkbench } from "../../src/testing/workbench.js";
import { splitFrontMatter } from "../../src/workspace/frontmatter.js";

/** The input between two offsets, Markdown emphasis and code marks left out, spaces as one. */
const words = (s: string) =>
  s
    .replace(/\*\*|__|`/g, " ")
    .replace(/\s+/g, " ")
    .trim();

interface RoleJson {
  facts: Record<string, unknown>;
  factEvidence: Record<string, FactQuote>;
}

describe.skipIf(!browserReady)("fact quotes on the option page", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let roles: Record<string, RoleJson>;

  beforeAll(async () => {
    dir = copyExample("bearing-e2e-facts-");
    const run = spawnCli(["check", dir, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    roles = JSON.parse(run.stdout).roles as Record<string, RoleJson>;
    ({ server, browser } = await openWorkbench(dir));
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  }, 60_000);

  afterAll(async () => {
    await closeWorkbench(browser, server);
  });

  it("shows each stated fact with its verbatim quote, readable at 390 px", async () => {
    let shown = 0;
    for (const file of readdirSync(join(dir, "options"))) {
      const id = file.replace(/\.md$/, "");
      const role = roles[id];
      if (!role) continue;
      const quotes = Object.entries(role.factEvidence);
      if (quotes.length === 0) continue;
      // The quotes are the option body's own words: offsets into the body after front matter.
      const body = splitFrontMatter(readFileSync(join(dir, "options", file), "utf8"))?.body ?? "";
      await page.goto(`${server.url}#/option/${id}`);
      const list = page.locator('[data-testid="stated-facts"]');
      await eventually(() => list.count(), 30_000).toBe(1);
      for (const [field, e] of quotes) {
        expect(words(body.slice(e.start, e.end)), `${id} ${field}`).toBe(e.quote);
        const fact = list.locator(`[data-testid="stated-fact"][data-field="${field}"]`);
        const quote = fact.locator('[data-testid="fact-quote"]');
        expect(await quote.isVisible(), `${id} ${field}`).toBe(true);
        expect(await quote.textContent()).toContain(e.quote);
        const box = await quote.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390, `${id} ${field} fits`).toBe(true);
        shown++;
      }
    }
    // The example's postings state pay, work mode and more: a page without quotes fails here.
    expect(shown).toBeGreaterThanOrEqual(5);
  });
});
