import { describe, expect, it } from "vitest";
import { analyzeRole } from "./analyze.js";
import { readPosting } from "./features.js";
import { FALLBACK_WEIGHT, fallbackWeight, withHandsOnCoding } from "./responsibilities.js";

// Postings of our own writing.
const prose = [
  "# Staff Backend Engineer",
  "",
  "Tallyworks sells scheduling software to dental clinics; twelve of us work from Porto.",
  "The engineer who joins spends most days writing code in Go.",
  "A good share of the week also goes to code review for the other five.",
  "The on-call rota for production incidents includes them.",
  "Infrastructure and reliability work is theirs as well.",
  "Pay is shared on request.",
].join("\n");

describe("postings without duty text", () => {
  it("are read from their whole role text, at a weaker weight, and say so", () => {
    const reading = readPosting(prose);
    expect(reading.wholeText).toBe(true);
    expect(reading.dutiesFound).toBe(true);
    const a = analyzeRole(prose);
    const ids = a.responsibilities.map((r) => r.id);
    expect(ids).toContain("coding");
    expect(ids).toContain("operations");
    expect(a.warnings.join(" ")).toMatch(/no duties section found/);
    // Evidence stays verbatim.
    for (const r of a.responsibilities)
      r.spans.forEach((s, i) => {
        expect(prose.slice(s.start, s.end)).toBe(r.evidence[i]);
      });
  });

  it("are not read when the title names no role (notes, careers pages)", () => {
    const notes = prose.replace("# Staff Backend Engineer", "# Notes after the call");
    const reading = readPosting(notes);
    expect(reading.wholeText).toBe(false);
    expect(reading.dutiesFound).toBe(false);
    expect(analyzeRole(notes).responsibilities).toEqual([]);
  });

  it("weigh a plain sentence below one strong cue's presence, duty-shaped ones as before", () => {
    const reading = readPosting(prose);
    const plain = reading.segments.find((s) => s.text.startsWith("The on-call rota"));
    // One sentence saying it is not enough; two are (noisy-OR of 0.45 and 0.45 is 0.70).
    expect(plain && fallbackWeight(plain)).toBe(FALLBACK_WEIGHT);
    expect(0.9 * FALLBACK_WEIGHT).toBeLessThan(0.5);
    const heading = reading.segments[0];
    expect(heading && fallbackWeight(heading)).toBe(0);
  });
});

describe("coding from a hands-on role stated in the text", () => {
  const em = [
    "# Engineering Manager, Payments",
    "",
    "## What you'll do",
    "- This is a hands-on role: expect to spend about half of each week building features yourself.",
    "- Hold weekly one-on-ones with the six engineers on the team.",
    "- Plan each quarter's work with the product manager.",
  ].join("\n");

  it("adds coding with the hands-on sentence as its evidence", () => {
    const a = analyzeRole(em);
    const coding = a.responsibilities.find((r) => r.id === "coding");
    expect(coding?.evidence[0]).toMatch(/^This is a hands-on role/);
    const span = coding?.spans[0];
    expect(span && em.slice(span.start, span.end)).toBe(coding?.evidence[0]);
  });

  it("adds nothing when the text does not make hands-on work a core duty", () => {
    const reading = readPosting(em.replace("This is a hands-on role: expect", "Expect"));
    expect(reading.hand.findings.map((f) => f.id)).not.toContain("coding");
    const none = withHandsOnCoding([], "some", reading.segments);
    expect(none).toEqual([]);
  });
});
