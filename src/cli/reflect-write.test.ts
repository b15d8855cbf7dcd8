import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { copyExample, repoRoot, runCli, tempDir } from "../testing/cli.js";
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
  it("init, reflect --write, three options of our own, and rank against the drafted criteria", async () => {
    await walkthrough(ourPost);
  }, 300_000);
});

describeShared("from a seed post to a ranked decision", () => {
  it("init, reflect --write, three options of our own, and rank against the drafted criteria", async () => {
    await walkthrough(seedPost());
  }, 300_000);
});

/** init, reflect --write of `post`, three options rated on the drafted criteria, rank. */
async function walkthrough(post: string) {
  const dir = tempDir();
  expect((await runCli(["init", dir, "--question", "Which next role?"])).code).toBe(0);
  const before = parse(readFileSync(join(dir, "bearing.yaml"), "utf8")) as Profile;

  const dry = await runCli(["reflect", post, "--write", dir, "--dry-run"]);
  expect(dry.code, dry.stderr).toBe(0);
  expect(dry.stdout).toContain("Would add");
  // Each value's evidence in its own quotes, not wrapped in another pair.
  expect(dry.stdout).toMatch(/\+ value \w+: “[^“]/);
  expect(dry.stdout).not.toContain("““");
  expect(parse(readFileSync(join(dir, "bearing.yaml"), "utf8"))).toEqual(before);

  const write = await runCli(["reflect", post, "--write", dir, "--json"]);
  expect(write.code, write.stderr).toBe(0);
  const plan = JSON.parse(write.stdout) as {
    addedCriteria: { id: string; weight: number; input: { field: string; value: number } }[];
    merged: { name: string; into: string }[];
  };
  // The post states five criteria; those a starter criterion already covers (the same leading
  // value: colleagues, compensation, learning) are merged into it, not added twice.
  expect(plan.merged.length).toBeGreaterThan(0);
  expect(plan.addedCriteria).toHaveLength(5 - plan.merged.length);
  for (const m of plan.merged) expect(before.criteria.map((c) => c.id)).toContain(m.into);
  // Each new one gets a weight in the workspace's own method (init: direct, 3/2/2/1), in the
  // stated order, and together they weigh as many average starter criteria as there are of
  // them: k / (4 + k) of the whole, give or take the rounding to whole numbers.
  for (const c of plan.addedCriteria) expect(c.input.field).toBe("weight");
  const inputs = plan.addedCriteria.map((c) => c.input.value);
  expect([...inputs].sort((a, b) => b - a)).toEqual(inputs);
  const k = plan.addedCriteria.length;
  const share = plan.addedCriteria.reduce((sum, c) => sum + c.weight, 0);
  expect(Math.abs(share - k / (4 + k))).toBeLessThan(0.06);

  const after = parse(readFileSync(join(dir, "bearing.yaml"), "utf8")) as Profile;
  // Nothing the user had was changed: the starter criteria are still first and intact.
  expect(after.criteria.slice(0, before.criteria.length)).toEqual(before.criteria);
  expect(after.values.length).toBeGreaterThan(0);
  const drafted = after.criteria.slice(before.criteria.length);

  // Merging the same post again adds nothing.
  const again = await runCli(["reflect", post, "--write", dir, "--json"]);
  expect((JSON.parse(again.stdout) as { addedCriteria: unknown[] }).addedCriteria).toEqual([]);

  const options = [
    ["Head of Engineering at a data start-up", [5, 5, 5, 5, 5]],
    ["Solutions architect at a cloud vendor", [3, 3, 2, 2, 4]],
    ["Principal engineer at a bank", [2, 5, 2, 1, 2]],
  ] as const;
  for (const [title, ratings] of options) {
    const add = await runCli(["option", "add", title, dir, "--json"]);
    expect(add.code, add.stderr).toBe(0);
    const { id } = JSON.parse(add.stdout) as { id: string };
    drafted.forEach(async (criterion, j) => {
      const set = await runCli([
        "option",
        "set",
        id,
        `ratings.${criterion.id}`,
        String(ratings[j]),
        dir,
      ]);
      expect(set.code, set.stderr).toBe(0);
    });
  }
  const rank = await runCli(["rank", dir, "--json"]);
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
  expect((await runCli(["check", dir])).code).toBe(0);
}

describe("reflect --write respects the workspace's weighting", () => {
  for (const method of ["points", "rank", "swing", "ahp"]) {
    it(`into a ${method} workspace: inputs in that method, and check and rank still pass`, async () => {
      const dir = copyExample();
      const file = join(dir, "bearing.yaml");
      if (method !== "points") {
        const ids = [
          "technologists",
          "hands_on",
          "strategy",
          "coaching",
          "learning",
          "impact",
          "pay",
        ];
        const points = [20, 10, 20, 10, 10, 20, 10];
        let text = readFileSync(file, "utf8");
        if (method === "rank") {
          text = text.replace(/points: (\d+)/g, (_, p) => `rank: ${p === "20" ? 1 : 2}`);
        } else if (method === "swing") {
          text = text.replace(/points: (\d+)/g, (_, p) => `swing: ${Number(p) * 5}`);
        } else {
          const pairs = ids.flatMap((a, i) =>
            ids
              .slice(i + 1)
              .map((b, j) => `    - [${a}, ${b}, ${(points[i] ?? 1) / (points[i + 1 + j] ?? 1)}]`),
          );
          text = text.replace("method: points", `method: ahp\n  pairwise:\n${pairs.join("\n")}`);
        }
        writeFileSync(file, text.replace("method: points", `method: ${method}`));
      }
      expect((await runCli(["check", dir])).code).toBe(0);
      const write = await runCli(["reflect", ourPost, "--write", dir, "--json"]);
      expect(write.code, write.stderr).toBe(0);
      const plan = JSON.parse(write.stdout) as {
        addedCriteria: { weight: number; input?: { field: string } }[];
      };
      expect(plan.addedCriteria.length).toBeGreaterThan(0);
      for (const c of plan.addedCriteria) {
        if (method !== "ahp") expect(c.input?.field).toBe(method);
        expect(c.weight).toBeGreaterThan(0);
      }
      const check = await runCli(["check", dir]);
      expect(check.code, check.stderr).toBe(0);
      const rank = await runCli(["rank", dir, "--no-robustness"]);
      expect(rank.code, rank.stderr).toBe(0);
    }, 300_000);
  }
});
