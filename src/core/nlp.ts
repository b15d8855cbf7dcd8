/**
 * The shared English NLP pipeline: wink-nlp with wink-eng-lite-web-model, which ships inside
 * its npm package, so nothing is downloaded at run time. Loading the model takes a few hundred
 * milliseconds, so it is loaded on first use, once for the role analyser and once for the
 * reflection analyser (see {@link engine}).
 *
 * The analysers read documents through {@link readTokens}: wink-nlp's own sentence boundaries,
 * part-of-speech tags, lemmas and negation scopes (its automata, setters and lexicon cache,
 * wink-nlp 2.4 `src/*`), with the tokenizing done here: raw tokens cut in one pass over the
 * char codes (`text/tokenize.ts`), and each raw token's wink tokens (punctuation split off,
 * contractions expanded) remembered from the first time wink-nlp's tokenizer cut it, for as
 * long as the lexicon answers the same to every lookup that cut made (see {@link TokenMemo}).
 * The result is wink-nlp's `readDoc` token for token (`nlp.test.ts` checks every text in
 * `../shared`), at a fraction of its tokenizing cost; annotations nobody reads (entities,
 * sentiment) are not computed.
 */

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import fsm, { type WinkAutomaton } from "wink-nlp/src/automaton.js";
import Cache, { type WinkCache } from "wink-nlp/src/cache.js";
import compileTRex from "wink-nlp/src/compile-trex.js";
import constants from "wink-nlp/src/constants.js";
import DocDataWrapper, { type WinkDocWrapper } from "wink-nlp/src/dd-wrapper.js";
import itsHelpers from "wink-nlp/src/its.js";
import search from "wink-nlp/src/search.js";
import tokenizer, { type WinkTokenize } from "wink-nlp/src/tokenizer.js";
import mappers from "wink-nlp/src/tokens-mappers.js";
import { forEachRawToken } from "./text/tokenize.js";

export type Nlp = ReturnType<typeof winkNLP>;

let instance: Nlp | undefined;

/**
 * The process-wide wink-nlp instance with its whole pipeline (created on first call). The
 * analysers read through {@link readTokens}; this stays for comparisons with wink-nlp itself.
 */
export function nlp(): Nlp {
  instance ??= winkNLP(model);
  return instance;
}

let tagger: Nlp | undefined;

/**
 * A lighter wink-nlp instance with only sentence boundaries and part-of-speech tags (hence
 * lemmas), as {@link readTokens} with `pos: true` reads (`scripts/gen-role-model.ts` keys the
 * cue words with it).
 */
export function nlpTagger(): Nlp {
  tagger ??= winkNLP(model, ["sbd", "pos"]);
  return tagger;
}

/** Which annotations {@link readTokens} adds beyond tokens and sentence boundaries. */
export interface ReadOptions {
  /** Part-of-speech tags (hence lemmas). */
  pos?: boolean;
  /** Negation scopes (`its.negationFlag`). */
  negation?: boolean;
}

/**
 * A document as wink-nlp's pipeline leaves it (its "raw document data"): four numbers per
 * token in `tokens` (lexeme id; preceding spaces, with a contraction's expansion above bit 16;
 * part of speech and lemma; the negation flag), sentences as `[first, last, negated, sentiment]`
 * token indexes (inclusive). Read it with {@link tokenValue}, {@link tokenType} and the other
 * accessors below.
 */
export interface RawDoc {
  tokens: number[];
  /** Each lexeme id's token type, filled as {@link tokenType} reads them (fixed per id). */
  typeById: string[];
  sentences: Array<[first: number, last: number, negated: number, sentiment: number]>;
  numOfTokens: number;
  cache: WinkCache;
}

/** The text's tokens and sentences, annotated as `options` asks (see the module comment). */
export function readTokens(text: string, options: ReadOptions = {}): RawDoc {
  return engine(options).read(text, options);
}

/** The token's text as it stands in the document. */
export function tokenValue(doc: RawDoc, i: number): string {
  return doc.cache.value(doc.tokens[i * TK] as number);
}

