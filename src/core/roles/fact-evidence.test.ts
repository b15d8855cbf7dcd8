import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../testing/cli.js";
import { itShared, sharedDir } from "../../testing/shared.js";
import { analyzeRole } from "./analyze.js";
import { factEvidence, ruleFactEvidence } from "./fact-evidence.js";
import { handFactEvidence } from "./facts-model.js";
import { readPosting } from "./features.js";

/**
 * The sentences `ruleFactEvidence` names against those of `handFactEvidence` (the facts model's
 * feature bags): the same for stage, work mode, team size and hands-on "some" or read from the
 * title; for hands-on read from the text, the sentence the rules read it from; for hands-on
 * "none" the text states, the sentence that denies it.
 */
function compareWithBags(dir: string): number {
  let compared = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md")) {
    const reading = readPosting(readFileSync(join(dir, file), "utf8"));
    const lean = ruleFactEvidence(reading);
    const bags = handFactEvidence(reading);
    for (const field of ["stage", "workMode", "teamSize", "handsOn"] as const) {
      if (field === "handsOn" && reading.archetypeInput.handsOn === "required") {
        // Read from the text: the quoted sentence is one the text states it in, not the title.
        expect(lean.handsOn, file).toBeDefined();
        expect(lean.handsOn?.text, file).not.toBe(reading.title);
        continue;
      }
      if (field === "handsOn" && reading.handsOnDeniedAt !== null) {
        // "None" as the text denies it: the denial quoted (the bags name no sentence for none).
        expect(lean.handsOn?.start, file).toBe(reading.segments[reading.handsOnDeniedAt]?.start);
        continue;
      }
      expect(lean[field], `${file} ${field}`).toEqual(bags[field]);
      if (lean[field]) compared++;
    }
  }
  return compared;
}

describe("ruleFactEvidence", () => {
  it("names the sentences the facts model's feature bags name, on our fixtures", () => {
    expect(compareWithBags(join(repoRoot, "src/core/roles/fixtures"))).toBeGreaterThan(5);
  });

  itShared(
    "names the sentences the facts model's feature bags name, on every corpus and dev posting",
    () => {
      const n =
        compareWithBags(join(sharedDir, "corpus/jds")) +
        compareWithBags(join(sharedDir, "dev/jds"));
      expect(n).toBeGreaterThan(300);
    },
    120_000,
  );
});

/** A posting given as its lines, analysed. */
function analyzeLines(...lines: string[]) {
  return analyzeRole(lines.join("\n"));
}

/** The fact `field` of `a` is `value`, quoted as `quote`. */
function expectQuoted(
  a: ReturnType<typeof analyzeRole>,
  field: "stage" | "teamSize" | "handsOn" | "workMode",
  value: unknown,
  quote: string,
) {
  expect(a.facts[field]).toEqual(value);
  expect(a.factEvidence?.[field]?.quote).toBe(quote);
}

