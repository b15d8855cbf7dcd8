/**
 * The learned values of the reflection analyser, fitted by `npm run train` (scripts/train.ts)
 * on labelled posts and shipped in `learned.generated.ts`; this module only applies them.
 * Values with too few labelled posts to learn from keep the hand-written reading. The same
 * model file carries the learned path readings (`paths`, see `learned-paths.ts`).
 *
 * The shipped method ({@link SentenceValuesModel}, `bySentence`): each value read sentence by
 * sentence by a logistic regression fitted on the evidence labels (data/labels/evidence: two
 * readers marked the sentences that state each of a post's values), and decided per post by a
 * stacker over the sentence scores and the hand-written strength. A value's evidence is the
 * sentences its sentence model reads it in most surely, verbatim. Cross-validated values
 * micro-F1 0.54 against 0.52 for the post-level models below (scripts/train.ts gives the
 * figures).
 *
 * Also applied when a model holds them (measured, not shipped): one L2-regularised logistic
 * regression per value (D. R. Cox 1958) over the post's features of `features.ts` (the
 * hand-written cue strengths among them), whose evidence is the sentences whose features add
 * most to its score (their n-gram weights plus the cue weights times the sentence's cue
 * strength); and the multiple-instance models over cue sentences ({@link ValueModel}).
 */
import {
  type BinaryModel,
  binaryProbability,
  contribution,
  linearScore,
  sigmoid,
} from "../learn/linear.js";
import { VALUE_IDS, type ValueId } from "../taxonomy.js";
import { addEmbeddingFeatures, type SentenceEmbeddingOptions } from "./embedding.js";
import {
  cueContext,
  type ReflectionReading,
  type SentenceFeatureOptions,
  type ValueFeatureOptions,
  valueFeatures,
  valueSentenceFeatures,
} from "./features.js";
import type { LearnedPathsModel } from "./learned-paths.js";
import type { SentencePathsModel } from "./sentence-paths.js";
import { handEvidence, VALUE_THRESHOLD, type ValueSignal } from "./values.js";

/** What produced a model file: shown in its header and kept with it. */
export interface ValuesProvenance {
  command: string;
  seed: number;
  /** The labelled sets it learned from, e.g. "data/labels/posts.json (161) + dev (15)". */
  data: string;
  /** Settings of the fit (regularisation, features kept per value, ...). */
  settings: Record<string, number>;
}

/**
 * A value's model. With `sentence`, a multiple-instance model: each sentence s where a cue of
 * the value stands (an instance: `c:<value>` among the features of `valueSentenceFeatures`)
 * gets a score zₛ = sentence.bias + Σ sentence.weights·xₛ + Σ sharedSentence·xₛ (the
 * model's weights shared by every value: where the sentence stands, how it is framed),
 * pooled over the post by a smooth maximum:
 * P(value) = σ(bias + Σ weights·x_doc + (1/r)·log(1 + Σₛ exp(r·zₛ))), r the model's
 * `sharpness`: one sentence that clearly states the value suffices, passing mentions add
 * little. Without `sentence`, a logistic regression over the post's features alone.
 */
export interface ValueModel extends BinaryModel {
  sentence?: { bias: number; weights: Record<string, number> };
}

export interface LearnedValuesModel {
  provenance: ValuesProvenance;
  features: ValueFeatureOptions;
  /** The sentence features of the multiple-instance values (those with `sentence`). */
  sentences?: SentenceFeatureOptions;
  /** Sharpness r of the smooth maximum over sentences (> 0; larger is closer to the max). */
  sharpness?: number;
  /** Sentence weights shared by every multiple-instance value (places and frames). */
  sharedSentence?: Record<string, number>;
  values: Record<ValueId, ValueModel>;
  /** Values with too few labelled posts to learn from: the hand-written reading decides. */
  handOnly: ValueId[];
  /**
   * A value the hand-written cues read at least this strongly (in [0, 1]) stands whatever the
   * learned model says: the learned models add and drop the weaker readings. Above 1: never.
   */
  keepHand?: number;
  /**
   * The same, lower, for a reading whose strongest sentence states a wish ({@link WISH}: "what
   * I want is ...", "my desire to ..."); absent: `keepHand` for every reading.
   */
  keepWish?: number;
  /**
   * The learned path readings (`sentence-paths.ts`, or the older post-level `learned-paths.ts`);
   * without them the hand-written ones.
   */
  paths?: LearnedPathsModel | SentencePathsModel;
  /**
   * The values read sentence by sentence ({@link SentenceValuesModel}); when present it decides
   * every value not in `handOnly`, and `values` is not read.
   */
  bySentence?: SentenceValuesModel;
}

