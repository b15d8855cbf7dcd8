import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { copyExample, runCli, tempDir } from "../testing/cli.js";

function feedbackFile(text: string): string {
  const file = join(tempDir(), "feedback.yaml");
  writeFileSync(file, text);
  return file;
}

/** The example's own weights: its points, normalised (read from bearing.yaml, not assumed). */
function examplePoints(dir: string): Record<string, number> {
  const profile = parse(readFileSync(join(dir, "bearing.yaml"), "utf8")) as {
    criteria: { id: string; points: number }[];
  };
  const total = profile.criteria.reduce((sum, c) => sum + c.points, 0);
  return Object.fromEntries(profile.criteria.map((c) => [c.id, c.points / total]));
}

describe("bearing feedback import and the group view", () => {
  it("two reviewers give stakeholders you, Dana and Sam, and group weights the mean of the three", async () => {
    const dir = copyExample();
    const dana = feedbackFile(
      'name: Dana\ndate: 2026-12-01\nweights: { technologists: 30, strategy: 20, pay: 50 }\ncomments: { option-c: "Ask about the board." }\n',
    );
    const sam = feedbackFile("name: Sam\ndate: 2026-12-01\nweights: { hands_on: 1, impact: 3 }\n");
    expect((await runCli(["feedback", "import", dana, dir])).code).toBe(0);
    expect((await runCli(["feedback", "import", sam, dir])).code).toBe(0);
    const result = await runCli(["rank", dir, "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      alternatives: { id: string }[];
      stakeholders: { name: string; ranking: string[] }[];
      group: { weights: Record<string, number>; firstRankAcceptability: Record<string, number> };
    };
    expect(json.stakeholders.map((s) => s.name)).toEqual(["you", "Dana", "Sam"]);
    expect(json.stakeholders[0]?.ranking).toEqual(json.alternatives.map((a) => a.id));
    const you = examplePoints(dir);
    const danaW: Record<string, number> = { technologists: 0.3, strategy: 0.2, pay: 0.5 };
    const samW: Record<string, number> = { hands_on: 0.25, impact: 0.75 };
    for (const id of Object.keys(you)) {
      const mean = ((you[id] ?? 0) + (danaW[id] ?? 0) + (samW[id] ?? 0)) / 3;
      expect(json.group.weights[id]).toBeCloseTo(mean, 12);
    }
    const acceptability = Object.values(json.group.firstRankAcceptability);
    expect(acceptability.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    // Dana's comment on "Option C" of the shared report is stored under the option it stood for
    // (options in play by id: director-platform, fractional-cto, scaleup-cto, seed-cto).
    const stored = parse(readFileSync(join(dir, "feedback", "dana.yaml"), "utf8")) as {
      comments: Record<string, string>;
    };
    expect(stored.comments).toEqual({ "scaleup-cto": "Ask about the board." });
    const text = (await runCli(["rank", dir])).stdout;
    expect(text).toContain("With your reviewers");
    expect(text).toContain("Dana: Ask about the board.");
  });

  it("never overwrites: a second file by the same name is added beside the first", async () => {
    const dir = copyExample();
    const file = feedbackFile("name: Dana\ndate: 2026-12-01\nweights: { impact: 1 }\n");
    expect((await runCli(["feedback", "import", file, dir])).code).toBe(0);
    expect((await runCli(["feedback", "import", file, dir])).code).toBe(0);
    expect(readdirSync(join(dir, "feedback")).sort()).toEqual(["dana-2.yaml", "dana.yaml"]);
  });

  it("refuses unknown criteria and weights that say nothing: exit 2 with file, line and field", async () => {
    const dir = copyExample();
    const unknown = feedbackFile(
      "name: Kim\ndate: 2026-12-01\nweights:\n  impact: 2\n  salary: 5\n",
    );
    const result = await runCli(["feedback", "import", unknown, dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${unknown}:5`);
    expect(result.stderr).toContain("weights.salary");
    const zero = feedbackFile("name: Kim\ndate: 2026-12-01\nweights: { impact: 0 }\n");
    const nothing = await runCli(["feedback", "import", zero, dir]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain("add up to 0");
    const badDate = feedbackFile("name: Kim\ndate: 2026-02-30\nweights: { impact: 1 }\n");
    expect((await runCli(["feedback", "import", badDate, dir])).stderr).toContain("date");
    expect(existsSync(join(dir, "feedback"))).toBe(false);
    // A bad file put in feedback/ by hand makes rank name it.
    await runCli([
      "feedback",
      "import",
      feedbackFile("name: Ok\ndate: 2026-12-01\nweights: { impact: 1 }\n"),
      dir,
    ]);
    writeFileSync(
      join(dir, "feedback", "bad.yaml"),
      "name: X\ndate: 2026-12-01\nweights: { nope: 1 }\n",
    );
    const rank = await runCli(["rank", dir]);
    expect(rank.code).toBe(2);
    expect(rank.stderr).toContain("feedback/bad.yaml:3");
  });
});
