import { describe, expect, it } from "vitest";
import { capitalise, ratingPast } from "./format.js";

describe("ratingPast: a rating change shown past the tie", () => {
  it("rounds a rise up and a fall down, to one decimal", () => {
    // 4.74 to tie: 4.7 would not be enough, 4.8 is.
    expect(ratingPast(4.74, true)).toBe("rose to 4.8");
    expect(ratingPast(2.36, false)).toBe("fell to 2.3");
  });

  it("says above or below when the tie is already that round", () => {
    expect(ratingPast(3, false)).toBe("fell below 3");
    expect(ratingPast(4.5, true)).toBe("rose above 4.5");
    // Floating-point noise around a round tie is not a step of 0.1.
    expect(ratingPast(0.1 + 0.2, true)).toBe("rose above 0.3");
  });

  it("writes large figures with separators", () => {
    expect(ratingPast(182_345.25, true)).toBe("rose to 182,345.3");
  });
});

describe("capitalise", () => {
  it("raises the first letter only, and leaves an empty text empty", () => {
    expect(capitalise("only on-target earnings are stated")).toBe(
      "Only on-target earnings are stated",
    );
    expect(capitalise("eNG manager")).toBe("ENG manager");
    expect(capitalise("")).toBe("");
  });
});
