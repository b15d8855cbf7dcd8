import { describe, expect, it } from "vitest";
import { forEachRawToken, MAX_PRECEDING_SPACES } from "./tokenize.js";

/** wink-nlp 2.4's own cut (its tokenizer's loop over `text.split(splitter)`), as the reference. */
function reference(text: string): Array<[string, number, string]> {
  const splitter = /([ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+|[\n\r\t]+)/;
  const out: Array<[string, number, string]> = [];
  let spaces = 0;
  let special = "";
  for (const t of text.split(splitter)) {
    if (!t) continue;
    const hasSpecial = /[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/.test(t);
    if (t[0] === " " || hasSpecial) {
      spaces = Math.min(t.length, MAX_PRECEDING_SPACES);
      special = hasSpecial ? t : "";
    } else {
      out.push([t, spaces, special]);
      spaces = 0;
      special = "";
    }
  }
  return out;
}

/** Each raw token with its preceding spaces and the run of them when it holds a special one. */
function ours(text: string): Array<[string, number, string]> {
  const out: Array<[string, number, string]> = [];
  forEachRawToken(text, (start, end, spaces, from) =>
    out.push([text.slice(start, end), spaces, from < 0 ? "" : text.slice(from, start)]),
  );
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
      ["Lead", 2, ""],
      ["the", 1, ""],
      ["team,", 1, ""],
      ["\n\n", 0, ""],
      ["then", 2, ""],
      ["ship.", 1, ""],
    ]);
    expect(ours("a \u00a0b\u3000c")).toEqual([
      ["a", 0, ""],
      ["b\u3000c", 2, " \u00a0"],
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
