import { describe, expect, it } from "vitest";
import { optionLabels } from "./option-list.js";

describe("optionLabels", () => {
  it("names options by title, adding the id only where titles collide", () => {
    const labels = optionLabels([
      { id: "bank-vp", title: "VP of Engineering" },
      { id: "other-vp", title: " vp of engineering " },
      { id: "seed-cto", title: "Founding CTO, Tallyho" },
    ]);
    expect(labels.get("bank-vp")).toBe("VP of Engineering [bank-vp]");
    expect(labels.get("other-vp")).toBe(" vp of engineering  [other-vp]");
    expect(labels.get("seed-cto")).toBe("Founding CTO, Tallyho");
  });
});
