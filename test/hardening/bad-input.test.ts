/**
 * Bad input: a corpus of broken workspaces, generated here from the example (nothing large is
 * committed). For each, `bearing check` and `bearing rank` exit 2, name the file (and the line
 * where there is one), print nothing on stdout, change no file, and finish within a bound meant
 * only to catch hangs (the times are printed). CRLF line ends and a UTF-8 BOM are valid input.
 *
 * The commands run in-process through the CLI's `main` (src/testing/cli.ts's runCli): every case
 * in the default tier, cheaply; `src/cli/binary.test.ts` proves the built binary does the same.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  binPath,
  type CliResult,
  copyExample,
  exampleDir as example,
  runCli,
  snapshot,
  tempDir,
} from "../../src/testing/cli.js";
import { soak } from "../../src/testing/tiers.js";

/** A hang detector, not a speed goal: generous, so a loaded machine does not trip it. */
const HANG_BOUND_MS = 60_000;
const MB = 1024 * 1024;
/**
 * The broken line's length: 1 MB in the soak tier (`BEARING_SOAK=1`, as in `.ci/run`), 128 KB
 * otherwise. Either way the YAML reader reports one error per token; a megabyte of them takes
 * about 8 s of CPU, and the shorter line checks the same message.
 */
const BROKEN_LINE = soak ? MB : MB / 8;

interface Case {
  name: string;
  /** Workspace-relative file the case breaks (created when it does not exist). */
  file: string;
  /** New content from the old (a string or bytes), or a function doing its own damage. */
  break: ((text: string) => string | Buffer) | { apply: (dir: string) => void | Promise<void> };
  /** Other damage done first, to other files (the case is about `file`). */
  apply?: (dir: string) => void | Promise<void>;
  /** What stderr must show: the file, and the line where the problem has one. */
  expect: RegExp;
}