/**
 * Values read from labelled sentences, then decided per post by a stacker.
 *
 * 1. Sentence models: per value, an L2-regularised logistic regression over each sentence's
 *    features (`valueSentenceFeatures`: stemmed word uni- and bigrams, the sentence's place and
 *    frames such as a reason, a wish, a lack, missing, leaving, a negation, its position, and
 *    every value's hand-written cue strength in it), fitted on the evidence labels
 *    (`data/labels/evidence/posts.json`: two readers marked the sentences that state each of a
 *    post's values; soft targets 1 both, 0.5 one, 0 neither). zₛ = bias + Σ weights·xₛ.
 * 2. A stacker: one logistic regression over (post, value) pairs reading the value's best and
 *    second-best sentence score, the number of sentences at p ≥ 0.5 and the hand-written
 *    strength, each shared by all values and again per value, and a bias per value
 *    ({@link stackFeatures}); fitted on held-out sentence scores (inner folds of the training
 *    posts) against the post labels, with one decision threshold for micro-F1 on those rows.
 *
 * Stacked generalisation: D. H. Wolpert, "Stacked generalization", Neural Networks 5 (1992).
 */
export interface SentenceValuesModel {
  features: SentenceFeatureOptions;
  sentence: Partial<Record<ValueId, { bias: number; weights: Record<string, number> }>>;
  stacker: BinaryModel;
  /**
   * Word-vector features of the sentence scorer (`embedding.ts`), read from the reading's
   * `sentenceVectors`; a reading without them scores without these features.
   */
  embedding?: SentenceEmbeddingOptions;
}

/**
 * Pay given up or set aside: a cost of the move, not compensation sought ("a pay cut", "about
 * twenty percent below what I earned", "sixty percent of my manager salary", "slightly lower
 * than my current one", "worth more than any salary", "a big drop, roughly a third of what I
 * earn", "I would have taken a peso salary", "roughly half my current salary", "a salary I will
 * not see for years", "salary is not part of how I'm deciding", "the salary and the title were
 * comfortable" (what kept the author), money raised or paid to founders, not to the author;
 * "the salary is a little lower", "the salary is about half what I was paid", "I would have taken
 * the job at my old salary", "savings for about eight months", "my wife's salary and our savings
 * cover the gap", "I walked away from unvested equity", "roughly the same income as my CTO salary",
 * "the same life at a higher salary" (an offer turned down), "my income is a third of what it was").
 */
