import { describe, expect, it } from "vitest";
import { RESPONSIBILITY_IDS } from "../taxonomy.js";
import { dutyQuote } from "./duty-quote.js";

// Sentences of our own writing, as a posting pasted as one paragraph runs its duties together.
const long =
  "We are looking for a Head of Engineering to lead our logistics group, grow the team from nine to twenty, run the weekly planning with product, and own the incident process for the on-call rota.";

/** The quote without its dots: words of the sentence, verbatim. */
const inner = (q: string) => q.replace(/^\.\.\./, "").replace(/\.\.\.$/, "");

describe("dutyQuote", () => {
  it("keeps a short sentence whole", () => {
    expect(dutyQuote("Run the on-call rota.", "operations")).toBe("Run the on-call rota.");
  });

  it("cuts a long sentence around the words that state the duty", () => {
    const q = dutyQuote(long, "operations", 80);
    expect(q).toMatch(/^\.\.\..*incident process for the on-call rota\.$/);
    expect(long).toContain(inner(q));
    expect(q.length).toBeLessThanOrEqual(80);
  });

  it("keeps the opening words when the duty is stated there, or not by a cue at all", () => {
    expect(dutyQuote(long, "hiring", 110)).toMatch(/^We are looking for .*grow the team.*\.\.\.$/);
    expect(dutyQuote(long, "evangelism", 80)).toMatch(/^We are looking for a Head of .*\.\.\.$/);
  });

  it("quotes the sentence's own words, within the length asked, for every responsibility", () => {
    for (const id of RESPONSIBILITY_IDS)
      for (const max of [30, 60, 110]) {
        const q = dutyQuote(long, id, max);
        expect(long).toContain(inner(q));
        expect(q.length).toBeLessThanOrEqual(max);
        expect(inner(q)).not.toMatch(/^\s|\s$/);
      }
  });
});
