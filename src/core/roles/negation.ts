/**
 * Which words of a sentence a negation governs: "You will **not** be expected to write
 * production code" says nothing for coding, "**No** direct reports" says the role manages no
 * one. A word is in a negation's scope from the word after the negator to the end of its clause
 * (the next punctuation mark or contrastive conjunction), the scope rule of sentiment analysis
 * (S. Das & M. Chen, "Yahoo! for Amazon", APFA 2001; B. Pang, L. Lee & S. Vaithyanathan,
 * "Thumbs up?", EMNLP 2002), which NegEx also bounds by clause ends (W. W. Chapman et al.,
 * J. Biomedical Informatics 34, 2001).
 *
 * The sentence models read a word in scope as a different feature from the word itself, and a
 * hand-written cue matched in scope is not a duty (responsibilities.ts).
 */

import { allMatches, globalOf } from "./matches.js";
import type { Segment } from "./text.js";

/** Words that open a negation's scope (wink-nlp splits "won't" into "wo" + "n't"). */
const NEGATORS = new Set(["not", "no", "never", "n't", "n’t", "without", "nor", "neither", "none"]);

/** "Not only … but also", "no later than", "no matter", "not limited to": no negation of what follows. */
const NOT_NEGATING = new Set([
  "not only",
  "not just",
  "not merely",
  "not limited",
  "no later",
  "no matter",
  "no doubt",
  "no less",
  "not least",
]);

/** Words that end a negation's scope: a new clause that asserts again. */
const CLAUSE_WORDS = new Set(["but", "however", "instead", "rather", "although", "though", "yet"]);

/** Punctuation between two words that ends a clause. */
const CLAUSE_BREAK = /[,;:.!?()[\]{}—–|/]|\s-\s/;

/** A gap between two words that is a comma alone, as between the items of a list. */
const LIST_COMMA = /^\s*,\s*$/;

/**
 * Whether the words from `at` to the clause's end are more items of a list that ends with "or"
 * or "nor": "you will not manage the teams, run infrastructure, deliver projects or write code"
 * negates every item, not the first alone: the items are one coordinated phrase under the one
 * negator. A comma that opens a new clause ("..., and you will", "..., we") ends the scope.
 */
function listGoesOn(lower: string, at: number): boolean {
  const end = lower.slice(at).search(/[.;:!?()[\]{}—–|]|\s-\s/);
  const rest = lower.slice(at, end < 0 ? undefined : at + end);
  return (
    /\b(?:or|nor)\s+\S/.test(rest) &&
    !CLAUSE_OPENER.test(rest) &&
    !rest.split(/\s+/).some((w) => CLAUSE_WORDS.has(w))
  );
}

/** A word that opens a new clause, at the start of the rest of a list or after a comma in it. */
const CLAUSE_OPENER =
  /(?:^|,\s*)(?:and|but|so|yet|while|because|as|which|who|where|when|please|you|we|they|i|it|he|she|this|that|there)\b/;

/**
 * A negating sentence's scope mask, and where each of its words ends in the lowercase text
 * (-1: not found there), for {@link negatedAt}.
 */
interface Scope {
  mask: Uint8Array;
  ends: Int32Array;
}

/** Per segment, its {@link Scope} (null: no negation), read once. */
const scopes = new WeakMap<Pick<Segment, "words">, Scope | null>();

function scopeOf(seg: Pick<Segment, "text" | "words">): Scope | null {
  let scope = scopes.get(seg);
  if (scope === undefined) {
    scope = readScope(seg);
    scopes.set(seg, scope);
  }
  return scope;
}

/**
 * The words of `seg` inside a negation's scope, as a mask parallel to `seg.keys` (1: in scope),
 * or null when the sentence negates nothing. The negator itself is not in its scope.
 *
 * @param seg a segment of {@link prepareText}: its `text` and its lowercase `words`
 */
export function negationScope(seg: Pick<Segment, "text" | "words">): Uint8Array | null {
  return scopeOf(seg)?.mask ?? null;
}

function readScope({ text, words }: Pick<Segment, "text" | "words">): Scope | null {
  if (!words.some((w) => NEGATORS.has(w))) return null;
  const lower = text.toLowerCase();
  const mask = new Uint8Array(words.length);
  const ends = new Int32Array(words.length).fill(-1);
  let cursor = 0;
  let open = false;
  let any = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const at = lower.indexOf(word, cursor);
    // The gap since the previous word: punctuation there closes the clause.
    if (at >= 0) {
      const gap = lower.slice(cursor, at);
      if (open && CLAUSE_BREAK.test(gap) && !(LIST_COMMA.test(gap) && listGoesOn(lower, at)))
        open = false;
      cursor = at + word.length;
      ends[i] = cursor;
    }
    if (open && CLAUSE_WORDS.has(word)) open = false;
    if (open) {
      mask[i] = 1;
      any = true;
    }
    if (NEGATORS.has(word) && !NOT_NEGATING.has(`${word} ${words[i + 1] ?? ""}`)) open = true;
  }
  return any ? { mask, ends } : null;
}

/**
 * Whether a match starting at character `index` of `seg.text` lies in a negation's scope: the
 * first word that starts at or after `index` is in {@link negationScope}'s mask ("we are **not**
 * publicly traded", "you won't review code"). For the rules that match `seg.text` with regular
 * expressions rather than keys.
 *
 * @param index a character offset into `seg.text`, 0 ≤ index ≤ text length
 * @returns false when the sentence negates nothing or the match starts outside every scope
 */
export function negatedAt(seg: Pick<Segment, "text" | "words">, index: number): boolean {
  const scope = scopeOf(seg);
  if (scope === null) return false;
  // The word the match starts in, or the first one after it.
  for (let i = 0; i < scope.ends.length; i++)
    if ((scope.ends[i] as number) > index) return scope.mask[i] === 1;
  return false;
}

/**
 * Whether `re` matches `seg.text` somewhere outside every negation's scope ({@link negatedAt}):
 * "we are not publicly traded" states no listing, "we are publicly traded, not a startup" does.
 *
 * @param re a pattern without the `g` or `y` flag (tested as given when nothing is negated)
 */
export function saysUnnegated(seg: Pick<Segment, "text" | "words">, re: RegExp): boolean {
  if (!re.test(seg.text)) return false;
  if (negationScope(seg) === null) return true;
  for (const m of allMatches(globalOf(re), seg.text)) if (!negatedAt(seg, m.index)) return true;
  return false;
}
