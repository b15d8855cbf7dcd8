/**
 * Matching compiled cues (model.yaml) against the token keys of one segment.
 */
import type { CompiledCue } from "./model.js";

/** The keys and exact lowercase words of one segment. */
export interface Tokens {
  keys: readonly string[];
  words: readonly string[];
}

/**
 * Does `alt` occur at token i? An element written `=word` must equal the lowercase word itself
 * (e.g. singular "team"); any other element is compared with the stemmed key.
 */
function altAt(t: Tokens, i: number, alt: readonly string[]): boolean {
  for (let k = 0; k < alt.length; k++) {
    const want = alt[k] ?? "";
    const have = want.startsWith("=") ? `=${t.words[i + k] ?? ""}` : t.keys[i + k];
    if (have !== want) return false;
  }
  return true;
}

/**
 * Finds the cue in `keys`, positions in order, each within `cue.gap` tokens of the previous.
 *
 * @returns the index range `[first, last]` of the matched keys (inclusive), or undefined
 */
export function matchCueAt(
  t: Tokens,
  start: number,
  cue: CompiledCue,
): [number, number] | undefined {
  const keys = t.keys;
  let next = start;
  let last = start;
  for (let p = 0; p < cue.positions.length; p++) {
    const alts = cue.positions[p] ?? [];
    const limit = p === 0 ? start : Math.min(keys.length - 1, next + (cue.gaps?.[p] ?? cue.gap));
    let found = -1;
    let length = 0;
    for (let i = next; i <= limit && found < 0; i++) {
      for (const alt of alts) {
        if (altAt(t, i, alt)) {
          found = i;
          length = alt.length;
          break;
        }
      }
    }
    if (found < 0) return undefined;
    last = found + length - 1;
    next = found + length;
  }
  return [start, last];
}

/** An index from first keys to the cues that may start there, for fast scanning. */
export class CueIndex<T> {
  private readonly byFirst = new Map<string, { cue: CompiledCue; tag: T }[]>();

  add(cue: CompiledCue, tag: T): void {
    for (const alt of cue.positions[0] ?? []) {
      const first = alt[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ cue, tag });
      this.byFirst.set(first, list);
    }
  }

  /** Every cue match in a segment: its tag, cue and key range, in token order. */
  matches(t: Tokens): { tag: T; cue: CompiledCue; range: [number, number] }[] {
    const out: { tag: T; cue: CompiledCue; range: [number, number] }[] = [];
    const keys = t.keys;
    for (let i = 0; i < keys.length; i++) {
      const byKey = this.byFirst.get(keys[i] ?? "");
      if (byKey) this.tryAt(t, i, byKey, out);
      const byWord = this.byFirst.get(`=${t.words[i] ?? ""}`);
      if (byWord) this.tryAt(t, i, byWord, out);
    }
    return out;
  }

  private tryAt(
    t: Tokens,
    i: number,
    cues: readonly { cue: CompiledCue; tag: T }[],
    out: { tag: T; cue: CompiledCue; range: [number, number] }[],
  ): void {
    for (const { cue, tag } of cues) {
      const range = matchCueAt(t, i, cue);
      if (range) out.push({ tag, cue, range });
    }
  }
}
