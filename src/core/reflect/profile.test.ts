import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "../../testing/cli.js";
import { analyseReflection } from "./analyse.js";
import { draftProfile, slug } from "./profile.js";

const seedsDir = join(sharedDir, "seeds");
const seeds = readdirSync(seedsDir)
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), "utf8"));

describe("draftProfile", () => {
  it("keeps stated criteria in order with ranks, unique slug ids and value ids", () => {
    const reflection = analyseReflection(seeds[1] ?? "");
    const draft = draftProfile([reflection]);
    expect(draft.criteria.map((c) => c.name)).toEqual(reflection.criteria.map((c) => c.name));
    expect(draft.criteria.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5]);
    for (const c of draft.criteria) {
      expect(c.id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
      expect(c.values.length).toBeGreaterThan(0);
    }
    expect(new Set(draft.criteria.map((c) => c.id)).size).toBe(draft.criteria.length);
  });

  it("notes every value with its evidence and merges several posts", () => {
    const reflections = seeds.map((s) => analyseReflection(s));
    const draft = draftProfile(reflections);
    const found = new Set(reflections.flatMap((r) => r.values.map((v) => v.id)));
    expect(new Set(draft.values.map((v) => v.id))).toEqual(found);
    for (const v of draft.values) {
      const evidence = reflections.flatMap((r) =>
        r.values.filter((x) => x.id === v.id).flatMap((x) => x.evidence),
      );
      expect(evidence.length).toBeGreaterThan(0);
      expect(v.note).toContain((evidence[0] ?? "").replace(/\s+/g, " ").trim());
    }
    // The dated post that made a decision sets the chosen path.
    expect(draft.paths.chosen).toBe(reflections[2]?.paths.chosen);
    expect(draft.paths.considered).toEqual(
      expect.arrayContaining(reflections.flatMap((r) => r.paths.considered)),
    );
  });

  it("makes slugs that fit the workspace id pattern", () => {
    expect(slug("Coach, mentor, and lead others")).toBe("coach-mentor-and-lead-others");
    expect(slug("Équipe & café!")).toBe("equipe-cafe");
    expect(slug("!!!")).toBe("criterion");
  });
});
