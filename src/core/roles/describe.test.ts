import { describe, expect, it } from "vitest";
import { describeFact, describeReadsAs } from "./describe.js";

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

describe("describeReadsAs", () => {
  const archetype = {
    id: "director" as const,
    confidence: 0.55,
    ranked: [{ id: "vp_engineering" as const, score: 0.3 }],
  };
  it("names one archetype when the reading is confident, two when it is not", () => {
    expect(describeReadsAs(archetype, ["director"])).toBe("Director (55%)");
    expect(describeReadsAs(archetype, ["director", "vp_engineering"])).toBe(
      "Director or VP of Engineering (55% / 30%, not sure which)",
    );
  });
});
