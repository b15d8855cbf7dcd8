/**
 * Responsibility detection: which duties (taxonomy section 3) a posting assigns, with the
 * sentences that say so.
 *
 * Only duty text counts: segments of the duties section, and duty-shaped segments ("you
 * will...", imperative verbs) of the role summary. Requirements ("10+ years of hands-on
 * coding"), the company blurb and benefits are ignored, because the dev-set readers labelled
 * duties the posting assigns, not experience it asks for. Each segment contributes the weight
 * of its strongest cue for a responsibility times its section weight; contributions combine as
 * independent evidence (noisy-OR: 1 - prod(1 - c)), the usual way to pool weak cues
 * (J. Pearl, Probabilistic Reasoning in Intelligent Systems, 1988, ch. 4.3).
 */

import { type BinaryModel, binaryProbability, type Features } from "../learn/linear.js";
import { type ArchetypeId, RESPONSIBILITY_IDS, type ResponsibilityId } from "../taxonomy.js";
import { CueIndex } from "./cues.js";
import { roleModel } from "./model.js";
import { negationScope } from "./negation.js";
import type { ClassifiedSegment } from "./sections.js";
import type { Segment } from "./text.js";
import type { ResponsibilityFinding } from "./types.js";

/** A responsibility is reported when its pooled score reaches this. */
export const PRESENCE_THRESHOLD = 0.5;
const MAX_EVIDENCE = 3;
const STRONG = 0.9;
const PARTNERING = new Set([
  "partner",
  "collaborat",
  "work",
  "liais",
  "coordinat",
  "interfac",
  "engag",
]);

const positive = new CueIndex<ResponsibilityId>();
const negative = new CueIndex<ResponsibilityId>();
for (const id of RESPONSIBILITY_IDS) {
  for (const cue of roleModel.responsibilities[id].cues) positive.add(cue, id);
  for (const cue of roleModel.responsibilities[id].negatives) negative.add(cue, id);
}

/**
 * How much a segment can say about the role's duties, in [0, 1]: 1 in a duties section, less
 * in the summary, 0 for requirements, company, benefits and headings.
 */
export function dutyWeight(seg: ClassifiedSegment): number {
  if (seg.heading || seg.requirementShaped) return 0;
  switch (seg.section) {
    case "duties":
      return 1;
    case "role":
      return seg.dutyShaped ? 0.9 : 0;
    case "summary":
      return seg.dutyShaped ? 0.85 : 0;
    default:
      return 0;
  }
}

/**
 * Weight of a sentence when the posting has no duties section and too few duty-shaped
 * sentences to read as one (a short prose posting, a "who's hiring" entry): every sentence of
 * the role text may then say what the role does, but less surely than a stated duty: one
 * strong cue (0.9 × this = 0.45) stays below the presence threshold, two sentences saying it
 * (or one duty-shaped sentence) reach it. Chosen on corpus half A among 0.45, 0.5, 0.56, 0.6,
 * 0.7 (`npm run eval:roles -- --resp-split`: micro-F1 A 0.69 -> 0.70, B 0.71 -> 0.71).
 */
export const FALLBACK_WEIGHT = 0.5;

/**
 * How much a segment can say about the role's duties when the posting has no duty text
 * ({@link FALLBACK_WEIGHT}): sentences of the summary and role text that are neither headings
 * nor requirements; duty-shaped ones keep their {@link dutyWeight}.
 */
export function fallbackWeight(seg: ClassifiedSegment): number {
  const w = dutyWeight(seg);
  if (w > 0) return w;
  if (seg.heading || seg.requirementShaped) return 0;
  return seg.section === "summary" || seg.section === "role" || seg.section === "duties"
    ? FALLBACK_WEIGHT
    : 0;
}

/**
 * The strongest cue weight per responsibility in one segment, whatever its section: a `not`
 * cue covering the matched words cancels the match ("We are hiring a VP"), so does a negation
 * whose scope the match starts in ({@link negationScope}: "you won't manage people"), and in sentences
 * about partnering with other teams only strong cues keep their full weight.
 */
export function segmentCues(seg: ClassifiedSegment): ReadonlyMap<ResponsibilityId, number> {
  let best = cuesOf.get(seg);
  if (best) return best;
  best = readCues(seg);
  cuesOf.set(seg, best);
  return best;
}

/**
 * {@link segmentCues} per segment, read once: the cue scores, the learned features and the
 * sentence models all ask for them (a segment is not changed once classified).
 */
const cuesOf = new WeakMap<ClassifiedSegment, ReadonlyMap<ResponsibilityId, number>>();

