import { describe, expect, it } from "vitest";
import { allMatches, globalOf } from "./matches.js";

describe("allMatches", () => {
  it("gives the matches matchAll gives, empty ones included, and leaves the cursor at 0", () => {
    const cases: [RegExp, string][] = [
      [/\d+/gi, "a team of 8, then 12, then 30+ engineers"],
      [/x*/g, "axxb"],
      [/\bteam\b/gi, "Team of teams: the team"],
    ];
    for (const [re, text] of cases) {
      const walked = allMatches(re, text).map((m) => [m.index, m[0]]);
      expect(walked).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0]]));
      expect(re.lastIndex).toBe(0);
    }
  });
});

describe("globalOf", () => {
  it("adds the g flag once per pattern, keeping the others", () => {
    const re = /team/i;
    expect(globalOf(re).flags).toBe("gi");
    expect(globalOf(re)).toBe(globalOf(re));
    const g = /team/gi;
    expect(globalOf(g)).toBe(g);
  });
});
