import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anyOf, compileCues, cueHits, isRejected, wholeWords } from "./match.js";
import { readPost } from "./post.js";
import { sentencesOf } from "./sentences.js";
import { VALUE_CUE_REGEXES } from "./values.js";

/** Whether any regex of the list matches the text, each tried on its own. */
function someMatch(regexes: readonly RegExp[], text: string): boolean {
  return regexes.some((r) => {
    r.lastIndex = 0;
    return r.test(text);
  });
}

describe("anyOf: one test for a list of cues", () => {
  it("matches exactly when one of the list matches, lookarounds and whole words kept", () => {
    const list = compileCues([
      ["(?<!machine )learning", 1],
      ["variety(?! of)", 1],
      ["grow|growth", 1],
    ]).map((c) => c.regex);
    const gate = anyOf(list);
    expect(gate).not.toBeNull();
    const texts = [
      "i want more learning",
      "machine learning is fun",
      "a variety of things",
      "variety, mostly",
      "growing pains",
      "growth",
      "outgrowth",
      "",
    ];
    for (const text of texts) expect(gate?.test(text), text).toBe(someMatch(list, text));
    expect(texts.filter((t) => gate?.test(t))).toEqual([
      "i want more learning",
      "variety, mostly",
      "growth",
    ]);
  });

  it("checks word boundaries once around whole-word cues, and keeps each check otherwise", () => {
    const words = [wholeWords("grow|growth"), wholeWords("learn")];
    expect(anyOf(words)?.source.match(/\(\?<!/g)?.length).toBe(1);
    // A cue that is not one pattern between the wrappers ("a)|(?:b") is joined as written.
    const odd = [wholeWords("a)|(?:b"), wholeWords("c")];
    expect(anyOf(odd)?.source.match(/\(\?<!/g)?.length).toBe(2);
    for (const text of ["xa", "a-", "bx", "b", "xb", "ab", "c", "xc", "c-d"])
      expect(anyOf(odd)?.test(text), text).toBe(someMatch(odd, text));
  });

  it("refuses lists it cannot join without changing what they match", () => {
    expect(anyOf([/(a)\1/g, /b/g])).toBeNull(); // a group by number
    expect(anyOf([/(?<x>a)\k<x>/g, /b/g])).toBeNull(); // a group by name
    expect(anyOf([/a/gi, /b/g])).toBeNull(); // different flags
    expect(anyOf([/a/y, /b/y])).toBeNull(); // sticky
    expect(anyOf([])).toBeNull();
    expect(anyOf([/a/g, /b/g])?.flags).toBe("");
  });

  it("gives every value's cues the same hits as trying each cue (fixture posts)", () => {
    const dir = join(import.meta.dirname, "fixtures");
    const sentences = readdirSync(dir)
      .filter((f) => /\.(md|txt)$/.test(f))
      .flatMap((f) => sentencesOf(readPost(readFileSync(join(dir, f), "utf8"))));
    expect(sentences.length).toBeGreaterThan(50);
    let hits = 0;
    for (const [, cues] of VALUE_CUE_REGEXES) {
      const regexes = cues.map((c) => c.regex);
      const gate = anyOf(regexes);
      expect(gate).not.toBeNull();
      for (const s of sentences) {
        const found = cueHits(s, cues);
        hits += found.length;
        expect(gate?.test(s.norm)).toBe(someMatch(regexes, s.norm));
        expect(found.length > 0).toBe(someMatch(regexes, s.norm));
      }
    }
    expect(hits).toBeGreaterThan(0);
  });
});

describe("isRejected: money set aside or taken in less, in sentences of our own", () => {
  /** Whether the first `cue` in the (normalised, lower-case) sentence is read as rejected. */
  const rejected = (sentence: string, cue: string) => {
    const at = sentence.indexOf(cue);
    if (at < 0) throw new Error(`no "${cue}" in "${sentence}"`);
    return isRejected(sentence, at, at + cue.length);
  };

  it("reads money set aside as not sought", () => {
    expect(rejected("money isn't what this move is about", "money")).toBe(true);
    expect(rejected("if money were the reason, i'd have taken the bank's offer", "money")).toBe(
      true,
    );
    expect(rejected("the salary and the title i treat as secondary", "salary")).toBe(true);
    expect(rejected("i'm not optimising for salary this time", "salary")).toBe(true);
  });

  it("reads a smaller salary taken as not sought, and a better one as sought", () => {
    expect(rejected("it comes with a much smaller salary and a lot of freedom", "salary")).toBe(
      true,
    );
    expect(rejected("my income this year will be close to zero", "income")).toBe(true);
    expect(rejected("i want a better salary and a shorter commute", "salary")).toBe(false);
    expect(rejected("the money was the reason i left", "money")).toBe(false);
  });
});

describe("the hands-on value's cues on roles of our own wording", () => {
  /** The hands_on cue hits of one sentence. */
  const handsOnHits = (text: string) => {
    const cues = VALUE_CUE_REGEXES.find(([id]) => id === "hands_on")?.[1] ?? [];
    return sentencesOf(readPost(text)).flatMap((s) => cueHits(s, cues));
  };

  it("reads an engineering role as hands-on, but not a head or VP of engineering role", () => {
    expect(handsOnHits("I want an engineering role again.").length).toBeGreaterThan(0);
    expect(handsOnHits("Option one: a Head of Engineering role.")).toEqual([]);
    expect(handsOnHits("Or a VP of Engineering role in Lisbon.")).toEqual([]);
  });
});
