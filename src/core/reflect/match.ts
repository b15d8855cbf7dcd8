/**
 * Matching cue lexicons against normalised sentences, with negation and rejection scopes.
 */
import { type Cue, LACK_FRAME, REJECTIONS } from "./lexicon.js";
import type { Sentence } from "./sentences.js";

export interface CompiledCue {
  regex: RegExp;
  weight: number;
}

const WORD_START = "(?<![\\w-])(?:";
const WORD_END = ")(?![\\w-])";

/** A global regular expression matching `pattern` on whole words only (hyphens join words). */
export function wholeWords(pattern: string): RegExp {
  return new RegExp(`${WORD_START}${pattern}${WORD_END}`, "g");
}

/** Whole-word, global regular expressions for a list of cues. */
export function compileCues(cues: readonly Cue[]): CompiledCue[] {
  return cues.map(([pattern, weight]) => ({ regex: wholeWords(pattern), weight }));
}

const MAY_REJECT =
  /\b(not|n't|never|no|over|regardless|rather|instead|matters?|won't|if|secondary|small|smaller|lower|reduced|tiny|modest|zero|nothing)\b|n't\b/;

export interface CueHit {
  /** Index of the cue in the list matched (for learned per-cue weights). */
  cue: number;
  weight: number;
  at: number;
  end: number;
  /** The cue is set aside by the author ("titles are not motivations"). */
  rejected: boolean;
  /** The cue stands in a negation's scope that is not a lack ("I don't enjoy X"). */
  negated: boolean;
}

export interface SentenceFrames {
  /** The sentence reports a lack, so negation does not weaken its cues. */
  lack: boolean;
  /** Every rejection pattern needs one of a few words; most sentences have none. */
  mayReject: boolean;
}

/** Sentence-wide facts that every cue match needs: compute once per sentence. */
export function sentenceFrames(sentence: Sentence): SentenceFrames {
  return { lack: LACK_FRAME.test(sentence.norm), mayReject: MAY_REJECT.test(sentence.norm) };
}

/**
 * One regular expression that matches a text exactly when one of `regexes` does somewhere in
 * it (their sources as alternatives), or null when they cannot be joined: flags other than
 * `g` differ or include `y`, or a source refers to a group by number or name (which joining
 * would shift).
 * Testing it first lets a text with no match skip the list: one scan instead of one per cue.
 */
export function anyOf(regexes: readonly RegExp[]): RegExp | null {
  if (regexes.length === 0) return null;
  const flags = regexes[0]?.flags.replace("g", "") ?? "";
  if (flags.includes("y")) return null;
  for (const r of regexes)
    if (r.flags.replace("g", "") !== flags || /\\[1-9k]|\(\?<[^=!]/.test(r.source)) return null;
  const inner = regexes.map((r) => wholeWordsInner(r.source));
  // All whole-word cues: one word-boundary check around the alternatives, not one each.
  if (inner.every((x) => x !== null))
    return new RegExp(`${WORD_START}${inner.map((x) => `(?:${x})`).join("|")}${WORD_END}`, flags);
  return new RegExp(regexes.map((r) => `(?:${r.source})`).join("|"), flags);
}

/** The pattern a {@link wholeWords} source wraps, or null when it is not one. */
function wholeWordsInner(source: string): string | null {
  if (!source.startsWith(WORD_START) || !source.endsWith(WORD_END)) return null;
  const inner = source.slice(WORD_START.length, source.length - WORD_END.length);
  try {
    new RegExp(inner); // a whole pattern on its own, not "a)|(?:b" between two wrappers
  } catch {
    return null;
  }
  return inner;
}

const GATES = new WeakMap<readonly CompiledCue[], RegExp | null>();

/** {@link anyOf} the cues of a list, built once per list. */
function gateOf(cues: readonly CompiledCue[]): RegExp | null {
  let gate = GATES.get(cues);
  if (gate === undefined) {
    gate = anyOf(cues.map((c) => c.regex));
    GATES.set(cues, gate);
  }
  return gate;
}

/** Every match of the cues in the sentence, strongest first. */
export function cueHits(
  sentence: Sentence,
  cues: readonly CompiledCue[],
  frames?: SentenceFrames,
): CueHit[] {
  const hits: CueHit[] = [];
  // Most sentences hold no cue of a given list: one joined test rules them all out.
  if (gateOf(cues)?.test(sentence.norm) === false) return hits;
  const { lack, mayReject } = frames ?? sentenceFrames(sentence);
  cues.forEach((cue, index) => {
    cue.regex.lastIndex = 0;
    for (let m = cue.regex.exec(sentence.norm); m; m = cue.regex.exec(sentence.norm)) {
      const at = m.index;
      const end = at + m[0].length;
      hits.push({
        cue: index,
        weight: cue.weight,
        at,
        end,
        rejected: mayReject && isRejected(sentence.norm, at, end),
        negated: !lack && sentence.negated[at] === 1,
      });
      if (m[0].length === 0) cue.regex.lastIndex++;
    }
  });
  return hits.sort((a, b) => b.weight - a.weight || a.at - b.at);
}

/**
 * Whether a cue at [at, end) is in the scope of a rejection: in the same clause (no `;`,
 * `.` or ` but ` between) and on the rejected side of the rejecting words.
 */
export function isRejected(norm: string, at: number, end: number): boolean {
  for (const { pattern, scope } of REJECTIONS) {
    const m = pattern.exec(norm);
    if (!m) continue;
    const mStart = m.index;
    const mEnd = mStart + m[0].length;
    if (scope === "before" && end <= mStart) {
      if (sameClause(norm.slice(end, mStart))) return true;
    } else if (scope === "after" && at >= mEnd - 1 && at - mEnd <= 60) {
      if (sameClause(norm.slice(mEnd, at))) return true;
    }
  }
  return false;
}

function sameClause(between: string): boolean {
  return !/[;.!?]|\bbut\b|\bhowever\b|\byet\b/.test(between);
}
