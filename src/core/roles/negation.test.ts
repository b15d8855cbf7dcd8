import { describe, expect, it } from "vitest";
import { negatedAt, negationScope, saysUnnegated } from "./negation.js";
import { prepareText } from "./text.js";

/** The words of the first sentence of `text` that a negation governs. */
function negated(text: string): string[] {
  const seg = prepareText(text).segments[0];
  if (!seg) throw new Error("no sentence");
  const scope = negationScope(seg);
  return seg.words.filter((_, i) => scope?.[i] === 1);
}

describe("negationScope", () => {
  it("governs the rest of the clause after the negator", () => {
    expect(negated("You will not be expected to write production code.")).toEqual([
      "be",
      "expected",
      "to",
      "write",
      "production",
      "code",
    ]);
  });

  it("reads contractions split by the tokenizer", () => {
    expect(negated("You won't manage people.")).toEqual(["manage", "people"]);
    expect(negated("This isn't a people-management role.")).toContain("management");
  });

  it("ends at punctuation and at a contrastive conjunction", () => {
    expect(negated("No direct reports; you'll lead the architecture.")).toEqual([
      "direct",
      "reports",
    ]);
    expect(negated("You won't manage people, but you will own hiring.")).toEqual([
      "manage",
      "people",
    ]);
    expect(negated("You won't manage people but you will own hiring.")).toEqual([
      "manage",
      "people",
    ]);
  });

  it("runs over the items of a list that ends with 'or', and stops at a new clause", () => {
    expect(
      negated("You will not run the data centres, sign vendor deals or write code yourself."),
    ).toEqual(expect.arrayContaining(["run", "sign", "write", "code"]));
    expect(negated("We don't track hours, you own your calendar or ask for help.")).toEqual([
      "track",
      "hours",
    ]);
    expect(negated("No degree needed, and Python or Go is a plus.")).toEqual(["degree", "needed"]);
  });

  it("is null where nothing is negated, and for 'not only' and 'no later than'", () => {
    const seg = prepareText("You will lead hiring and write code.").segments[0];
    expect(seg && negationScope(seg)).toBeNull();
    expect(negated("You will not only write code but also lead the team.")).toEqual([]);
    expect(negated("Start no later than March.")).toEqual([]);
  });
});

describe("negatedAt and saysUnnegated", () => {
  const first = (text: string) => {
    const seg = prepareText(text).segments[0];
    if (!seg) throw new Error("no sentence");
    return seg;
  };

  it("tells a match inside a negation's scope from one outside it", () => {
    const seg = first("We are not publicly traded, but we are profitable.");
    expect(negatedAt(seg, seg.text.indexOf("publicly"))).toBe(true);
    expect(negatedAt(seg, seg.text.indexOf("profitable"))).toBe(false);
    expect(saysUnnegated(seg, /publicly traded/i)).toBe(false);
    expect(saysUnnegated(seg, /profitable/i)).toBe(true);
  });

  it("reads a sentence without a negator as it is", () => {
    const seg = first("We are publicly traded.");
    expect(saysUnnegated(seg, /publicly traded/i)).toBe(true);
    expect(saysUnnegated(seg, /series b/i)).toBe(false);
  });
});
