/**
 * A derived or stated rating outside its criterion's scale is said, not silently capped:
 * `check` and `rank` (text and JSON) warn with the file, the field, what it counts as and the
 * fix, and the exit code stays 0. The example's pay scale was widened so that its derived pay
 * fits, with the old cap stated as a piecewise value function: its figures are unchanged.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { roundOutward } from "../core/decision/scale-fit.js";
import { copyExample, runCli } from "../testing/cli.js";

const SLOW = 240_000;

interface Warning {
  file?: string;
  line?: number;
  path?: (string | number)[];
  severity?: string;
  message: string;
  hint?: string;
}

/** The example with pay's scale back to 120k–400k and no value function: a silent cap before. */
function cappedExample(): string {
  const dir = copyExample();
  const profile = join(dir, "bearing.yaml");
  const text = readFileSync(profile, "utf8");
  const capped = text
    .replace("min: 120000, max: 700000", "min: 120000, max: 400000")
    .replace(
      "    valueFunction:\n      type: piecewise\n      points: [[120000, 0], [400000, 1]]\n",
      "",
    );
  expect(capped).toContain("max: 400000");
  expect(capped).not.toContain("valueFunction");
  writeFileSync(profile, capped);
  return dir;
}

function lineOf(dir: string, file: string, start: string): number {
  return (
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .findIndex((l) => l.startsWith(start)) + 1
  );
}

describe("ratings outside their criterion's scale", () => {
  it(
    "derived pay above the scale: check and rank warn with file, field and fix, exit 0",
    async () => {
      const dir = cappedExample();
      const money = JSON.parse((await runCli(["money", dir, "--json"])).stdout) as {
        options: { id: string; annual: { p90: number } }[];
      };
      const p90 = Math.round(money.options.find((o) => o.id === "scaleup-cto")?.annual.p90 ?? 0);
      expect(p90).toBeGreaterThan(400_000);
      const line = lineOf(dir, "options/scaleup-cto.md", "compensation:");

      const check = await runCli(["check", dir]);
      expect(check.code, check.stderr).toBe(0);
      const warned = check.stderr.split("\n").filter((l) => l.includes("outside the scale"));
      // Only Meridian's pay reaches past 400,000 (the others' p90 stay below it).
      expect(warned).toHaveLength(1);
      expect(warned[0]).toMatch(
        new RegExp(
          `^bearing: warning: options/scaleup-cto\\.md:${line}:\\d+: compensation: the rating [\\d,]+–${p90.toLocaleString("en-US")} USD/year from the option's compensation \\(p10–p90 of its yearly total\\) reaches outside the scale of Total pay, above its max of 400,000: every figure above 400,000 counts as 400,000`,
        ),
      );
      expect(warned[0]).toContain(
        `widen the scale in bearing.yaml (criteria[6] "pay": scale: max: ${roundOutward(p90, 1)})`,
      );
      expect(warned[0]).toContain(
        "valueFunction: { type: piecewise, points: [[120000, 0], [400000, 1]] }",
      );

      const rank = await runCli(["rank", dir, "--no-robustness"]);
      expect(rank.code).toBe(0);
      expect(rank.stderr).toContain(warned[0]);
      const json = await runCli(["rank", dir, "--json", "--no-robustness"]);
      const warnings = (JSON.parse(json.stdout) as { warnings: Warning[] }).warnings;
      expect(warnings.filter((w) => /outside the scale/.test(w.message))).toMatchObject([
        { file: "options/scaleup-cto.md", line, path: ["compensation"], severity: "warning" },
      ]);
    },
    SLOW,
  );

  it(
    "the example states its cap: same figures as the silent cap, and no warning",
    async () => {
      const scores = async (dir: string) => {
        const run = await runCli(["rank", dir, "--json", "--no-robustness"]);
        expect(run.code, run.stderr).toBe(0);
        const out = JSON.parse(run.stdout) as {
          alternatives: { id: string; score: number; scoreRange: [number, number] }[];
          warnings: Warning[];
        };
        return out;
      };
      const shipped = await scores(copyExample());
      const capped = await scores(cappedExample());
      expect(shipped.warnings).toEqual([]);
      expect(shipped.alternatives.map((a) => a.id)).toEqual(capped.alternatives.map((a) => a.id));
      shipped.alternatives.forEach((alt, i) => {
        expect(alt.score).toBeCloseTo(capped.alternatives[i]?.score ?? Number.NaN, 12);
        expect(alt.scoreRange[1]).toBeCloseTo(
          capped.alternatives[i]?.scoreRange[1] ?? Number.NaN,
          12,
        );
      });
      const check = await runCli(["check", copyExample()]);
      expect(check.stderr).not.toContain("outside the scale");
    },
    SLOW,
  );

  it(
    "a stated rating above a number scale says what it counts as and how to fix it",
    async () => {
      const dir = copyExample();
      const file = join(dir, "options/seed-cto.md");
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace(/^ratings:\n/m, "ratings:\n  pay: 900000\n"),
      );
      const line = lineOf(dir, "options/seed-cto.md", "  pay: 900000");
      const check = await runCli(["check", dir]);
      expect(check.code, check.stderr).toBe(0);
      expect(check.stderr).toContain(
        `options/seed-cto.md:${line}:8: ratings.pay: rating 900,000 USD/year is outside the scale of Total pay, above its max of 700,000: it counts as 700,000, no more (widen the scale in bearing.yaml (criteria[6] "pay": scale: max: 900000): its value function is flat past 700,000, so every figure counts as now)`,
      );
    },
    SLOW,
  );
});
