/**
 * `bearing option add --id` and `bearing option list` (issue 14, item 7), run in process.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { OptionListEntry } from "../core/decision/option-list.js";
import { copyExample, snapshot } from "../testing/cli.js";
import { runCliInProcess as run } from "../testing/cli-in-process.js";
import { IC_DESPITE_TITLE_POSTING } from "../testing/postings.js";

describe("bearing option add --id", () => {
  it("names the file and the option by the chosen id, and check then counts it", async () => {
    const dir = copyExample();
    const added = await run([
      "option",
      "add",
      "VP of Engineering at Acme Corp",
      dir,
      "--id",
      "acme",
    ]);
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(added.stdout).toBe("Added options/acme.md (id: acme)\n");
    expect(readFileSync(join(dir, "options/acme.md"), "utf8")).toMatch(
      /^---\ntitle: VP of Engineering at Acme Corp\n/,
    );
    const set = await run(["option", "set", "acme", "ratings.impact", "4", dir]);
    expect(set.code).toBe(0);
    const check = await run(["check", dir, "--json"]);
    expect(check.code).toBe(0);
    expect((JSON.parse(check.stdout) as { options: number }).options).toBe(6);
  });

  const refusals: [string, (dir: string) => void, string, RegExp][] = [
    [
      "an id a file already has",
      () => {},
      "seed-cto",
      /already.*options\/seed-cto\.md.*--id seed-cto-2/,
    ],
    [
      "an id an option's front matter already has",
      (dir) => {
        const file = join(dir, "options/fractional-cto.md");
        writeFileSync(file, readFileSync(file, "utf8").replace("---\n", "---\nid: solo\n"));
      },
      "solo",
      /already.*options\/fractional-cto\.md/,
    ],
    ["upper case", () => {}, "Acme", /"Acme" is not an option id.*--id acme\b/],
    [
      "spaces and punctuation",
      () => {},
      "acme vp!",
      /"acme vp!" is not an option id.*--id acme-vp\b/,
    ],
    ["a path", () => {}, "../escape", /"\.\.\/escape" is not an option id.*--id escape\b/],
    ["too long", () => {}, "a".repeat(61), /at most 60 characters/],
  ];
  for (const [name, prepare, id, message] of refusals) {
    it(`refuses ${name}, with the fix, writing nothing`, async () => {
      const dir = copyExample();
      prepare(dir);
      const before = snapshot(dir);
      const result = await run(["option", "add", "Anything", dir, "--id", id]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(message);
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

describe("bearing option add --posting", () => {
  // Our own labelled posting (src/core/roles/fixtures): a CTO title over an operating role.
  const posting = fileURLToPath(new URL("../core/roles/fixtures/f01.md", import.meta.url));

  it("writes the posting into the new option, says what it reads as, and check reads it", async () => {
    const dir = copyExample();
    const added = await run(["option", "add", "CTO at Ridgeway", dir, "--posting", posting]);
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(
      /^Added options\/cto-at-ridgeway\.md \(id: cto-at-ridgeway\)\nIts posting reads as Operating CTO \(\d+%\), though its title says Strategic CTO: `bearing check`/,
    );
    const text = readFileSync(join(dir, "options/cto-at-ridgeway.md"), "utf8");
    expect(text).toContain(readFileSync(posting, "utf8").trim());
    expect(text).toMatch(/^---\ntitle: CTO at Ridgeway\n/);
    const check = await run(["check", dir]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/CTO at Ridgeway \(cto-at-ridgeway\): reads as Operating CTO/);
    const json = await run(["option", "add", "Again", dir, "--posting", posting, "--json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({
      id: "again",
      reading: {
        dutiesFound: true,
        archetype: "cto_operator",
        nominalArchetype: "cto_architect",
        titleMismatch: true,
      },
    });
  });

  it("check shows what the reading doubts under the option, as bearing role does", async () => {
    const dir = copyExample();
    const file = join(dir, "search.md");
    writeFileSync(file, IC_DESPITE_TITLE_POSTING);
    expect((await run(["option", "add", "Search", dir, "--posting", file])).code).toBe(0);
    const check = await run(["check", dir]);
    const json = await run(["check", dir, "--json"]);
    const reading = JSON.parse(json.stdout).roles?.search as {
      archetype: { id: string };
      warnings: string[];
    };
    // Whatever the models read, a manager's reading of it is never left without the note.
    const noted = reading.warnings.some((w) => w.includes("individual contributor's"));
    expect(noted).toBe(reading.archetype.id !== "staff_ic");
    for (const w of reading.warnings) expect(check.stdout).toContain(`note: ${w}`);
  });

  it("refuses a posting it cannot read, naming the file, writing nothing", async () => {
    const dir = copyExample();
    const before = snapshot(dir);
    const missing = await run([
      "option",
      "add",
      "Anything",
      dir,
      "--posting",
      join(dir, "nope.md"),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.md: no such file/);
    writeFileSync(join(dir, "empty.md"), "  \n");
    const empty = await run(["option", "add", "Anything", dir, "--posting", join(dir, "empty.md")]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/empty\.md: is empty/);
    const after = snapshot(dir);
    after.delete("empty.md");
    expect(after).toEqual(before);
  });
});

describe("bearing option list", () => {
  it("lists every option with status, next step and deadline, soonest first", async () => {
    const dir = copyExample();
    const file = join(dir, "options/seed-cto.md");
    // A second deadline, sooner than the offer's, so the order is tested.
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(/dates:\n/, "dates:\n  decideBy: 2026-12-04\n"),
    );
    const json = await run(["option", "list", dir, "--json", "--today", "2026-12-03"]);
    expect(json.stderr).toBe("");
    expect(json.code).toBe(0);
    const listed = JSON.parse(json.stdout) as { today: string; options: OptionListEntry[] };
    expect(listed.today).toBe("2026-12-03");
    expect(listed.options.map((o) => [o.id, o.status, o.decideBy, o.daysLeft])).toEqual([
      ["seed-cto", "talking", "2026-12-04", 1],
      ["director-platform", "offer", "2026-12-05", 2],
      ["fractional-cto", "exploring", null, null],
      ["scaleup-cto", "interviewing", null, null],
      ["bank-vp", "declined", null, null],
    ]);
    expect(listed.options[1]?.nextStep).toBe("Answer the offer by 5 December");

    const text = await run(["option", "list", dir, "--today", "2026-12-06"]);
    expect(text.code).toBe(0);
    const lines = text.stdout.split("\n");
    expect(lines[0]).toBe("5 options (today 2026-12-06), soonest deadline first:");
    expect(lines[1]).toMatch(/^seed-cto \[talking\] /);
    expect(lines[2]).toMatch(/decide by 2026-12-04 \(2 days ago\); next: /);
    expect(lines[4]).toBe(
      "    decide by 2026-12-05 (yesterday); next: Answer the offer by 5 December",
    );
    expect(text.stdout).toMatch(/bank-vp \[declined\] .*\n {4}closed; no next step written\n$/);
  });

  it("refuses a --today that is not a date, and a broken workspace, with exit 2", async () => {
    const dir = copyExample();
    const bad = await run(["option", "list", dir, "--today", "2026-02-30"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--today 2026-02-30 is not a date");
    writeFileSync(join(dir, "options/bad.md"), "---\ntitle: [unclosed\n---\n");
    const broken = await run(["option", "list", dir]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("options/bad.md");
  });
});