const option = (name: string) => readFileSync(join(example, "options", name), "utf8");
const bomb = (depth: number) => {
  let yaml = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < depth; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    yaml += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]\n`;
  }
  return yaml;
};

const cases: Case[] = [
  // Syntax.
  {
    name: "YAML syntax error in bearing.yaml",
    file: "bearing.yaml",
    break: (t) => t.replace("question: ", "question: [unclosed\n"),
    expect: /bearing\.yaml:\d+:\d+/,
  },
  {
    name: "front matter never closed",
    file: "options/seed-cto.md",
    break: (t) => t.replace(/\n---\n/, "\n"),
    expect:
      /options\/seed-cto\.md:\d+: the front matter has no closing --- line \(add a line holding just --- after line \d+/,
  },
  {
    name: "tab-indented front matter",
    file: "options/seed-cto.md",
    break: (t) => t.replace("dates:\n  added", "dates:\n\tadded"),
    expect: /options\/seed-cto\.md:\d+:\d+/,
  },
  {
    name: "a key given twice",
    file: "bearing.yaml",
    break: (t) => t.replace("version: 1\n", "version: 1\nversion: 1\n"),
    expect: /bearing\.yaml:\d+:\d+: version is given twice \(keep one version: line/,
  },
  {
    name: "a title with a colon, in curly quotes",
    file: "options/seed-cto.md",
    break: (t) => t.replace(/title: .*/, "title: \u201cFounding CTO: Tallyho\u201d"),
    expect:
      /options\/seed-cto\.md:2:1: the value of title holds ": ".*\(put the value in straight double quotes: title: "Founding CTO: Tallyho"\)/,
  },
  {
    name: "a rating of a misspelt criterion",
    file: "options/seed-cto.md",
    break: (t) => t.replace("  strategy: ", "  stratgey: "),
    expect: /options\/seed-cto\.md:\d+:\d+: ratings\.stratgey: .*did you mean "strategy"\?/,
  },
  // Wrong types and values.
  {
    name: "criteria is a string",
    file: "bearing.yaml",
    break: (t) => t.replace(/criteria:\n[\s\S]*?\nweighting:/, "criteria: lots\nweighting:"),
    expect: /bearing\.yaml:\d+:\d+: criteria: /,
  },
  {
    name: "a weight written as words",
    file: "bearing.yaml",
    break: (t) =>
      t.replace("points: 20\n    values: [colleagues]", "points: twenty\n    values: [colleagues]"),
    expect: /bearing\.yaml:\d+:\d+: criteria\[0\]\.points: /,
  },
  {
    name: "a status that does not exist",
    file: "options/seed-cto.md",
    break: (t) => t.replace(/status: \w+/, "status: maybe"),
    expect: /options\/seed-cto\.md:\d+:\d+: status: /,
  },
  {
    name: "front matter that is a list",
    file: "options/seed-cto.md",
    break: () => "---\n- one\n- two\n---\nBody\n",
    expect: /options\/seed-cto\.md:\d+/,
  },
  {
    name: "a date that is not a date",
    file: "options/seed-cto.md",
    break: (t) => t.replace(/added: [\d-]+/, "added: 2026-02-31"),
    expect: /options\/seed-cto\.md:\d+:\d+: dates\.added: /,
  },
  // Numbers.
  {
    name: "NaN weight",
    file: "bearing.yaml",
    break: (t) =>
      t.replace("points: 20\n    values: [colleagues]", "points: .nan\n    values: [colleagues]"),
    expect: /bearing\.yaml:\d+:\d+: criteria\[0\]\.points: .*(NaN|finite)/,
  },
  {
    name: "Infinity rating",
    file: "options/scaleup-cto.md",
    break: (t) => t.replace("  hands_on: 2\n", "  hands_on: 2\n  pay: .inf\n"),
    expect: /options\/scaleup-cto\.md:\d+:\d+: ratings\.pay: /,
  },
  {
    name: "-Infinity in an interval",
    file: "options/scaleup-cto.md",
    break: (t) => t.replace("  impact: [4, 5]\n", "  impact: [-.inf, 5]\n"),
    expect: /options\/scaleup-cto\.md:\d+:\d+: ratings\.impact/,
  },
  {
    name: "a number too large for a double (1e400)",
    file: "bearing.yaml",
    break: (t) =>
      t.replace("points: 20\n    values: [colleagues]", "points: 1e400\n    values: [colleagues]"),
    expect: /bearing\.yaml:\d+:\d+: criteria\[0\]\.points: /,
  },
  {
    name: "weights whose sum overflows",
    file: "bearing.yaml",
    break: (t) => t.replaceAll(/points: \d+/g, "points: 1.7e308"),
    expect: /bearing\.yaml:\d+:\d+: criteria\[\d\]\.points: /,
  },
  {
    name: "a scale whose width overflows",
    file: "bearing.yaml",
    break: (t) => t.replace("min: 120000, max: 700000", "min: -1.7e308, max: 1.7e308"),
    expect: /bearing\.yaml:\d+:\d+: criteria\[6\]\.scale/,
  },
  {
    name: "value-function points whose span overflows",
    file: "bearing.yaml",
    break: (t) =>
      t.replace("points: [[120000, 0], [400000, 1]]", "points: [[-1.7e308, 0], [1.7e308, 1]]"),
    expect: /bearing\.yaml:\d+:\d+: criteria\[6\]\.valueFunction\.points: /,
  },
  {
    name: "value-function points whose ratings repeat",
    file: "bearing.yaml",
    break: (t) =>
      t.replace(
        "points: [[120000, 0], [400000, 1]]",
        "points: [[120000, 0], [180000, 0.5], [180000, 1]]",
      ),
    expect:
      /bearing\.yaml:\d+:\d+: criteria\[6\]\.valueFunction\.points\[2\]\[0\]: 180000 repeats the rating/,
  },
  {
    name: "value-function points that go backwards",
    file: "bearing.yaml",
    break: (t) =>
      t.replace("points: [[120000, 0], [400000, 1]]", "points: [[200000, 1], [120000, 0]]"),
    expect:
      /bearing\.yaml:\d+:\d+: criteria\[6\]\.valueFunction\.points\[1\]\[0\]: 120000 comes after the rating 200000/,
  },
  {
    name: "negative points",
    file: "bearing.yaml",
    break: (t) =>
      t.replace("points: 20\n    values: [colleagues]", "points: -3\n    values: [colleagues]"),
    expect:
      /bearing\.yaml:\d+:\d+: criteria\[0\]\.points: -3 is too small: use a number of at least 0/,
  },
  {
    name: "ratings whose spread overflows on an open scale",
    file: "options/seed-cto.md",
    break: (t) => t.replace("  hands_on: 5\n", "  hands_on: 5\n  pay: -1.7e308\n"),
    apply: (dir) => {
      const profile = join(dir, "bearing.yaml");
      writeFileSync(
        profile,
        readFileSync(profile, "utf8").replace(", min: 120000, max: 700000 }", " }"),
      );
      const other = join(dir, "options/scaleup-cto.md");
      writeFileSync(
        other,
        readFileSync(other, "utf8").replace("  hands_on: 2\n", "  hands_on: 2\n  pay: 1.7e308\n"),
      );
    },
    expect: /options\/seed-cto\.md:\d+:\d+: ratings\.pay: .*overflows/,
  },
  // Ids.
  {
    name: "duplicate criterion ids",
    file: "bearing.yaml",
    break: (t) =>
      t.replace("- id: hands_on\n    name: Hands-on", "- id: technologists\n    name: Hands-on"),
    expect: /bearing\.yaml:\d+:\d+: criteria\[1\]\.id: criterion id "technologists" is used twice/,
  },
  {
    name: "duplicate option ids",
    file: "options/seed-cto-copy.md",
    break: () => option("seed-cto.md").replace("---\n", "---\nid: seed-cto\n"),
    expect: /options\/seed-cto(-copy)?\.md:1: id: option id "seed-cto" is also used by/,
  },
  {
    name: "a rating for an unknown criterion",
    file: "options/scaleup-cto.md",
    break: (t) => t.replace("  hands_on: 2\n", "  hands_on: 2\n  karma: 3\n"),
    expect: /options\/scaleup-cto\.md:\d+:\d+: ratings\.karma: rating for unknown criterion/,
  },
  {
    name: "a must-have on an unknown criterion",
    file: "bearing.yaml",
    break: (t) => t.replace("    criterion: pay\n", "    criterion: salary\n"),
    expect: /bearing\.yaml:\d+:\d+: mustHaves\[0\]\.criterion: /,
  },
  {
    name: "an unknown field",
    file: "options/seed-cto.md",
    break: (t) => t.replace("---\n", "---\nsalary: lots\n"),
    expect: /options\/seed-cto\.md:2:1: salary: unknown field/,
  },
  {
    name: "a __proto__ key in front matter",
    file: "options/seed-cto.md",
    break: (t) => t.replace("ratings:\n", "ratings:\n  __proto__: { x: 1 }\n"),
    expect: /options\/seed-cto\.md:\d+:\d+: ratings\.__proto__: "__proto__" cannot be used/,
  },
  {
    name: "a constructor key in bearing.yaml",
    file: "bearing.yaml",
    break: (t) => t.replace("responsibilities:\n", "responsibilities:\n  constructor: more\n"),
    expect: /bearing\.yaml:\d+:\d+: responsibilities\.constructor: "constructor" cannot be used/,
  },
  {
    name: "a prototype key deep in front matter",
    file: "options/seed-cto.md",
    break: (t) => t.replace("company:\n", "company:\n  extra: { prototype: { polluted: true } }\n"),
    expect: /options\/seed-cto\.md:\d+:\d+: company\.extra\.prototype: /,
  },
  // Weights that cannot be derived (issue 14 item 1: check said ok, rank refused unlocated).
  {
    name: "every criterion's points zero",
    file: "bearing.yaml",
    break: (t) => t.replace(/points: \d+/g, "points: 0"),
    expect:
      /bearing\.yaml:\d+:\d+: criteria\[0\].points: no criterion has points above 0.*in bearing\.yaml/,
  },
  {
    name: "weighting method rank without ranks",
    file: "bearing.yaml",
    break: (t) => t.replace("method: points", "method: rank"),
    expect:
      /bearing\.yaml:\d+:\d+: weighting\.method: .*no criterion has one.*set weighting\.method to points/,
  },
  {
    name: "AHP without all pairwise judgements",
    file: "bearing.yaml",
    break: (t) =>
      t.replace("method: points", "method: ahp\n  pairwise:\n    - [technologists, strategy, 2]"),
    expect:
      /bearing\.yaml:\d+:\d+: weighting\.pairwise: AHP needs a judgement for every pair.*in bearing\.yaml/,
  },
  {
    name: "one criterion without the points the others have",
    file: "bearing.yaml",
    break: (t) => t.replace("    points: 10\n", "\n"),
    expect: /bearing\.yaml:\d+:\d+: criteria\[\d\]\.points: criterion "\w+" has no points/,
  },
  {
    name: "swing weighting whose largest swing is not 100",
    file: "bearing.yaml",
    break: (t) =>
      t.replace("method: points", "method: swing").replace(/points: (\d+)/g, "swing: $1"),
    expect:
      /bearing\.yaml:\d+:\d+: criteria\[\d\]\.swing: the most important swing is rated 20, not 100/,
  },
  // Empty and not text.
  {
    name: "empty bearing.yaml",
    file: "bearing.yaml",
    break: () => "",
    expect: /bearing\.yaml:1: .*(question|criteria)/,
  },
  {
    name: "empty option file",
    file: "options/seed-cto.md",
    break: () => "",
    expect: /options\/seed-cto\.md:1: no front matter/,
  },
  {
    name: "empty front matter",
    file: "options/seed-cto.md",
    break: () => "---\n---\nBody\n",
    expect: /options\/seed-cto\.md:\d+: title: /,
  },
  {
    name: "binary bearing.yaml",
    file: "bearing.yaml",
    break: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    expect: /bearing\.yaml: file is binary/,
  },
  {
    name: "a binary file in options/",
    file: "options/photo.md",
    break: () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
    expect: /options\/photo\.md: file is binary/,
  },
  {
    name: "Latin-1 text (not UTF-8)",
    file: "options/seed-cto.md",
    break: (t) => Buffer.from(t.replace("Tallyho", "Tallyhö"), "latin1"),
    expect: /options\/seed-cto\.md: file is not valid UTF-8/,
  },
  {
    name: "UTF-16 text",
    file: "bearing.yaml",
    break: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]),
    expect: /bearing\.yaml: file is (binary|not valid UTF-8)/,
  },
  // Resource exhaustion.
  {
    name: "billion laughs in bearing.yaml",
    file: "bearing.yaml",
    break: (t) => `${bomb(9)}${t}`,
    expect: /bearing\.yaml:\d+/,
  },
  {
    name: "billion laughs in front matter",
    file: "options/seed-cto.md",
    break: (t) => t.replace("---\n", `---\n${bomb(9)}`),
    expect: /options\/seed-cto\.md:\d+/,
  },
  {
    name: "a 10 MB option file",
    file: "options/seed-cto.md",
    break: (t) => t + "x".repeat(10 * MB),
    expect: /options\/seed-cto\.md: file is \d+ bytes/,
  },
  {
    name: "a 10 MB bearing.yaml",
    file: "bearing.yaml",
    break: (t) => `${t}\n# ${"y".repeat(10 * MB)}\n`,
    expect: /bearing\.yaml: file is \d+ bytes/,
  },
  {
    name: "flow nesting 20 000 deep",
    file: "bearing.yaml",
    break: (t) => `${t}\nextra: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`,
    expect: /bearing\.yaml:\d+/,
  },
  {
    name: "block nesting 1 500 deep",
    file: "options/seed-cto.md",
    break: (t) =>
      t.replace(
        "---\n",
        `---\nextra:\n${Array.from({ length: 1500 }, (_, i) => `${" ".repeat(i + 1)}k${i}:`).join("\n")} 1\n`,
      ),
    expect: /options\/seed-cto\.md:\d+/,
  },
  {
    name: "3 000-deep flow nesting in a field that takes lists",
    file: "options/seed-cto.md",
    break: (t) => t.replace("---\n", `---\ntags: ${"[".repeat(3000)}${"]".repeat(3000)}\n`),
    expect: /options\/seed-cto\.md:\d+:\d+: nested too deep to read \(bearing reads at most 64/,
  },
  {
    name: "nesting 100 deep in a field that takes a mapping",
    file: "options/seed-cto.md",
    break: (t) =>
      t.replace("company:\n", `company:\n  extra: ${"{a: ".repeat(100)}1${"}".repeat(100)}\n`),
    expect: /options\/seed-cto\.md:\d+:\d+: company\.extra\.a: nested more than 64 levels deep/,
  },
  {
    name: "100 000 aliases to one small node",
    file: "options/seed-cto.md",
    break: (t) => t.replace("---\n", `---\nx: &x 1\ny: [${Array(100_000).fill("*x").join(",")}]\n`),
    expect: /options\/seed-cto\.md:\d+/,
  },
  {
    name: `one broken line of ${BROKEN_LINE / 1024} KB`,
    file: "bearing.yaml",
    break: (t) => `${t}\nextra: ${"]".repeat(BROKEN_LINE)}\n`,
    expect: /bearing\.yaml:\d+:\d+: .*\n(.*\n)*.*and \d+ more syntax errors/,
  },
  // Decision records.
  {
    name: "a figure in a decision record's snapshot changed afterwards",
    file: "decisions/2026-12-02-seed-cto.md",
    apply: async (dir) => {
      const made = await run(["decide", "seed-cto", dir, "--date", "2026-12-02"]);
      if (made.code !== 0) throw new Error(`bearing decide failed: ${made.stderr}`);
    },
    break: (t) =>
      t.replace(
        /^( {4}seed-cto:\n(?: {6}.*\n)*? {6}strategy: )(\d)$/m,
        (_, head, n) => `${head}${n === "5" ? 4 : Number(n) + 1}`,
      ),
    expect:
      /decisions\/2026-12-02-seed-cto\.md:\d+:\d+: snapshot\.ratings\.seed-cto: this decision record was changed after it was written/,
  },
  // Not files.
  {
    name: "a folder named like an option",
    file: "options/folder.md",
    break: { apply: (dir) => mkdirSync(join(dir, "options/folder.md")) },
    expect: /options\/folder\.md/,
  },
  {
    name: "bearing.yaml is a folder",
    file: "bearing.yaml",
    break: {
      apply: (dir) => {
        rmSync(join(dir, "bearing.yaml"));
        mkdirSync(join(dir, "bearing.yaml"));
      },
    },
    expect: /bearing\.yaml/,
  },
  {
    name: "a symbolic link that loops",
    file: "options/loop.md",
    break: { apply: (dir) => symlinkSync("loop.md", join(dir, "options/loop.md")) },
    expect: /options\/loop\.md/,
  },
  // File names.
  {
    name: "an option file name with a space",
    file: "options/my option.md",
    break: () => option("seed-cto.md").replace("title: Founding CTO", "title: Other CTO"),
    expect:
      /options\/my option\.md:1: the file name makes the id "my option", which is not a slug .*rename it to options\/my-option\.md/,
  },
  {
    name: "an option file name that is not UTF-8",
    file: "options/café.md",
    break: {
      apply: (dir) =>
        writeFileSync(
          Buffer.concat([
            Buffer.from(join(dir, "options/caf")),
            Buffer.from([0xe9]),
            Buffer.from(".md"),
          ]),
          option("seed-cto.md").replace("title: Founding CTO", "title: Other CTO"),
        ),
    },
    expect:
      /options\/caf\uFFFD\.md: the file name is not valid UTF-8.*rename it to a plain name such as options\/caf\.md/,
  },
  {
    name: "an option linked to a file outside the workspace",
    file: "options/theirs.md",
    break: {
      apply: (dir) => {
        const outside = tempDir("bearing-outside-");
        writeFileSync(join(outside, "theirs.md"), option("seed-cto.md"));
        symlinkSync(join(outside, "theirs.md"), join(dir, "options/theirs.md"));
      },
    },
    expect: /options\/theirs\.md: .*outside the workspace/,
  },
];

