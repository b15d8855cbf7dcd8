import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Calibration, OutcomeRow } from "../core/decision/review.js";
import { copyExample, runCli, snapshot } from "../testing/cli.js";

interface ReviewJson {
  file: string;
  decision: string;
  chosen: string;
  outcomes: OutcomeRow[];
  calibration: Calibration;
}

// Each test runs several commands in-process (slow on a loaded machine).
const SLOW = 240_000;

/** `bearing decide OPTION DIR --date DATE`, which must succeed. */
async function decide(dir: string, option: string, date: string): Promise<void> {
  const run = await runCli(["decide", option, dir, "--date", date, "--json"]);
  expect(run.code, `decide ${option} ${date}: ${run.stderr}`).toBe(0);
}

/** A fresh copy of the example with a decision recorded for each [option, date], in order. */
async function decided(...records: [option: string, date: string][]): Promise<string> {
  const dir = copyExample("bearing-review-");
  for (const [option, date] of records) await decide(dir, option, date);
  return dir;
}

/** `bearing review OPTION DIR --date DATE --rating R ...` then any other arguments. */
function review(
  dir: string,
  option: string,
  date: string,
  ratings: string[],
  ...extra: string[]
): ReturnType<typeof runCli> {
  return runCli([
    "review",
    option,
    dir,
    "--date",
    date,
    ...ratings.flatMap((r) => ["--rating", r]),
    ...extra,
  ]);
}

function snapshotRating(dir: string, file: string, option: string, criterion: string): string {
  const lines = readFileSync(join(dir, file), "utf8").split("\n");
  const at = lines.indexOf(`    ${option}:`);
  const line = lines.find((l, i) => i > at && l.startsWith(`      ${criterion}: `));
  return (line ?? "").trim().slice(criterion.length + 2);
}

