/**
 * What a new user tripped on (issue 14, item 7), each tried as they would: run in process.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, snapshot } from "../testing/cli.js";
import { runCliInProcess as run } from "../testing/cli-in-process.js";

describe("journal add --prompt ID DIR", () => {
  it("takes the folder after the prompt as the workspace, not as a second prompt", async () => {
    const dir = copyExample();
    const before = readdirSync(join(dir, "journal"));
    const result = await run(["journal", "add", "--prompt", "regret", dir, "--title", "Regret"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const added = readdirSync(join(dir, "journal")).filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    const text = readFileSync(join(dir, "journal", added[0] as string), "utf8");
    expect(text).toMatch(/\ntitle: Regret\n/);
    expect(text).toMatch(/regret/i);
  });
});

describe("negative points", () => {
  it("say the number is too small, not that it is NaN or infinity", async () => {
    const dir = copyExample();
    const file = join(dir, "bearing.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("    points: 20\n", "    points: -5\n"));
    const result = await run(["check", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /bearing\.yaml:\d+:\d+: criteria\[0\]\.points: -5 is too small: use a number of at least 0/,
    );
    expect(result.stderr).not.toMatch(/NaN|infinity/);
  });
});

describe("an edit keeps flow-style front matter on one line", () => {
  // (A changed line is re-printed: the two spaces before its comment become one.)
  it("even when the line is longer than 80 characters", async () => {
    const dir = copyExample();
    const company =
      "company: { headcount: 6500, stage: enterprise, funding: Public, runwayMonths: 40, timeToMarket: low }";
    const ratings =
      "ratings: { technologists: 4, hands_on: 5, strategy: 4, coaching: 3, learning: 4 }  # after the call";
    writeFileSync(
      join(dir, "options/flow.md"),
      `---\ntitle: A long description that goes on and on past the eightieth column of the line, as titles do\nstatus: idea\ndates: { added: 2026-12-01 }\n${company}\n${ratings}\n---\nbody\n`,
    );
    expect((await run(["option", "set", "flow", "ratings.impact", "3", dir])).code).toBe(0);
    expect((await run(["option", "set", "flow", "company.headcount", "7000", dir])).code).toBe(0);
    const text = readFileSync(join(dir, "options/flow.md"), "utf8");
    const today = /updated: (\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
    expect(text).toBe(
      `---\ntitle: A long description that goes on and on past the eightieth column of the line, as titles do\nstatus: idea\ndates: { added: 2026-12-01, updated: ${today} }\n${company.replace("6500", "7000")}\n${ratings.replace("learning: 4 }  #", "learning: 4, impact: 3 } #")}\n---\nbody\n`,
    );
  });
});

describe("front matter mistakes get the fix, not parser jargon", () => {
  const cases: [string, string, RegExp][] = [
    [
      "a missing closing ---",
      "---\ntitle: CTO at Acme\nstatus: idea\nratings: { impact: 3 }\n\nNotes from the call: good.\n",
      /options\/x\.md:4: the front matter has no closing --- line \(add a line holding just --- after line 4, where the fields end and the text begins\)/,
    ],
    [
      "a title in curly quotes with a colon",
      "---\ntitle: \u201cCTO: Acme\u201d\nstatus: idea\n---\nbody\n",
      /options\/x\.md:2:1: the value of title holds ": ", which YAML reads as the start of another field; curly quotes .* are ordinary characters in YAML, not quotes \(put the value in straight double quotes: title: "CTO: Acme"\)/,
    ],
    [
      "a title with a colon",
      '---\ntitle: CTO: Acme "Freight"\nstatus: idea\n---\nbody\n',
      /options\/x\.md:2:1: the value of title holds ": ", which YAML reads as the start of another field \(put the value in straight double quotes: title: "CTO: Acme \\"Freight\\""\)/,
    ],
    [
      "a field given twice",
      "---\ntitle: A\nstatus: idea\nstatus: talking\n---\nbody\n",
      /options\/x\.md:4:1: status is given twice \(keep one status: line and delete the other\)/,
    ],
  ];
  for (const [name, text, message] of cases) {
    it(name, async () => {
      const dir = copyExample();
      writeFileSync(join(dir, "options/x.md"), text);
      const before = snapshot(dir);
      const result = await run(["check", dir]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/compact mappings|implicit key|Map keys/i);
      expect(snapshot(dir)).toEqual(before);
    });
  }
});
