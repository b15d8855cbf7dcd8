/**
 * Sentences of a post, each with its verbatim quote from the input.
 *
 * Sentence boundaries and negation scopes come from wink-nlp (wink-eng-lite-web-model, read
 * through `core/nlp.ts`'s {@link readTokens}) run on each block's plain text; a short line
 * without end punctuation followed by more text in the same paragraph (a
 * heading-like first line) is its own sentence. Each sentence is mapped back through the
 * block's character map to the exact input characters, so evidence quotes are verbatim.
 */
import {
  boundTokens,
  maskInnerDots,
  readTokens,
  tokenNegated,
  tokenSpaces,
  tokenValue,
} from "../nlp.js";
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

/**
 * Splits every prose block of a post into sentences. The blocks are read by wink-nlp in one
 * pass (joined by blank lines, which is much faster than a pass per block); a sentence that
 * wink runs across two blocks is cut at the block boundary.
 */
export function sentencesOf(post: Post): Sentence[] {
  const chunks: Array<{ block: number; from: number; to: number; at: number }> = [];
  let joined = "";
  post.blocks.forEach((block, index) => {
    for (const [from, to] of lineChunks(block.text)) {
      if (block.text.slice(from, to).trim() === "") continue;
      if (joined !== "") joined += "\n\n";
      chunks.push({ block: index, from, to, at: joined.length });
      joined += block.text.slice(from, to);
    }
  });
  const out: Sentence[] = [];
  if (joined === "") return out;

  const doc = readTokens(boundTokens(maskInnerDots(joined)), { negation: true });
  const count = doc.numOfTokens;
  const values = new Array<string>(count);
  const starts: number[] = [];
  const negated = new Uint8Array(joined.length);
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const value = tokenValue(doc, i);
    values[i] = value;
    offset += tokenSpaces(doc, i).length;
    starts.push(offset);
    if (tokenNegated(doc, i)) negated.fill(1, offset, offset + value.length);
    offset += value.length;
  }

  let c = 0;
  for (const [first, last] of doc.sentences) {
    const begin = starts[first] ?? 0;
    const end = (starts[last] ?? 0) + (values[last] ?? "").length;
    while (c < chunks.length && (chunks[c]?.at ?? 0) + chunkLength(chunks[c]) <= begin) c++;
    for (let k = c; k < chunks.length; k++) {
      const chunk = chunks[k];
      if (!chunk || chunk.at >= end) break;
      const from = Math.max(begin, chunk.at);
      const to = Math.min(end, chunk.at + chunkLength(chunk));
      pushSentence(
        post,
        chunk.block,
        chunk.from + (from - chunk.at),
        joined.slice(from, to),
        negated.subarray(from, to),
        out,
      );
    }
  }
  return out;
}

function chunkLength(chunk: { from: number; to: number } | undefined): number {
  return chunk ? chunk.to - chunk.from : 0;
}

function pushSentence(
  post: Post,
  blockIndex: number,
  offset: number,
  raw: string,
  negated: Uint8Array,
  out: Sentence[],
): void {
  const lead = raw.length - raw.trimStart().length;
  const plain = raw.trim();
  if (plain === "" || !/[\p{L}\p{N}]/u.test(plain)) return;
  const block = post.blocks[blockIndex] as Block;
  const start = offset + lead;
  const norm = normalise(plain, negated.subarray(lead, lead + plain.length));
  out.push({
    index: out.length,
    block: blockIndex,
    text: plain,
    norm: norm.norm,
    quote: quote(post, block, start, start + plain.length),
    negated: norm.negated,
  });
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

/**
 * One character as the cue lexicons read it: lower case, quotes straightened; always one
 * UTF-16 unit for one (a character whose lower case is longer stays as it is).
 */
export function normaliseChar(ch: string): string {
  const mapped = ch === "’" || ch === "‘" ? "'" : ch === "“" || ch === "”" ? '"' : ch.toLowerCase();
  return mapped.length === 1 ? mapped : ch;
}

/** Lower-cases and straightens quotes, collapsing white space, carrying negation per char. */
function normalise(plain: string, flags: Uint8Array): { norm: string; negated: Uint8Array } {
  let norm = "";
  const negated = new Uint8Array(plain.length);
  let n = 0;
  let space = false;
  // Characters are read one UTF-16 unit at a time, as `plain[i]` gives them; runs of plain
  // ASCII that need no change are copied whole.
  let run = 0;
  for (let i = 0; i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    if (code < 0x80 && code !== 0x20 && (code < 0x09 || code > 0x0d) && (code < 65 || code > 90)) {
      space = false;
      negated[n++] = flags[i] ?? 0;
      continue;
    }
    norm += plain.slice(run, i);
    run = i + 1;
    if (isSpace(code)) {
      if (!space) {
        norm += " ";
        negated[n++] = flags[i] ?? 0;
      }
      space = true;
      continue;
    }
    space = false;
    norm += normaliseChar(plain[i] ?? "");
    negated[n++] = flags[i] ?? 0;
  }
  norm += plain.slice(run);
  return { norm, negated: negated.slice(0, n) };
}

/** Whether a UTF-16 unit is white space as `\s` reads it. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
