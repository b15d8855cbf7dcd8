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
