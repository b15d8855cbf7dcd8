import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatScores } from "../src/core/reflect/score.js";
import { sharedDir } from "../src/testing/cli.js";
import { evaluateDir } from "./eval-reflect.js";

describe("eval:reflect on the development posts", () => {
  it("stays above the floors reached (a regression fails here)", () => {
    const { scores, rows } = evaluateDir(join(sharedDir, "dev", "posts"));
    process.stdout.write(`\nreflection analysis on dev/posts\n${formatScores(scores)}`);
    expect(rows.length).toBe(15);
    // Floors a little below the figures measured when this test was written.
    expect(scores.valuesMicro.f1).toBeGreaterThanOrEqual(0.74);
    expect(scores.valuesMacroF1).toBeGreaterThanOrEqual(0.7);
    expect(scores.chosen.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(scores.considered.f1).toBeGreaterThanOrEqual(0.78);
  });
});
