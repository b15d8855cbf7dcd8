/**
 * Matching compiled cues (model.yaml) against the token keys of one segment.
 */
import type { CompiledCue } from "./model.js";

/** Does `alt` (a sequence of keys) occur at `keys[i...]`? */
function altAt(keys: readonly string[], i: number, alt: readonly string[]): boolean {
  for (let k = 0; k < alt.length; k++) if (keys[i + k] !== alt[k]) return false;
  return true;
}

/**
 * Finds the cue in `keys`, positions in order, each within `cue.gap` tokens of the previous.
 *
 * @returns the index range `[first, last]` of the matched keys (inclusive), or undefined
 */
export function matchCueAt(
  keys: readonly string[],
  start: number,
  cue: CompiledCue,
): [number, number] | undefined {
  let next = start;
  let last = start;
  for (let p = 0; p < cue.positions.length; p++) {
    const alts = cue.positions[p] ?? [];
    const limit = p === 0 ? start : Math.min(keys.length - 1, next + cue.gap);
    let found = -1;
    let length = 0;
    for (let i = next; i <= limit && found < 0; i++) {
      for (const alt of alts) {
        if (altAt(keys, i, alt)) {
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

  /** Every cue match in `keys`: its tag, cue and key range. */
  *matches(
    keys: readonly string[],
  ): Generator<{ tag: T; cue: CompiledCue; range: [number, number] }> {
    for (let i = 0; i < keys.length; i++) {
      const list = this.byFirst.get(keys[i] ?? "");
      if (!list) continue;
      for (const { cue, tag } of list) {
        const range = matchCueAt(keys, i, cue);
        if (range) yield { tag, cue, range };
      }
    }
  }
}