describe("bearing review: how a decision turned out", () => {
  it(
    "records outcomes beside the sealed record and shows expected against actual across decisions",
    async () => {
      const dir = await decided(["seed-cto", "2026-12-02"]);
      const first = "decisions/2026-12-02-seed-cto.md";
      const recordBytes = readFileSync(join(dir, first), "utf8");
      // What the decision expected, as ranked: seed-cto's strategy rating in the snapshot.
      const strategyThen = Number(snapshotRating(dir, first, "seed-cto", "strategy"));
      expect(strategyThen).toBeGreaterThanOrEqual(2);

      const run = await review(
        dir,
        "seed-cto",
        "2027-06-01",
        [`strategy=${strategyThen - 1}`, "learning=5"],
        "--note",
        "Less strategy than I hoped.",
        "--json",
      );
      expect(run.code, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout) as ReviewJson;
      expect(out.file).toBe("decisions/2026-12-02-seed-cto.review-2027-06-01.md");
      expect(out.decision).toBe(first);
      const strategy = out.outcomes.find((r) => r.criterion === "strategy");
      expect(strategy).toMatchObject({
        expected: strategyThen,
        actual: strategyThen - 1,
        error: -1,
        lean: "too hopeful",
      });
      // The sealed record is byte for byte as it was, and check still accepts the workspace.
      expect(readFileSync(join(dir, first), "utf8")).toBe(recordBytes);
      expect(readFileSync(join(dir, out.file), "utf8")).toContain("Less strategy than I hoped.");
      const check = await runCli(["check", dir]);
      expect(check.code, check.stderr).toBe(0);

      // A second decision, reviewed: strategy's bias is the mean of both errors.
      await decide(dir, "director-platform", "2027-07-01");
      const second = "decisions/2027-07-01-director-platform.md";
      const strategyThen2 = Number(snapshotRating(dir, second, "director-platform", "strategy"));
      const actual2 = Math.max(1, strategyThen2 - 1);
      const run2 = await review(
        dir,
        "director-platform",
        "2027-12-01",
        [`strategy=${actual2}`],
        "--json",
      );
      expect(run2.code, run2.stderr).toBe(0);
      const calibration = (JSON.parse(run2.stdout) as ReviewJson).calibration;
      expect(calibration.decisions.map((d) => d.file)).toEqual([first, second]);
      const bias = calibration.criteria.find((c) => c.criterion === "strategy");
      expect(bias?.decisions).toBe(2);
      expect(bias?.meanSignedError).toBeCloseTo((-1 + (actual2 - strategyThen2)) / 2, 10);
      expect(bias?.meanSignedErrorShare).toBeCloseTo((bias?.meanSignedError ?? 0) / 4, 10);
      expect((await runCli(["check", dir])).code).toBe(0);

      // The plain-words form: the table and the lean in words.
      const text = await review(dir, "seed-cto", "2028-01-01", [`strategy=${strategyThen - 1}`]);
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout).toContain(`(${first} is unchanged)`);
      expect(text.stdout).toMatch(/Shape technology strategy +\d → \d +−1 +too hopeful/);
      expect(text.stdout).toMatch(
        /Across 2 reviewed decisions, you were too hopeful about Shape technology strategy/,
      );
      expect(text.stdout).toMatch(/Shape technology strategy: too hopeful, it turned out .* worse/);
    },
    SLOW,
  );

  it(
    "refuses bad input with exit 2, the field and the fix, and writes nothing",
    async () => {
      const dir = await decided();
      const none = await runCli(["review", "seed-cto", dir, "--rating", "strategy=3"]);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('no decision record chose "seed-cto"');
      expect(none.stderr).toContain("bearing decide seed-cto");

      await decide(dir, "seed-cto", "2026-12-02");
      const before = snapshot(dir);
      const cases: [string[], RegExp][] = [
        [["nope", "--rating", "strategy=3"], /OPTION: no option "nope"/],
        [["bank-vp", "--rating", "strategy=3"], /no decision record chose "bank-vp"/],
        [
          ["seed-cto", "--rating", "colleagues=3"],
          /decisions\/2026-12-02-seed-cto\.md: --rating\.colleagues: .*rated no criterion "colleagues".*review the criteria it rated: .*strategy/,
        ],
        [
          ["seed-cto", "--rating", "strategy=6"],
          /bearing\.yaml: --rating\.strategy: .*outside the scale.*use a number from 1 to 5/,
        ],
        [["seed-cto", "--rating", "strategy=high"], /"high" is not a number/],
        [["seed-cto", "--rating", "strategy"], /is not CRITERION=N/],
        [["seed-cto", "--rating", "strategy=3", "--rating", "strategy=4"], /given twice/],
        [["seed-cto", "--rating", "strategy=3", "--date", "2026-11-01"], /before the decision/],
        [["seed-cto"], /no outcomes given.*--rating technologists=3/],
      ];
      for (const [args, pattern] of cases) {
        const run = await runCli(["review", args[0] as string, dir, ...args.slice(1)]);
        expect(run.code, args.join(" ")).toBe(2);
        expect(run.stderr, args.join(" ")).toMatch(pattern);
      }
      expect(snapshot(dir)).toEqual(before);

      // A review's outcome edited to a criterion the record never rated: check names it.
      expect((await review(dir, "seed-cto", "2027-01-01", ["strategy=3"])).code).toBe(0);
      const reviewFile = join(dir, "decisions/2026-12-02-seed-cto.review-2027-01-01.md");
      writeFileSync(
        reviewFile,
        readFileSync(reviewFile, "utf8").replace("  strategy:", "  colleagues:"),
      );
      const check = await runCli(["check", dir]);
      expect(check.code).toBe(2);
      expect(check.stderr).toMatch(
        /decisions\/2026-12-02-seed-cto\.review-2027-01-01\.md:7:.*outcomes\.colleagues/,
      );
    },
    SLOW,
  );

  it(
    "--record FILE|DATE reviews an older decision on the option, not only the latest",
    async () => {
      const dir = await decided(
        ["seed-cto", "2026-12-02"],
        ["director-platform", "2027-02-01"],
        ["seed-cto", "2027-03-01"],
      );
      const older = "decisions/2026-12-02-seed-cto.md";
      const latest = "decisions/2027-03-01-seed-cto.md";
      const reviewSeed = (...extra: string[]) =>
        review(dir, "seed-cto", "2027-06-01", ["strategy=3"], "--json", ...extra);

      // Without --record: the latest record that chose it.
      const plain = await reviewSeed();
      expect(plain.code, plain.stderr).toBe(0);
      expect((JSON.parse(plain.stdout) as ReviewJson).decision).toBe(latest);
      // By date, by file (with or without the folder and .md): the older one.
      for (const pick of ["2026-12-02", older, "2026-12-02-seed-cto", "2026-12-02-seed-cto.md"]) {
        const run = await reviewSeed("--record", pick);
        expect(run.code, `${pick}: ${run.stderr}`).toBe(0);
        const out = JSON.parse(run.stdout) as ReviewJson;
        expect(out.decision, pick).toBe(older);
        expect(out.file.startsWith("decisions/2026-12-02-seed-cto.review-2027-06-01"), pick).toBe(
          true,
        );
      }
      expect((await runCli(["check", dir])).code).toBe(0);

      // A date or file that names no record of the option: exit 2, the ones that exist, nothing written.
      const before = snapshot(dir);
      const cases: [string, RegExp][] = [
        [
          "2027-01-15",
          /--record: no decision record chose "seed-cto" on 2027-01-15 \(records that chose it: decisions\/2026-12-02-seed-cto\.md \(2026-12-02\), decisions\/2027-03-01-seed-cto\.md \(2027-03-01\)/,
        ],
        ["decisions/2027-02-01-director-platform.md", /chose "director-platform", not "seed-cto"/],
        ["nothing-here.md", /--record: no decision record "nothing-here\.md"/],
      ];
      for (const [pick, pattern] of cases) {
        const run = await reviewSeed("--record", pick);
        expect(run.code, pick).toBe(2);
        expect(run.stderr, pick).toMatch(pattern);
      }
      expect(snapshot(dir)).toEqual(before);
    },
    SLOW,
  );
});