function readCues(seg: ClassifiedSegment): Map<ResponsibilityId, number> {
  const best = new Map<ResponsibilityId, number>();
  let partnering: boolean | undefined;
  for (const { tag, cue } of standingMatches(seg)) {
    // "Partner with security and infrastructure teams" names colleagues, not duties.
    partnering ??= seg.keys.slice(0, 3).some((k) => PARTNERING.has(k)) && seg.keys.includes("with");
    const weight = partnering && cue.weight < STRONG ? cue.weight / 2 : cue.weight;
    if (weight > (best.get(tag) ?? 0)) best.set(tag, weight);
  }
  return best;
}

type CueMatches = ReturnType<typeof positive.matches>;

/**
 * The responsibility cues' matches in a segment, read once: the cue scores ({@link readCues})
 * and the denials ({@link deniedResponsibilities}) of the same sentence both ask for them.
 */
const matchesOf = new WeakMap<Segment, CueMatches>();

function cueMatches(seg: Segment): CueMatches {
  let found = matchesOf.get(seg);
  if (!found) {
    found = positive.matches(seg);
    matchesOf.set(seg, found);
  }
  return found;
}

/** The cue matches of a segment that stand: neither negated nor vetoed by a negative cue. */
function standingMatches(seg: Segment): CueMatches {
  const negated = negationScope(seg);
  let vetoes: ReturnType<typeof negative.matches> | undefined;
  return cueMatches(seg).filter(({ tag, range }) => {
    // "You will not be expected to write production code": a negated duty is no duty.
    if (negated?.[range[0]]) return false;
    vetoes ??= negative.matches(seg);
    return !vetoes.some((v) => v.tag === tag && v.range[0] <= range[1] && range[0] <= v.range[1]);
  });
}

/**
 * The responsibilities a segment names only inside a negation's scope: each has a cue match in
 * it and every one of them is negated ("You won't be writing code day to day" denies coding).
 * Vetoes by negative cues do not count: they say a match is not that duty, not that the duty is
 * denied. Empty for the many sentences that negate nothing.
 */
export function deniedResponsibilities(seg: Segment): ResponsibilityId[] {
  const negated = negationScope(seg);
  if (!negated) return [];
  const standing = new Set<ResponsibilityId>();
  const denied = new Set<ResponsibilityId>();
  for (const { tag, range } of cueMatches(seg)) (negated[range[0]] ? denied : standing).add(tag);
  return [...denied].filter((id) => !standing.has(id));
}

/**
 * Where a segment states responsibility `id` by the hand-written cues: the token range
 * `[first, last]` (inclusive, indices into `seg.keys`) of its strongest standing match (ties:
 * the earliest); null when no cue of `id` stands in it.
 */
export function strongestCue(seg: Segment, id: ResponsibilityId): [number, number] | null {
  let best: { range: [number, number]; weight: number } | null = null;
  for (const { tag, cue, range } of standingMatches(seg)) {
    if (tag !== id) continue;
    if (
      !best ||
      cue.weight > best.weight ||
      (cue.weight === best.weight && range[0] < best.range[0])
    )
      best = { range, weight: cue.weight };
  }
  return best?.range ?? null;
}

/** Per-responsibility pooled scores over all segments, present or not (for archetypes). */
export interface ResponsibilityScores {
  scores: Record<ResponsibilityId, number>;
  findings: ResponsibilityFinding[];
  /** Each segment's contribution (cue weight × duty weight, in (0, 1]) per responsibility. */
  contributions: Map<ResponsibilityId, { seg: ClassifiedSegment; c: number }[]>;
}

/**
 * Scores every responsibility on the classified segments of one posting.
 *
 * @returns `scores` for all 17 ids in [0, 1]; `findings` only for those >= 0.5, strongest
 *   first, each with up to three evidence sentences and their offsets
 */
