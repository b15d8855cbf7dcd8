import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatReport } from "../src/core/roles/score.js";
import type { RoleAnalysis } from "../src/core/roles/types.js";
import { repoRoot } from "../src/testing/cli.js";
import { describeShared, sharedDir } from "../src/testing/shared.js";
import { evaluateFolder, parseSettings } from "./eval-roles.js";

function fact(report: ReturnType<typeof evaluateFolder>["report"], field: string) {
  const f = report.facts.find((x) => x.field === field);
  if (!f) throw new Error(`no ${field}`);
  return f;
}

describeShared("eval-roles on the labelled dev set", () => {
  // Floors a little below what the analyser reaches, so that regressions fail.
  it("keeps responsibility, archetype, mismatch and fact figures above their floors", () => {
    const { report } = evaluateFolder(join(sharedDir, "dev/jds"));
    process.stdout.write(`\n${formatReport(report)}\n`);
    expect(report.postings).toBeGreaterThanOrEqual(20);
    expect(report.responsibilities.micro.f1).toBeGreaterThanOrEqual(0.85);
    expect(report.responsibilities.macroF1).toBeGreaterThanOrEqual(0.8);
    expect(report.archetype.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(report.mismatch.recall ?? 0).toBeGreaterThanOrEqual(0.7);
    expect(report.mismatch.falseAlarmRate ?? 1).toBeLessThanOrEqual(0.1);
    expect(fact(report, "compensation").accuracy ?? 0).toBeGreaterThanOrEqual(0.9);
    expect(fact(report, "work_mode").accuracy ?? 0).toBeGreaterThanOrEqual(0.9);
    expect(fact(report, "hands_on").accuracy ?? 0).toBeGreaterThanOrEqual(0.8);
    expect(fact(report, "reports_to").accuracy ?? 0).toBeGreaterThanOrEqual(0.75);
    for (const f of report.facts) expect(f.inventedRate ?? 0).toBeLessThanOrEqual(0.1);
  });
});

describe("eval-roles on our own labelled postings", () => {
  it("gets every archetype and stated fact of our fixtures right", () => {
    const { report, pairs } = evaluateFolder(join(repoRoot, "src/core/roles/fixtures"));
    // A confident reading names the labelled archetype; one below the model's confidence
    // threshold names it among the two it reads as ("reads as X or Y").
    for (const { label, prediction } of pairs) {
      const { readsAs } = prediction as RoleAnalysis;
      expect(readsAs ?? [prediction.archetype.id], label.id).toContain(label.archetype);
    }
    expect(report.archetype.accuracy).toBeGreaterThanOrEqual(5 / 7);
    expect(report.responsibilities.micro.f1).toBeGreaterThanOrEqual(0.9);
    for (const field of ["compensation", "work_mode", "reports_to", "team_size", "hands_on"]) {
      expect(fact(report, field).accuracy).toBe(1);
    }
  });

  it("reads --set overrides and names what is wrong with a bad one", () => {
    expect(parseSettings("context=1,lambda=0.5")).toEqual({ context: 1, lambda: 0.5 });
    expect(parseSettings(undefined)).toEqual({});
    expect(() => parseSettings("contxt=1")).toThrow(/unknown setting "contxt"/);
    expect(() => parseSettings("lambda=x")).toThrow(/lambda needs a number/);
  });

  it("fails clearly on a folder without labels", () => {
    expect(() => evaluateFolder(join(repoRoot, "src/core/roles"))).toThrow(/labels\.json/);
  });
});
