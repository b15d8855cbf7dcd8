import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyExample, exampleDir as example, runCli, snapshot, tempDir } from "../testing/cli.js";

interface RankJson {
  alternatives: {
    id: string;
    rank: number;
    score: number;
    missing: string[];
    contributions: { criterion: string; contribution: number }[];
  }[];
  criteria: { id: string; weight: number }[];
}

describe("bearing rank on the example workspace", () => {
  it("gives every option in play with its score and per-criterion contributions", async () => {
    const result = await runCli(["rank", example, "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const ranking = JSON.parse(result.stdout) as RankJson;
    const files = readdirSync(join(example, "options")).filter((f) => f.endsWith(".md"));
    // The declined option is left out; every other option file is ranked.
    expect(ranking.alternatives).toHaveLength(files.length - 1);
    for (const alt of ranking.alternatives) {
      expect(alt.contributions.map((c) => c.criterion)).toEqual(ranking.criteria.map((c) => c.id));
      const sum = alt.contributions.reduce((s, c) => s + c.contribution, 0);
      expect(sum).toBeCloseTo(alt.score, 12);
    }
    const scores = ranking.alternatives.map((a) => a.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Every option in play has a compensation block: total pay is rated [p10, p90] of it,
    // as `bearing money` gives it (the fractional practice from its day rate in euros).
    const money = JSON.parse((await runCli(["money", example, "--json"])).stdout) as {
      options: { id: string; annual: { p10: number; p90: number } }[];
    };
    for (const alt of ranking.alternatives) {
      expect(alt.missing).not.toContain("pay");
      const annual = money.options.find((o) => o.id === alt.id)?.annual;
      const pay = alt.contributions.find((c) => c.criterion === "pay") as { rating?: unknown };
      expect(pay.rating).toEqual([Math.round(annual?.p10 ?? 0), Math.round(annual?.p90 ?? 0)]);
    }
  });

  it("prints a readable ranking with flags", async () => {
    const result = await runCli(["rank", example]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ 1\. /);
    expect(result.stdout).toMatch(/fractional-cto \[exploring\]: .*pay \d{3},\d{3}–\d{3},\d{3}→/);
    expect(result.stdout).toContain("~ unsure about: technologists, pay");
    // Options left out are named by their titles (issue 13), not their ids.
    expect(result.stdout).toContain(
      "Not ranked (declined or withdrawn): VP of Engineering, Brightwell Bank; --all includes them.",
    );
  });

  it("adds the id to a left-out option's title only when another option has the same title", async () => {
    const dir = copyExample();
    const file = join(dir, "options/seed-cto.md");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(
        /^title: .*$/m,
        "title: VP of Engineering, Brightwell Bank",
      ),
    );
    const result = await runCli(["rank", dir, "--no-robustness"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      "Not ranked (declined or withdrawn): VP of Engineering, Brightwell Bank [bank-vp]; --all includes them.",
    );
  });
});

describe("bearing explain", () => {
  it("names the separating criteria and a flip condition that does swap the two options", async () => {
    const dir = copyExample();
    const ranking = JSON.parse((await runCli(["rank", dir, "--json"])).stdout) as RankJson;
    const [first, second] = ranking.alternatives;
    if (!first || !second) throw new Error("example needs two options");
    const result = await runCli(["explain", first.id, second.id, dir, "--json"]);
    expect(result.code).toBe(0);
    const explanation = JSON.parse(result.stdout) as {
      leader: string;
      criteria: { criterion: string; difference: number }[];
      ratingFlips: { criterion: string; alternative: string; to: number }[];
      weightFlips: { criterion: string; from: number; to: number }[];
    };
    expect(explanation.leader).toBe(first.id);
    expect(Math.abs(explanation.criteria[0]?.difference ?? 0)).toBeGreaterThan(0);

    // Apply the smallest rating flip just past its threshold, and the ranking swaps.
    const flip = explanation.ratingFlips[0];
    if (!flip) throw new Error("expected a rating flip");
    const beyond = flip.alternative === second.id ? flip.to + 0.01 : flip.to - 0.01;
    const set = await runCli([
      "option",
      "set",
      flip.alternative,
      `ratings.${flip.criterion}`,
      String(beyond),
      dir,
    ]);
    expect(set.stderr).toBe("");
    expect(set.code).toBe(0);
    const after = JSON.parse((await runCli(["rank", dir, "--json"])).stdout) as RankJson;
    const rankOf = (id: string) => after.alternatives.find((a) => a.id === id)?.rank ?? 0;
    expect(rankOf(second.id)).toBeLessThan(rankOf(first.id));
  });
});

describe("bearing rank names criteria by name in its sentences", () => {
  it("the weights line and the weight ranges; the per-option lines keep the rating keys", async () => {
    const result = await runCli(["rank", example]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^Weighted sum over 7 criteria: Work with strong technologists 20% · Hands-on contribution 10% · /m,
    );
    expect(result.stdout).toMatch(
      /^The top option stays first while each weight stays within: .*Shape technology strategy \d+%–\d+% \(now 20%\)/m,
    );
    expect(result.stdout).not.toMatch(/stays within: .*\bhands_on\b/);
    expect(result.stdout).toMatch(/^ {4}director-platform \[offer\]: technologists 5→/m);
  });
});

describe("bearing explain names options by title", () => {
  it("in every sentence; the rating change also gives the id `option set` takes", async () => {
    const result = await runCli(["explain", "seed-cto", "scaleup-cto", example]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^CTO, Meridian Freight \(\d\.\d{3}\) ranks above Founding CTO, Tallyho \(\d\.\d{3}\) by /,
    );
    expect(result.stdout).toContain(
      "(You asked why Founding CTO, Tallyho ranks above CTO, Meridian Freight: it does not.)",
    );
    expect(result.stdout).toContain("(weight × value difference, + favours Founding CTO, Tallyho)");
    expect(result.stdout).toMatch(
      /^ {2}- the rating of (CTO, Meridian Freight \[scaleup-cto\]|Founding CTO, Tallyho \[seed-cto\]) on "/m,
    );
    // No bare id: each appears only in brackets after its title.
    expect(result.stdout.replace(/\[(seed-cto|scaleup-cto)\]/g, "")).not.toMatch(
      /seed-cto|scaleup-cto/,
    );
  });

  it("adds the id in brackets wherever two options share a title", async () => {
    const dir = copyExample();
    const file = join(dir, "options/seed-cto.md");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(/^title: .*$/m, "title: CTO, Meridian Freight"),
    );
    const result = await runCli(["explain", "scaleup-cto", "seed-cto", dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^CTO, Meridian Freight \[scaleup-cto\] \(\d\.\d{3}\) ranks above CTO, Meridian Freight \[seed-cto\] /,
    );
    expect(result.stdout).toContain("+ favours CTO, Meridian Freight [scaleup-cto])");
    // The rating change names the option once, not "[id] [id]".
    expect(result.stdout).not.toMatch(/\[(scaleup-cto|seed-cto)\] \[/);
    expect(result.stdout.replace(/\[(seed-cto|scaleup-cto)\]/g, "")).not.toMatch(
      /seed-cto|scaleup-cto/,
    );
  });
});

describe("non-interactive workflow", () => {
  it("init, option add, option set, option status and rank run end to end", async () => {
    const dir = tempDir();
    const init = await runCli(["init", dir, "--question", "Where next?", "--json"]);
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    expect(readFileSync(join(dir, "bearing.yaml"), "utf8")).toContain("question: Where next?");

    const add = await runCli(["option", "add", "Staff Engineer at Quill", dir, "--json"]);
    expect(add.code).toBe(0);
    const { id } = JSON.parse(add.stdout) as { id: string };
    expect(id).toBe("staff-engineer-at-quill");
    expect((await runCli(["option", "add", "Head of Platform", dir])).code).toBe(0);

    for (const [field, value] of [
      ["ratings.impact", "4"],
      ["ratings.growth", "[3, 5]"],
      ["ratings.pay", "185000"],
      ["company.stage", "growth"],
    ] as const) {
      const set = await runCli(["option", "set", id, field, value, dir]);
      expect(set.stderr).toBe("");
      expect(set.code).toBe(0);
    }
    expect((await runCli(["option", "status", id, "interviewing", dir])).code).toBe(0);

    const text = readFileSync(join(dir, "options", `${id}.md`), "utf8");
    expect(text).toContain("status: interviewing");
    expect(text).toMatch(/growth: \[ 3, 5 \]|growth: \[3, 5\]/);

    const rank = await runCli(["rank", dir, "--json"]);
    expect(rank.code).toBe(0);
    const ranking = JSON.parse(rank.stdout) as RankJson;
    expect(ranking.alternatives.map((a) => a.id)).toContain(id);
    expect((await runCli(["check", dir])).code).toBe(0);
  });

  it("never overwrites an existing workspace", async () => {
    const dir = copyExample();
    const before = snapshot(dir);
    const result = await runCli(["init", dir, "--yes"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("already exists");
    expect(snapshot(dir)).toEqual(before);
  });

  it("keeps the user's comments and key order when setting a field", async () => {
    const dir = copyExample();
    const file = join(dir, "options/seed-cto.md");
    const before = readFileSync(file, "utf8");
    expect((await runCli(["option", "set", "seed-cto", "ratings.coaching", "3", dir])).code).toBe(
      0,
    );
    const after = readFileSync(file, "utf8");
    expect(after).toContain("# a seed company: huge if it works, little if it does not");
    expect(after).toContain("coaching: 3");
    const body = (s: string) => s.slice(s.indexOf("## Role"));
    expect(body(after)).toBe(body(before));
    const keys = (s: string) => [...s.matchAll(/^(\w+):/gm)].map((m) => m[1]);
    expect(keys(after)).toEqual(keys(before));
  });

  it("refuses an invalid change and writes nothing", async () => {
    const dir = copyExample();
    const before = snapshot(dir);
    const result = await runCli(["option", "set", "seed-cto", "ratings.coaching", "9", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("options/seed-cto.md");
    expect(result.stderr).toContain("outside the scale");
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("bad input: exit 2, a message naming the file, and no file changed", () => {
  const cases: {
    name: string;
    file: string;
    break: (text: string) => string | Buffer;
    expect: RegExp;
  }[] = [
    {
      name: "a YAML syntax error in bearing.yaml",
      file: "bearing.yaml",
      break: (t) => t.replace("question: ", "question: [unclosed\n"),
      expect: /bearing\.yaml:\d+:\d+/,
    },
    {
      name: "a syntax error in an option's front matter",
      file: "options/seed-cto.md",
      break: (t) => t.replace("status: talking", "status: talking\n  bad: : indent: ["),
      expect: /options\/seed-cto\.md:\d+/,
    },
    {
      name: "a binary file in options/",
      file: "options/photo.md",
      break: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff]),
      expect: /options\/photo\.md: file is binary/,
    },
    {
      name: "a NaN weight",
      file: "bearing.yaml",
      break: (t) =>
        t.replace("points: 20\n    values: [colleagues]", "points: .nan\n    values: [colleagues]"),
      expect: /bearing\.yaml:\d+:\d+: criteria\[0\]\.points: .*(NaN|finite)/,
    },
    {
      name: "a rating for an unknown criterion",
      file: "options/scaleup-cto.md",
      break: (t) => t.replace("  hands_on: 2\n", "  hands_on: 2\n  karma: 3\n"),
      expect: /options\/scaleup-cto\.md:\d+:\d+: ratings\.karma: rating for unknown criterion/,
    },
    {
      name: "a rating outside its scale",
      file: "options/scaleup-cto.md",
      break: (t) => t.replace("  strategy: 5\n", "  strategy: 7\n"),
      expect: /options\/scaleup-cto\.md:\d+:\d+: ratings\.strategy: rating 7 is outside the scale/,
    },
    {
      name: "a duplicate option id",
      file: "options/seed-cto-copy.md",
      break: () =>
        readFileSync(join(example, "options/seed-cto.md"), "utf8").replace(
          "---\n",
          "---\nid: seed-cto\n",
        ),
      expect: /options\/seed-cto(-copy)?\.md:1: id: option id "seed-cto" is also used by/,
    },
  ];

  beforeAll(() => {
    // Fail loudly if the example drifts away from what the cases edit.
    const profile = readFileSync(join(example, "bearing.yaml"), "utf8");
    expect(profile).toContain("points: 20\n    values: [colleagues]");
  });

  for (const testCase of cases) {
    it(testCase.name, async () => {
      const dir = copyExample();
      const path = join(dir, testCase.file);
      let original = "";
      try {
        original = readFileSync(path, "utf8");
      } catch {
        // a new file
      }
      const broken = testCase.break(original);
      expect(broken).not.toEqual(original);
      writeFileSync(path, broken);
      const before = snapshot(dir);
      for (const command of ["check", "rank"]) {
        const result = await runCli([command, dir]);
        expect(result.code, `${command}: ${result.stderr}`).toBe(2);
        expect(result.stderr).toMatch(testCase.expect);
        expect(result.stdout).toBe("");
      }
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

describe("bearing rank --method", () => {
  it("ranks by TOPSIS, PROMETHEE II, VIKOR and SMAA-2, keeping the weighted-sum contributions", async () => {
    for (const method of ["topsis", "promethee2", "vikor", "smaa2"]) {
      const result = await runCli(["rank", example, "--method", method, "--json"]);
      expect(result.code, result.stderr).toBe(0);
      const ranking = JSON.parse(result.stdout) as RankJson & {
        method: string;
        alternatives: { rank: number; methodScore: number }[];
      };
      expect(ranking.method).toBe(method);
      const ranks = ranking.alternatives.map((a) => a.rank);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      for (const alt of ranking.alternatives) expect(Number.isFinite(alt.methodScore)).toBe(true);
    }
    const bad = await runCli(["rank", example, "--method", "coinflip"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--method");
  });

  it("shows SMAA-2 first-rank acceptabilities that sum to 1 beside the default ranking", async () => {
    const result = await runCli(["rank", example, "--json"]);
    const { robustness } = JSON.parse(result.stdout) as {
      robustness: { alternatives: { firstRankAcceptability: number; confidence: number | null }[] };
    };
    const total = robustness.alternatives.reduce((s, a) => s + a.firstRankAcceptability, 0);
    expect(total).toBeCloseTo(1, 9);
  });
});

describe("job descriptions in option bodies", () => {
  interface Roles {
    roles: Record<
      string,
      {
        archetype: { id: string };
        fit: { score: number; explanation: string } | null;
        filledFacts: Record<string, unknown>;
        derivedRatings: Record<string, number>;
      }
    >;
  }

  it("check and rank read each posting: the role it really is and its fit", async () => {
    const check = await runCli(["check", example, "--json"]);
    expect(check.code).toBe(0);
    const { roles } = JSON.parse(check.stdout) as Roles;
    // Options whose body is only the user's notes have no reading.
    expect(Object.keys(roles).sort()).toEqual(["director-platform", "scaleup-cto", "seed-cto"]);
    expect(roles["scaleup-cto"]?.archetype.id).toBe("cto_architect");
    // A founding CTO who writes much of the code and runs hiring, AWS and vendors: the title's
    // co-founder or the operating CTO its notes call it; the two sit close, and retrains swap them.
    expect(["founder", "cto_operator"]).toContain(roles["seed-cto"]?.archetype.id);
    // The profile wants strategy, architecture and coding, and less operations and vendors:
    // the strategic CTO role fits better than the operator-style founding one.
    const fitOf = (id: string) => roles[id]?.fit?.score ?? Number.NaN;
    expect(fitOf("scaleup-cto")).toBeGreaterThan(fitOf("seed-cto"));
    expect(roles["seed-cto"]?.fit?.explanation).toMatch(/operations/);
    const text = await runCli(["rank", example]);
    expect(text.stdout).toContain("What the job descriptions say");
    expect(text.stdout).toMatch(
      /^ {2}Founding CTO, Tallyho \(seed-cto\): reads as (?:Co-founder|Operating CTO)/m,
    );
  });

  it("a roleFit criterion is rated from the posting until the user accepts or overrides it", async () => {
    const dir = copyExample();
    const profile = join(dir, "bearing.yaml");
    writeFileSync(
      profile,
      readFileSync(profile, "utf8").replace(
        "  - id: pay\n",
        "  - id: role_fit\n    name: The work I want\n    derived: roleFit\n    points: 10\n  - id: pay\n",
      ),
    );
    const rank = async () =>
      JSON.parse((await runCli(["rank", dir, "--json"])).stdout) as RankJson & Roles;
    const before = await rank();
    const derived = before.roles["seed-cto"]?.derivedRatings.role_fit;
    expect(derived).toBeGreaterThanOrEqual(1);
    const seed = before.alternatives.find((a) => a.id === "seed-cto");
    expect(seed?.missing).not.toContain("role_fit");
    // Options with no posting stay unrated, never guessed.
    expect(before.alternatives.find((a) => a.id === "fractional-cto")?.missing).toContain(
      "role_fit",
    );

    expect((await runCli(["option", "set", "seed-cto", "ratings.role_fit", "4", dir])).code).toBe(
      0,
    );
    expect((await rank()).roles["seed-cto"]?.derivedRatings).toEqual({});
    const file = join(dir, "options/scaleup-cto.md");
    const accept = await runCli(["option", "accept", "scaleup-cto", dir, "--json"]);
    expect(accept.code).toBe(0);
    const accepted = JSON.parse(accept.stdout) as { ratings: Record<string, number> };
    expect(readFileSync(file, "utf8")).toContain(`role_fit: ${accepted.ratings.role_fit}`);
    expect(readFileSync(file, "utf8")).toContain("reportsTo: ceo");
    expect((await runCli(["option", "accept", "fractional-cto", dir])).code).toBe(2);
  });
});
