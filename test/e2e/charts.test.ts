import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/start.js";
import { browserReady, SHOTS } from "../../src/testing/browser.js";
import {
  type CanvasText,
  chartText,
  recordCanvasTextIn,
  unreadable,
} from "../../src/testing/canvas-text.js";
import { copyExample, spawnCli } from "../../src/testing/cli.js";
import { closeWorkbench, openWorkbench } from "../../src/testing/workbench.js";

const WIDTHS = [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 800 }],
] as const;

interface RankJson {
  criteria: { id: string; name: string }[];
  alternatives: { id: string; title: string }[];
  robustness: { alternatives: { id: string; centralWeights: number[] | null }[] };
}

describe.skipIf(!browserReady)("charts read at every width", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let ranked: RankJson;

  beforeAll(async () => {
    dir = copyExample("bearing-e2e-charts-");
    const rank = spawnCli(["rank", dir, "--json"]);
    expect(rank.code).toBe(0);
    ranked = JSON.parse(rank.stdout) as RankJson;
    ({ server, browser } = await openWorkbench(dir));
  });

  afterAll(async () => {
    await closeWorkbench(browser, server);
  });

  async function open(size: { width: number; height: number }, view: string): Promise<Page> {
    const page = await browser.newPage({ viewport: size });
    await recordCanvasTextIn(page);
    await page.goto(`${server.url}#/${view}`);
    return page;
  }

  /**
   * The chart's drawn text once it holds every name and has stopped changing (echarts
   * animates in; the robustness figures arrive from a worker).
   */
  async function settled(page: Page, testId: string, names: readonly string[]) {
    const chart = page.getByTestId(testId);
    let last = "";
    let drawn: CanvasText | undefined;
    await expect
      .poll(
        async () => {
          drawn = await chartText(chart);
          const now = JSON.stringify(drawn);
          const same = now === last;
          last = now;
          const text = drawn.texts.map((t) => t.text).join(" ");
          return same && names.every((name) => text.includes(name.split(" ")[0] ?? name));
        },
        { timeout: 20_000, interval: 300 },
      )
      .toBe(true);
    return drawn as CanvasText;
  }

  const titles = () => ranked.alternatives.map((alt) => alt.title);
  const criteria = () => ranked.criteria.map((c) => c.name);

  for (const [name, size] of WIDTHS) {
    it(`draws every option name whole in the Overview's score chart (${name})`, async () => {
      const page = await open(size, "overview");
      const drawn = await settled(page, "contributions", titles());
      expect(unreadable(drawn, titles())).toEqual([]);
      await page.getByTestId("contributions").screenshot({
        path: join(SHOTS, `chart-contributions-${name}.png`),
      });
      await page.close();
    });

    it(`draws every name whole in the Robustness charts (${name})`, async () => {
      const page = await open(size, "robustness");
      const winners = ranked.robustness.alternatives
        .filter((alt) => alt.centralWeights !== null)
        .map((alt) => ranked.alternatives.find((a) => a.id === alt.id)?.title ?? alt.id);
      const charts: [string, string[]][] = [
        ["heatmap", titles()],
        ["central-weights", ["Your weights", ...winners]],
        ["tornado", criteria()],
      ];
      for (const [testId, names] of charts) {
        const drawn = await settled(page, testId, names);
        expect({ chart: testId, problems: unreadable(drawn, names) }).toEqual({
          chart: testId,
          problems: [],
        });
        await page.getByTestId(testId).screenshot({
          path: join(SHOTS, `chart-${testId}-${name}.png`),
        });
      }
      await page.close();
    });

    it(`draws the radar's criterion names whole, unclipped and apart (${name})`, async () => {
      const page = await open(size, "compare");
      const drawn = await settled(page, "radar", criteria());
      expect(unreadable(drawn, criteria())).toEqual([]);
      await page.getByTestId("radar").screenshot({ path: join(SHOTS, `chart-radar-${name}.png`) });
      await page.close();
    });
  }
});
