/**
 * Sentences of a post, each with its verbatim quote from the input.
 *
 * Sentence boundaries come from wink-nlp (wink-eng-lite-web-model) run on each block's plain
 * text; a short line without end punctuation followed by more text in the same paragraph (a
 * heading-like first line) is its own sentence. Each sentence is mapped back through the
 * block's character map to the exact input characters, so evidence quotes are verbatim.
 */
import type { ItemSentence } from "wink-nlp";
import { nlp } from "../nlp.js";
import type { Block } from "./blocks.js";
import { type Post, quote } from "./post.js";

export interface Sentence {
  /** Position in the post's sentence list. */
  index: number;
  /** Index of its block in `post.blocks`. */
  block: number;
  /** Plain text, trimmed. */
  text: string;
  /** Lower case, straight apostrophes and quotes, runs of white space as one space. */
  norm: string;
  /** The sentence exactly as it stands in the input (markup included). */
  quote: string;
  /**
   * For each character of `norm`, whether wink-nlp marks its word as inside a negation's
   * scope (`not`, `n't`, `never`, `no` ... up to the end of the clause).
   */
  negated: Uint8Array;
}

/** Splits every prose block of a post into sentences. */
export function sentencesOf(post: Post): Sentence[] {
  const out: Sentence[] = [];
  post.blocks.forEach((block, blockIndex) => {
    for (const [from, to] of lineChunks(block.text)) {
      splitChunk(post, block, blockIndex, from, to, out);
    }
  });
  return out;
}

/** Splits a block's text at title-like lines (short, no end punctuation, more text after). */
function lineChunks(text: string): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = 0;
  let at = text.indexOf("\n");
  while (at >= 0) {
    const line = text.slice(start, at).trim();
    const next = text.slice(at + 1).trimStart();
    if (
      line.length > 0 &&
      line.length <= 70 &&
      !/[.,;:!?)"'”’-]$/.test(line) &&
      /^[A-Z0-9"“*]/.test(next)
    ) {
      chunks.push([start, at]);
      start = at + 1;
    }
    at = text.indexOf("\n", at + 1);
  }
  chunks.push([start, text.length]);
  return chunks;
}

function splitChunk(
  post: Post,
  block: Block,
  blockIndex: number,
  from: number,
  to: number,
  out: Sentence[],
): void {
  const text = block.text.slice(from, to);
  if (text.trim() === "") return;
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const negations = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  const starts: number[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? "").length;
    starts.push(offset);
    offset += (values[i] ?? "").length;
  }
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    const begin = starts[first] ?? 0;
    const end = (starts[last] ?? 0) + (values[last] ?? "").length;
    const raw = text.slice(begin, end);
    const lead = raw.length - raw.trimStart().length;
    const plain = raw.trim();
    if (plain === "" || !/[\p{L}\p{N}]/u.test(plain)) return;
    const start = from + begin + lead;
    const stop = start + plain.length;
    const { norm, negated } = normalise(
      plain,
      begin + lead,
      starts,
      values,
      negations,
      first,
      last,
    );
    out.push({
      index: out.length,
      block: blockIndex,
      text: plain,
      norm,
      quote: quote(post, block, start, stop),
      negated,
    });
  });
}

/** Lower-cases and straightens quotes, collapsing white space, carrying negation per char. */
function normalise(
  plain: string,
  base: number,
  starts: readonly number[],
  values: readonly string[],
  negations: readonly boolean[],
  first: number,
  last: number,
): { norm: string; negated: Uint8Array } {
  const flags = new Uint8Array(plain.length);
  for (let t = first; t <= last; t++) {
    if (!negations[t]) continue;
    const s = (starts[t] ?? 0) - base;
    flags.fill(1, Math.max(0, s), Math.min(plain.length, s + (values[t] ?? "").length));
  }
  let norm = "";
  const negated: number[] = [];
  let space = false;
  for (let i = 0; i < plain.length; i++) {
    const ch = plain[i] ?? "";
    if (/\s/.test(ch)) {
      if (!space) {
        norm += " ";
        negated.push(flags[i] ?? 0);
      }
      space = true;
      continue;
    }
    space = false;
    const mapped =
      ch === "’" || ch === "‘" ? "'" : ch === "“" || ch === "”" ? '"' : ch.toLowerCase();
    norm += mapped.length === 1 ? mapped : ch;
    negated.push(flags[i] ?? 0);
  }
  return { norm, negated: Uint8Array.from(negated) };
}
