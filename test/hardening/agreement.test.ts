/**
 * One truth from check to rank (issue 14 item 1): for generated workspaces, `bearing check`
 * exits 0 exactly when `rank` (every method), `explain`, `next` and the workbench's first
 * view (the server's workspace view, then the ranking and the SMAA the page computes from it)
 * all succeed; when check refuses, every command refuses with exit 2 and the same problems.
 *
 * The commands run in-process through the CLI's `main` (the very code `bin/bearing.js` runs),
 * on workspaces written to a temporary folder; output is captured. The generator mixes every
 * weighting method with inputs that are present, missing or zero, AHP judgements that cover
 * some or all pairs, must-haves that options pass, fail or cannot be judged, and ratings that
 * are firm, intervals, missing or off the scale.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { stringify } from "yaml";
import { main } from "../../src/cli/main.js";
import { robustness } from "../../src/core/decision/robustness.js";
import { CLOSED_STATUSES } from "../../src/core/model/option.js";
import { readWorkspaceView } from "../../src/server/workspace-view.js";
import { soakRounds } from "../../src/testing/tiers.js";
import { derive } from "../../src/web/store.js";
import { FsStorage } from "../../src/workspace/fs-storage.js";

const RUNS = soakRounds(40, 200, "AGREEMENT_RUNS");
const SEED = Number(process.env.AGREEMENT_SEED ?? 1414);
const IDS = ["alpha", "beta", "gamma", "delta"] as const;
const METHODS = ["direct", "points", "rank", "swing", "ahp"] as const;
const root = mkdtempSync(join(tmpdir(), "bearing-agree-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `bearing ...args` in-process, capturing what it prints. */
async function bearing(...args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  process.exitCode = undefined;
  try {
    const code = await main(["node", "bearing", ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}

const weightInput = fc.option(fc.constantFrom(0, 0, 1, 2, 5, 30), { nil: undefined });
const criterion = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      name: fc.constant(`Criterion ${id}`),
      direction: fc.constantFrom("max", "min"),
      scale: fc.oneof(
        fc.constant({ kind: "rating", min: 1, max: 5 }),
        fc.constant({ kind: "number", unit: "USD/year", min: 100, max: 300 }),
        fc.constant({ kind: "number", unit: "hours/week" }),
      ),
      weight: weightInput,
      points: weightInput,
      rank: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      swing: fc.option(fc.constantFrom(0, 40, 100), { nil: undefined }),
    },
    { requiredKeys: ["id", "name", "direction", "scale"] },
  );

const profile = fc.integer({ min: 1, max: IDS.length }).chain((m) =>
  fc.record({
    criteria: fc.tuple(...IDS.slice(0, m).map(criterion)),
    method: fc.constantFrom(...METHODS),
    rankWeights: fc.constantFrom("centroid", "sum"),
    // Judgements over some or all pairs (ratios on Saaty's scale, some inconsistent).
    pairwise: fc.subarray(
      IDS.slice(0, m).flatMap((a, i) => IDS.slice(i + 1, m).map((b) => [a, b] as const)),
    ),
    ratios: fc.array(fc.constantFrom(1, 3, 5, 1 / 3, 1 / 7, 9), { minLength: 6, maxLength: 6 }),
    mustHave: fc.option(
      fc.record({
        criterion: fc.constantFrom(...IDS.slice(0, m)),
        atLeast: fc.constantFrom(2, 150),
      }),
      { nil: undefined },
    ),
  }),
);

const rating = fc.oneof(
  fc.constantFrom(1, 2, 3, 4, 5, 120, 250, 40),
  fc.constant(null),
  fc.constantFrom([2, 4], [100, 200]),
);
const option = fc.record({
  status: fc.constantFrom("exploring", "offer", "declined"),
  ratings: fc.dictionary(fc.constantFrom(...IDS), rating, { maxKeys: 4 }),
});

async function writeWorkspace(
  dir: string,
  p: {
    criteria: Record<string, unknown>[];
    method: string;
    rankWeights: string;
    pairwise: readonly (readonly [string, string])[];
    ratios: number[];
    mustHave: { criterion: string; atLeast: number } | undefined;
  },
  options: { status: string; ratings: Record<string, unknown> }[],
): Promise<string[]> {
  const ids = new Set(p.criteria.map((c) => c.id));
  await mkdir(join(dir, "options"), { recursive: true });
  const yaml = {
    question: "Which next?",
    criteria: p.criteria,
    weighting: {
      method: p.method,
      rankWeights: p.rankWeights,
      ...(p.pairwise.length > 0
        ? { pairwise: p.pairwise.map(([a, b], k) => [a, b, p.ratios[k] ?? 1]) }
        : {}),
    },
    mustHaves: p.mustHave ? [p.mustHave] : [],
    settings: { samples: 200, seed: 3 },
  };
  writeFileSync(join(dir, "bearing.yaml"), stringify(yaml));
  const inPlay: string[] = [];
  options.forEach((o, k) => {
    const ratings = Object.fromEntries(Object.entries(o.ratings).filter(([id]) => ids.has(id)));
    writeFileSync(
      join(dir, "options", `o${k}.md`),
      `---\n${stringify({ title: `Option ${k}`, status: o.status, ratings })}---\n`,
    );
    if (!(CLOSED_STATUSES as readonly string[]).includes(o.status)) inPlay.push(`o${k}`);
  });
  return inPlay;
}

/** The problems a refusal names: stderr's lines, without the program name. */
const problems = (run: Run) => run.stderr.trim().split("\n").sort();

describe("check says what rank will say", () => {
  let n = 0;
  it("check exits 0 exactly when rank, explain, next and the workbench's first view succeed", async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(profile, fc.array(option, { maxLength: 3 }), async (p, options) => {
        const dir = join(root, `w${n++}`);
        const inPlay = await writeWorkspace(
          dir,
          p as Parameters<typeof writeWorkspace>[1],
          options as Parameters<typeof writeWorkspace>[2],
        );
        const check = await bearing("check", dir);
        expect([0, 2], check.stderr).toContain(check.code);
        const others: [string, Run][] = [];
        for (const method of ["wsm", "topsis", "promethee2", "vikor", "smaa2"]) {
          others.push([`rank --method ${method}`, await bearing("rank", dir, "--method", method)]);
        }
        if (inPlay.length >= 2) {
          others.push(["explain", await bearing("explain", inPlay[0] ?? "", inPlay[1] ?? "", dir)]);
        }
        others.push(["next", await bearing("next", dir, "--today", "2026-12-02")]);
        for (const [name, run] of others) {
          expect(run.code, `${name} after check exit ${check.code}:\n${run.stderr}`).toBe(
            check.code,
          );
          if (check.code !== 0) expect(problems(run), name).toEqual(problems(check));
        }
        if (check.code !== 0) {
          // The refusal names the file and line to fix.
          expect(check.stderr).toMatch(/(bearing\.yaml|options\/o\d\.md):\d+/);
        }
        // The workbench's first view: the server's reading, then what the page computes.
        const view = await readWorkspaceView(new FsStorage(dir));
        const errors = view.issues.filter((issue) => issue.severity !== "warning");
        const page = derive(view);
        const shown = errors.length === 0 && page.derived !== null;
        expect(shown, JSON.stringify({ errors, derivedError: page.derivedError })).toBe(
          check.code === 0,
        );
        if (page.derived) robustness(page.derived.model);
        if (check.code === 0) accepted++;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // The generator must exercise both sides.
    expect(accepted).toBeGreaterThan(RUNS / 10);
    expect(accepted).toBeLessThan(RUNS);
  }, 600_000);
});