/** wink-nlp's token type (`word`, `punctuation`, `tabCRLF`, `number`, ...). */
export function tokenType(doc: RawDoc, i: number): string {
  const id = doc.tokens[i * TK] as number;
  let type = doc.typeById[id];
  if (type === undefined) {
    type = doc.cache.property(id, "tokenType") as string;
    setByLexeme(doc.typeById, id, type);
  }
  return type;
}

/**
 * `table[id] = value` for a table indexed by lexeme id, keeping the array dense: V8 turns an
 * array first written at a scattered large index (ids run to about 90,000) into a dictionary,
 * several times slower to read; filled up to `id` first, it stays a plain array.
 */
export function setByLexeme<T>(table: T[], id: number, value: T): void {
  const holes = table as (T | undefined)[];
  for (let k = table.length; k < id; k++) holes.push(undefined);
  table[id] = value;
}

/**
 * The token's lexeme id in its pipeline's lexicon: the same id is the same text with the same
 * type, within one reader (ids of the role and reflection readers differ).
 */
export function tokenId(doc: RawDoc, i: number): number {
  return doc.tokens[i * TK] as number;
}

/** The universal part-of-speech tag (read with `pos: true`). */
export function tokenPos(doc: RawDoc, i: number): string {
  return itsHelpers.pos(i, doc) as string;
}

/** The lemma, as wink-nlp's `its.lemma` gives it (read with `pos: true`). */
export function tokenLemma(doc: RawDoc, i: number): string {
  return itsHelpers.lemma(i, doc, model.addons) as string;
}

/**
 * Whether the token is part of an expanded contraction ("ca" of "can't"): wink-nlp keeps such a
 * token's lemma with the token. Any other token's lemma is a function of its lexeme id and its
 * part of speech (its.lemma reads the lexicon's fixed properties, and lemmatize's lookups answer
 * no for every word added after loading), so it may be remembered per id and tag.
 */
export function tokenContracted(doc: RawDoc, i: number): boolean {
  return (doc.tokens[i * TK + 1] as number) > 65535;
}

/** The spaces before the token, as wink-nlp's `its.precedingSpaces` gives them. */
export function tokenSpaces(doc: RawDoc, i: number): string {
  return itsHelpers.precedingSpaces(i, doc) as string;
}

/** Whether the token is inside a negation's scope (read with `negation: true`). */
export function tokenNegated(doc: RawDoc, i: number): boolean {
  return (doc.tokens[i * TK + 3] as number) >= constants.negationFlag;
}

const TK = constants.tkSize;

interface Pipeline {
  read(text: string, options: ReadOptions): RawDoc;
}

const loaded = new Map<string, Pipeline>();

/**
 * One pipeline, with its own lexicon cache, per set of annotations: wink-nlp's reading of a
 * text depends a little on what its cache read before (a word's token type is the one it got
 * when first met: "USD" is a currency or a word), so the role reader (`pos`) and the reflection
 * reader (`negation`) each keep their own, as they did with one wink-nlp instance each.
 */
function engine(options: ReadOptions): Pipeline {
  const key = `${options.pos === true}/${options.negation === true}`;
  let pipeline = loaded.get(key);
  if (pipeline === undefined) {
    pipeline = loadPipeline();
    loaded.set(key, pipeline);
  }
  return pipeline;
}

/** The wink model's parts that {@link readTokens} runs (as wink-nlp 2.4's `load()` sets them up). */
interface ModelParts {
  core(): { trex: unknown; tcat: { hash: unknown }; preserve: unknown };
  sbd(): {
    machines: unknown[];
    transformers: unknown[];
    setter: (px: unknown, rdd: unknown) => void;
  };
  pos(): {
    machines: unknown[];
    transformers: unknown[];
    setter: (rdd: unknown, tags: number[], tkSize: number, bits4lemma: number) => void;
    updater: (px: unknown, cache: WinkCache, tags: number[], t4a: number[]) => void;
  };
  negation(): {
    machines: unknown[];
    setter: (px: unknown, rdd: unknown, c: unknown, s: unknown) => void;
  };
  featureFn: unknown;
  addons: unknown;
}

