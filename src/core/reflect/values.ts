/**
 * Values (taxonomy §1) in a reflection: which ones the author shows, how strongly, and the
 * sentences that show them.
 *
 * Method: cue lexicons ({@link VALUE_CUES}) matched per sentence; each match is weighed by
 * the author's voice, whether the sentence states a wish, reason or lack, and where it
 * stands ({@link sentenceContexts}); sentence strengths are combined by noisy-OR
 * (1 − Π(1 − pᵢ)), so that several independent mentions add up while no single weak one
 * decides. A value the author explicitly sets aside ("titles are not motivations") is
 * vetoed, following the labelling rule that rejected things are not values.
 */
import { VALUE_IDS, type ValueId } from "../taxonomy.js";
import type { SentenceContext } from "./context.js";
import { VALUE_CUES } from "./lexicon.js";
import { type CompiledCue, type CueHit, compileCues, cueHits, sentenceFrames } from "./match.js";
import type { Sentence } from "./sentences.js";

/** Minimum combined strength for a value to be reported. */
export const VALUE_THRESHOLD = 0.6;
/** Sentence strength: cue weight × voice × frame × place × this base. */
const BASE = 0.5;
const FRAMED = 1.6;
const MAX_SENTENCE = 0.9;
const NEGATED = 0.6;
const CONCEDED = 0.5;
/** Only the strongest few sentences combine, so long posts do not pile up passing mentions. */
const TOP_SENTENCES = 3;
/** Strength left to a value its author rejects. */
const VETO = 0.15;
/** Strength of a sentence that argues for a value (a framed, first-person mention). */
const ARGUED = 0.5;
/** Strength left to a value both rejected and argued for: the author is torn. */
const CONTESTED = 0.6;

/** The compiled cues of every value, in taxonomy order (shared with `criteria.ts`). */
export const VALUE_CUE_REGEXES: ReadonlyArray<readonly [ValueId, CompiledCue[]]> = VALUE_IDS.map(
  (id) => [id, compileCues(VALUE_CUES[id])],
);

export interface ValueSignal {
  id: ValueId;
  /** Combined strength in [0, 1]. */
  score: number;
  /**
   * Supporting sentences with their strengths, strongest first; `cue` is the index of the
   * strongest cue in the value's list (absent for a stated criterion's sentence).
   */
  sentences: Array<{ sentence: Sentence; strength: number; cue?: number }>;
  rejected: boolean;
}

/**
 * What one sentence shows: the strength in [0, 1] of each value it supports, and the values
 * it explicitly sets aside in the author's voice.
 */
export function sentenceValues(
  sentence: Sentence,
  context: SentenceContext,
): { strengths: Map<ValueId, number>; rejected: ValueId[]; cues: Map<ValueId, number> } {
  const strengths = new Map<ValueId, number>();
  const cueOf = new Map<ValueId, number>();
  const rejected: ValueId[] = [];
  const concession = concessionAt(sentence.norm);
  const frames = sentenceFrames(sentence);
  for (const [id, cues] of VALUE_CUE_REGEXES) {
    const hits = cueHits(sentence, cues, frames);
    if (hits.length === 0) continue;
    if (context.voice >= 1 && hits.some((h) => h.rejected && h.weight >= 0.5)) rejected.push(id);
    // The strongest hit after negation: "not made of money ... bills to pay" shows the bills.
    const hit = hits
      .filter((h) => !h.rejected)
      .sort((a, b) => effective(b) - effective(a) || a.at - b.at)[0];
    if (!hit) continue;
    // "I loved A, but I miss B": the move is about B; A is conceded.
    const conceded = concession >= 0 && hit.end <= concession;
    // A negated cue that is not a rejection mostly reports a lack ("it wasn't challenging").
    const strength =
      hit.weight *
      (hit.negated ? NEGATED : 1) *
      (conceded ? CONCEDED : 1) *
      context.voice *
      (context.framed ? FRAMED : 1) *
      context.place *
      BASE;
    strengths.set(id, Math.min(MAX_SENTENCE, strength));
    cueOf.set(id, hit.cue);
  }
  return { strengths, rejected, cues: cueOf };
}

function effective(hit: CueHit): number {
  return hit.weight * (hit.negated ? NEGATED : 1);
}

/** Where "but I ..." / "however, I ..." turns a sentence, or -1. */
function concessionAt(norm: string): number {
  const m = /,? (but|however,?|yet) (i|i'm|i've|i was|my)\b/.exec(norm);
  return m ? m.index : -1;
}

/**
 * Combines sentence strengths into value signals, including `extra` strengths (e.g. from
 * stated criteria), for every value (reported or not), strongest first.
 */
export function valueSignals(
  sentences: readonly Sentence[],
  contexts: readonly SentenceContext[],
  extra: ReadonlyArray<{ id: ValueId; sentence: Sentence; strength: number }> = [],
): ValueSignal[] {
  const byValue = new Map<ValueId, ValueSignal>();
  const signal = (id: ValueId) => {
    let s = byValue.get(id);
    if (!s) {
      s = { id, score: 0, sentences: [], rejected: false };
      byValue.set(id, s);
    }
    return s;
  };
  sentences.forEach((sentence, i) => {
    const context = contexts[i] as SentenceContext;
    const { strengths, rejected, cues } = sentenceValues(sentence, context);
    for (const [id, strength] of strengths)
      signal(id).sentences.push({ sentence, strength, cue: cues.get(id) });
    for (const id of rejected) signal(id).rejected = true;
  });
  for (const { id, sentence, strength } of extra) signal(id).sentences.push({ sentence, strength });

  for (const s of byValue.values()) {
    // One sentence may support a value twice (a criterion and its sentence): keep the best.
    const best = new Map<number, { sentence: Sentence; strength: number; cue?: number }>();
    for (const entry of s.sentences) {
      const seen = best.get(entry.sentence.index);
      if (!seen || seen.strength < entry.strength) best.set(entry.sentence.index, entry);
    }
    s.sentences = [...best.values()].sort(
      (a, b) => b.strength - a.strength || a.sentence.index - b.sentence.index,
    );
    const miss = s.sentences.slice(0, TOP_SENTENCES).reduce((acc, e) => acc * (1 - e.strength), 1);
    // A rejection outweighs passing mentions, not a value argued for elsewhere in the post.
    const argued = (s.sentences[0]?.strength ?? 0) >= ARGUED;
    s.score = (1 - miss) * (s.rejected ? (argued ? CONTESTED : VETO) : 1);
  }
  return [...byValue.values()].sort((a, b) => b.score - a.score);
}

const MAX_EVIDENCE = 3;
const MIN_EVIDENCE = 0.2;
const EVIDENCE_SHARE = 0.4;

/**
 * A value's evidence: its strongest sentence and those not far below it (at least 0.2 and 40%
 * of the best), verbatim, at most three.
 */
export function handEvidence(
  sentences: ReadonlyArray<{ sentence: { quote: string }; strength: number }>,
): string[] {
  const top = sentences[0]?.strength ?? 0;
  const floor = Math.max(MIN_EVIDENCE, EVIDENCE_SHARE * top);
  const quotes = sentences
    .filter((e, i) => i === 0 || e.strength >= floor)
    .map((e) => e.sentence.quote);
  return [...new Set(quotes)].slice(0, MAX_EVIDENCE);
}
