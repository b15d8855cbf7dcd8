import { describe, expect, it } from "vitest";
import { analyseReflection } from "../reflect/index.js";
import { analyzeRole } from "../roles/index.js";
import { decodeEntity } from "./entities.js";

describe("decodeEntity", () => {
  it("decodes named, decimal and hexadecimal references", () => {
    expect(decodeEntity("rsquo")).toBe("’");
    expect(decodeEntity("#8217")).toBe("’");
    expect(decodeEntity("#x2019")).toBe("’");
    expect(decodeEntity("#X2019")).toBe("’");
    expect(decodeEntity("#128512")).toBe("😀");
  });

  it("reads a reference to no character as U+FFFD, and leaves unknown names alone", () => {
    expect(decodeEntity("#0")).toBe("\ufffd");
    expect(decodeEntity("#9999999")).toBe("\ufffd");
    expect(decodeEntity("#x110000")).toBe("\ufffd");
    expect(decodeEntity("zzzz")).toBeUndefined();
  });

  it("keeps both readers going on a reference past U+10FFFF (both threw a RangeError)", () => {
    const posting =
      "<h1>Engineering Manager</h1><p>You will lead a team of 8 engineers &#9999999; and hire.</p>";
    expect(analyzeRole(posting).facts.teamSize).toEqual({ min: 8, max: 8 });
    const post = "<p>I left my job because I wanted more autonomy &#9999999; and time.</p>\n";
    expect(() => analyseReflection(post)).not.toThrow();
  });
});
