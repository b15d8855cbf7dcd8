import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { keepUnchangedLines } from "./keep-layout.js";

const FRONT = `title: CTO, Meridian Freight
ratings:
  technologists: [4, 5]   # the VP Eng is strong
  hands_on: 2
  learning: [3, 4]   # depends on the board
  impact: {low: 4, high: 5}
`;

function edit(text: string, path: string[], value: unknown): string {
  const doc = parseDocument(text);
  doc.setIn(path, value);
  return doc.toString();
}

describe("keepUnchangedLines", () => {
  it("keeps the user's layout on lines the edit did not touch", () => {
    const after = edit(FRONT, ["ratings", "hands_on"], 3);
    expect(after).toContain("[ 4, 5 ] # the VP Eng");
    const kept = keepUnchangedLines(FRONT, after);
    expect(kept).toBe(FRONT.replace("hands_on: 2", "hands_on: 3"));
  });

  it("never keeps an old line whose value changed", () => {
    const after = edit(FRONT, ["ratings", "learning"], [2, 4]);
    const kept = keepUnchangedLines(FRONT, after);
    expect(parse(kept).ratings.learning).toEqual([2, 4]);
    expect(kept).toContain("technologists: [4, 5]   # the VP Eng is strong");
  });

  it("keeps a field the edit did not touch as written, comment after its key included", () => {
    const before = `title: Fractional CTO practice
dates:
  added: 2026-10-20
compensation:     # what two founders said they would pay
  dayRate: { amount: [1400, 2200], currency: EUR }
`;
    const after = edit(before, ["dates", "updated"], "2026-12-02");
    // The library alone moves the comment to a line of its own.
    expect(after).toContain("compensation:\n  # what two founders");
    const kept = keepUnchangedLines(before, after);
    expect(kept).toBe(
      before.replace("added: 2026-10-20\n", "added: 2026-10-20\n  updated: 2026-12-02\n"),
    );
  });

  it("always means what the re-printed text means (property)", () => {
    const scalar = fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom("a", "b c", "[x", "y]"),
    );
    const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }));
    const keys = fc.constantFrom("a", "b", "c", "d");
    const record = fc.dictionary(keys, value, { minKeys: 1 });
    fc.assert(
      fc.property(record, keys, value, (data, key, next) => {
        const doc = parseDocument("");
        doc.contents = doc.createNode(data) as never;
        // The user's own layout: flow lists without padding and a comment on every line.
        const before = doc
          .toString({ flowCollectionPadding: false })
          .split("\n")
          .map((line) => (line.trim() === "" ? line : `${line}    # note`))
          .join("\n");
        const after = edit(before, [key], next);
        const kept = keepUnchangedLines(before, after);
        expect(parse(kept)).toEqual(parse(after));
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});
