import { describe, expect, it } from "vitest";
import { boundTokens, MAX_TOKEN_CHARS, maskInnerDots } from "./nlp.js";

/** The definitions the fast versions must agree with, as regular expressions. */
const reference = {
  mask: (text: string) =>
    text.replace(/(?<=[\p{L}\p{N}])\.(?=[\p{Ll}\p{N}])|(?<=\p{Lu})\.(?=\p{Lu})/gu, "_"),
  bound: (text: string) =>
    text.replace(new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, "g"), (run) => {
      let out = "";
      for (let i = 0; i < run.length; i += MAX_TOKEN_CHARS) {
        const piece = run.slice(i, i + MAX_TOKEN_CHARS);
        out += i + MAX_TOKEN_CHARS < run.length ? `${piece.slice(0, -1)} ` : piece;
      }
      return out;
    }),
};

/** Deterministic pseudo-random strings over characters that matter to both functions. */
function randomTexts(count: number, seed: number): string[] {
  const alphabet = [..."aZ9.. ._\n\t\u00a0\u2003\u3000ÉéßΣσ١٢x.Y", "𝐀", "𝐚", "\ud835", "\udc00"];
  let s = seed;
  const next = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  return Array.from({ length: count }, () => {
    const n = Math.floor(next() * 300);
    let t = "";
    for (let i = 0; i < n; i++) t += alphabet[Math.floor(next() * alphabet.length)];
    return t;
  });
}

describe("maskInnerDots", () => {
  it("masks dots inside words and keeps sentence ends", () => {
    expect(maskInnerDots("Node.js and ASP.NET, e.g. 3.5. End.")).toBe(
      "Node_js and ASP_NET, e_g. 3_5. End.",
    );
    expect(maskInnerDots("teams.You will")).toBe("teams.You will");
  });

  it("agrees with its regular-expression definition on random text", () => {
    for (const t of randomTexts(400, 7)) expect(maskInnerDots(t)).toBe(reference.mask(t));
  });
});

describe("boundTokens", () => {
  it("cuts runs of non-space characters longer than the bound, keeping the length", () => {
    const run = "#".repeat(250);
    const out = boundTokens(`a ${run} b`);
    expect(out).toHaveLength(run.length + 4);
    expect(Math.max(...out.split(/\s+/).map((w) => w.length))).toBeLessThanOrEqual(MAX_TOKEN_CHARS);
    expect(boundTokens("short words only")).toBe("short words only");
  });

  it("agrees with its regular-expression definition, unicode spaces included", () => {
    const spaces = [" ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028", "\u0085"];
    for (const [i, t] of randomTexts(200, 11).entries()) {
      const long = `${"x".repeat(60 + (i % 90))}${spaces[i % spaces.length]}${"y".repeat(95 + (i % 20))}${t}`;
      expect(boundTokens(long)).toBe(reference.bound(long));
    }
  });
});