function loadPipeline(): Pipeline {
  const parts = model as unknown as ModelParts;
  const core = parts.core();
  const cache = Cache(core, parts.featureFn);
  const trex = compileTRex(core.trex);
  const tokenize = tokenizer(trex, core.tcat.hash, core.preserve);
  const sbdModel = parts.sbd();
  const sbd = sbdModel.machines.map((machine) => {
    const a = fsm(cache);
    a.importJSON(machine);
    return a;
  });
  const posModel = parts.pos();
  const pos = posModel.machines.map((machine) => {
    // As wink-nlp: the POS automata skip only the out-of-vocabulary symbol.
    const a = fsm(cache, cache.value(0));
    a.importJSON(machine);
    return a;
  });
  const negModel = parts.negation();
  const negation: WinkAutomaton = fsm(cache);
  negation.importJSON(negModel.machines[0]);
  const memo = new TokenMemo(cache, tokenize);
  const typeById: string[] = [];

  return {
    read(text, options) {
      const rdd = {
        cache,
        typeById,
        wordVectors: null,
        tokens: [] as number[],
        sentences: [] as RawDoc["sentences"],
        markings: [],
        nonBreakingSpaces: Object.create(null) as Record<number, string>,
        numOfTokens: 0,
        numOfSentences: 0,
        document: [] as number[],
      };
      memo.tokenize(text, rdd.tokens, rdd.nonBreakingSpaces);
      rdd.numOfTokens = rdd.tokens.length / TK;
      rdd.document = [0, rdd.numOfTokens - 1, 0, 0];
      const t4a = mappers.mapRawTokens2UIdOfNormal(rdd);
      let px: unknown = null;
      sbd.forEach((a, i) => {
        a.setPatternSwap(px);
        px = a.recognize(t4a, sbdModel.transformers[i], rdd.tokens);
      });
      sbdModel.setter(px, rdd);
      rdd.numOfSentences = rdd.sentences.length;
      if (options.negation) {
        negModel.setter(negation.recognize(t4a, undefined), rdd, constants, search);
      }
      if (options.pos) {
        const tags = mappers.mapRawTokens2UIdOfDefaultPOS(rdd);
        for (const a of pos) {
          // wink-nlp 2.4 passes the first transformer to every POS automaton.
          px = a.recognize(tags, posModel.transformers[0], rdd.tokens);
          posModel.updater(px, cache, tags, t4a);
        }
        posModel.setter(rdd, tags, TK, constants.bits4lemma);
      }
      return rdd;
    },
  };
}

/**
 * Each raw token's wink tokens, remembered. wink-nlp's tokenizer cuts a raw token ("team,",
 * "(AWS)", "can't") by regular expressions and lookups in its lexicon cache, which grows with
 * every new word it meets; so its cut depends only on the raw token and on the answers of those
 * lookups. The memo keeps, per raw token, the tokens wink's tokenizer wrote (first token without
 * its preceding spaces) and the strings it looked up and did not find; it replays them while
 * every one of those is still not in the lexicon (a word once found stays found), and otherwise
 * lets wink's tokenizer cut the token again. Bounded: cleared past {@link MEMO_LIMIT} entries.
 */
class TokenMemo {
  private readonly entries = new Map<string, MemoEntry>();
  private readonly scratch: { cache: WinkCache; tokens: number[]; nonBreakingSpaces: object };
  private readonly recorder: Pick<WinkDocWrapper, "_addToken" | "_addTokenIfInCache" | "isLexeme">;
  private misses: string[] = [];

  constructor(
    private readonly cache: WinkCache,
    private readonly winkTokenize: WinkTokenize,
  ) {
    this.scratch = { cache, tokens: [], nonBreakingSpaces: Object.create(null) };
    const inner = DocDataWrapper(this.scratch);
    this.recorder = {
      _addToken: inner._addToken,
      _addTokenIfInCache: (text, spaces, nbsp) => {
        const found = inner._addTokenIfInCache(text, spaces, nbsp);
        if (found === constants.UNK) this.misses.push(text);
        return found;
      },
      isLexeme: (text) => {
        const found = inner.isLexeme(text);
        if (found === null) this.misses.push(text);
        return found;
      },
    };
  }

