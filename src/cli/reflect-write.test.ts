import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot, runCli, tempDir } from "../testing/cli.js";
import { describeShared, sharedDir } from "../testing/shared.js";

/** Posts that state five criteria: ours, and a seed post in the real-text tier. */
const ourPost = join(repoRoot, "src/core/reflect/fixtures/five-criteria.md");
const seedPost = () =>
  join(
    sharedDir,
    "seeds",
    readdirSync(join(sharedDir, "seeds")).find((f) => f.startsWith("001_")) ?? "001_ (missing)",
  );

interface Profile {
  values: { id: string; note?: string }[];
  criteria: { id: string; name: string; weight?: number; values: string[] }[];
}

describe("from our own post to a ranked decision", () => {
  it("init, reflect --write, three options of our own, and rank against the drafted criteria", () => {
    walkthrough(ourPost);
  }, 120_000);
});

describeShared("from a seed post to a ranked decision", () => {
  it("init, reflect --write, three options of our own, and rank against the drafted criteria", () => {
    walkthrough(seedPost());
  }, 120_000);
});

/** init, reflect --write of `post`, three options rated on the drafted criteria, rank. */
function walkthrough(post: string) {
  const dir = tempDir();
  expect(runCli(["init", dir, "--question", "Which next role?"]).code).toBe(0);
  const before = parse(readFileSync(join(dir, "bearing.yaml"), "utf8")) as Profile;

  const dry = runCli(["reflect", post, "--write", dir, "--dry-run"]);
  expect(dry.code, dry.stderr).toBe(0);
  expect(dry.stdout).toContain("Would add");
  expect(parse(readFileSync(join(dir, "bearing.yaml"), "utf8"))).toEqual(before);

  const write = runCli(["reflect", post, "--write", dir, "--json"]);
  expect(write.code, write.stderr).toBe(0);
  const plan = JSON.parse(write.stdout) as { addedCriteria: { id: string; weight: number }[] };
  // The post states five criteria; each arrives with a rank-order-centroid weight, in order.
  expect(plan.addedCriteria).toHaveLength(5);
  const weights = plan.addedCriteria.map((c) => c.weight);
  expect([...weights].sort((a, b) => b - a)).toEqual(weights);
  expect(weights[0]).toBeCloseTo((1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 5) / 5, 3);

  const after = parse(readFileSync(join(dir, "bearing.yaml"), "utf8")) as Profile;
  // Nothing the user had was changed: the starter criteria are still first and intact.
  expect(after.criteria.slice(0, before.criteria.length)).toEqual(before.criteria);
  expect(after.values.length).toBeGreaterThan(0);
  const drafted = after.criteria.slice(before.criteria.length);

  // Merging the same post again adds nothing.
  const again = runCli(["reflect", post, "--write", dir, "--json"]);
  expect((JSON.parse(again.stdout) as { addedCriteria: unknown[] }).addedCriteria).toEqual([]);

  const options = [
    ["Head of Engineering at a data start-up", [5, 4, 4, 3, 5]],
    ["Solutions architect at a cloud vendor", [3, 3, 2, 2, 4]],
    ["Principal engineer at a bank", [2, 5, 2, 1, 2]],
  ] as const;
  for (const [title, ratings] of options) {
    const add = runCli(["option", "add", title, dir, "--json"]);
    expect(add.code, add.stderr).toBe(0);
    const { id } = JSON.parse(add.stdout) as { id: string };
    drafted.forEach((criterion, j) => {
      const set = runCli(["option", "set", id, `ratings.${criterion.id}`, String(ratings[j]), dir]);
      expect(set.code, set.stderr).toBe(0);
    });
  }
  const rank = runCli(["rank", dir, "--json"]);
  expect(rank.code, rank.stderr).toBe(0);
  const ranking = JSON.parse(rank.stdout) as {
    criteria: { id: string }[];
    alternatives: { title: string; rank: number }[];
  };
  expect(ranking.criteria.map((c) => c.id)).toEqual(
    expect.arrayContaining(drafted.map((c) => c.id)),
  );
  // The option rated best on every drafted criterion comes first.
  expect(ranking.alternatives[0]?.title).toBe(options[0][0]);
  expect(runCli(["check", dir]).code).toBe(0);
}
