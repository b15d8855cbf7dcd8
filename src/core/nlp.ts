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

/**
 * The text with a dot inside a word ("Node.js", "ASP.NET", "e.g", "3.5") replaced by "_", same
 * length, for wink-nlp's sentence splitter, which otherwise ends a sentence at "Node." and
 * starts another at "js". A dot between a lowercase letter and a capital ("teams.You", a
 * scraped text that lost its space) still ends a sentence. Readers pass the masked text to
 * wink-nlp and take every quote from the unmasked one, so evidence stays verbatim.
 */
export function maskInnerDots(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N}])\.(?=[\p{Ll}\p{N}])|(?<=\p{Lu})\.(?=\p{Lu})/gu, "_");
}