  /**
   * Appends the tokens of `text` to `out` as wink-nlp's tokenizer would, and to `nbsp` the runs
   * of spaces holding a no-break or fixed-width space, by the index of each token wink gives
   * them to.
   */
  tokenize(text: string, out: number[], nbsp: Record<number, string>): void {
    forEachRawToken(text, (start, end, spaces, spacesFrom) => {
      const raw = text.slice(start, end);
      // wink-nlp counts a run with a no-break space as 65535 spaces and keeps the run aside: a
      // cut made after one ("\u00a0" never occurs inside a raw token) replays that exactly.
      const key = spacesFrom < 0 ? raw : `\u00a0${raw}`;
      let entry = this.entries.get(key);
      if (entry === undefined || !this.valid(entry)) entry = this.cut(key);
      const tokens = entry.tokens;
      // A raw token wink-nlp cuts into nothing (a lone byte-order mark): its spaces go with it.
      if (tokens.length === 0) return;
      const first = out.length / TK;
      if (spacesFrom < 0) {
        // As wink-nlp's tokenizer: the raw token's preceding spaces go to its first token.
        out.push(tokens[0] as number, (tokens[1] as number) | spaces);
        for (let k = 2; k < tokens.length; k++) out.push(tokens[k] as number);
      } else {
        for (let k = 0; k < tokens.length; k++) out.push(tokens[k] as number);
        const run = text.slice(spacesFrom, start);
        for (const k of entry.nbsp) nbsp[first + k] = run;
      }
    });
  }

  /**
   * Whether every string the entry's cut did not find is still not in the lexicon: at once
   * when the lexicon has not grown since it was last checked, else by looking each one up.
   */
  private valid(entry: MemoEntry): boolean {
    const size = this.cache.currentSize();
    if (entry.checkedAt === size) return true;
    for (const m of entry.misses) if (this.cache.lookup(m) !== null) return false;
    entry.checkedAt = size;
    return true;
  }

  private cut(key: string): MemoEntry {
    this.scratch.tokens.length = 0;
    const nbsp: Record<number, string> = Object.create(null);
    this.scratch.nonBreakingSpaces = nbsp;
    this.misses = [];
    this.winkTokenize(this.recorder, key);
    const entry = {
      tokens: this.scratch.tokens.slice(),
      nbsp: Object.keys(nbsp).map(Number),
      misses: this.misses,
      // The cut itself may have added a string it had missed: checked on next use.
      checkedAt: -1,
    };
    if (this.entries.size >= MEMO_LIMIT) this.entries.clear();
    this.entries.set(key, entry);
    return entry;
  }
}

/**
 * One raw token's cut: wink's tokens (four numbers each), the strings its cut looked up and did
 * not find, and the lexicon's size when that was last known to hold.
 */
interface MemoEntry {
  tokens: number[];
  /** Which of its tokens wink gives a preceding run of no-break spaces to (when cut after one). */
  nbsp: number[];
  misses: string[];
  checkedAt: number;
}

/** Most raw tokens {@link TokenMemo} remembers (a posting has a few hundred distinct ones). */
const MEMO_LIMIT = 200_000;

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
export function isSpace(c: number): boolean {
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

/**
 * Does `text` hold a run of more than `max` non-space code units? Such a run covers one of the
 * offsets 0, `max` + 1, 2·(`max` + 1), ...: only the runs through those offsets are measured,
 * so most of the text is never read.
 */
export function hasRunLongerThan(text: string, max: number): boolean {
  const n = text.length;
  for (let at = 0; at < n; at += max + 1) {
    if (isSpace(text.charCodeAt(at))) continue;
    let start = at;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < n && end - start <= max && !isSpace(text.charCodeAt(end))) end++;
    if (end - start > max) return true;
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
