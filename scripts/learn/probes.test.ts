import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeShared, sharedWordRuns, wordRuns } from "../../src/testing/shared.js";
import { loadProbeSet, PROBE_ROUNDS, PROBES_DIR, scoreProbes } from "./probes.js";

const SETS = ["hands-on", "stage", "responsibilities", "archetype", "facts", "posts"];

describe("the probe sets of data/probes", () => {
  it("hold a text for every expected line and an expected line for every text", () => {
    for (const dir of PROBE_ROUNDS)
      for (const set of SETS) {
        const probes = loadProbeSet(set, dir);
        const files = readdirSync(join(dir, set)).filter((f) => f.endsWith(".md"));
        expect(probes.map((p) => `${p.id}.md`).sort(), `${dir} ${set}`).toEqual(files.sort());
        expect(probes.length, set).toBeGreaterThanOrEqual(40);
      }
  });

  // Regression floors a little under the session-22 scores (npm run eval:probes): wordings
  // new users write that the analysers once misread must not be misread again. Not an
  // estimate of accuracy on unseen text (data/probes/README.md).
  it("are read as well as when their wordings were fixed", () => {
    const s = scoreProbes();
    expect(s.handsOn.right).toBeGreaterThanOrEqual(64);
    expect(s.stage.right).toBeGreaterThanOrEqual(63);
    expect(s.responsibilities.f1).toBeGreaterThanOrEqual(0.79);
    expect(s.archetype.archetype.right).toBeGreaterThanOrEqual(36);
    expect(s.facts.reportsTo.stated.right).toBeGreaterThanOrEqual(44);
    expect(s.facts.teamSize.stated.right).toBeGreaterThanOrEqual(37);
    expect(s.facts.workMode.stated.right).toBeGreaterThanOrEqual(48);
    // A fact invented where the text states none (#11: at most 5% per field on real texts).
    expect(s.facts.workMode.invented.right).toBeLessThanOrEqual(2);
    expect(s.facts.reportsTo.invented.right).toBeLessThanOrEqual(1);
    expect(s.facts.teamSize.invented.right).toBeLessThanOrEqual(1);
    expect(s.posts.chosen.right).toBeGreaterThanOrEqual(32);
    expect(s.posts.considered.f1).toBeGreaterThanOrEqual(0.75);
    expect(s.posts.values.f1).toBeGreaterThanOrEqual(0.62);
  }, 60_000);

  // Round 2 (session 23): written blind, scored before any fix (data/probes/README.md), then
  // the general causes of its misreadings fixed; floors a little under the scores after.
  it("round 2 is read as well as when its wordings were fixed", () => {
    const s = scoreProbes(join(PROBES_DIR, "round-2"));
    expect(s.handsOn.right).toBeGreaterThanOrEqual(37);
    expect(s.stage.right).toBeGreaterThanOrEqual(36);
    expect(s.responsibilities.f1).toBeGreaterThanOrEqual(0.76);
    expect(s.archetype.archetype.right).toBeGreaterThanOrEqual(38);
    expect(s.facts.reportsTo.stated.right).toBeGreaterThanOrEqual(27);
    expect(s.facts.teamSize.stated.right).toBeGreaterThanOrEqual(24);
    expect(s.facts.workMode.stated.right).toBeGreaterThanOrEqual(30);
    expect(s.facts.workMode.invented.right).toBeLessThanOrEqual(1);
    expect(s.facts.reportsTo.invented.right).toBeLessThanOrEqual(1);
    expect(s.facts.teamSize.invented.right).toBeLessThanOrEqual(1);
    expect(s.posts.chosen.right).toBeGreaterThanOrEqual(24);
    expect(s.posts.considered.f1).toBeGreaterThanOrEqual(0.72);
    expect(s.posts.values.f1).toBeGreaterThanOrEqual(0.55);
  }, 60_000);

  describeShared("are our own words", () => {
    it("no probe shares eight consecutive words with a text of ../shared", () => {
      const runs = sharedWordRuns(8);
      expect(runs.size).toBeGreaterThan(100_000);
      const copied = PROBE_ROUNDS.flatMap((dir) =>
        SETS.flatMap((set) =>
          loadProbeSet(set, dir)
            .filter((p) => wordRuns(p.text, 8).some((run) => runs.has(run)))
            .map((p) => `${dir}/${set}/${p.id}`),
        ),
      );
      expect(copied).toEqual([]);
    }, 60_000);
  });
});