export const PAY_GIVEN_UP =
  /\b(?:pay cut|salary cut|cut in (?:pay|salary)|less (?:money|than (?:my|i|what i))\b|(?:lower|smaller|reduced) (?:salary|pay|income|comp)|fraction of (?:my|the|what)|giv(?:e|ing|en) up (?:a |my |the |some )?(?:salary|pay|money|income|comp|equity|stock|shares)|(?<!(?:tired|sick) of |fed up with |stop )(?:earn|earns|earned|earning|make|made|making) (?:a (?:little|bit|little bit) |slightly |somewhat |much |far |quite a bit )?less(?: money)?\b|not (?:about|for) (?:the )?money|money (?:isn't|is not|wasn't|was not)(?! on my mind)|not what's driving|(?:take|took|taking) a (?:big |huge |significant |real )?(?:pay )?cut|\b(?:below|under|lower than|less than) (?:what i (?:earned|made|was paid|earn|make|was making)|my (?:old|previous|current|former|last|manager(?:'s)?|corporate) (?:salary|pay|income|package|comp|one))|\b(?:\d+|[a-z]+(?:-[a-z]+)?) ?(?:percent|%) of (?:my|what i) (?:[\w-]+ ){0,2}?(?:salary|pay|income|earned|made|comp|package)\b|worth more than (?:any|a|the) (?:salary|paycheck|pay)|(?:salary|pay|money) i(?:'ll| will)? never see|(?:big|huge|sharp|steep|real) drop\b|\bdrop in (?:pay|salary|income)|\b(?:a|one|two) (?:third|quarter|half|fifth) of what i (?:earn|make|made|earned|was making)|\blower than (?:the|my|what|at)\b|would have taken a (?:[\w-]+ )?(?:salary|pay cut)|\bhalf (?:of )?(?:my|what i) (?:[\w-]+ )?(?:salary|pay|income|earned|made|earn|make)\b|(?:salary|pay|money) i (?:will not|won't|would not|wouldn't) see\b|(?:isn't|is not|won't|will not|not) (?:going to )?(?:decide (?:this|it|for me)|part of how i(?:'m| am) deciding|what i(?:'ll| will) compare)|(?:salary|pay|money)(?: and the [\w-]+)? (?:was|were) (?:too )?comfortable|\brais(?:e|ed|ing) (?:money|funding|a round)\b|\bpay (?:ourselves|myself) (?:very |a )?little\b|nothing to do with (?:the|my) (?:decision|choice)|\bcomparable to what i (?:had|have|earn|earned|made|make)\b|\b(?:salary|pay|income) (?:is|was|would be) (?:more than )?enough\b|\b(?:we|i)(?:'ve| have) saved enough\b|\bincome covers\b|\bnot chasing (?:the )?(?:top|money|salary|pay|highest)\b|\bwould have paid\b|\b(?:burn|burning|spend|spending|live (?:on|off)|dip into) (?:my |our |the )?savings\b|\b(?:a|one|two|six|\d+) (?:years?|months?) of savings\b|\bmoney runs out\b|\brun(?:s|ning)? out of (?:money|savings|runway)\b|\bdon't choose (?:jobs|roles|a job) (?:because of|for)\b|\bpeople keep telling me\b|\b(?:the|my) (?:old |previous |former )?(?:salary|pay) (?:was|were) (?:strong|good|great|generous|excellent|high)\b|\b(?:salary|pay|income|base(?: salary| pay)?) (?:is|was|will be|would be) (?:(?:a little|a bit|slightly|somewhat|much|a lot|quite a bit|noticeably|about|around|roughly) )?(?:lower|less|smaller)\b|\b(?:salary|pay|income) is (?:about |around |roughly )?(?:half|a third|a quarter|two-thirds) (?:of )?what i (?:was paid|earned|made|was making)\b|\b(?:taken|take|accepted|accept) (?:the|this|that) (?:job|role|offer) (?:at|for) (?:my )?(?:old|previous|same|current|former) (?:salary|pay)\b|\bsavings (?:for|to last|cover|give|last)\b|\b(?:wife|husband|partner|spouse)['’]s (?:salary|income|pay)\b|\b(?:my|our) severance\b|\bbet (?:my|our) savings\b|\b(?:walked|walk|walking) away from\b[^.;]{0,40}\b(?:equity|salary|pay|stock|options)\b|\b(?:the same|similar|comparable) (?:income|pay|salary) (?:as|to)\b|\bwould have been\b[^.;]{0,40}\b(?:higher|better|bigger) (?:salary|pay)\b|\b(?:income|salary|pay) is (?:about |around |roughly )?(?:a third|a quarter|half|a fraction) of what it was\b)/;

/**
 * Coding found not to be missed or set aside: what the author learned or weighed and let go,
 * not hands-on work sought ("i did not miss coding as much as i thought", "i thought i'd miss
 * coding terribly", "what excites me isn't writing more code myself", "until i let go of the
 * code", "i do still love writing code, but ...", "i haven't shipped production code in four
 * years" (unless missed or wanted back), "what i wanted wasn't more code", "almost none of it was
 * my own code", "what i'd missed was people, not code", "i'm not hands-on anymore", "i miss code less
 * than i expected", "if in five years i want to go back to building, ...", a coding bootcamp). Coding lost with the
 * move ("less time to write code ... it's just not the same") stays a value: the corpus's
 * readers label the loss lamented as hands-on work valued.
 */
