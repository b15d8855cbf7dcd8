import { describe, expect, it } from "vitest";
import { VALUE_IDS } from "../taxonomy.js";
import { valueQuote } from "./value-quote.js";

// A sentence of our own writing, long as posts' sentences often are, its value at the end.
const sentence =
  "After two years of budget meetings, board decks and reorganisations that never seemed to end,\n what I miss most is writing code with my own hands.";

const inner = (q: string) => q.replace(/^\.\.\./, "").replace(/\.\.\.$/, "");

describe("valueQuote", () => {
  it("keeps a short sentence whole, its white space collapsed", () => {
    expect(valueQuote("I want to  write\ncode again.", "hands_on")).toBe(
      "I want to write code again.",
    );
  });

  it("cuts a long sentence around the words that state the value", () => {
    const q = valueQuote(sentence, "hands_on", 80);
    expect(q).toMatch(/^\.\.\..*writing code.*\.$/);
    expect(q.length).toBeLessThanOrEqual(80);
  });

  it("quotes the sentence's own words for every value, the opening when no cue is there", () => {
    const flat = sentence.replace(/\s+/g, " ");
    for (const id of VALUE_IDS) {
      const q = valueQuote(sentence, id, 60);
      expect(flat).toContain(inner(q));
      expect(q.length).toBeLessThanOrEqual(60);
    }
    expect(valueQuote(sentence, "compensation", 60)).toMatch(/^After two years/);
  });
});
