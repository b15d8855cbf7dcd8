/**
 * The engine is a library entry, `bearing/mcda` (package.json "exports"): its barrel
 * (`index.ts`) reaches every method, including the ones no command uses (WPM, SPOTIS and the
 * objective weightings, checked against the published cases in `reference.test.ts`), and the
 * entry points at what the build writes for that barrel.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../testing/cli.js";
import * as mcda from "./index.js";

const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
  exports: Record<string, { types: string; default: string } | string>;
};
const build = JSON.parse(readFileSync(join(repoRoot, "tsconfig.build.json"), "utf8")) as {
  compilerOptions: { outDir: string; rootDir: string };
};

describe("bearing/mcda", () => {
  it("points at the build of src/core/mcda/index.ts", () => {
    const { outDir, rootDir } = build.compilerOptions;
    const barrel = relative(join(repoRoot, rootDir), join(repoRoot, "src/core/mcda/index.ts"));
    const built = `./${join(outDir, barrel).replace(/\.ts$/, "")}`;
    expect(pkg.exports["./mcda"]).toEqual({ types: `${built}.d.ts`, default: `${built}.js` });
  });

  it("reaches every method and weighting of the engine", () => {
    for (const name of [
      "weightedSum",
      "weightedProduct",
      "topsis",
      "promethee2",
      "vikor",
      "spotis",
      "smaa2",
      "ahp",
      "aggregateJudgements",
      "criticWeights",
      "entropyWeights",
      "merecWeights",
      "standardDeviationWeights",
      "rankOrderCentroidWeights",
      "swingWeights",
      "weightStability",
      "parseMcdaRequest",
    ]) {
      expect(typeof (mcda as Record<string, unknown>)[name], name).toBe("function");
    }
  });

  it.runIf(existsSync(join(repoRoot, "dist/core/mcda/index.js")))(
    "imports by its package name once built",
    () => {
      const run = spawnSync(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          "const m = await import('bearing/mcda'); const r = m.topsis({ matrix: [[1, 2], [2, 1], [3, 3]], weights: [1, 1], directions: ['max', 'max'] }, { normalization: 'vector' }); console.log(JSON.stringify(Array.from(m.rankScores(r.closeness))));",
        ],
        { cwd: repoRoot, encoding: "utf8" },
      );
      expect(run.stderr).toBe("");
      expect(JSON.parse(run.stdout)).toEqual([2, 2, 1]);
    },
  );
});