describe("factEvidence", () => {
  it("quotes the duty sentence a hands-on role is read from, not its title", () => {
    const a = analyzeLines(
      "# Senior Engineer — Orchard Lane",
      "",
      "We build scheduling software for clinics. Remote in the EU.",
      "",
      "## What you'll do",
      "- Design the booking service with the product team.",
      "- You will write code most days, alongside two other engineers.",
    );
    expect(a.facts.handsOn).toBe("required");
    expect(a.factEvidence?.handsOn?.quote).toBe(
      "You will write code most days, alongside two other engineers.",
    );
    expect(a.facts.workMode).toBe("remote");
    expect(a.factEvidence?.workMode?.quote).toBe("Remote in the EU.");
  });

  it("quotes the sentence that splits the week between office and home", () => {
    const a = analyzeLines(
      "# Engineering Manager — Tidewater",
      "",
      "We build route planning for ferry operators.",
      "",
      "## What you'll do",
      "- Run the planning team's 1:1s and hiring.",
      "- You'll be at our harbour office (the old customs house) three days a week and at home the rest.",
    );
    expect(a.facts.workMode).toBe("hybrid");
    expect(a.factEvidence?.workMode?.quote).toBe(
      "You'll be at our harbour office (the old customs house) three days a week and at home the rest.",
    );
  });

  it("quotes a reporting line read from two sentences, and on-site work said as remote denied", () => {
    const a = analyzeLines(
      "# Head of Engineering — Saltmarsh",
      "",
      "Hi, I'm Ines, co-founder and CEO of Saltmarsh.",
      "",
      "## What you'll do",
      "- Lead our six engineers and their planning.",
      "- You'll report to me.",
      "- We sit together in our Leith office; this isn't a remote role.",
    );
    expect(a.facts.reportsTo).toBe("ceo");
    expect(a.factEvidence?.reportsTo?.quote).toBe("You'll report to me.");
    expect(a.facts.workMode).toBe("onsite");
    expect(a.factEvidence?.workMode?.quote).toBe(
      "We sit together in our Leith office; this isn't a remote role.",
    );
  });

  it("quotes the sentence that limits a builder's coding", () => {
    const a = analyzeLines(
      "# Principal Engineer — Quayside",
      "",
      "## What you'll do",
      "- Set the direction of the booking platform.",
      "- Give your weeks to design reviews and mentoring rather than features.",
    );
    expect(a.facts.handsOn).toBe("some");
    expect(a.factEvidence?.handsOn?.quote).toBe(
      "Give your weeks to design reviews and mentoring rather than features.",
    );
  });

  it("quotes the sentence that says the stage most strongly, not a title that hints at it", () => {
    const a = analyzeLines(
      "# Founding Engineer — Brightwell",
      "",
      "We make stock-taking software for small breweries.",
      "",
      "We closed a pre-seed round in May and are four people today.",
    );
    expectQuoted(
      a,
      "stage",
      "early",
      "We closed a pre-seed round in May and are four people today.",
    );
  });

  it("quotes the founding of a company read as long established", () => {
    const a = analyzeLines(
      "# Head of Engineering — Karnaphuli Soft",
      "",
      "Karnaphuli Soft is a services company founded in 2003, with about 700 employees.",
      "",
      "## Responsibilities",
      "- Lead the managers of our four delivery units.",
    );
    expectQuoted(
      a,
      "stage",
      "enterprise",
      "Karnaphuli Soft is a services company founded in 2003, with about 700 employees.",
    );
  });

  it("quotes a team read from its size now to its goal", () => {
    const a = analyzeLines(
      "# Engineering Manager — Orchard Lane",
      "",
      "## The role",
      "You'll inherit a team of 9 engineers and grow it to 14 by next year.",
    );
    expectQuoted(
      a,
      "teamSize",
      { min: 9, max: 14 },
      "You'll inherit a team of 9 engineers and grow it to 14 by next year.",
    );
  });

  it("quotes the title when the title alone makes the role hands-on", () => {
    const a = analyzeLines(
      "# Senior Engineer — Orchard Lane",
      "",
      "## What you'll do",
      "- Design the booking service with the product team.",
    );
    expect(a.facts.handsOn).toBe("required");
    expect(a.factEvidence?.handsOn?.quote).toBe("Senior Engineer — Orchard Lane");
  });

  it("quotes pay read from a run of lines by zone whole, lowest and highest figures included", () => {
    const a = analyzeLines(
      "# Engineering Manager — Orchard Lane",
      "",
      "## What you'll do",
      "- Lead a team of 6 engineers.",
      "",
      "## Pay",
      "Pay: $150,000",
      "",
      "Our base pay ranges by location:",
      "",
      "- Zone 1: $150,000 - $190,000 plus equity",
      "- Zone 2: $160,000 - $205,000 plus equity",
      "- Zone 3: $175,000 - $230,000 plus equity",
    );
    expect(a.facts.compensation).toMatchObject({ min: 150000, max: 230000 });
    const q = a.factEvidence?.compensation;
    expect(q?.quote).toContain("$150,000 - $190,000");
    expect(q?.quote).toContain("$230,000");
    expect(q?.quote).not.toContain("Pay: $150,000");
    expect(q?.sentence).toContain(q?.quote);
  });

  it("quotes the one line that states the pay read, when pay is stated once", () => {
    const text = [
      "# Engineering Manager — Orchard Lane",
      "",
      "## What you'll do",
      "- Lead a team of 6 engineers.",
      "",
      "## Pay",
      "The base salary is $150,000 - $180,000 a year, with a bonus of up to $20,000.",
    ].join("\n");
    const reading = readPosting(text);
    const q = factEvidence(reading, reading.facts, text).compensation;
    expect(q?.sentence).toMatch(/^The base salary is \$150,000 - \$180,000/);
    expect(text.slice(q?.start, q?.end)).toBe(q?.quote);
  });
});

describe("every stated fact of the probe postings is quoted", () => {
  // The probe sets live in the repository: their postings are real in shape (written blind
  // by helpers), so a fact bearing reads without a sentence to show would show here.
  it("quotes a sentence for each reporting line, team size, pay, work mode and stage read", () => {
    const probes = join(repoRoot, "data/probes");
    const unquoted: string[] = [];
    for (const set of readdirSync(probes).filter((d) => d.startsWith("realistic-"))) {
      const dir = join(probes, set, "jds");
      for (const f of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
        const a = analyzeRole(readFileSync(join(dir, f), "utf8"));
        for (const field of ["reportsTo", "teamSize", "compensation", "workMode", "stage"] as const)
          if (a.facts[field] !== null && !a.factEvidence?.[field]) unquoted.push(`${f} ${field}`);
      }
    }
    expect(unquoted).toEqual([]);
  });
});
