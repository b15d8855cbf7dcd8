/**
 * The shared English NLP pipeline: wink-nlp with wink-eng-lite-web-model, which ships inside
 * its npm package, so nothing is downloaded at run time. Loading the model takes a few hundred
 * milliseconds, so it is created once, on first use, and shared by the role and reflection
 * analysers.
 */

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

export type Nlp = ReturnType<typeof winkNLP>;

let instance: Nlp | undefined;

/** The process-wide wink-nlp instance (created on first call). */
export function nlp(): Nlp {
  instance ??= winkNLP(model);
  return instance;
}

let tagger: Nlp | undefined;

/**
 * A lighter instance of the same model with only sentence boundaries and part-of-speech tags
 * (hence lemmas): no entities, negation or sentiment. About twice as fast as {@link nlp}; the
 * role analyser uses it to read many postings a second.
 */
export function nlpTagger(): Nlp {
  tagger ??= winkNLP(model, ["sbd", "pos"]);
  return tagger;
}

/** Longest run of non-space characters handed to wink-nlp in one piece. */
export const MAX_TOKEN_CHARS = 100;

/**
 * The text with a space in place of every {@link MAX_TOKEN_CHARS}-th character of a longer
 * run of non-space characters; same length, so offsets into it are offsets into `text`.
 * wink-nlp's tokenizer tries an e-mail pattern whose cost grows with the square of a token's
 * length: a 200 000-character run (a pasted blob, `####…`) took minutes. Runs that long are
 * never words, and cutting one changes nothing the analysers read.
 */
export function boundTokens(text: string): string {
  // Most texts have no such run: one pass over the code units finds out without a regex.
  if (!hasRunLongerThan(text, MAX_TOKEN_CHARS)) return text;
  const long = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, "g");
  return text.replace(long, (run) => {
    let out = "";
    for (let i = 0; i < run.length; i += MAX_TOKEN_CHARS) {
      const piece = run.slice(i, i + MAX_TOKEN_CHARS);
      out += i + MAX_TOKEN_CHARS < run.length ? `${piece.slice(0, -1)} ` : piece;
    }
    return out;
  });
}

/** Whether `c` (a UTF-16 code unit) is one of the characters `\s` matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Does `text` hold a run of more than `max` non-space code units? */
function hasRunLongerThan(text: string, max: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) run = 0;
    else if (++run > max) return true;
  }
  return false;
}

/**
 * The text with a dot inside a word ("Node.js", "ASP.NET", "e.g", "3.5") replaced by "_", same
 * length, for wink-nlp's sentence splitter, which otherwise ends a sentence at "Node." and
 * starts another at "js". A dot between a lowercase letter and a capital ("teams.You", a
 * scraped text that lost its space) still ends a sentence. Readers pass the masked text to
 * wink-nlp and take every quote from the unmasked one, so evidence stays verbatim.
 */
export function maskInnerDots(text: string): string {
  // The regex below, tried at every dot only (a lookbehind tried at every character of a
  // posting cost more than the rest of this function's callers' string work).
  let at = text.indexOf(".");
  if (at < 0) return text;
  let out = "";
  let from = 0;
  for (; at >= 0; at = text.indexOf(".", at + 1)) {
    if (innerDot(text, at)) {
      out += `${text.slice(from, at)}_`;
      from = at + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LOWER_OR_DIGIT = /^[\p{Ll}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;

/** The dot at `at` sits inside a word, as {@link maskInnerDots} defines it. */
function innerDot(text: string, at: number): boolean {
  const before = codePointBefore(text, at);
  const after = codePointAt(text, at + 1);
  if (before === "" || after === "") return false;
  return (
    (LETTER_OR_DIGIT.test(before) && LOWER_OR_DIGIT.test(after)) ||
    (UPPER.test(before) && UPPER.test(after))
  );
}

function codePointAt(text: string, i: number): string {
  const c = text.codePointAt(i);
  return c === undefined ? "" : String.fromCodePoint(c);
}

function codePointBefore(text: string, i: number): string {
  if (i <= 0) return "";
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.slice(i - 1, i);
}
