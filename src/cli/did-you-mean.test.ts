/**
 * "Did you mean" for a misspelt option or criterion id, in every command that names one
 * (issue 14, item 7). Run in process: each case is one short command.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, snapshot } from "../testing/cli.js";
import { runCliInProcess as run } from "../testing/cli-in-process.js";

describe("a misspelt id gets a suggestion, exit 2 and nothing written", () => {
  const dir = copyExample();
  const cases: [string, string[], string][] = [
    ["option set", ["option", "set", "scaleup-ct", "ratings.impact", "4", dir], "scaleup-cto"],
    ["option status", ["option", "status", "seed-cot", "offer", dir], "seed-cto"],
    ["option accept", ["option", "accept", "fractional", dir], "fractional-cto"],
    ["prefer", ["prefer", "scaleupcto", "seed-cto", dir], "scaleup-cto"],
    ["prefer --remove", ["prefer", "seed-cto", "sed-cto", dir, "--remove"], "seed-cto"],
    ["decide", ["decide", "director-platfrom", dir], "director-platform"],
    ["explain", ["explain", "seed-cto", "scaleup_cto", dir], "scaleup-cto"],
    ["review", ["review", "seed-ct", dir, "--rating", "strategy=3"], "seed-cto"],
  ];
  // The user's files: .bearing/cache (derived, safe to delete) may be filled by a read.
  const files = () => new Map([...snapshot(dir)].filter(([path]) => !path.startsWith(".bearing/")));
  for (const [name, args, meant] of cases) {
    it(name, async () => {
      const before = files();
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`did you mean "${meant}"?`);
      expect(files()).toEqual(before);
    });
  }

  it("a rating of a misspelt criterion, located in the option file", async () => {
    const result = await run(["option", "set", "seed-cto", "ratings.stratgy", "4", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /options\/seed-cto\.md:\d+:\d+: ratings\.stratgy: rating for unknown criterion "stratgy" \(did you mean "strategy"\?/,
    );
  });

  it("a must-have on a misspelt criterion in bearing.yaml", async () => {
    const broken = copyExample();
    const file = join(broken, "bearing.yaml");
    const { readFileSync } = await import("node:fs");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("    criterion: pay\n", "    criterion: pya\n"),
    );
    const result = await run(["check", broken]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /bearing\.yaml:\d+:\d+: mustHaves\[0\]\.criterion: must-have names unknown criterion "pya" \(did you mean "pay"\?/,
    );
  });

  it("no suggestion when nothing is close: the list only", async () => {
    const result = await run(["option", "set", "pizza", "ratings.impact", "4", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain("did you mean");
    expect(result.stderr).toContain("options: bank-vp, director-platform");
  });
});