/** Runs `bearing ...args` in-process (the corpus is the contract; the binary is spawned elsewhere). */
async function run(args: string[]): Promise<CliResult & { ms: number }> {
  const started = performance.now();
  const result = await runCli(args);
  return { ...result, ms: performance.now() - started };
}

const timings: string[] = [];
afterAll(() => {
  console.log(`bad input, ms per command (check, rank):\n${timings.join("\n")}`);
});

describe("a broken workspace: exit 2, the file and line named, nothing changed, no hang", () => {
  for (const testCase of cases) {
    it(
      testCase.name,
      async () => {
        const dir = copyExample("bearing-bad-");
        const path = join(dir, testCase.file);
        await testCase.apply?.(dir);
        if (typeof testCase.break === "function") {
          let original = "";
          try {
            original = readFileSync(path, "utf8");
          } catch {
            // a new file
          }
          const broken = testCase.break(original);
          // Fail loudly if the example drifts away from what the case edits.
          expect(Buffer.from(broken).equals(Buffer.from(original))).toBe(false);
          writeFileSync(path, broken);
        } else await testCase.break.apply(dir);
        const before = snapshot(dir);
        const ms: number[] = [];
        for (const command of ["check", "rank"]) {
          const result = await run([command, dir]);
          ms.push(result.ms);
          expect(result.code, `${command}: ${result.stderr.slice(0, 2000)}`).toBe(2);
          expect(result.stderr.slice(0, 4000)).toMatch(testCase.expect);
          expect(result.stdout).toBe("");
        }
        expect(snapshot(dir)).toEqual(before);
        timings.push(`  ${ms.map((m) => m.toFixed(0).padStart(5)).join(" ")}  ${testCase.name}`);
      },
      2 * HANG_BOUND_MS,
    );
  }
});

