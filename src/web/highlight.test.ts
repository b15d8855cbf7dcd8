import { describe, expect, it } from "vitest";
import { markPieces } from "./highlight.js";

describe("markPieces", () => {
  it("covers the text exactly, splitting where evidence overlaps", () => {
    const pieces = markPieces(20, [
      { start: 2, end: 10, section: "duties", id: "coding" },
      { start: 5, end: 15, section: "duties", id: "hiring" },
      { start: 30, end: 40, section: "duties", id: "quality" },
    ]);
    expect(pieces).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 5, ids: ["coding"] },
      { start: 5, end: 10, ids: ["coding", "hiring"] },
      { start: 10, end: 15, ids: ["hiring"] },
      { start: 15, end: 20, ids: [] },
    ]);
  });

  it("gives one plain piece without evidence, and none for an empty text", () => {
    expect(markPieces(5, [])).toEqual([{ start: 0, end: 5, ids: [] }]);
    expect(markPieces(0, [])).toEqual([]);
  });
});
