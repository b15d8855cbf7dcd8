/**
 * The workbench's trade-off questions (issue 16 item 4) in chromium: reached from the
 * navigation, a question answered with one click lands in bearing.yaml as `bearing weigh`
 * keeps it (comments kept), the page asks the next question and lists the answer, taking the
 * answer back removes it from the file, and "weigh by my answers alone" sets the method. Screenshots go to test-output/weigh-*.png.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { RunningServer } from "../../src/server/start.js";
import { browserReady, SHOTS } from "../../src/testing/browser.js";
import { copyExample, spawnCli } from "../../src/testing/cli.js";
import {
  closeWorkbench,
  eventually,
  openWorkbench,
  serveDir,
} from "../../src/testing/workbench.js";

describe.skipIf(!browserReady)("the workbench's trade-off questions", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  const profileText = () => readFileSync(join(dir, "bearing.yaml"), "utf8");
  const tradeoffs = () =>
    ((parse(profileText()) as { tradeoffs?: unknown[] }).tradeoffs ?? []) as {
      prefer: Record<string, number>;
      over: Record<string, number>;
    }[];

  beforeAll(async () => {
    dir = copyExample("bearing-e2e-weigh-");
    ({ server, browser } = await openWorkbench(dir));
  }, 60_000);

  afterAll(async () => {
    await closeWorkbench(browser, server);
  });

  it("answers a question: bearing.yaml gets the trade-off and the page asks the next one", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}#/overview`);
    await page.getByRole("navigation", { name: "Views" }).getByText("Trade-off questions").click();
    const question = page.getByTestId("tradeoff-question");
    await question.waitFor({ timeout: 20_000 });
    // The example weighs by points: the page says what answers do under another method.
    expect(await page.getByTestId("weigh-method-note").textContent()).toContain("points");
    const first = JSON.parse((await question.getAttribute("data-first")) ?? "null");
    const second = JSON.parse((await question.getAttribute("data-second")) ?? "null");
    expect(Object.keys(first).sort()).toEqual(Object.keys(second).sort());
    expect(Object.keys(first)).toHaveLength(2);
    // Plain words: the two roles by the criteria's names, strong or weak, with the ratings.
    expect(await page.getByTestId("choose-first").textContent()).toMatch(
      /a role (strong|weak|middling) on .+ \(.+\) and (strong|weak|middling) on .+ \(.+\)/,
    );
    expect(await page.getByTestId("no-answers").count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, "weigh-question.png"), fullPage: true });

    await page.getByTestId("choose-first").click();

    await eventually(() => tradeoffs()).toEqual([{ prefer: first, over: second }]);
    expect(profileText()).toContain("# Screens no score can make up for.");
    // The next question, and the answer listed with a way to take it back.
    await eventually(async () => {
      const next = page.getByTestId("tradeoff-question");
      return [await next.getAttribute("data-first"), await next.getAttribute("data-second")];
    }).not.toEqual([JSON.stringify(first), JSON.stringify(second)]);
    await eventually(() => page.getByTestId("tradeoff-answer").count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, "weigh-answered.png"), fullPage: true });

    await page.getByRole("button", { name: "Take back answer 1" }).click();
    await eventually(() => tradeoffs()).toEqual([]);
    await eventually(() => page.getByTestId("no-answers").count()).toBe(1);
    expect(profileText()).toContain("# Screens no score can make up for.");
    // Weighing by the answers alone: bearing.yaml's method changes, the note goes, and a
    // question is still asked (no answers yet: every weighting fits).
    await page.getByRole("button", { name: "Weigh by my answers alone" }).click();
    await eventually(() => /^ {2}method: judgements$/m.test(profileText())).toBe(true);
    await eventually(() => page.getByTestId("weigh-method-note").count()).toBe(0);
    await eventually(() => page.getByTestId("tradeoff-question").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("shows what a judgement decides: the relations table, its effect, and the nearest agreeing weights", async () => {
    // A judgement against the stated weights' ranking: the runner-up over the leader.
    const own = copyExample("bearing-e2e-weigh-judged-");
    const ranked = JSON.parse(spawnCli(["rank", own, "--json"]).stdout) as {
      alternatives: { id: string; title: string; rank: number }[];
    };
    const [leader, runnerUp] = [...ranked.alternatives].sort((a, b) => a.rank - b.rank);
    const added = spawnCli(["prefer", runnerUp?.id ?? "", leader?.id ?? "", own]);
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    const cli = JSON.parse(spawnCli(["rank", own, "--json"]).stdout) as {
      judgements: {
        necessary: [string, string][];
        effects: { text: string }[];
        agreeingWeights: { text: string } | null;
      };
    };
    const ownServer = await serveDir(own);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    try {
      await page.goto(`${ownServer.url}#/weigh`);
      const report = page.getByTestId("judgement-report");
      await report.waitFor({ timeout: 20_000 });
      // The table: the runner-up is always at least as good as the leader now, as rank says.
      expect(cli.judgements.necessary).toContainEqual([runnerUp?.id, leader?.id]);
      const cell = page
        .getByTestId("judgement-relations")
        .locator(`tr[data-id="${runnerUp?.id}"] td[data-id="${leader?.id}"]`);
      expect((await cell.textContent())?.trim()).toBe("≥");
      // The judgement's effect, in the same words as bearing rank, options by their titles.
      const effects = page.getByTestId("judgement-effects").locator("li");
      expect(await effects.count()).toBe(1);
      const said = cli.judgements.effects[0]?.text ?? "";
      expect(said).toContain(`your judgement that ${runnerUp?.title} beats ${leader?.title}`);
      expect((await effects.first().textContent())?.toLowerCase()).toContain(said.toLowerCase());
      // The stated weights put the leader first, so they disagree: the nearest agreeing ones.
      expect(cli.judgements.agreeingWeights).not.toBeNull();
      expect(await page.getByTestId("agreeing-weights").textContent()).toContain(
        "smallest change that agrees with all your choices",
      );
      await page.screenshot({ path: join(SHOTS, "weigh-judgements.png"), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await ownServer.close();
    }
  }, 90_000);
});
