import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../testing/cli.js";
import { loadWorkspace } from "./load.js";
import { acceptRoleReading, ROLE_CACHE_FILE, readOptionRoles } from "./role-readings.js";
import { MemoryStorage } from "./storage.js";

const example = (file: string) => readFileSync(join(repoRoot, "examples/step-back", file), "utf8");

function workspace(profileExtra = "") {
  return new MemoryStorage({
    "bearing.yaml": example("bearing.yaml").replace(
      "  - id: pay\n",
      `${profileExtra}  - id: pay\n`,
    ),
    "options/scaleup-cto.md": example("options/scaleup-cto.md"),
    "options/fractional-cto.md": example("options/fractional-cto.md"),
  });
}

const ROLE_FIT =
  "  - id: role_fit\n    name: The work I want\n    derived: roleFit\n    points: 10\n";

describe("readOptionRoles", () => {
  it("reads job descriptions, not notes, and caches the analyses", async () => {
    const storage = workspace();
    const { profile, options } = await loadWorkspace(storage);
    const readings = await readOptionRoles(storage, profile, options);
    expect([...readings.keys()]).toEqual(["scaleup-cto"]);
    expect(readings.get("scaleup-cto")?.analysis.archetype.id).toBe("cto_architect");
    const cache = JSON.parse(
      new TextDecoder().decode((await storage.read(ROLE_CACHE_FILE)) ?? new Uint8Array()),
    );
    expect(Object.keys(cache.entries)).toHaveLength(2);

    // A cached analysis is used as is: plant a different archetype and see it come back.
    for (const entry of Object.values(cache.entries) as { archetype: { id: string } }[]) {
      entry.archetype.id = "solutions";
    }
    await storage.write(ROLE_CACHE_FILE, JSON.stringify(cache));
    const cached = await readOptionRoles(storage, profile, options);
    expect(cached.get("scaleup-cto")?.analysis.archetype.id).toBe("solutions");
  });

  it("rebuilds a damaged cache without complaint", async () => {
    const storage = workspace();
    await storage.write(ROLE_CACHE_FILE, "{ not json");
    const { profile, options } = await loadWorkspace(storage);
    const readings = await readOptionRoles(storage, profile, options);
    expect(readings.get("scaleup-cto")?.analysis.archetype.id).toBe("cto_architect");
    expect(
      new TextDecoder().decode((await storage.read(ROLE_CACHE_FILE)) ?? new Uint8Array()),
    ).toMatch(/^\{"fingerprint"/);
  });
});

describe("acceptRoleReading", () => {
  it("writes derived facts and ratings, keeps comments, and never overwrites the user's", async () => {
    const storage = workspace(ROLE_FIT);
    const accepted = await acceptRoleReading(storage, "scaleup-cto");
    expect(Object.keys(accepted.ratings)).toEqual(["role_fit"]);
    const text = new TextDecoder().decode(
      (await storage.read("options/scaleup-cto.md")) ?? new Uint8Array(),
    );
    expect(text).toMatch(/role_fit: \d(\.\d)?/);
    expect(text).toContain("# the VP Eng is strong");
    // The posting's hands-on level and the size of the organisation the role leads ("the
    // 140-person engineering organisation") fill the empty fields; the user's reporting line stays.
    expect(accepted.facts).toEqual({ handsOn: "none", teamSize: { min: 140, max: 140 } });
    expect(text).toMatch(/handsOn: none/);
    expect(text).toMatch(/teamSize:\s+min: 140\s+max: 140/);
    expect(text).toMatch(/reportsTo: ceo/);
    // Everything is the user's now: a second accept writes nothing.
    expect(await acceptRoleReading(storage, "scaleup-cto")).toEqual({ facts: {}, ratings: {} });
    await expect(acceptRoleReading(storage, "fractional-cto")).rejects.toThrow(/job description/);
    await expect(acceptRoleReading(storage, "nope")).rejects.toThrow(/no option "nope"/);
  });

  it("keeps the other options' cached analyses", async () => {
    const storage = workspace(ROLE_FIT);
    const { profile, options } = await loadWorkspace(storage);
    await readOptionRoles(storage, profile, options);
    const cached = async () =>
      Object.keys(
        JSON.parse(new TextDecoder().decode((await storage.read(ROLE_CACHE_FILE)) ?? undefined))
          .entries,
      ).sort();
    const before = await cached();
    expect(before).toHaveLength(2);
    await acceptRoleReading(storage, "scaleup-cto");
    expect(await cached()).toEqual(before);
  });
});
