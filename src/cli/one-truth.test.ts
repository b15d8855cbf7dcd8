/**
 * One truth across commands (issue 14 items 1 and 2), as a user runs them (in-process):
 * check refuses what rank refuses, with bearing.yaml's line; explain places options as rank
 * does, must-haves first; every ranking method keeps the warnings.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, runCli, tempDir } from "../testing/cli.js";

describe("check says what rank will say", () => {
  it("a profile whose weights rank cannot derive: both exit 2 with bearing.yaml's line and a hint", async () => {
    const dir = copyExample();
    const file = join(dir, "bearing.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/points: \d+/g, "points: 0"));
    const check = await runCli(["check", dir]);
    const rank = await runCli(["rank", dir]);
    const explain = await runCli(["explain", "scaleup-cto", "seed-cto", dir]);
    const next = await runCli(["next", dir]);
    for (const run of [check, rank, explain, next]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(
        /^bearing: bearing\.yaml:\d+:\d+: criteria\[0\]\.points: no criterion has points above 0, so none counts \(in bearing\.yaml, give at least one criterion points above 0\)/,
      );
    }
    expect(rank.stderr).toBe(check.stderr);
  });
});

describe("explain applies the must-haves", () => {
  it("an option that fails a must-have is explained below the one rank puts above it", async () => {
    const dir = copyExample();
    const file = join(dir, "options/seed-cto.md");
    // Total pay below the must-have of $150k (a base of 120k, no equity): rank puts the
    // founding role last.
    const original = readFileSync(file, "utf8");
    const lowPay = original.replace(
      /^compensation:\n(?:[ \t]+.*\n)*/m,
      "compensation:\n  base: { amount: 120000, currency: USD, period: year }\n",
    );
    expect(lowPay).not.toBe(original);
    writeFileSync(file, lowPay);
    const rank = JSON.parse((await runCli(["rank", dir, "--json", "--no-robustness"])).stdout) as {
      alternatives: { id: string; score: number }[];
    };
    const ids = rank.alternatives.map((a) => a.id);
    expect(ids.at(-1)).toBe("seed-cto");
    const score = (id: string) => rank.alternatives.find((a) => a.id === id)?.score ?? 0;
    // By score alone it would be above the fractional practice.
    expect(score("seed-cto")).toBeGreaterThan(score("fractional-cto"));

    const json = await runCli(["explain", "seed-cto", "fractional-cto", dir, "--json"]);
    expect(json.code, json.stderr).toBe(0);
    const e = JSON.parse(json.stdout);
    expect(e.leader).toBe("fractional-cto");
    expect(e.decidedBy).toBe("mustHaves");
    expect(e.weightFlips).toEqual([]);
    expect(e.screen.a.failed[0].reason).toMatch(/120,?000/);

    const text = await runCli(["explain", "seed-cto", "fractional-cto", dir]);
    expect(text.stdout).toMatch(
      /^Fractional CTO practice ranks above Founding CTO, Tallyho: Founding CTO, Tallyho fails a must-have/,
    );
    expect(text.stdout).toContain(
      "(You asked why Founding CTO, Tallyho ranks above Fractional CTO practice: it does not.)",
    );
  });
});

describe("explain says two options tie when rank ties them", () => {
  it("x (5, 1) and y (1, 5) at equal weights: one rank, and no swap offered", async () => {
    const dir = tempDir("bearing-tie-");
    writeFileSync(
      join(dir, "bearing.yaml"),
      "question: Which?\ncriteria:\n  - { id: a, name: Alpha, weight: 1 }\n  - { id: b, name: Beta, weight: 1 }\n",
    );
    mkdirSync(join(dir, "options"));
    writeFileSync(join(dir, "options/x.md"), "---\ntitle: X\nratings: { a: 5, b: 1 }\n---\n");
    writeFileSync(join(dir, "options/y.md"), "---\ntitle: Y\nratings: { a: 1, b: 5 }\n---\n");
    const rank = JSON.parse((await runCli(["rank", dir, "--json", "--no-robustness"])).stdout) as {
      alternatives: { id: string; rank: number }[];
    };
    expect(rank.alternatives.map((a) => a.rank)).toEqual([1, 1]);
    for (const [a, b] of [
      ["x", "y"],
      ["y", "x"],
    ]) {
      const text = await runCli(["explain", a as string, b as string, dir]);
      expect(text.code, text.stderr).toBe(0);
      // Named by title (X, Y), not by id (x, y).
      const title = (id: string) => id.toUpperCase();
      expect(text.stdout).toMatch(
        new RegExp(`^${title(a as string)} and ${title(b as string)} tie at 0\\.500\\.$`, "m"),
      );
      expect(text.stdout).toContain("They tie, so there is no order to swap");
      // Before, a rating that keeps them tied was offered as a swap ("x's rating on ...").
      expect(text.stdout).not.toContain("What would swap them");
      expect(text.stdout).not.toContain("it does not");
    }
  });
});

describe("every ranking method keeps the warnings", () => {
  it("rank --method X --json carries the same warnings as the weighted sum, the model's included", async () => {
    const dir = copyExample();
    const profile = join(dir, "bearing.yaml");
    // Inconsistent AHP judgements (a > b > c > a): the model warns; an off-scale pay warns too.
    const ids = ["technologists", "hands_on", "strategy", "coaching", "learning", "impact", "pay"];
    const pairs = ids.flatMap((a, i) =>
      ids.slice(i + 1).map((b) => `    - [${a}, ${b}, ${i % 2 ? 5 : 1 / 5}]`),
    );
    // Pay rated by hand rather than derived from the compensation blocks, so a rating can be
    // off its scale.
    const withAhp = readFileSync(profile, "utf8")
      .replace("method: points", `method: ahp\n  pairwise:\n${pairs.join("\n")}`)
      .replace(/^[ \t]*derived: totalCompensation\n/m, "");
    expect(withAhp).not.toContain("derived:");
    writeFileSync(profile, withAhp);
    const option = join(dir, "options/scaleup-cto.md");
    const offScale = readFileSync(option, "utf8").replace(
      /^ratings:\n/m,
      "ratings:\n  pay: 900000\n",
    );
    expect(offScale).toContain("pay: 900000");
    writeFileSync(option, offScale);
    const warningsOf = async (method: string) => {
      const run = await runCli(["rank", dir, "--json", "--method", method]);
      expect(run.code, run.stderr).toBe(0);
      return (JSON.parse(run.stdout).warnings as { message: string }[]).map((w) => w.message);
    };
    const wsm = await warningsOf("wsm");
    expect(wsm.some((m) => /consisten/i.test(m))).toBe(true);
    expect(wsm.some((m) => /outside the scale/.test(m))).toBe(true);
    for (const method of ["topsis", "promethee2", "vikor", "smaa2"])
      expect(await warningsOf(method)).toEqual(wsm);
    // check reports the same warnings: it takes rank's path.
    const check = JSON.parse((await runCli(["check", dir, "--json"])).stdout);
    expect((check.warnings as { message: string }[]).map((w) => w.message)).toEqual(wsm);
  });
});