it("other files in options/ are skipped unread, however large or binary", async () => {
  const dir = copyExample("bearing-other-");
  writeFileSync(join(dir, "options/offer-letter.pdf"), Buffer.alloc(10 * MB, 0xff));
  mkdirSync(join(dir, "options/archive"));
  const check = await run(["check", dir]);
  expect(check.code, check.stderr).toBe(0);
  expect(check.stderr).toContain("options/offer-letter.pdf: not a Markdown file; ignored");
  // Hidden files are skipped, silently unless they look like an option someone meant.
  writeFileSync(join(dir, "options/..md"), option("seed-cto.md"));
  writeFileSync(join(dir, "options/.gitkeep"), "");
  const hidden = await run(["check", dir]);
  expect(hidden.code, hidden.stderr).toBe(0);
  expect(hidden.stderr).toMatch(
    /warning: options\/\.\.md: a hidden file .*ignored \(to make it an option, rename it to options\/option\.md\)/,
  );
  expect(hidden.stderr).not.toContain(".gitkeep");
  expect((await run(["rank", dir])).code).toBe(0);
});

it("an option whose notes are a 1 MB blob without spaces ranks in bounded time", async () => {
  const dir = copyExample("bearing-blob-");
  const file = join(dir, "options/seed-cto.md");
  writeFileSync(file, `${readFileSync(file, "utf8")}\n${"#a.$1,".repeat(MB / 6)}\n`);
  const rank = await run(["rank", dir, "--no-robustness"]);
  expect(rank.code, rank.stderr).toBe(0);
  timings.push(`  ${rank.ms.toFixed(0).padStart(11)}  rank with a 1 MB blob in an option`);
});