export function detectResponsibilities(
  segments: readonly ClassifiedSegment[],
  weightOf: (seg: ClassifiedSegment) => number = dutyWeight,
): ResponsibilityScores {
  const evidence = new Map<ResponsibilityId, { seg: ClassifiedSegment; c: number }[]>();
  for (const seg of segments) {
    const w = weightOf(seg);
    if (w === 0) continue;
    const best = segmentCues(seg);
    if (best.size === 0) continue;
    best.forEach((weight, id) => {
      const list = evidence.get(id) ?? [];
      list.push({ seg, c: weight * w });
      evidence.set(id, list);
    });
  }
  const scores = {} as Record<ResponsibilityId, number>;
  const findings: ResponsibilityFinding[] = [];
  for (const id of RESPONSIBILITY_IDS) {
    const list = evidence.get(id) ?? [];
    const score = 1 - list.reduce((p, e) => p * (1 - e.c), 1);
    scores[id] = round(score);
    if (score < PRESENCE_THRESHOLD) continue;
    const top = [...list]
      .sort((a, b) => b.c - a.c || a.seg.start - b.seg.start)
      .slice(0, MAX_EVIDENCE);
    findings.push({
      id,
      score: round(score),
      evidence: top.map((e) => e.seg.text),
      spans: top.map((e) => ({ start: e.seg.start, end: e.seg.end, section: e.seg.section })),
    });
  }
  findings.sort((a, b) => b.score - a.score);
  return { scores, findings, contributions: evidence };
}

/**
 * An individual contributor's engineering title: "Staff Software Engineer", "Principal
 * Engineer", "Senior iOS Developer". Titles that also name a manager, an executive or a
 * customer-facing function (solutions, sales, support, field) are left to the text.
 */
const IC_ENGINEER_TITLE = /\b(engineer|developer|programmer|dev)\b/i;
const NOT_IC_ENGINEER_TITLE =
  /\b(manager|director|vp|vice|head|chief|cto|solutions?|sales|support|customer|field)\b/i;

/** Weight of the title as coding evidence: a medium cue (model.yaml). */
const TITLE_CODING = 0.6;

/**
 * Adds `coding` when the title names an individual-contributor engineer and the duties did not
 * already find it: writing code is the job such a title hires for (taxonomy section 3, coding:
 * "active contributor"), even when the posting's sentences describe the product rather than the
 * work. The evidence is the posting's own title sentence (the first segment that contains the
 * title), verbatim; without one nothing is added. `scores` are left as the text's cues.
 *
 * @returns the findings with the title's `coding` finding inserted by score, or `findings` itself
 */
export function withTitleCoding(
  findings: readonly ResponsibilityFinding[],
  title: string,
  segments: readonly ClassifiedSegment[],
): ResponsibilityFinding[] {
  if (findings.some((f) => f.id === "coding")) return [...findings];
  if (!IC_ENGINEER_TITLE.test(title) || NOT_IC_ENGINEER_TITLE.test(title)) return [...findings];
  const seg = segments.find((s) => s.text.includes(title));
  if (!seg) return [...findings];
  return withCodingFrom(findings, seg);
}

/** `findings` with `coding` read from `seg` (weighed {@link TITLE_CODING}), by score. */
function withCodingFrom(
  findings: readonly ResponsibilityFinding[],
  seg: ClassifiedSegment,
): ResponsibilityFinding[] {
  const finding: ResponsibilityFinding = {
    id: "coding",
    score: TITLE_CODING,
    evidence: [seg.text],
    spans: [{ start: seg.start, end: seg.end, section: seg.section }],
  };
  return [...findings, finding].sort((a, b) => b.score - a.score);
}

/** A sentence that speaks of the role's own hands-on work or code. */
const HANDS_ON_SENTENCE =
  /\bhands[- ]on\b|\bcod(?:e|es|ing)\b|\bprogramming\b|\bplayer[- ]coach\b/i;

/**
 * Adds `coding` when the text itself says that writing code is a core duty (the hands-on reader
 * of facts.ts reads `required` from the text alone: "a hands-on role", "~50% coding") and the
 * cues did not find it: the taxonomy's coding is the role writing code. The evidence is the first
 * duty or summary sentence that speaks of hands-on work or code, verbatim; without one nothing is
 * added. Weighed like the title's coding ({@link TITLE_CODING}).
 */
