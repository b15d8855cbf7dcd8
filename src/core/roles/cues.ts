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
 * A cue made ready for matching: each alternative's elements split once into exact words
 * (`=word`, kept without the `=`) and stemmed keys, so that matching builds no strings.
 */
interface PreparedCue {
  cue: CompiledCue;
  /** `positions[p][a]`: alternative a of position p. */
  positions: PreparedAlt[][];
}

interface PreparedAlt {
  /** Per element: compare with the lowercase word (true) or with the stemmed key (false). */
  exact: boolean[];
  /** Per element: the word (without its `=`) or the key to equal. */
  values: string[];
}

const prepared = new WeakMap<CompiledCue, PreparedCue>();

function prepare(cue: CompiledCue): PreparedCue {
  let p = prepared.get(cue);
  if (p === undefined) {
    p = {
      cue,
      positions: cue.positions.map((alts) =>
        alts.map((alt) => ({
          exact: alt.map((e) => e.startsWith("=")),
          values: alt.map((e) => (e.startsWith("=") ? e.slice(1) : e)),
        })),
      ),
    };
    prepared.set(cue, p);
  }
  return p;
}

/**
 * Does `alt` occur at token i? An element written `=word` must equal the lowercase word itself
 * (e.g. singular "team"); any other element is compared with the stemmed key.
 */
function altAt(t: Tokens, i: number, alt: PreparedAlt): boolean {
  const { exact, values } = alt;
  for (let k = 0; k < values.length; k++) {
    if (exact[k] ? (t.words[i + k] ?? "") !== values[k] : t.keys[i + k] !== values[k]) return false;
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
  return matchPreparedAt(t, start, prepare(cue));
}

function matchPreparedAt(t: Tokens, start: number, p: PreparedCue): [number, number] | undefined {
  const cue = p.cue;
  const keys = t.keys;
  let next = start;
  let last = start;
  for (let q = 0; q < p.positions.length; q++) {
    const alts = p.positions[q] ?? [];
    const limit = q === 0 ? start : Math.min(keys.length - 1, next + (cue.gaps?.[q] ?? cue.gap));
    let found = -1;
    let length = 0;
    for (let i = next; i <= limit && found < 0; i++) {
      for (const alt of alts) {
        if (altAt(t, i, alt)) {
          found = i;
          length = alt.values.length;
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
  /** By the stemmed key its first element names. */
  private readonly byKey = new Map<string, { cue: PreparedCue; tag: T }[]>();
  /** By the exact word its first element names (`=word`, kept without the `=`). */
  private readonly byWord = new Map<string, { cue: PreparedCue; tag: T }[]>();

  add(cue: CompiledCue, tag: T): void {
    const p = prepare(cue);
    for (const alt of cue.positions[0] ?? []) {
      const first = alt[0];
      if (first === undefined) continue;
      const exact = first.startsWith("=");
      const index = exact ? this.byWord : this.byKey;
      const at = exact ? first.slice(1) : first;
      const list = index.get(at) ?? [];
      list.push({ cue: p, tag });
      index.set(at, list);
    }
  }

  /** Every cue match in a segment: its tag, cue and key range, in token order. */
  matches(t: Tokens): { tag: T; cue: CompiledCue; range: [number, number] }[] {
    const out: { tag: T; cue: CompiledCue; range: [number, number] }[] = [];
    const keys = t.keys;
    for (let i = 0; i < keys.length; i++) {
      const byKey = this.byKey.get(keys[i] ?? "");
      if (byKey) this.tryAt(t, i, byKey, out);
      const byWord = this.byWord.get(t.words[i] ?? "");
      if (byWord) this.tryAt(t, i, byWord, out);
    }
    return out;
  }

  private tryAt(
    t: Tokens,
    i: number,
    cues: readonly { cue: PreparedCue; tag: T }[],
    out: { tag: T; cue: CompiledCue; range: [number, number] }[],
  ): void {
    for (const { cue, tag } of cues) {
      const range = matchPreparedAt(t, i, cue);
      if (range) out.push({ tag, cue: cue.cue, range });
    }
  }
}
