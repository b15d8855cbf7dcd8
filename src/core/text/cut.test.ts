import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutAround } from "./cut.js";

/** The quote without its dots: words of the text, verbatim. */
const inner = (q: string) => q.replace(/^\.\.\./, "").replace(/\.\.\.$/, "");

describe("cutAround", () => {
  const text =
    "Over the last year I led the platform team through two reorganisations, and what I want next is a role where I can write code every day.";

  it("keeps a short text whole", () => {
    expect(cutAround("Short enough.", null, 40)).toBe("Short enough.");
  });

  it("keeps the opening words without a focus, or when the focus lies within reach", () => {
    expect(cutAround(text, null, 50)).toBe("Over the last year I led the platform team...");
    expect(cutAround(text, [28, 41], 50)).toBe("Over the last year I led the platform team...");
  });

  it("centres on a focus beyond reach of the start", () => {
    const at = text.indexOf("write code");
    const q = cutAround(text, [at, at + "write code".length], 50);
    expect(q).toMatch(/^\.\.\..*write code every day\.$/);
    expect(q.length).toBeLessThanOrEqual(50);
  });

  it("quotes the text's own words, within the length, holding a focused word that fits", () => {
    const words = fc.constantFrom(
      "a",
      "lead",
      "teams",
      "of",
      "engineers,",
      "and",
      "write",
      "code.",
    );
    fc.assert(
      fc.property(
        fc.array(words, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 20, max: 120 }),
        fc.nat(),
        (list, max, pick) => {
          const t = list.join(" ");
          // The focus: one of the words, by its offsets.
          const k = pick % list.length;
          const start = list.slice(0, k).join(" ").length + (k > 0 ? 1 : 0);
          const focus: [number, number] = [start, start + (list[k] as string).length];
          const q = cutAround(t, focus, max);
          const kept = inner(q);
          expect(t).toContain(kept);
          expect(q.length).toBeLessThanOrEqual(max);
          if (q === t || t.indexOf(kept) !== t.lastIndexOf(kept)) return;
          const from = t.indexOf(kept);
          expect(from).toBeLessThanOrEqual(focus[0]);
          expect(from + kept.length).toBeGreaterThanOrEqual(focus[1]);
        },
      ),
    );
  });
});