export const CODING_GIVEN_UP =
  /\b(?:(?:did not|didn't|don't|do not|never) miss (?:the )?(?:coding|writing code|programming|code)|thought i(?:'d| would) miss (?:the )?(?:coding|writing code|programming|code)|(?:isn't|is not|not) (?:about )?writing (?:more |much )?code|let go of (?:the |my )?code|love (?:writing |to write )?code,? but\b|(?:haven't|have not|hadn't|had not) (?:shipped|written|committed|touched) (?:any )?production code\b(?![^.;]*\b(?:miss (?:it|that|coding|the code)|want (?:it|to get|to go) back|again)\b)|(?:wasn't|isn't|was not|is not) more code\b|none of (?:it|them) (?:was|were) (?:my own |writing )?code\b|\b(?:people|the people|the team|teams|strategy|the product),? not (?:the |writing )?code\b|\bnot hands[- ]on (?:anymore|any more)\b|\bmiss (?:the )?(?:code|coding|writing code) less than\b|\bif in (?:a few|\w+) (?:years?|months)(?: time)?,? i want to go back to (?:building|coding|engineering|the code)\b|\bcoding (?:bootcamp|school|club|course)s?\b)/;

/**
 * Health as a trade or others' guess, not the author's wellbeing: "health technology", "work that
 * matters to someone's health", "some people assumed I was burned out", health among sectors
 * ("health, energy, logistics"); the commute denied among other reasons ("it wasn't money or
 * title or the commute"). (Health insurance sought
 * is wellbeing: the probe sets' readers label it so in four posts.)
 */
export const HEALTH_NOT_OWN =
  /\bhealth[- ]?(?:tech(?:nology)?|care|records?|system|sector|start-?up|company|data|workers?|clinics?)\b|\b(?:digital|public|global|community) health\b|\bhealth ministry\b|\bministry of health\b|\bsomeone's health\b|\b(?:people|they|some|others|everyone|friends) (?:assumed|thought|asked if|asked whether|guessed) i (?:was|were|had) (?:burn(?:ed|t) out|exhausted|tired)|\bhealth(?:care)?, (?:[\w-]+, ){0,3}(?:energy|logistics|education|finance|fintech|retail|insurance|agriculture|transport|media|government)\b|\b(?:energy|logistics|education|finance|fintech|retail|insurance|agriculture),? (?:and |or )?health(?:care)?\b|\b(?:wasn't|was not|isn't|is not|not)\b[^.;]{0,30}\bor (?:the )?commute\b/;

/**
 * A title set aside: "the title is not nothing, but it's not why I'd stay", "a title is a bad
 * reason to ...", "the title didn't drive this", "the title bump was a nice side effect", an
 * offer's bigger title that would have been.
 */
