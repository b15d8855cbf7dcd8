import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { describeShared, sharedDir } from "../testing/shared.js";
import {
  boundTokens,
  hasRunLongerThan,
  MAX_TOKEN_CHARS,
  maskInnerDots,
  nlp,
  nlpTagger,
  type ReadOptions,
  readTokens,
  tokenLemma,
  tokenNegated,
  tokenPos,
  tokenSpaces,
  tokenType,
  tokenValue,
} from "./nlp.js";
import { blankMarkup } from "./roles/text.js";

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

describe("hasRunLongerThan", () => {
  it("finds a run of more than max non-space characters wherever it starts", () => {
    const direct = (text: string, max: number) => text.split(/\s/).some((run) => run.length > max);
    for (const max of [1, 3, 10, 100]) {
      for (let before = 0; before < 2 * max + 3; before++) {
        for (const length of [max - 1, max, max + 1, max + 2]) {
          const text = `${" ".repeat(before)}${"x".repeat(Math.max(0, length))}\u3000b`;
          expect(hasRunLongerThan(text, max), `${max} ${before} ${length}`).toBe(direct(text, max));
        }
      }
    }
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

/**
 * Differences between {@link readTokens} and wink-nlp's own `readDoc` on `text`: token values,
 * types, preceding spaces, sentence spans, and as `options` asks part-of-speech tags with the
 * lemmas of verbs (what the role analyser reads; against the tagger instance) or negation
 * flags (what the reflection reader reads; against the full pipeline). Empty when they agree.
 */
function differences(text: string, options: ReadOptions): string[] {
  const w = options.pos ? nlpTagger() : nlp();
  const its = w.its;
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const types = tokens.out(its.type) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = options.pos ? (tokens.out(its.pos) as string[]) : [];
  const negated = options.negation ? (tokens.out(its.negationFlag) as unknown as boolean[]) : [];
  const ours = readTokens(text, options);
  const out: string[] = [];
  if (ours.numOfTokens !== values.length)
    out.push(`${ours.numOfTokens} tokens, wink ${values.length}`);
  for (let i = 0; i < Math.min(ours.numOfTokens, values.length) && out.length < 5; i++) {
    const mine: unknown[] = [tokenValue(ours, i), tokenType(ours, i), tokenSpaces(ours, i)];
    const theirs: unknown[] = [values[i], types[i], spaces[i]];
    if (options.pos) {
      mine.push(tokenPos(ours, i));
      theirs.push(pos[i]);
      if (pos[i] === "VERB" || pos[i] === "AUX") {
        mine.push(tokenLemma(ours, i));
        theirs.push(tokens.itemAt(i).out(its.lemma as never));
      }
    }
    if (options.negation) {
      mine.push(tokenNegated(ours, i));
      theirs.push(negated[i]);
    }
    const a = JSON.stringify(mine);
    const b = JSON.stringify(theirs);
    if (a !== b) out.push(`token ${i}: ${a}, wink ${b}`);
  }
  const spans = JSON.stringify(doc.sentences().out(its.span));
  if (JSON.stringify(ours.sentences.map((s) => [s[0], s[1]])) !== spans) out.push("sentences");
  return out;
}

const ROLES: ReadOptions = { pos: true };
const REFLECT: ReadOptions = { negation: true };

describe("readTokens", () => {
  it("reads as wink-nlp does: punctuation, contractions, URLs, numbers, spaces, negation", () => {
    const texts = [
      "I can't say we didn't ship it. Don't   you know?\n\nLead the team (5 engineers), e.g. Node.js!",
      "Email jo@example.com or see https://example.com/jobs?id=3; $180K-$210K/yr, 10:30am, 3rd.",
      "“Quoted,” she said—and left… 'tis the season; ain't it? #hiring @bearing :-) 🚀 1990s",
      "No\u00a0break\u2009spaces and\ttabs\r\nCRLF lines\n\n\n",
      "We\u00a0 can't,\u202fwon't\u00a0(ever) \u00a0\n\u2005say\u00a0no.\u00a0",
      "",
      "   ",
      "Own the roadmap. Never stop learning. Not a manager role, not now!",
      // A byte-order mark alone, or at the end, is cut into no token at all.
      "\ufeff",
      "a \ufeff",
      "a \ufeff b",
      "\ufeff\ufeff x\ufeffy \u00a0\ufeff\n",
    ];
    for (const t of texts) {
      expect(differences(t, ROLES)).toEqual([]);
      expect(differences(t, REFLECT)).toEqual([]);
    }
  });

  it("cuts a token again once the lexicon has learnt one of its parts, as wink-nlp does", () => {
    // wink-nlp cuts "Wuv66a...." as "Wuv66a" "." "..." while "Wuv66a" is unknown, and as
    // "Wuv66a" "...." once it has read it: its cut depends on what it has read before.
    for (const options of [ROLES, REFLECT]) {
      const word = options.pos ? "Wuv66a" : "Wuv67a";
      for (const t of [`${word}....`, `${word}...`, `${word}....`, `(${word}, ${word}'s)`]) {
        expect(differences(t, options), t).toEqual([]);
      }
    }
  });

  it("reads our own fixtures as wink-nlp does", () => {
    const dirs = ["roles/fixtures", "reflect/fixtures"].map((d) =>
      fileURLToPath(new URL(`./${d}/`, import.meta.url)),
    );
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n))) {
        const text = readFileSync(join(dir, f), "utf8");
        expect(differences(text, ROLES), f).toEqual([]);
        expect(differences(text, REFLECT), f).toEqual([]);
      }
    }
  });
});

describeShared("readTokens on every text in ../shared", () => {
  // Postings as the role reader passes them (markup blanked, inner dots masked), posts as the
  // reflection reader does (inner dots masked), each with the annotations its reader reads.
  const dirs = ["corpus/jds", "dev/jds", "corpus/posts", "dev/posts", "seeds"];
  for (const d of dirs) {
    it(`reads ${d} as wink-nlp does`, () => {
      const dir = join(sharedDir, d);
      for (const f of readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n))) {
        const text = readFileSync(join(dir, f), "utf8");
        if (d.endsWith("jds")) {
          expect(differences(maskInnerDots(boundTokens(blankMarkup(text))), ROLES), f).toEqual([]);
        } else expect(differences(boundTokens(maskInnerDots(text)), REFLECT), f).toEqual([]);
      }
    }, 120_000);
  }
});
