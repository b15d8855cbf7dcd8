import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../src/testing/cli.js";
import type { EvidenceEntry } from "./evidence.js";
import { PROBE_POST_SETS, probePostExamples } from "./reflect.js";

describe("the probe posts' evidence marks (data/probes/*/evidence.json)", () => {
  const examples = probePostExamples();

  it("reads every post of the sets that carry marks, once, under its set's name", () => {
    expect(examples).toHaveLength(245);
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
    for (const e of examples)
      expect(PROBE_POST_SETS.some((s) => e.id.startsWith(`${s}/`))).toBe(true);
  });

  it("marks a sentence for every value a post holds, and only for the values it holds", () => {
    for (const e of examples) {
      const marked = Object.keys(e.evidence?.values ?? {}).sort();
      expect(marked, e.id).toEqual([...e.label.values].sort());
    }
  });

  it("marks only the chosen step as chosen, and only the steps weighed as considered", () => {
    for (const set of PROBE_POST_SETS) {
      const entries = JSON.parse(
        readFileSync(join(repoRoot, "data/probes", set, "evidence.json"), "utf8"),
      ) as EvidenceEntry[];
      for (const entry of entries) {
        const e = examples.find((x) => x.id === `${set}/${entry.id}`);
        expect(e, `${set}/${entry.id}`).toBeDefined();
        for (const reading of entry.readings) {
          expect(Object.keys(reading.chosen ?? {})).toEqual([e?.label.chosen]);
          for (const path of Object.keys(reading.considered ?? {}))
            expect(e?.label.considered, `${set}/${entry.id}`).toContain(path);
        }
      }
    }
  });
});
