import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { itShared, sharedDir } from "../../testing/shared.js";
import {
  ARCHETYPE_GATE,
  ARCHETYPE_SENTENCE_PATTERNS,
  archetypeFeatures,
  statesFractional,
} from "./archetype.js";
import { readPosting } from "./features.js";
import { classifySections } from "./sections.js";
import { prepareText } from "./text.js";

describe("the archetype features' gate", () => {
  it("still reads the scope, the founder and the go-to-market work of the sentences it passes", () => {
    const reading = readPosting(
      [
        "# Founding Engineer",
        "",
        "## What you will do",
        "",
        "- Lead several product teams and their managers.",
        "- Run demos for prospects with the sales team.",
        "- Join as a co-founder with equity.",
      ].join("\n"),
    );
    const f = archetypeFeatures(reading.archetypeInput);
    expect(f["scope.teams"]).toBe(1);
    expect(f.founder).toBe(1);
    expect(f.gtm).toBe(1);
    expect(ARCHETYPE_GATE.test("Own the quarterly delivery plan.")).toBe(false);
  });

  itShared("passes every sentence and line of ../shared a sentence pattern matches", () => {
    const patterns = ARCHETYPE_SENTENCE_PATTERNS.map((re) => new RegExp(re.source, "i"));
    let matched = 0;
    for (const dir of ["dev/jds", "corpus/jds"]) {
      const folder = join(sharedDir, dir);
      for (const file of readdirSync(folder).filter((f) => f.endsWith(".md"))) {
        const text = readFileSync(join(folder, file), "utf8");
        const sentences = classifySections(prepareText(text)).map((s) => s.text);
        for (const piece of [...sentences, ...text.split("\n")])
          for (const re of patterns) {
            if (!re.test(piece)) continue;
            matched++;
            expect(ARCHETYPE_GATE.test(piece), `${file}: ${piece}`).toBe(true);
          }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe("a founding role", () => {
  const founder = (line: string) =>
    archetypeFeatures(
      readPosting(
        [
          "# CTO",
          "",
          "## What you will do",
          "",
          "- Build the platform and the team around it.",
          "- Hire our first three engineers.",
          `- ${line}`,
        ].join("\n"),
      ).archetypeInput,
    ).founder;

  it("is read where the role is a founder's, not where it is denied or someone else's", () => {
    expect(founder("Join as our technical co-founder, with equity.")).toBe(1);
    expect(founder("It is not a co-founder seat, though it comes with options.")).toBe(0);
    expect(founder("Marta here, co-founder of Lumo, will be your partner on product.")).toBe(0);
    expect(founder("Work with me: I'm one of the co-founders and I run sales.")).toBe(0);
    expect(founder("What we don't have is a technical co-founder, and that is this role.")).toBe(1);
  });
});

describe("a fractional engagement", () => {
  const fractional = (...duties: string[]) =>
    archetypeFeatures(
      readPosting(["# Engineering Lead", "", "## What you will do", "", ...duties].join("\n"))
        .archetypeInput,
    ).fractional;

  it("is read from part of a week or a month, a retainer or an interim post", () => {
    expect(fractional("You will work with us 2 days a week on our platform.")).toBe(1);
    expect(fractional("About 20 hours per month of advice to the founders.")).toBe(1);
    expect(fractional("An interim role for six months.")).toBe(1);
  });

  it("is not read from a full week or from days in the office", () => {
    expect(fractional("In-person in San Francisco, 5 days a week.")).toBe(0);
    expect(fractional("Hybrid: 3 days a week in our Chicago office.")).toBe(0);
    expect(fractional("A normal 40 hours a week, no weekends.")).toBe(0);
  });
});

describe("statesFractional (session 38)", () => {
  it("reads a freelance basis and a part-time contract in German, French and Spanish", () => {
    expect(statesFractional("We want a CTO for two days a week, on a freelance basis.")).toBe(true);
    expect(statesFractional("Freier Dienstvertrag, Teilzeit")).toBe(true);
    expect(statesFractional("Poste à temps partiel")).toBe(true);
    expect(statesFractional("Contrato a tiempo parcial")).toBe(true);
    expect(statesFractional("Hire leads for the two squads led on an interim basis.")).toBe(false);
  });
});
