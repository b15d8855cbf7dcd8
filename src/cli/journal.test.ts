import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { copyExample, runCli, snapshot } from "../testing/cli.js";

function frontMatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error("no front matter");
  return parse(match[1] as string) as Record<string, unknown>;
}

describe("bearing journal", () => {
  it("adds a dated entry with the chosen prompts and Jekyll front matter", async () => {
    const dir = copyExample();
    const result = await runCli([
      "journal",
      "add",
      dir,
      "--title",
      "After the panel",
      "--prompt",
      "regret",
      "--prompt",
      "more-less",
      "--json",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const { file } = JSON.parse(result.stdout) as { file: string };
    expect(file).toMatch(/^journal\/\d{4}-\d{2}-\d{2}-after-the-panel\.md$/);
    const text = readFileSync(join(dir, file), "utf8");
    expect(frontMatterOf(text)).toMatchObject({ layout: "post", title: "After the panel" });
    expect(text).toContain("## What would I regret not trying?");
    expect(text).toContain("## What do I want more of, and less of?");
    // A second entry with the same title gets its own file.
    expect((await runCli(["journal", "add", dir, "--title", "After the panel"])).code).toBe(0);
    expect(
      readdirSync(join(dir, "journal")).filter((f) => f.includes("after-the-panel")),
    ).toHaveLength(2);
  });

  it("takes the folder after --prompt as the folder, and comma-separated prompts", async () => {
    const dir = copyExample();
    const cwd = copyExample();
    const untouched = snapshot(cwd);
    const result = await runCli(
      ["journal", "add", "--title", "Prompts", "--prompt", "regret,drives", dir, "--json"],
      { cwd },
    );
    expect(result.code, result.stderr).toBe(0);
    const { file } = JSON.parse(result.stdout) as { file: string };
    const text = readFileSync(join(dir, file), "utf8");
    expect(text).toContain("## What would I regret not trying?");
    expect(snapshot(cwd)).toEqual(untouched);
  });

  it("exports a What I'm looking for post for Jekyll and Hugo without naming the options", async () => {
    const dir = copyExample();
    for (const format of ["jekyll", "hugo"]) {
      const result = await runCli(["journal", "export", dir, "--format", format, "--json"]);
      expect(result.code).toBe(0);
      const { file } = JSON.parse(result.stdout) as { file: string };
      const text = readFileSync(join(dir, file), "utf8");
      const meta = frontMatterOf(text);
      expect(meta.title).toBe("What I'm looking for");
      if (format === "jekyll")
        expect(String(meta.date)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0000$/);
      else expect(meta).toMatchObject({ draft: true });
      // Criteria by weight, the most important first.
      const first = text.indexOf("Work with strong technologists");
      const last = text.indexOf("Hands-on contribution");
      expect(first).toBeGreaterThan(0);
      expect(last).toBeGreaterThan(first);
      expect(text).not.toContain("Meridian");
      expect(text).not.toContain("Hollis");
      // The work wanted, in the taxonomy's words rather than the profile's ids.
      expect(text).toMatch(/^More of: .*Technology strategy.*\.$/m);
      expect(text).toMatch(/^Less of: .*Budget and vendors.*\.$/m);
      expect(text).not.toMatch(/tech_strategy|budget vendors|budget_vendors/);
    }
  });

  it("exports privately by default: no question, notes, pay weight; lists what was left out", async () => {
    const dir = copyExample();
    // Nothing written but the derived cache (job-description readings, as every command).
    const files = () => [...snapshot(dir).keys()].filter((f) => !f.startsWith(".bearing/"));
    const before = files();
    const dry = await runCli(["journal", "export", dir, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(files()).toEqual(before);
    const profile = readFileSync(join(dir, "bearing.yaml"), "utf8");
    const question = /^question: (.*)$/m.exec(profile)?.[1] as string;
    const note = /note: (I do my best work.*)$/m.exec(profile)?.[1] as string;
    const [post = "", list = ""] = dry.stdout.split("\nLeft out (");
    expect(post).toContain("## What drives me");
    for (const secret of [question, note, "Total pay", "150k", "Meridian", "Priya"])
      expect(post).not.toContain(secret);
    expect(list).toContain("question: the question you are deciding");
    expect(list).toContain("the weight of Total pay");
    // Asked for explicitly, the question and the pay criterion are shared.
    const kept = await runCli([
      "journal",
      "export",
      dir,
      "--include",
      "question",
      "money",
      "--json",
    ]);
    expect(kept.code).toBe(0);
    const { file, leftOut } = JSON.parse(kept.stdout) as { file: string; leftOut: unknown[] };
    const text = readFileSync(join(dir, file), "utf8");
    expect(text).toContain(question);
    expect(text).toContain("Total pay");
    expect(leftOut.length).toBeGreaterThan(0);
    const unknown = await runCli(["journal", "export", dir, "--include", "salary"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--include");
  });

  it("refuses an unknown format with exit 2", async () => {
    const result = await runCli(["journal", "export", copyExample(), "--format", "wordpress"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--format");
  });
});
