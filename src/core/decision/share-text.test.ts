import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shareText } from "./share-text.js";

describe("shareText", () => {
  it("keeps rare and near-certain events visible", () => {
    expect([0, 0.003, 0.004999, 0.42, 0.996, 1].map(shareText)).toEqual([
      "0%",
      "<1%",
      "<1%",
      "42%",
      ">99%",
      "100%",
    ]);
  });

  it("reads 0% and 100% only for exact 0 and 1, and is within half a point otherwise", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => {
        const text = shareText(x);
        expect(text === "0%").toBe(x === 0);
        expect(text === "100%").toBe(x === 1);
        const whole = /^(\d+)%$/.exec(text);
        if (whole) expect(Math.abs(Number(whole[1]) - x * 100)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});
