/**
 * Types of the wink-nlp 2.4 internals that `core/nlp.ts` assembles into its own pipeline (the
 * package has no `exports` map, so its `src/` files are importable; package-lock pins 2.4.0 and
 * `nlp.test.ts` compares the pipeline with wink-nlp's own `readDoc` on every text in
 * `../shared`). Only what `nlp.ts` uses is declared.
 */
declare module "wink-nlp/src/cache.js" {
  /** The lexicon and lexeme hash of one model, growing with the words it meets. */
  export interface WinkCache {
    lookup(text: string): number[] | null;
    add(text: string, category: number): number;
    value(index: number): string;
    property(index: number, name: string): unknown;
    normal(index: number): number;
    nox(index: number): number;
    mappedSpelling(index: number): number;
    valueOf(feature: string, index: number): string;
    /** How many lexemes it holds (grows as new words are added). */
    currentSize(): number;
  }
  const Cache: (model: unknown, featureFn: unknown) => WinkCache;
  export default Cache;
}

declare module "wink-nlp/src/automaton.js" {
  export interface WinkAutomaton {
    importJSON(json: unknown): void;
    setPatternSwap(px: unknown): void;
    recognize(tokens: number[], transform: unknown, param?: unknown): unknown;
  }
  const fsm: (cache: unknown, skip?: unknown) => WinkAutomaton;
  export default fsm;
}

declare module "wink-nlp/src/tokenizer.js" {
  /** Tokenises `text` into the document the wrapper writes to. */
  export type WinkTokenize = (doc: unknown, text: string) => void;
  const tokenizer: (trex: unknown, categories: unknown, preserve: unknown) => WinkTokenize;
  export default tokenizer;
}

declare module "wink-nlp/src/compile-trex.js" {
  const compileTRex: (trex: unknown) => unknown;
  export default compileTRex;
}

declare module "wink-nlp/src/dd-wrapper.js" {
  export interface WinkDocWrapper {
    _addToken(text: string, category: number, precedingSpaces: number, nbsp: unknown): boolean;
    _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: unknown): number;
    isLexeme(text: string): number[] | null;
    clean(): void;
  }
  const docDataWrapper: (rdd: unknown) => WinkDocWrapper;
  export default docDataWrapper;
}

declare module "wink-nlp/src/tokens-mappers.js" {
  const mappers: {
    mapRawTokens2UIdOfNormal(rdd: unknown): number[];
    mapRawTokens2UIdOfDefaultPOS(rdd: unknown): number[];
  };
  export default mappers;
}

declare module "wink-nlp/src/its.js" {
  type Its = (index: number, rdd: unknown, addons?: unknown) => unknown;
  const its: Record<"value" | "type" | "pos" | "lemma" | "precedingSpaces" | "negationFlag", Its>;
  export default its;
}

declare module "wink-nlp/src/constants.js" {
  const constants: { tkSize: number; bits4lemma: number; UNK: number; negationFlag: number };
  export default constants;
}

declare module "wink-nlp/src/search.js" {
  const search: unknown;
  export default search;
}