/** `json` with the `start` and `end` of every quote under a `factEvidence` key left out. */
function withoutQuoteOffsets(json: unknown, inEvidence = false): unknown {
  if (Array.isArray(json)) return json.map((x) => withoutQuoteOffsets(x, inEvidence));
  if (json === null || typeof json !== "object") return json;
  return Object.fromEntries(
    Object.entries(json)
      .filter(([key]) => !(inEvidence && (key === "start" || key === "end")))
      .map(([key, value]) => [
        key,
        withoutQuoteOffsets(value, inEvidence || key === "factEvidence"),
      ]),
  );
}

describe("valid input in other encodings' habits", () => {
  const variants: { name: string; transform: (text: string) => string }[] = [
    { name: "CRLF line ends", transform: (t) => t.replace(/\r?\n/g, "\r\n") },
    { name: "a UTF-8 byte order mark", transform: (t) => `\uFEFF${t}` },
    { name: "CRLF and a BOM", transform: (t) => `\uFEFF${t.replace(/\r?\n/g, "\r\n")}` },
  ];
  for (const variant of variants) {
    it(`${variant.name} in every file load and rank as the original does`, async () => {
      const dir = copyExample("bearing-crlf-");
      const files = [
        "bearing.yaml",
        ...readdirSync(join(dir, "options")).map((n) => `options/${n}`),
      ];
      for (const file of files) {
        const path = join(dir, file);
        writeFileSync(path, variant.transform(readFileSync(path, "utf8")));
      }
      const check = await run(["check", dir]);
      expect(check.code, check.stderr).toBe(0);
      const rank = await run(["rank", dir, "--json", "--no-robustness"]);
      expect(rank.code, rank.stderr).toBe(0);
      const original = await run(["rank", example, "--json", "--no-robustness"]);
      // A fact's quote gives its offsets in the option's text as written, so a CRLF file's
      // are one further per line end; the quotes themselves are the same.
      expect(withoutQuoteOffsets(JSON.parse(rank.stdout))).toEqual(
        withoutQuoteOffsets(JSON.parse(original.stdout)),
      );
      // An edit keeps the file's line ends.
      const set = await run(["option", "set", "seed-cto", "nextStep", "Call Marcus", dir]);
      expect(set.code, set.stderr).toBe(0);
      const edited = readFileSync(join(dir, "options/seed-cto.md"), "utf8");
      expect(edited).toContain("nextStep: Call Marcus");
      if (variant.name.includes("CRLF")) expect(edited.replace(/\r\n/g, "")).not.toContain("\n");
    });
  }
});

