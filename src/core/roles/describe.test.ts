import { describe, expect, it } from "vitest";
import { describeFact } from "./describe.js";

describe("describeFact", () => {
  it("puts each kind of fact in words", () => {
    expect(
      describeFact("compensation", { min: 150000, max: 170000, currency: "USD", period: "year" }),
    ).toBe("150,000–170,000 USD per year");
    expect(
      describeFact("compensation", { min: 900, max: 900, currency: "GBP", period: "day" }),
    ).toBe("900 GBP per day");
    expect(describeFact("teamSize", { min: 35, max: 40 })).toBe("35–40");
    expect(describeFact("teamSize", { min: 5, max: 5 })).toBe("5");
    expect(describeFact("workMode", "remote")).toBe("remote");
    expect(describeFact("stage", null)).toBe("not stated");
  });
});
