import { describe, expect, it } from "vitest";
import { stem } from "./stem.js";

describe("stem", () => {
  it("gives inflections of one verb the same stem", () => {
    const forms = ["hire", "hires", "hiring", "hired", "Hiring"];
    expect(new Set(forms.map(stem))).toEqual(new Set(["hir"]));
    expect(stem("planning")).toBe(stem("plan"));
    expect(stem("shipping")).toBe(stem("ships"));
    expect(stem("processes")).toBe(stem("process"));
  });

  it("keeps role nouns apart from their verb", () => {
    expect(stem("manager")).not.toBe(stem("manage"));
    expect(stem("management")).not.toBe(stem("managing"));
  });

  it("leaves short words and words ending in -ss alone", () => {
    expect(stem("AI")).toBe("ai");
    expect(stem("qa")).toBe("qa");
    expect(stem("business")).toBe("business");
  });
});