describe("writes that would leave the workspace or replace a link: exit 2, nothing written", () => {
  /** The example with `folder` moved outside the workspace and linked back in. */
  function linkedOut(folder: string): { dir: string; outside: string } {
    const dir = copyExample("bearing-linked-");
    const outside = join(tempDir("bearing-outside-"), folder);
    mkdirSync(join(dir, folder), { recursive: true });
    renameSync(join(dir, folder), outside);
    symlinkSync(outside, join(dir, folder));
    return { dir, outside };
  }

  it("option add through options/ linked to a folder outside", async () => {
    const { dir, outside } = linkedOut("options");
    const before = snapshot(outside);
    const result = await run(["option", "add", "Head of Platform at Elsewhere", dir]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/options\/[\w-]+\.md: .*outside the workspace/);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(snapshot(outside)).toEqual(before);
  });

  it("journal add through journal/ linked to a folder outside", async () => {
    const { dir, outside } = linkedOut("journal");
    const before = snapshot(outside);
    const result = await run(["journal", "add", dir, "--title", "Week one"]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/journal\/.*outside the workspace/);
    expect(snapshot(outside)).toEqual(before);
  });

  it("option set with __proto__, prototype or constructor as a key", async () => {
    const dir = copyExample("bearing-proto-");
    const before = snapshot(dir);
    for (const [field, value] of [
      ["ratings.__proto__", '{"x":1}'],
      ["ratings.constructor", "3"],
      ["company.prototype", "1"],
      ["company", '{"__proto__": {"x": 1}}'],
      ["facts", "{constructor: {prototype: 1}}"],
    ]) {
      const result = await run([
        "option",
        "set",
        "seed-cto",
        field as string,
        value as string,
        dir,
      ]);
      expect(result.code, `${field} ${value}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toMatch(/"(__proto__|prototype|constructor)" cannot be used as a name/);
    }
    expect(snapshot(dir)).toEqual(before);
    expect((await run(["check", dir])).code).toBe(0);
  });

  it("option add --id through options/ linked to a folder outside", async () => {
    const { dir, outside } = linkedOut("options");
    const before = snapshot(outside);
    const result = await run(["option", "add", "Head of Platform", dir, "--id", "platform"]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/options\/[\w-]+\.md: .*outside the workspace/);
    expect(snapshot(outside)).toEqual(before);
  });

  it("criterion rename when one option file is a link: no file of the workspace changes", async () => {
    const dir = copyExample("bearing-rename-link-");
    renameSync(join(dir, "options/seed-cto.md"), join(dir, "seed-cto.md"));
    symlinkSync("../seed-cto.md", join(dir, "options/seed-cto.md"));
    const before = snapshot(dir);
    const result = await run(["criterion", "rename", "strategy", "direction", dir]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/options\/seed-cto\.md: is a symbolic link/);
    expect(snapshot(dir)).toEqual(before);
  });

  it("option set on an option file that is a link", async () => {
    const dir = copyExample("bearing-linked-file-");
    renameSync(join(dir, "options/seed-cto.md"), join(dir, "seed-cto.md"));
    symlinkSync("../seed-cto.md", join(dir, "options/seed-cto.md"));
    const before = snapshot(dir);
    const result = await run(["option", "set", "seed-cto", "nextStep", "Call Marcus", dir]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/options\/seed-cto\.md: is a symbolic link/);
    expect(lstatSync(join(dir, "options/seed-cto.md")).isSymbolicLink()).toBe(true);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("the machine refuses the write: exit 2 with what to do, no stack trace", () => {
  const isRoot = process.getuid?.() === 0;
  /**
   * Makes `paths` unchangeable: read-only modes for a normal user; for root, whom modes do not
   * stop, the immutable attribute (chattr +i, where the file system has it).
   * @returns the undo, or undefined when this machine cannot do it.
   */
  function freeze(paths: string[]): (() => void) | undefined {
    if (process.platform === "win32") return undefined;
    if (!isRoot) {
      for (const path of paths) chmodSync(path, 0o555);
      return () => {
        for (const path of paths) chmodSync(path, 0o755);
      };
    }
    const frozen = spawnSync("chattr", ["+i", ...paths]);
    if (frozen.status !== 0) return undefined;
    return () => spawnSync("chattr", ["-i", ...paths]);
  }
  const refused =
    /cannot write: (permission denied|operation not permitted|the file system is read-only)/;

  it("a read-only (or immutable) workspace: option set, option add, journal add", async (context) => {
    const dir = copyExample("bearing-frozen-");
    mkdirSync(join(dir, "journal"), { recursive: true });
    const options = readdirSync(join(dir, "options")).map((name) => join(dir, "options", name));
    const thaw = freeze([...options, join(dir, "options"), join(dir, "journal"), dir]);
    if (!thaw) return context.skip("cannot make files read-only here");
    try {
      const before = snapshot(dir);
      for (const args of [
        ["option", "set", "seed-cto", "nextStep", "Call Marcus", dir],
        ["option", "add", "Head of Platform at Elsewhere", dir],
        ["journal", "add", dir, "--title", "Week one"],
      ]) {
        const result = await run(args);
        expect(result.code, `${args[0]} ${args[1]}: ${result.stderr}`).toBe(2);
        expect(result.stderr).toMatch(refused);
        expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
      }
      expect(snapshot(dir)).toEqual(before);
    } finally {
      thaw();
    }
  });

  const canMount =
    isRoot && process.platform === "linux" && spawnSync("unshare", ["-m", "true"]).status === 0;
  it.runIf(canMount)("a full disk (a small tmpfs, filled): option set", () => {
    const source = copyExample("bearing-full-src-");
    const mountPoint = tempDir("bearing-full-");
    // In a private mount namespace: the workspace on a 1 MiB tmpfs, filled to the last byte.
    const script = [
      `mount -t tmpfs -o size=1m tmpfs "$W"`,
      `cp -r "$SRC"/. "$W"/`,
      `dd if=/dev/zero of="$W/filler" bs=4k 2>/dev/null; true`,
      `"$NODE" "$BIN" option set seed-cto nextStep "Call Marcus" "$W"; echo "exit=$?"`,
      `cmp -s "$W/options/seed-cto.md" "$SRC/options/seed-cto.md" && echo unchanged`,
      `ls -a "$W/options"`,
    ].join("\n");
    const result = spawnSync("unshare", ["-m", "sh", "-c", script], {
      encoding: "utf8",
      env: { ...process.env, W: mountPoint, SRC: source, NODE: process.execPath, BIN: binPath },
      timeout: HANG_BOUND_MS,
    });
    expect(result.stdout).toMatch(/exit=2\nunchanged\n/);
    expect(result.stdout).not.toMatch(/\.bearing-tmp-/);
    expect(result.stderr).toMatch(
      /options(\/seed-cto\.md)?: cannot write: the disk is full \(ENOSPC\)/,
    );
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

it("a journal date that is not a calendar date (2026-02-30) is a warning naming the line", async () => {
  const dir = copyExample("bearing-journal-date-");
  const [entry] = readdirSync(join(dir, "journal")).filter((name) => name.endsWith(".md"));
  const path = join(dir, "journal", entry as string);
  writeFileSync(path, readFileSync(path, "utf8").replace(/^date: .*$/m, "date: 2026-02-30"));
  const check = await run(["check", dir]);
  expect(check.code, check.stderr).toBe(0);
  expect(check.stderr).toMatch(
    /warning: journal\/[\w-]+\.md:\d+:\d+: date: "2026-02-30" is not a calendar date \(write a real date/,
  );
});