export function withHandsOnCoding(
  findings: readonly ResponsibilityFinding[],
  handsOnFromText: string | null,
  segments: readonly ClassifiedSegment[],
): ResponsibilityFinding[] {
  if (handsOnFromText !== "required" || findings.some((f) => f.id === "coding"))
    return [...findings];
  const seg = segments.find(
    (s) =>
      !s.heading &&
      !s.requirementShaped &&
      (s.section === "duties" || s.section === "role" || s.section === "summary") &&
      HANDS_ON_SENTENCE.test(s.text),
  );
  if (!seg) return [...findings];
  return withCodingFrom(findings, seg);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** What the learned decision over the cue scores reads of a posting (see features.ts). */
export interface StackInput {
  segments: readonly ClassifiedSegment[];
  /** The cue scores, their contributions, and the hand-written findings (title coding too). */
  hand: ResponsibilityScores;
  dutiesFound: boolean;
  wholeText: boolean;
  nominal: ArchetypeId | null;
}

/** How many sentences of a posting read as duties (a {@link dutyWeight} above 0). */
function dutySentences(input: StackInput): number {
  let n = 0;
  for (const s of input.segments) if (dutyWeight(s) > 0) n++;
  return n;
}

/** Noisy-OR of contributions. */
function pooled(cs: readonly { c: number }[]): number {
  return 1 - cs.reduce((p, e) => p * (1 - e.c), 1);
}

/**
 * Features of one responsibility in one posting for the learned decision over the cue scores
 * ({@link stackedResponsibilities}): the pooled cue score, whether the hand-written reading
 * reports it, the strongest contribution, the pooled score per kind of text (duties section,
 * role section, summary, whole-text fallback), how many sentences carry a cue (all, and strong
 * ones), how many sentences read as duties at all and the cued share of them (a long handbook
 * page piles up weak cues), and the nominal archetype of the title. Each feature comes twice:
 * shared by all responsibilities and as `<id>:<name>` for this one; `<id>:bias` is 1.
 */
export function stackFeatures(
  input: StackInput,
  id: ResponsibilityId,
  weighted = dutySentences(input),
): Features {
  const list = input.hand.contributions.get(id) ?? [];
  const x: Features = new Map([[`${id}:bias`, 1]]);
  const add = (name: string, v: number) => {
    if (v === 0) return;
    x.set(name, v);
    x.set(`${id}:${name}`, v);
  };
  const inSection = (section: string) =>
    input.wholeText ? 0 : pooled(list.filter((e) => e.seg.section === section));
  add("score", input.hand.scores[id]);
  add("found", input.dutiesFound && input.hand.findings.some((f) => f.id === id) ? 1 : 0);
  add(
    "max",
    list.reduce((m, e) => Math.max(m, e.c), 0),
  );
  add("duties", inSection("duties"));
  add("role", inSection("role"));
  add("summary", inSection("summary"));
  add("whole", input.wholeText ? input.hand.scores[id] : 0);
  add("cued", Math.log1p(list.length));
  add("strong", Math.log1p(list.filter((e) => e.c >= 0.7).length));
  add("length", Math.log1p(weighted));
  add("share", list.length / Math.max(1, weighted));
  if (input.nominal) x.set(`${id}:nominal=${input.nominal}`, 1);
  return x;
}

/**
 * The responsibilities a learned logistic model over the cue scores reports (fitted on the
 * labelled corpus by `npm run train`, scripts/learn/roles.ts): a responsibility is reported
 * when its probability reaches `model.threshold` and some sentence carries its cue (or the
 * hand-written reading reports it, as the title's coding), so that every finding keeps verbatim
 * evidence: the hand-written finding's sentences, or the strongest cued sentences. The
 * responsibilities of `handKept` keep the hand-written decision.
 *
 * @returns findings strongest first, `score` in [0.5, 1]: the model's probability p rescaled so
 *   that its threshold t reads 0.5 (0.5 + 0.5 (p - t) / (1 - t)), as the cue scores' threshold
 */
export function stackedResponsibilities(
  input: StackInput,
  model: BinaryModel,
  handKept: readonly ResponsibilityId[] = [],
): ResponsibilityFinding[] {
  const findings: ResponsibilityFinding[] = [];
  const weighted = dutySentences(input);
  for (const id of RESPONSIBILITY_IDS) {
    const hand = input.hand.findings.find((f) => f.id === id);
    if (handKept.includes(id)) {
      if (hand) findings.push(hand);
      continue;
    }
    const p = binaryProbability(model, stackFeatures(input, id, weighted));
    if (p < model.threshold) continue;
    // The score keeps the findings' scale: 0.5 at the model's threshold, 1 at certainty.
    const score = round(0.5 + (0.5 * (p - model.threshold)) / (1 - model.threshold));
    if (hand) {
      findings.push({ ...hand, score });
      continue;
    }
    const top = [...(input.hand.contributions.get(id) ?? [])]
      .sort((a, b) => b.c - a.c || a.seg.start - b.seg.start)
      .slice(0, MAX_EVIDENCE);
    if (top.length === 0) continue;
    findings.push({
      id,
      score,
      evidence: top.map((e) => e.seg.text),
      spans: top.map((e) => ({ start: e.seg.start, end: e.seg.end, section: e.seg.section })),
    });
  }
  return findings.sort((a, b) => b.score - a.score);
}
