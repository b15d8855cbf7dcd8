import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeShared, sharedDir, sharedReady } from "../../testing/shared.js";
import { analyseReflection } from "./analyse.js";
import { draftProfile, slug } from "./profile.js";

const seedsDir = join(sharedDir, "seeds");
const seeds = sharedReady
  ? readdirSync(seedsDir)
      .sort()
      .map((f) => readFileSync(join(seedsDir, f), "utf8"))
  : [];
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");
/** Our own posts: five stated criteria; an undecided search; a decision for the ic path. */
const ours = ["five-criteria.md", "looking-for.md", "jekyll-octopress.md"].map(fixture);

/** Checks that hold for any set of posts (ours, or the seeds of the real-text tier). */
function draftProperties(posts: string[], withFiveCriteria: string, decided: number) {
  it("keeps stated criteria in order with ranks, unique slug ids and value ids", () => {
    const reflection = analyseReflection(withFiveCriteria);
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
    const reflections = posts.map((s) => analyseReflection(s));
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
    expect(draft.paths.chosen).not.toBe("undecided");
    expect(draft.paths.chosen).toBe(reflections[decided]?.paths.chosen);
    expect(draft.paths.considered).toEqual(
      expect.arrayContaining(reflections.flatMap((r) => r.paths.considered)),
    );
  });
}

describe("draftProfile on our own posts", () => {
  draftProperties(ours, ours[0] ?? "", 2);
});

describeShared("draftProfile on the seed posts", () => {
  draftProperties(seeds, seeds[1] ?? "", 2);
});

describe("slug", () => {
  it("makes slugs that fit the workspace id pattern", () => {
    expect(slug("Coach, mentor, and lead others")).toBe("coach-mentor-and-lead-others");
    expect(slug("Équipe & café!")).toBe("equipe-cafe");
    expect(slug("!!!")).toBe("criterion");
  });
});
