import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, runCli, snapshot, tempDir } from "../testing/cli.js";

/**
 * Three options, each best on one of three criteria; weights from judgements alone. Titles
 * are the ids unless given.
 */
function threeOptions(judgements: string, titles: Record<string, string> = {}): string {
  const dir = tempDir("bearing-judge-");
  writeFileSync(
    join(dir, "bearing.yaml"),
    `question: Which role?
criteria:
  - { id: a, name: Criterion A }
  - { id: b, name: Criterion B }
  - { id: c, name: Criterion C }
weighting:
  method: judgements
# what I would rather have
${judgements}
settings: { samples: 10000, seed: 5 }
`,
  );
  mkdirSync(join(dir, "options"));
  const ratings = { first: [5, 1, 1], second: [1, 5, 1], third: [1, 1, 5] };
  for (const [id, [a, b, c]] of Object.entries(ratings)) {
    writeFileSync(
      join(dir, "options", `${id}.md`),
      `---\ntitle: ${titles[id] ?? id}\nratings: { a: ${a}, b: ${b}, c: ${c} }\n---\n`,
    );
  }
  return dir;
}

interface RankJson {
  robustness: { alternatives: { id: string; firstRankAcceptability: number }[] };
  judgements: { necessary: [string, string][]; possible: [string, string][] };
  criteria: { id: string; weight: number }[];
}

