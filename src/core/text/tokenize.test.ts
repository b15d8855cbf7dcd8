import { describe, expect, it } from "vitest";
import { forEachRawToken, hasSpecialSpace, MAX_PRECEDING_SPACES } from "./tokenize.js";

/** wink-nlp 2.4's own cut (its tokenizer's loop over `text.split(splitter)`), as the reference. */
function reference(text: string): Array<[string, number]> {
  const splitter = /([ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+|[\n\r\t]+)/;
  const out: Array<[string, number]> = [];
  let spaces = 0;
  for (const t of text.split(splitter)) {
    if (!t) continue;
    if (t[0] === " " || /[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/.test(t)) {
      spaces = Math.min(t.length, MAX_PRECEDING_SPACES);
    } else {
      out.push([t, spaces]);
      spaces = 0;
    }
  }
  return out;
}

function ours(text: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  forEachRawToken(text, (start, end, spaces) => out.push([text.slice(start, end), spaces]));
  return out;
}

function randomTexts(count: number, seed: number): string[] {
  const alphabet = [
    ..."ab.,'’(-) \n\r\t\u00a0\u2003\u2009\u3000\u2028\u000b\ufeffé",
    "𝐀",
    " ",
    "  ",
  ];
  let s = seed;
  const next = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  return Array.from({ length: count }, () => {
    let t = "";
    for (let i = Math.floor(next() * 200); i > 0; i--) {
      t += alphabet[Math.floor(next() * alphabet.length)];
    }
    return t;
  });
}

describe("forEachRawToken", () => {
  it("cuts at spaces, keeps runs of line breaks as tokens and counts preceding spaces", () => {
    expect(ours("  Lead the team,\n\n  then ship.  ")).toEqual([
      ["Lead", 2],
      ["the", 1],
      ["team,", 1],
      ["\n\n", 0],
      ["then", 2],
      ["ship.", 1],
    ]);
    expect(ours("a\u00a0b\u3000c")).toEqual([
      ["a", 0],
      ["b\u3000c", 1],
    ]);
    expect(ours("")).toEqual([]);
  });

  it("agrees with wink-nlp's split on random text", () => {
    for (const t of randomTexts(500, 5)) expect(ours(t)).toEqual(reference(t));
  });

  it("caps the count of preceding spaces as wink-nlp does", () => {
    const text = `${" ".repeat(70_000)}x`;
    expect(ours(text)).toEqual(reference(text));
  });
});

describe("hasSpecialSpace", () => {
  it("finds the no-break and fixed-width spaces wink-nlp splits at, and only those", () => {
    expect(hasSpecialSpace("plain text\twith\nbreaks")).toBe(false);
    expect(hasSpecialSpace("ideographic\u3000space")).toBe(false);
    for (const c of ["\u00a0", "\u2002", "\u2005", "\u2009", "\u200a", "\u202f", "\u205f"]) {
      expect(hasSpecialSpace(`a${c}b`)).toBe(true);
    }
  });
});