export const TITLE_SET_ASIDE =
  /\btitle (?:is not|isn't|wasn't|was not|didn't|did not|doesn't|does not)\b[^.;]{0,30}\b(?:why|reason|drive|decide|matter|what)|\b(?:a|the) (?:bigger |better )?title is (?:a|the) (?:bad|poor|weak|wrong) reason|\btitle(?: bump| change)? (?:was|is) (?:a|just a) (?:nice |welcome |pleasant )?(?:side effect|bonus)|\bnot (?:for|about|because of) the title\b|\b(?:bigger|better|fancier) title,[^.;]{0,60}\bi(?:'d| would) have been\b|\bonly with a bigger title\b/;

/** The sentences that set a value aside rather than seek it ({@link learnedValues}). */
const SET_ASIDE: Partial<Record<ValueId, RegExp>> = {
  compensation: PAY_GIVEN_UP,
  hands_on: CODING_GIVEN_UP,
  wellbeing: HEALTH_NOT_OWN,
  recognition: TITLE_SET_ASIDE,
};

/**
 * Whether every one of `norms` (a value's evidence sentences, `norm` form) sets the value aside
 * ({@link SET_ASIDE}, or {@link NOT_THE_REASON} for any value); for pay, every one that names pay
 * ({@link PAY_WORDS}: "About money" beside "I'm giving up a salary" says no more of it).
 */
function setAsideIn(id: ValueId, norms: readonly string[]): boolean {
  const naming = id === "compensation" ? norms.filter((n) => PAY_WORDS.test(n)) : norms;
  // No sentence to read (pay named nowhere): set aside where the value has a table, as before.
  if (naming.length === 0) return SET_ASIDE[id] !== undefined;
  return naming.every((n) => setsAside(id, n));
}

/** Whether one sentence (`norm` form) sets the value aside ({@link setAsideIn}). */
function setsAside(id: ValueId, norm: string): boolean {
  return SET_ASIDE[id]?.test(norm) === true || NOT_THE_REASON.test(norm);
}

/**
 * Whatever the value, a sentence that says it is not the reason: "working from home two days a
 * week is pleasant, but not why I'm there", "nice, though not the reason I moved".
 */
export const NOT_THE_REASON =
  /\b(?:but|though|although|yet) (?:it's |that's |this is |it is |it was |that was )?not (?:why i(?:'m| am| was| moved| left| joined| stayed)|the reason (?:i|for|why))\b/;

/** Words that name a person's pay, as against money at large ("processes more money"). */
export const PAY_WORDS =
  /\b(?:salary|salaries|pay|paid|paying|payslip|earn|earns|(?<!\bi(?:'d| had|'ve| have) )earned|earning|earnings|income|compensation|comp|raise|rsus?|equity|stock|shares|bonus|wage|wages|financial(?:ly)?(?! (?:inclusion|services|sector|institutions?|technology|literacy|data|products?|reporting|systems?|crime|markets?))|mortgage|bills|savings|money (?:for|to) (?:me|my|us|our|the family)|make (?:more|less|good) money|paid well|well paid|day rate|hourly rate|billed|invoice\w*)\b/;

/** A sentence that states what the author wants ("what i want is", "my desire to", "i'd like to"). */
export const WISH =
  /\b(?:what i (?:really |most )?want(?: now| next)? is|i (?:really )?want to|i(?:'d| would) (?:really )?like to|my (?:innate |deep )?desire (?:to|for)|i(?:'m| am) looking for|i need)\b/;

/**
 * Whether a hand-written reading stands whatever the learned models say: its strength reaches
 * `keepHand`, or `keepWish` when its strongest sentence states a wish ({@link WISH}).
 */
export function handStands(
  signal: Pick<ValueSignal, "score" | "sentences"> | undefined,
  keepHand: number,
  keepWish: number = keepHand,
): boolean {
  if (!signal) return false;
  if (signal.score >= keepHand) return true;
  const top = signal.sentences[0]?.sentence.norm;
  return signal.score >= keepWish && top !== undefined && WISH.test(top);
}

/** Scores outside ±10 carry no more information for the stacker. */
const Z_CLIP = 10;

/**
 * Posts of fewer sentences than this (the title included) read their best sentence's score as
 * the second-best too ({@link stackFeatures}). No labelled post is this short (the corpus and
 * dev posts have 8 sentences and more), so the models learn nothing from it and read the
 * labelled posts as before.
 */
const SHORT_POST = 5;

/**
 * The stacker's features of one value in one post, from the value's sentence scores zₛ
 * (log-odds) and its hand-written strength in [0, 1]: `top` and `second` (the two largest zₛ,
 * clipped to ±10; −10 when absent; in a post shorter than {@link SHORT_POST}, `top` again),
 * `n` (log(1 + the number of sentences with zₛ ≥ 0)), `hand`, `len` (log(1 + the number of
 * sentences), read only by a stacker fitted with it), each again as `<value>|name`, and
 * `<value>|bias` = 1.
 */
export function stackFeatures(
  id: ValueId,
  z: readonly number[],
  hand: number,
): Map<string, number> {
  let top = -Z_CLIP;
  let second = -Z_CLIP;
  let n = 0;
  for (const v of z) {
    const c = Math.max(-Z_CLIP, Math.min(Z_CLIP, v));
    if (c > top) [top, second] = [c, top];
    else if (c > second) second = c;
    if (v >= 0) n++;
  }
  const x = new Map<string, number>();
  const put = (name: string, v: number) => {
    if (v === 0) return;
    x.set(name, v);
    x.set(`${id}|${name}`, v);
  };
  put("top", top);
  // A post of a few sentences has no room for a second one to speak for the value: its best
  // sentence stands for both, so "I want to work with people smarter than me" is not marked
  // down for being said once in a note of two lines.
  put("second", z.length < SHORT_POST ? top : second);
  put("n", Math.log1p(n));
  put("hand", hand);
  x.set(`${id}|bias`, 1);
  // Read only by a stacker whose weights hold it (ValueSettings.stackLen, off by default).
  put("len", Math.log1p(z.length));
  return x;
}

/** Each sentence's score zₛ for one value under a sentence-level values model. */
export function sentenceScores(
  m: SentenceValuesModel,
  id: ValueId,
  perSentence: readonly Map<string, number>[],
): number[] {
  const s = m.sentence[id];
  if (!s) return perSentence.map(() => Number.NEGATIVE_INFINITY);
  return perSentence.map((x) => linearScore(s.bias, s.weights, x));
}

/** One value the learned model reads in a post. */
export interface LearnedValueFinding {
  id: ValueId;
  /** Probability in [0, 1], 2 decimals. */
  score: number;
  /** Up to three sentences, verbatim from the input, strongest first. */
  evidence: string[];
}

const MAX_EVIDENCE = 3;
/** Evidence sentences weigh at least this share of the strongest one. */
const EVIDENCE_SHARE = 0.4;
/**
 * Sentence-level model: evidence beyond the surest sentence must read the value at p ≥ 0.5 and
 * within this many log-odds of it (e^2 ≈ 7 times less sure at most).
 */
const EVIDENCE_GAP = 2;

/**
 * The probability of every value and the values reported: those whose probability reaches the
 * model's threshold (or, for hand-only values, the hand-written strength reaches its threshold)
 * and that have at least one sentence speaking for them; strongest first.
 */
export function learnedValues(
  model: LearnedValuesModel,
  reading: ReflectionReading,
): { probabilities: Record<ValueId, number>; findings: LearnedValueFinding[] } {
  const { doc, sentences } = valueFeatures(reading, model.features);
  const perSentence = model.sentences ? valueSentenceFeatures(reading, model.sentences) : null;
  const bySentence = model.bySentence
    ? valueSentenceFeatures(reading, model.bySentence.features)
    : null;
  const embedding = model.bySentence?.embedding;
  if (bySentence && embedding) {
    // Without vectors (no shell loaded them), every sentence reads as the training posts' mean
    // sentence: the embedding features then add the same to every score.
    const centre = embedding.centre ? Float64Array.from(embedding.centre) : null;
    addEmbeddingFeatures(
      bySentence,
      reading.sentenceVectors ?? bySentence.map(() => centre),
      embedding,
    );
  }
  const probabilities = {} as Record<ValueId, number>;
  const findings: LearnedValueFinding[] = [];
  for (const id of VALUE_IDS) {
    const signal = reading.signals.find((s) => s.id === id);
    if (model.handOnly.includes(id)) {
      const score = signal?.score ?? 0;
      probabilities[id] = round(score);
      // Read only where the author sets it aside ("the title didn't drive this"): no value.
      const aside = setAsideIn(
        id,
        (signal?.sentences ?? []).slice(0, MAX_EVIDENCE).map((e) => e.sentence.norm),
      );
      if (signal && score >= VALUE_THRESHOLD && signal.sentences.length > 0 && !aside)
        findings.push({
          id,
          score: round(score),
          evidence: handEvidence(signal.sentences),
        });
      continue;
    }
    if (model.bySentence && bySentence) {
      const z = sentenceScores(model.bySentence, id, bySentence);
      const stacker = model.bySentence.stacker;
      const p = binaryProbability(stacker, stackFeatures(id, z, signal?.score ?? 0));
      const kept = signal && handStands(signal, model.keepHand ?? 2, model.keepWish);
      probabilities[id] = round(kept ? Math.max(p, signal.score) : p);
      if (!kept && p < stacker.threshold) continue;
      // Evidence: the sentences the model reads the value in most surely, verbatim.
      const ranked = z
        .map((v, i) => ({ v, i }))
        .filter((e) => Number.isFinite(e.v))
        .sort((a, b) => b.v - a.v || a.i - b.i);
      const top = ranked[0];
      if (!top) continue;
      const shown = ranked.filter((e, k) => k === 0 || (e.v >= 0 && e.v >= top.v - EVIDENCE_GAP));
      const norms = shown
        .slice(0, MAX_EVIDENCE)
        .map((e) => (reading.sentences[e.i] as { norm: string }).norm);
      // Money that is not the author's pay ("a platform that processes more money in an hour
      // than ...", "raising money"): pay is read only where a sentence names pay.
      if (id === "compensation" && !norms.some((n) => PAY_WORDS.test(n))) continue;
      // A value read only where the author sets it aside ("I'm taking a pay cut", "I did not
      // miss coding as much as I thought") is a cost of the move or a finding, not a reason
      // sought; a strong hand-written reading keeps it unless its strongest sentence too sets
      // it aside ("The grant pays less than my salary, but enough").
      const handTop = signal?.sentences[0]?.sentence.norm;
      if (setAsideIn(id, norms) && (!kept || (handTop !== undefined && setsAside(id, handTop))))
        continue;
      findings.push({
        id,
        score: probabilities[id],
        evidence: [
          ...new Set(
            shown
              .slice(0, MAX_EVIDENCE)
              .map((e) => (reading.sentences[e.i] as { quote: string }).quote),
          ),
        ],
      });
      continue;
    }
    const m = model.values[id];
    const pooled = m.sentence && perSentence ? poolSentences(id, m, doc, perSentence, model) : null;
    const p = pooled ? pooled.p : binaryProbability(m, doc);
    probabilities[id] = round(p);
    if (
      signal &&
      handStands(signal, model.keepHand ?? 2, model.keepWish) &&
      signal.sentences.length > 0
    ) {
      findings.push({
        id,
        score: round(Math.max(p, signal.score)),
        evidence: handEvidence(signal.sentences),
      });
      continue;
    }
    if (p < m.threshold) continue;
    if (pooled) {
      // The sentences that carry the pooled score: the strongest and those whose share of
      // the smooth maximum is at least 40% of its share.
      const zTop = Math.max(...pooled.z);
      const floor = zTop + Math.log(EVIDENCE_SHARE) / (model.sharpness ?? 1);
      const shown = reading.sentences
        .map((sentence, i) => ({ sentence, z: pooled.z[i] ?? -Infinity }))
        .filter((e) => Number.isFinite(e.z) && e.z >= floor)
        .sort((a, b) => b.z - a.z || a.sentence.index - b.sentence.index)
        .slice(0, MAX_EVIDENCE);
      if (shown.length === 0) continue;
      findings.push({
        id,
        score: round(p),
        evidence: [...new Set(shown.map((e) => e.sentence.quote))],
      });
      continue;
    }
    // A cue sentence's part of the score: its strength under the cue features that hold it.
    const cue = m.weights[`h:${id}`] ?? 0;
    const byCue = new Map<number, number>();
    for (const e of signal?.sentences ?? []) {
      const where = model.features.contexts
        ? (m.weights[`${cueContext(reading, e.sentence)}:${id}`] ?? 0)
        : 0;
      const own =
        model.features.cues && e.cue !== undefined ? (m.weights[`k:${id}:${e.cue}`] ?? 0) : 0;
      byCue.set(e.sentence.index, e.strength * (model.features.cueScale * (cue + own) + where));
    }
    const ranked = sentences
      .map((s) => ({
        s,
        c: contribution(m.weights, s.names) + (byCue.get(s.sentence.index) ?? 0),
      }))
      .filter((e) => e.c > 0)
      .sort((a, b) => b.c - a.c || a.s.sentence.index - b.s.sentence.index);
    // As for the hand-written reading: only sentences not far below the strongest one.
    const floor = EVIDENCE_SHARE * (ranked[0]?.c ?? 0);
    const shown = ranked.filter((e) => e.c >= floor).slice(0, MAX_EVIDENCE);
    if (shown.length === 0) continue;
    findings.push({
      id,
      score: round(p),
      evidence: [...new Set(shown.map((e) => e.s.sentence.quote))],
    });
  }
  findings.sort((a, b) => b.score - a.score);
  return { probabilities, findings };
}

/** The multiple-instance probability of one value and every sentence's score zₛ. */
export function poolSentences(
  id: ValueId,
  m: ValueModel,
  doc: Map<string, number>,
  perSentence: readonly Map<string, number>[],
  model: Pick<LearnedValuesModel, "sharpness" | "sharedSentence">,
): { p: number; z: number[] } {
  const r = model.sharpness ?? 1;
  const scorer = m.sentence as NonNullable<ValueModel["sentence"]>;
  const shared = model.sharedSentence ?? {};
  const z = perSentence.map((x) =>
    x.has(`c:${id}`)
      ? linearScore(scorer.bias, scorer.weights, x) + linearScore(0, shared, x)
      : Number.NEGATIVE_INFINITY,
  );
  return { p: sigmoid(linearScore(m.bias, m.weights, doc) + smoothMax(z, r)), z };
}

/**
 * (1/r)·log(1 + Σ exp(r·zᵢ)), computed without overflow: ≈ max(0, max zᵢ) for large r; 0 when
 * every zᵢ is −∞ (no instance).
 */
export function smoothMax(z: readonly number[], r: number): number {
  let top = 0;
  for (const v of z) if (r * v > top) top = r * v;
  let total = Math.exp(-top);
  for (const v of z) total += Math.exp(r * v - top);
  return (Math.log(total) + top) / r;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