describe("judgements between options (bearing prefer, check, rank)", () => {
  it("ranks from one judgement: acceptabilities 2/3, 0, 1/3 and the UTA-GMS relations", async () => {
    const dir = threeOptions("judgements:\n  - { prefer: first, over: second }");
    const result = await runCli(["rank", dir, "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const rank = JSON.parse(result.stdout) as RankJson;
    const b1 = new Map(rank.robustness.alternatives.map((a) => [a.id, a.firstRankAcceptability]));
    expect(Math.abs((b1.get("first") ?? 0) - 2 / 3)).toBeLessThan(0.04);
    expect(Math.abs(b1.get("second") ?? 1)).toBeLessThan(0.04);
    expect(Math.abs((b1.get("third") ?? 0) - 1 / 3)).toBeLessThan(0.04);
    expect(rank.judgements.necessary).toEqual([["first", "second"]]);
    expect(rank.judgements.possible).toContainEqual(["first", "third"]);
    expect(rank.judgements.possible).toContainEqual(["third", "first"]);
    expect(rank.judgements.possible).not.toContainEqual(["second", "first"]);
    // The point weights shown are the mean of the compatible set: (1/2, 1/6, 1/3).
    expect(rank.criteria.map((c) => Number(c.weight.toFixed(1)))).toEqual([0.5, 0.2, 0.3]);
    const text = await runCli(["rank", dir]);
    expect(text.stdout).toContain("you prefer first over second");
  });

  it("refuses the reverse judgement too: exit 2 from check and rank naming the two lines", async () => {
    const dir = threeOptions(
      "judgements:\n  - { prefer: first, over: second }\n  - { prefer: second, over: first }",
    );
    const before = snapshot(dir);
    for (const command of ["check", "rank"]) {
      const result = await runCli([command, dir]);
      expect(result.code).toBe(2);
      const lines = result.stderr.trim().split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(
        /^bearing: bearing\.yaml:10:\d+: judgements\[0\]: "first over second"/,
      );
      expect(lines[1]).toMatch(
        /^bearing: bearing\.yaml:11:\d+: judgements\[1\]: "second over first"/,
      );
      expect(result.stderr).toMatch(/drop this one/);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it("adds and takes back judgements with bearing prefer, keeping comments", async () => {
    const dir = threeOptions("", { first: "Alpha Labs", second: "Beta Works" });
    const added = await runCli(["prefer", "first", "second", dir]);
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(added.stdout).toBe("Noted: you prefer Alpha Labs over Beta Works\n");
    const text = readFileSync(join(dir, "bearing.yaml"), "utf8");
    expect(text).toContain("# what I would rather have");
    expect(text).toContain("judgements:\n  - { prefer: first, over: second }");
    // A conflicting one is refused and nothing is written.
    const before = snapshot(dir);
    const refused = await runCli(["prefer", "second", "first", dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/bearing\.yaml:\d+:\d+: judgements\[0\]/);
    expect(snapshot(dir)).toEqual(before);
    // Unknown options are bad input.
    expect((await runCli(["prefer", "first", "nowhere", dir])).code).toBe(2);
    const removed = await runCli(["prefer", "--remove", "first", "second", dir]);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toBe("Took back: Alpha Labs over Beta Works\n");
    expect(readFileSync(join(dir, "bearing.yaml"), "utf8")).not.toContain("prefer: first");
    expect((await runCli(["prefer", "--remove", "first", "second", dir])).code).toBe(2);
  });

  it("shows in rank and explain what each judgement does, and the relations as a table", async () => {
    // Options named by title, as the ranking names them; two share a title, so their ids
    // are added in brackets. The table's rows keep the ids `bearing prefer` takes.
    const dir = threeOptions(
      "judgements:\n  - { prefer: third, over: first }\n  - { prefer: first, over: second }",
      { first: "Atlas Labs", second: "Beacon", third: "beacon" },
    );
    const ranked = await runCli(["rank", dir]);
    expect(ranked.code).toBe(0);
    expect(ranked.stdout).toContain("What each choice does");
    // Both: w_c > w_a > w_b, third leads; without "third over first", first would.
    expect(ranked.stdout).toMatch(
      /judgements\[0\]: Your judgement that beacon \[third\] beats Atlas Labs rules out weightings where Criterion A counts more than Criterion C: \d+% of those your other choices allow; without it Atlas Labs would lead instead of beacon \[third\]/,
    );
    expect(ranked.stdout).toMatch(
      /judgements\[1\]: Your judgement that Atlas Labs beats Beacon \[second\] .*; beacon \[third\] leads with or without it/,
    );
    expect(ranked.stdout).toContain("you prefer beacon [third] over Atlas Labs");
    // No sentence names an option by its bare id.
    const prose = ranked.stdout.slice(ranked.stdout.indexOf("Your choices between options"));
    expect(prose.replace(/\[(first|second|third)\]|^ {2}\w+ +[·≥?<].*$/gm, "")).not.toMatch(
      /\b(first|second|third)\b/,
    );
    const json = JSON.parse((await runCli(["rank", dir, "--json"])).stdout) as {
      judgements: RankJson["judgements"] & {
        effects: { path: [string, number]; cuts: boolean; changesLeader: boolean }[];
      };
    };
    expect(json.judgements.effects.map((e) => [e.path, e.cuts, e.changesLeader])).toEqual([
      [["judgements", 0], true, true],
      [["judgements", 1], true, false],
    ]);
    // explain: the pair under every compatible weighting, the table and the effects.
    const explained = await runCli(["explain", "third", "first", dir]);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain(
      "Under every weighting that agrees with your choices, beacon [third] is always at least as good as Atlas Labs.",
    );
    expect(explained.stdout).toMatch(/^ {2}third +≥ +≥ +· +\(3\)$/m);
    expect(explained.stdout).toContain("What each choice does");
    const explainJson = JSON.parse(
      (await runCli(["explain", "third", "first", dir, "--json"])).stdout,
    ) as {
      judgements: RankJson["judgements"];
    };
    expect(explainJson.judgements.necessary).toContainEqual(["third", "first"]);
    expect(explainJson.judgements.possible).not.toContainEqual(["first", "third"]);
  });

  it("says how far stated weights are from agreeing with the judgements", async () => {
    const dir = threeOptions("judgements:\n  - { prefer: first, over: second }");
    const profile = join(dir, "bearing.yaml");
    writeFileSync(
      profile,
      readFileSync(profile, "utf8")
        .replace("method: judgements", "method: direct")
        .replace("name: Criterion A }", "name: Criterion A, weight: 20 }")
        .replace("name: Criterion B }", "name: Criterion B, weight: 60 }")
        .replace("name: Criterion C }", "name: Criterion C, weight: 20 }"),
    );
    const ranked = await runCli(["rank", dir]);
    expect(ranked.code).toBe(0);
    // The nearest agreeing weights move (0.4 + ε)/2 from b to a: 20% → 40%, 60% → 40%.
    expect(ranked.stdout).toContain(
      'Your weights and your choices: your stated weights disagree with "first over second"; the smallest change that agrees with all your choices moves 20% of the weight: Criterion A 20% → 40%, Criterion B 60% → 40%.',
    );
    const json = JSON.parse((await runCli(["rank", dir, "--json"])).stdout) as {
      judgements: { agreeingWeights: { weights: { criterion: string; agreeing: number }[] } };
    };
    const agreeing = json.judgements.agreeingWeights.weights.map((w) => w.agreeing);
    expect(agreeing[0]).toBeCloseTo(0.4005, 6);
    expect(agreeing[1]).toBeCloseTo(0.3995, 6);
    expect(agreeing[2]).toBeCloseTo(0.2, 6);
  });

  it("reports a judgement naming an unknown option with its line", async () => {
    const dir = threeOptions("judgements:\n  - { prefer: first, over: fourth }");
    const result = await runCli(["check", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /bearing\.yaml:10:\d+: judgements\[0\]\.over: judgement names unknown option "fourth"/,
    );
  });
});

describe("bearing weigh (guided trade-off questions)", () => {
  it("asks questions with scripted answers, keeps each answer in bearing.yaml, and can take one back", async () => {
    const dir = threeOptions("");
    const result = await runCli(["weigh", dir, "--answer", "1", "1", "2", "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      asked: { answer: string; first: Record<string, number>; second: Record<string, number> }[];
      stopped: string;
    };
    expect(out.asked.map((q) => q.answer)).toEqual(["1", "1", "2"].slice(0, out.asked.length));
    expect(["answers-exhausted", "settled", "no-question"]).toContain(out.stopped);
    // Each question sets two roles against each other on the same two criteria.
    for (const q of out.asked)
      expect(Object.keys(q.first).sort()).toEqual(Object.keys(q.second).sort());
    const text = readFileSync(join(dir, "bearing.yaml"), "utf8");
    expect(text).toContain("# what I would rather have");
    const count = (t: string) => (t.match(/prefer:/g) ?? []).length;
    const stored = count(text);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThanOrEqual(out.asked.length);
    // The answers are judgements like any other: check accepts them, rank uses them.
    expect((await runCli(["check", dir])).code).toBe(0);
    // Reviewable and removable.
    const listed = await runCli(["weigh", dir, "--list"]);
    expect(listed.stdout).toMatch(/^1\. /m);
    expect((await runCli(["weigh", dir, "--remove", "1"])).code).toBe(0);
    expect(count(readFileSync(join(dir, "bearing.yaml"), "utf8"))).toBe(stored - 1);
    expect((await runCli(["weigh", dir, "--remove", "99"])).code).toBe(2);
  }, 120_000);

  it("reads answers from stdin when it is not a terminal", async () => {
    const dir = threeOptions("");
    const result = await runCli(["weigh", dir], { input: "2\nstop\n" });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Which would you rather have");
    expect(result.stdout).toContain("Stopped; your answers so far are kept.");
    expect(readFileSync(join(dir, "bearing.yaml"), "utf8")).toContain("tradeoffs:");
  });
});

describe("the nearest weights that agree with the judgements", () => {
  it("lists only the weight changes a whole percent can show", async () => {
    // On the example, preferring the founding role to the Director role moves Total pay by
    // under half a percent: it read "Total pay 10% → 10%".
    const dir = copyExample();
    expect((await runCli(["prefer", "seed-cto", "director-platform", dir])).code).toBe(0);
    const ranked = await runCli(["rank", dir, "--no-robustness"]);
    expect(ranked.code, ranked.stderr).toBe(0);
    const sentence = ranked.stdout
      .split("\n")
      .find((l) => l.startsWith("Your weights and your choices"));
    expect(sentence).toMatch(/moves \d+% of the weight: .+ \d+% → \d+%/);
    expect(sentence).not.toMatch(/ (\d+)% → \1%/);
  });
});
