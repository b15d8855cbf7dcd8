/**
 * `bearing criterion rename OLD NEW` (issue 14, item 7): every file that names the criterion
 * changes, only where it names it, together; refusals change nothing. Run in process.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, snapshot } from "../testing/cli.js";
import { runCliInProcess as run } from "../testing/cli-in-process.js";

/**
 * The example, with `strategy` also named by a must-have, a trade-off answer and a reviewer's
 * weights, and one option rating it in a flow map with a comment.
 */
function workspace(): string {
  const dir = copyExample();
  const profile = join(dir, "bearing.yaml");
  writeFileSync(
    profile,
    readFileSync(profile, "utf8")
      .replace(
        "mustHaves:\n",
        "mustHaves:\n  - { criterion: strategy, atLeast: 2 }   # a real say, at least\n",
      )
      .replace(
        "settings:",
        "tradeoffs:\n  - prefer: { strategy: 5, coaching: 1 }\n    over: { strategy: 1, coaching: 5 }\n\nsettings:",
      ),
  );
  const seed = join(dir, "options/seed-cto.md");
  writeFileSync(
    seed,
    readFileSync(seed, "utf8").replace(
      /ratings:\n(?: {2}.*\n)+/,
      "ratings: { technologists: 4, hands_on: 5,   strategy: 4, coaching: 3, learning: 4, impact: 3 }  # after the call\n",
    ),
  );
  mkdirSync(join(dir, "feedback"));
  writeFileSync(
    join(dir, "feedback/dana.yaml"),
    "name: Dana\ndate: 2026-12-01\nweights:\n  strategy: 20   # she cares\n  pay: 50\n",
  );
  return dir;
}

function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), "utf8");
}

describe("bearing criterion rename", () => {
  it("renames the id in bearing.yaml, every option's ratings and feedback, and nothing else", async () => {
    const dir = workspace();
    const before = snapshot(dir);
    const rankedBefore = await run(["rank", dir, "--json", "--no-robustness"]);
    expect(rankedBefore.code).toBe(0);

    const result = await run(["criterion", "rename", "strategy", "direction", dir]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Renamed criterion strategy to direction in 7 files:");
    expect(result.stdout).toContain(
      "  bearing.yaml: criteria[2].id, mustHaves[0].criterion, tradeoffs[0].prefer.strategy, tradeoffs[0].over.strategy\n",
    );

    // Each file is its old text with the id replaced where it names the criterion: comments,
    // flow maps, spacing and the prose that says "strategy" stay as written.
    const expected = new Map(before);
    const swap = (file: string, from: string, to: string) => {
      const old = expected.get(file) as string;
      expect(old).toContain(from);
      expected.set(file, old.replaceAll(from, to));
    };
    swap("bearing.yaml", "  - id: strategy\n    name:", "  - id: direction\n    name:");
    swap("bearing.yaml", "{ criterion: strategy,", "{ criterion: direction,");
    swap("bearing.yaml", "{ strategy: ", "{ direction: ");
    for (const id of ["bank-vp", "director-platform", "fractional-cto", "scaleup-cto"]) {
      swap(`options/${id}.md`, "\n  strategy: ", "\n  direction: ");
    }
    swap("options/seed-cto.md", "5,   strategy: 4,", "5,   direction: 4,");
    swap("feedback/dana.yaml", "  strategy: 20   # she cares", "  direction: 20   # she cares");
    const after = snapshot(dir);
    for (const [file, text] of after) {
      if (file.startsWith(".bearing/")) continue;
      expect([file, text]).toEqual([file, expected.get(file)]);
    }
    expect(read(dir, "bearing.yaml")).toContain("values: [strategy]"); // a value id, not the criterion

    // The decision is the same one under the new name.
    const rankedAfter = await run(["rank", dir, "--json", "--no-robustness"]);
    expect(rankedAfter.code).toBe(0);
    const scores = (text: string) =>
      (JSON.parse(text) as { alternatives: { id: string; score: number }[] }).alternatives.map(
        (a) => [a.id, a.score],
      );
    expect(scores(rankedAfter.stdout)).toEqual(scores(rankedBefore.stdout));
    expect(rankedAfter.stdout).toContain('"criterion": "direction"');
    expect(rankedAfter.stdout).not.toContain('"criterion": "strategy"');
  });

  it("renames AHP pairwise judgements too, and --dry-run writes nothing", async () => {
    const dir = copyExample();
    const profile = join(dir, "bearing.yaml");
    const ids = ["technologists", "hands_on", "strategy", "coaching", "learning", "impact", "pay"];
    const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => `    - [${a}, ${b}, 1]\n`));
    writeFileSync(
      profile,
      read(dir, "bearing.yaml").replace(
        "weighting:\n  method: points\n",
        `weighting:\n  method: ahp\n  pairwise:\n${pairs.join("")}`,
      ),
    );
    expect((await run(["check", dir])).code).toBe(0);
    const before = snapshot(dir);
    const dry = await run(["criterion", "rename", "pay", "total_pay", dir, "--dry-run", "--json"]);
    expect(dry.code).toBe(0);
    const plan = JSON.parse(dry.stdout) as {
      written: boolean;
      files: { file: string; fields: string[] }[];
    };
    expect(plan.written).toBe(false);
    expect(plan.files.map((f) => f.file)).toEqual(["bearing.yaml"]); // pay is derived: no ratings
    expect(plan.files[0]?.fields).toEqual([
      "criteria[6].id",
      ...ids.slice(0, 6).map((_, i) => `weighting.pairwise[${5 + 5 * i - (i * (i - 1)) / 2}][1]`),
      "mustHaves[0].criterion",
    ]);
    expect(snapshot(dir)).toEqual(before);
    const done = await run(["criterion", "rename", "pay", "total_pay", dir]);
    expect(done.code).toBe(0);
    expect(read(dir, "bearing.yaml")).toContain("    - [technologists, total_pay, 1]\n");
    expect(read(dir, "bearing.yaml")).not.toMatch(
      /\bpay\b(?!:)/.source === "" ? /x^/ : /\[\w+, pay,/,
    );
    expect((await run(["check", dir])).code).toBe(0);
  });

  const refusals: [string, string[], RegExp][] = [
    [
      "an OLD that does not exist, with did-you-mean",
      ["stratgy", "x"],
      /no criterion "stratgy" \(did you mean "strategy"\?/,
    ],
    [
      "a NEW that exists",
      ["strategy", "impact"],
      /there is a criterion "impact" already; nothing was changed/,
    ],
    [
      "a NEW that is not an id",
      ["strategy", "Big Picture"],
      /"Big Picture" is not a criterion id.*e\.g\. big_picture/,
    ],
    ["a NEW that YAML reads as a number", ["strategy", "2026"], /"2026" would be read as a number/],
  ];
  for (const [name, args, message] of refusals) {
    it(`refuses ${name}: exit 2, nothing changed`, async () => {
      const dir = workspace();
      const before = snapshot(dir);
      const result = await run(["criterion", "rename", ...args, dir]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(message);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it("refuses while a feedback file is broken, naming it, with nothing changed", async () => {
    const dir = workspace();
    writeFileSync(
      join(dir, "feedback/sam.yaml"),
      "name: Sam\ndate: 2026-12-01\nweights: { strategyy: 1 }\n",
    );
    const before = snapshot(dir);
    const result = await run(["criterion", "rename", "strategy", "direction", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /feedback\/sam\.yaml:3:\d+: weights\.strategyy: no criterion "strategyy"/,
    );
    expect(snapshot(dir)).toEqual(before);
  });
});
