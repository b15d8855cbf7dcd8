/**
 * The learned reading of a posting's facts (hands-on level, company stage, work mode, team
 * size): small models fitted on the labelled corpus by `npm run train` (scripts/learn/facts.ts)
 * over what the hand-written readers of `facts.ts` see, shipped in
 * `facts-model.generated.ts`; this module only applies them.
 *
 * - hands-on, stage and work mode: a multinomial logistic regression each (Bishop, *Pattern
 *   Recognition and Machine Learning*, 2006, section 4.3.4) over cue hits by where they occur
 *   (duties, requirements, company blurb, header...), the title's words and the hand-written
 *   reading; stage and work mode have "null" (not stated) as a class of their own, so that the
 *   model learns when a cue states nothing.
 * - team size: a choice among the counts the posting states ("a team of 12", "35-40
 *   engineers"), or none of them: a conditional logit (D. McFadden, "Conditional logit analysis
 *   of qualitative choice behavior", 1973) scoring each candidate span by its features against
 *   a "none" option scored 0.
 *
 * Every fact it states comes with its evidence: the sentence (verbatim, markup removed) whose
 * features speak most for it. A stage, work mode or team size no sentence speaks for stays null.
 */
import {
  type Features,
  linearScore,
  type SoftmaxModel,
  softmaxProbabilities,
} from "../learn/linear.js";
import { type HandsOn, STAGES, type Stage, type TeamSize, type WorkMode } from "../taxonomy.js";
import {
  BARE_REMOTE,
  buildsByTitle,
  CODING_SHARE,
  COMPANY_TEAM,
  codingSharePercent,
  DECADES_IN_BUSINESS,
  FIRST_BUILDER,
  FOUNDED_YEAR,
  HANDS_ON_INTEREST,
  HANDS_ON_LEADER,
  HANDS_ON_REQUIRED,
  HANDS_ON_SOME,
  HYBRID,
  headerWorkMode,
  NON_REMOTE,
  ONSITE,
  REMOTE,
  REMOTE_WORD,
  REQUIREMENT_WORDS,
  SPLIT_CODING,
  STAGE_CUES,
  STAY_HANDS_ON,
  stageVotes,
  TEAM_LEAD_CONTEXT,
  TEAM_PATTERNS,
  teamSizeOfMatch,
  WRITE_CODE_DUTY,
  YEARS_IN_BUSINESS,
  YOU_WILL_LEAD,
} from "./facts.js";
import type { PostingReading } from "./features.js";
import { sentenceGrams, titleWords } from "./features.js";
import type { TrainingProvenance } from "./learned.js";
import type { ClassifiedSegment } from "./sections.js";
import type { EvidenceSpan } from "./types.js";

/** "null": the posting does not state the fact. */
export type StageClass = Stage | "null";
export type WorkModeClass = WorkMode | "null";

/**
 * A choice among candidate spans or none: a candidate's score is `weights · x` (x holds
 * "bias"), none scores 0; the highest score wins. With `prior` (ε in (0, 1)) it corrects the
 * hand-written reading: the option the rules chose (a candidate or none) starts log((1-ε)/ε)
 * ahead.
 */
export interface SpanModel {
  weights: Record<string, number>;
  prior?: number;
}

/**
 * A one-of-many fact model. With `prior` (ε in (0, 1)), it corrects the hand-written reading:
 * each class's score starts from the log-probability that reading gives it (1 - ε for the class
 * it names, ε shared by the others), so that where the labels say little the rules stand.
 */
export interface FactClassModel<K extends string> extends SoftmaxModel<K> {
  prior?: number;
}

export interface FactsModel {
  provenance: TrainingProvenance;
  handsOn?: FactClassModel<HandsOn>;
  /** The hands-on model reads the word uni- and bigrams of duties and requirements too. */
  handsOnGrams?: boolean;
  stage?: FactClassModel<StageClass>;
  workMode?: FactClassModel<WorkModeClass>;
  teamSize?: SpanModel;
}

/** The log-probabilities of the hand-written reading `hand` under a prior of `eps`. */
export function handOffsets<K extends string>(
  classes: readonly K[],
  hand: K,
  eps: number,
): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of classes)
    out[k] = k === hand ? Math.log(1 - eps) : Math.log(eps / (classes.length - 1));
  return out;
}

/** The sentence a fact was read from: verbatim text and where it sits in the input. */
export interface FactEvidence extends EvidenceSpan {
  text: string;
}

export type LearnedFactField = "handsOn" | "stage" | "workMode" | "teamSize";

/** Features of one document, each with the segments (indices) it was seen in. */
export interface FactBag {
  x: Features;
  /** Feature name → indices into `reading.segments` (-1: the title). */
  from: Map<string, number[]>;
}

function bag(): FactBag {
  return { x: new Map(), from: new Map() };
}

function put(b: FactBag, name: string, seg?: number, value = 1): void {
  b.x.set(name, Math.max(b.x.get(name) ?? 0, value));
  if (seg === undefined) return;
  const list = b.from.get(name);
  if (!list) b.from.set(name, [seg]);
  else if (list[list.length - 1] !== seg) list.push(seg);
}

/** Where a segment sits: heading, duties or role text, requirements, company, benefits, other. */
export function zoneOf(seg: ClassifiedSegment): string {
  if (seg.heading) return "h";
  if (seg.requirementShaped) return "r";
  switch (seg.section) {
    case "duties":
    case "role":
    case "summary":
      return "d";
    case "requirements":
      return "r";
    case "company":
      return "c";
    case "benefits":
      return "b";
    default:
      return "o";
  }
}

/**
 * How strongly a sentence says the company is at `stage`, for choosing the sentence the stage
 * is quoted from: 0 when it casts no vote for it ({@link stageVotes}); otherwise its votes,
 * plus 1,000 outside the requirements, so that a sentence the rules read comes first ("We
 * raised a pre-seed round" over a "Founding Engineer" title, which votes less).
 */
export function stageQuoteRank(seg: ClassifiedSegment, stage: Stage): number {
  const votes = stageVotes(seg)[stage];
  // A company read as long established (facts.ts longEstablished) by its founding year or its
  // years in business: that sentence, below any sentence that votes.
  if (votes <= 0)
    return stage === "enterprise" &&
      (FOUNDED_YEAR.test(seg.text) ||
        YEARS_IN_BUSINESS.test(seg.text) ||
        DECADES_IN_BUSINESS.test(seg.text))
      ? 0.001
      : 0;
  return (zoneOf(seg) !== "r" ? 1000 : 0) + votes;
}

// Weak stage cues: what a posting says of the company that the hand-written rules do not
// count (or count only in some forms). The model learns what each is worth, "nothing" included.
const STAGE_WEAK: [string, RegExp][] = [
  ["startup", /\bstart-?ups?\b/i],
  [
    "vc",
    /\b(?:vc|venture)[- ](?:backed|funded)|\bbacked by\b|\bfunded by\b|\binvestors? (?:include|such as|like)\b/i,
  ],
  ["raised", /\b(?:raised|secured|closed)\b[^.;]{0,40}(?:\$|€|£)\s?\d/i],
  ["round", /\b(?:series [a-h]|seed|funding round|round of funding)\b/i],
  ["founded", /\b(?:founded|established) in (?:19|20)\d\d\b/i],
  ["old", /\b(?:founded|established) in (?:1[89]\d\d|19[0-8]\d)\b/i],
  ["public", /\b(?:nyse|nasdaq|s&p 500|ftse|publicly|stock exchange|ticker)\b/i],
  ["fortune", /\bfortune (?:50|100|500|1000)\b/i],
  [
    "global",
    /\b(?:global leader|industry leader|world['’]s (?:largest|leading)|leading (?:global )?provider|market leader)\b/i,
  ],
  ["countries", /\b(?:\d{2,3}|hundreds of) (?:countries|offices|locations)\b/i],
  [
    "thousands",
    /\b(?:\d{1,3}(?:,\d{3})+|\d+k|thousands of) (?:employees|people|team members|associates|colleagues)\b/i,
  ],
  ["headcount", /\b\d{2,4}\+? (?:employees|people|team members|staff)\b/i],
  ["small", /\b(?:small|tiny|lean) (?:team|company|start-?up)\b/i],
  ["fast", /\b(?:fast[- ]growing|rapidly growing|hyper-?growth|scale-?up|high[- ]growth)\b/i],
  ["profitable", /\b(?:profitable|bootstrapped|self-funded)\b/i],
  ["ipo", /\b(?:ipo|went public|acquired by|subsidiary of)\b/i],
  ["unicorn", /\b(?:unicorn|valuation|valued at)\b/i],
  ["yc", /\b(?:yc|y combinator|techstars|accelerator|incubator)\b/i],
  ["founding", /\bfounding (?:engineer|team|cto|member)|\bco-?founder\b/i],
];

/** Stage features: every hand-written and weak cue by where it occurs, and the rules' reading. */
export function stageFeatures(reading: PostingReading): FactBag {
  const b = bag();
  reading.segments.forEach((seg, i) => {
    const z = zoneOf(seg);
    STAGE_CUES.forEach(([, re], j) => {
      if (!re.test(seg.text)) return;
      put(b, `c${j}`, i);
      put(b, `c${j}:${z}`, i);
    });
    // What the rules read of each stage here: the cues outside a negation's scope, the
    // company's headcount and money raised (facts.ts stageVotes).
    const votes = stageVotes(seg);
    for (const stage of STAGES) if (votes[stage] > 0) put(b, `s:${stage}:${z}`, i);
    // A company the rules read as long established by its founding year (facts.ts
    // longEstablished): its founding sentence speaks for enterprise, as stageQuoteRank ranks it.
    if (
      reading.facts.stage === "enterprise" &&
      votes.enterprise <= 0 &&
      stageQuoteRank(seg, "enterprise") > 0
    )
      put(b, `s:enterprise:${z}`, i);
    for (const [name, re] of STAGE_WEAK) {
      if (!re.test(seg.text)) continue;
      put(b, `w:${name}`, i);
      put(b, `w:${name}:${z}`, i);
    }
  });
  put(b, `hand:${reading.facts.stage ?? "null"}`);
  return b;
}

export const EITHER = /\bhybrid\s*(?:or|\/)\s*remote\b|\bremote\s*(?:or|\/)\s*hybrid\b/i;
const TEMPORARY =
  /\b(?:temporar\w*|until|initially|for now)\b[^.;]{0,40}\bremote|\bremote\b[^.;]{0,40}\b(?:temporar\w*|until|initially|for now)\b/i;
const RELOCATE = /\brelocat\w*|\bcommut\w*|\b(?:based|located) (?:in|at|out of)\b/i;
const LOCATION = /^(?:location|locations|based in|where|office)s?\s*:/i;
const FLEXIBLE =
  /\bflexib\w* (?:work|working|location|schedule|arrangement)|\bwork from (?:home|anywhere)\b/i;
const MODE_CUES: [string, RegExp][] = [
  ["remote", REMOTE],
  ["hybrid", HYBRID],
  ["onsite", ONSITE],
  ["word", REMOTE_WORD],
  ["bare", BARE_REMOTE],
  ["not", NON_REMOTE],
  ["either", EITHER],
  ["temp", TEMPORARY],
  ["reloc", RELOCATE],
  ["flex", FLEXIBLE],
];

/** Work-mode features: cue hits per line by where they occur, the header's and rules' reading. */
export function workModeFeatures(reading: PostingReading): FactBag {
  const b = bag();
  // The posting's lines, rebuilt from its segments (a segment never spans a line break).
  const lines: { text: string; seg: number; segs: number[] }[] = [];
  let last = -1;
  reading.segments.forEach((seg, i) => {
    if (seg.line === last) {
      const l = lines[lines.length - 1] as { text: string; seg: number; segs: number[] };
      l.text = `${l.text} ${seg.text}`;
      l.segs.push(i);
    } else lines.push({ text: seg.text, seg: i, segs: [i] });
    last = seg.line;
  });
  // A cue read on a line is quoted from the sentence of that line that holds it (the line's
  // first sentence may be the pay line before "This is a hybrid role").
  const holding = (segs: number[], re: RegExp, first: number) =>
    segs.find((i) => re.test(reading.segments[i]?.text ?? "")) ?? first;
  const counts = new Map<string, number>();
  lines.forEach(({ text, seg: first, segs }, n) => {
    const z = zoneOf(reading.segments[first] as ClassifiedSegment);
    const where = [
      z,
      n < 6 ? "top" : "",
      LOCATION.test(text) ? "loc" : "",
      /^work ?type\s*:/i.test(text) ? "field" : "",
      /\b(?:this|the) (?:position|role|job) is\b/i.test(text) ? "this" : "",
    ].filter((w) => w !== "");
    for (const [name, re] of MODE_CUES) {
      if (!re.test(text)) continue;
      const seg = holding(segs, re, first);
      counts.set(name, (counts.get(name) ?? 0) + 1);
      put(b, `m:${name}`, seg);
      for (const w of where) put(b, `m:${name}:${w}`, seg);
      // Asked of the candidate ("experience leading remote teams"): read in the sentence that
      // holds the cue, so that a posting pasted as one paragraph is not all requirements.
      if (REQUIREMENT_WORDS.test(reading.segments[seg]?.text ?? "")) put(b, `m:${name}:exp`, seg);
    }
  });
  for (const [name, n] of counts) if (n > 1) put(b, `n:${name}`, undefined, Math.min(3, n) / 3);
  const header = headerWorkMode(lines.map((l) => l.text));
  if (header !== undefined) {
    const at = lines
      .slice(0, 6)
      .findIndex((l) => l.text.split(/\s+[|]\s*|\s*[|]\s+|\s+[-–—]\s+/).length >= 3);
    put(b, `hh:${header ?? "null"}`, at >= 0 ? lines[at]?.seg : undefined);
  }
  put(b, `hand:${reading.facts.workMode ?? "null"}`);
  return b;
}

export const CODE_REVIEW =
  /\b(?:code reviews?|review(?:ing)? (?:code|pull requests|prs)|pull requests?)\b/i;
const NO_CODE =
  /\b(?:not|no|isn['’]t|won['’]t|without|less)\b[^.;]{0,30}\b(?:hands[- ]on|coding|write code|writing code)\b/i;
export const STAY_TECHNICAL =
  /\b(?:stay|staying|remain|remaining|be|deeply) technical\b|\btechnical depth\b|\bplayer[-/ ]coach\b/i;
const LANGUAGES =
  /\b(?:python|java|javascript|typescript|golang|go|rust|c\+\+|c#|ruby|kotlin|swift|scala|php|react|node(?:\.js)?|sql|elixir|haskell|clojure)\b/gi;
export const BUILD_VERBS =
  /^(?:[^:]{2,40}:\s*)?(?:build|develop|implement|design and build|debug|ship|code|program|prototype|deploy|test|maintain|refactor)\b/i;
const IC_PHRASE =
  /\bindividual contributor\b|\b(?:an|as an?) ic\b|\bno (?:direct reports|people management)\b/i;
const MANAGE =
  /\b(?:manage|lead|grow|hire|mentor|coach)\b[^.;]{0,40}\b(?:team|engineers|managers|people)\b/i;

/** Hands-on features: cue hits by where they occur, the title, the coding score, the rules. */
export function handsOnFeatures(reading: PostingReading, grams = false): FactBag {
  const b = bag();
  let languages = 0;
  reading.segments.forEach((seg, i) => {
    const z = zoneOf(seg);
    const text = seg.text;
    if (grams && (z === "d" || z === "r"))
      for (const g of sentenceGrams(seg)) put(b, `${z}:${g}`, i);
    const share = CODING_SHARE.exec(text);
    if (share) {
      const pct = codingSharePercent(share);
      put(b, pct >= 40 ? "share:hi" : "share:lo", i);
    }
    const cues: [string, boolean][] = [
      ["req", HANDS_ON_REQUIRED.test(text) || SPLIT_CODING.test(text) || FIRST_BUILDER.test(text)],
      ["write", seg.dutyShaped && WRITE_CODE_DUTY.test(text)],
      ["some", HANDS_ON_SOME.test(text)],
      ["interest", HANDS_ON_INTEREST.test(text)],
      ["review", CODE_REVIEW.test(text)],
      ["nocode", NO_CODE.test(text)],
      ["tech", STAY_TECHNICAL.test(text) || STAY_HANDS_ON.test(text)],
      ["leader", (z === "r" || seg.section === "requirements") && HANDS_ON_LEADER.test(text)],
      ["build", seg.dutyShaped && BUILD_VERBS.test(text)],
      ["ic", IC_PHRASE.test(text)],
      ["manage", seg.dutyShaped && MANAGE.test(text)],
    ];
    for (const [name, hit] of cues) {
      if (!hit) continue;
      put(b, `k:${name}`, i);
      put(b, `k:${name}:${z}`, i);
    }
    if (z === "r" || z === "d") {
      LANGUAGES.lastIndex = 0;
      languages += (text.match(LANGUAGES) ?? []).length;
    }
  });
  if (languages > 0) put(b, "lang", undefined, Math.min(6, languages) / 6);
  for (const w of titleWords(reading.title)) put(b, `t:${w}`, -1);
  put(b, `nom:${reading.nominal ?? "none"}`, -1);
  if (buildsByTitle({ title: reading.title, nominal: reading.nominal })) put(b, "builder", -1);
  const coding = reading.hand.scores.coding;
  if (coding > 0) {
    // The sentence that adds most to the coding score stands for it.
    const top = [...(reading.hand.contributions.get("coding") ?? [])].sort((p, q) => q.c - p.c)[0];
    const at = top ? reading.segments.findIndex((s) => s.start === top.seg.start) : -1;
    put(b, "coding", at >= 0 ? at : undefined, coding);
  }
  // What the role reads as (the hand-written archetype): builders, leaders of builders or not.
  const arch = reading.handArchetype.result;
  put(b, `ha:${arch.id}`, undefined, arch.confidence);
  for (const r of arch.ranked) put(b, `ha:${r.id}`, undefined, r.score);
  put(b, `hand:${reading.facts.handsOn ?? "none"}`);
  put(b, `text:${reading.archetypeInput.handsOn ?? "none"}`);
  return b;
}

/** One stated count of people: a team-size candidate and its features. */
export interface TeamCandidate {
  size: TeamSize;
  seg: number;
  x: Features;
}

const BAD_NOUN =
  /\b(employees|customers|users|clients|countries|years|months|hospitals|patients|languages)\b/i;
const GROW_TO = /\b(?:grow|growing|scale|scaling|expand|expanding)\b[^.;]{0,30}\b(?:to|into)\s*$/i;
const HIRE_BEFORE = /\b(?:hire|hiring|recruit|recruiting|add|adding)\b[^.;]{0,30}$/i;
const EXPERIENCE_BEFORE =
  /\b(?:experience|led|managed|have|has|track record|proven)\b[^.;]{0,50}$/i;
const YOUR_TEAM = /\b(?:your|you['’]ll|you will|you['’]d|the role)\b[^.;]{0,50}$/i;

function sizeBucket(n: number): string {
  return n <= 5 ? "xs" : n <= 15 ? "s" : n <= 50 ? "m" : n <= 200 ? "l" : "xl";
}

/** Every count of people the posting states, with the features of each. */
export function teamCandidates(reading: PostingReading): TeamCandidate[] {
  const hand = reading.facts.teamSize;
  const out: TeamCandidate[] = [];
  const seen = new Set<string>();
  reading.segments.forEach((seg, i) => {
    if (seg.heading) return;
    const z = zoneOf(seg);
    TEAM_PATTERNS.forEach((re, j) => {
      const global = new RegExp(re.source, "gi");
      const inSeg: { m: RegExpMatchArray; a: number; b: number }[] = [];
      for (const m of seg.text.matchAll(global)) {
        // As the rules read it, a "growing to" goal included (the hand reading is a feature).
        const size = teamSizeOfMatch(seg.text, m);
        if (size) inSeg.push({ m, a: size.min, b: size.max });
      }
      const most = Math.max(0, ...inSeg.map((c) => c.b));
      for (const { m, a, b } of inSeg) {
        const key = `${i}:${a}:${b}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const at = m.index ?? 0;
        const before = seg.text.slice(Math.max(0, at - 60), at);
        const x: Features = new Map();
        const set = (name: string) => x.set(name, 1);
        set("bias");
        set(`p${j}`);
        set(`z:${z}`);
        set(`n:${sizeBucket(b)}`);
        if (a !== b) set("range");
        if (b === most) set("largest");
        if (hand && hand.min === a && hand.max === b) set("hand");
        if (out.length === 0) set("first");
        if (seg.requirementShaped) set("req");
        if (seg.dutyShaped) set("duty");
        if (YOU_WILL_LEAD.test(seg.text)) set("lead");
        if (COMPANY_TEAM.test(seg.text.slice(Math.max(0, at - 60), at + m[0].length)))
          set("company");
        if (BAD_NOUN.test(m[0])) set("bad");
        if (!TEAM_LEAD_CONTEXT.test(seg.text.slice(Math.max(0, at - 60), at + m[0].length + 30)))
          set("nolead");
        if (GROW_TO.test(before)) set("growto");
        if (HIRE_BEFORE.test(before)) set("hire");
        if (EXPERIENCE_BEFORE.test(before)) set("exp");
        if (YOUR_TEAM.test(before)) set("your");
        if (/\bmanagers?\b/i.test(m[0])) set("managers");
        if (/\b(?:engineers|developers)\b/i.test(m[0])) set("engineers");
        out.push({ size: { min: a, max: b }, seg: i, x });
      }
    });
  });
  return out;
}

/** The class a softmax model picks and the segment that speaks most for it against `against`. */
function pickClass<K extends string>(
  model: FactClassModel<K>,
  b: FactBag,
  against: K,
  hand: K,
  fallback: (id: K) => string[],
  rank: (seg: number, id: K) => number,
): { id: K; seg: number | null } {
  const offsets =
    model.prior === undefined ? undefined : handOffsets(model.classes, hand, model.prior);
  const ranked = softmaxProbabilities(model, b.x, offsets).sort((p, q) => q.p - p.p);
  const id = (ranked[0] as { id: K }).id;
  if (id === against) return { id, seg: null };
  const w = model.weights[id];
  const v = model.weights[against];
  const bySeg = new Map<number, number>();
  for (const [name, segs] of b.from) {
    const c = ((w[name] ?? 0) - (v[name] ?? 0)) * (b.x.get(name) ?? 0);
    for (const s of segs) bySeg.set(s, (bySeg.get(s) ?? 0) + c);
  }
  let seg: number | null = null;
  let most = 0;
  for (const [s, c] of bySeg) {
    if (c > most || (c === most && seg !== null && c > 0 && s < seg)) [seg, most] = [s, c];
  }
  // The class the rules read, kept by the prior: of the sentences where a cue of it occurs, the
  // best by `rank` (e.g. one the rules read, not a requirement), the first on a tie.
  if (seg === null) {
    const prefixes = fallback(id);
    const hits: number[] = [];
    for (const [name, segs] of b.from)
      if (prefixes.some((p) => name === p || name.startsWith(`${p}:`))) hits.push(...segs);
    hits.sort((x, y) => x - y);
    for (const h of hits) if (seg === null || rank(h, id) > rank(seg, id)) seg = h;
  }
  return { id, seg };
}

/** The best team-size candidate under `model`, or null when none beats "none". */
export function pickTeamSize(
  model: SpanModel,
  candidates: readonly TeamCandidate[],
): TeamCandidate | null {
  const lift = model.prior === undefined ? 0 : Math.log((1 - model.prior) / model.prior);
  const handChose = candidates.some((c) => c.x.has("hand"));
  let best: TeamCandidate | null = null;
  let top = handChose ? 0 : lift;
  for (const c of candidates) {
    const s = linearScore(c.x.has("hand") ? lift : 0, model.weights, c.x);
    if (s > top) [best, top] = [c, s];
  }
  return best;
}

/**
 * The facts the model reads in a posting, each with its evidence sentence; fields the model
 * does not hold are left out (the hand-written reading stands for them).
 */
export function learnedFacts(
  model: FactsModel,
  reading: PostingReading,
): {
  facts: {
    handsOn?: HandsOn;
    stage?: Stage | null;
    workMode?: WorkMode | null;
    teamSize?: TeamSize | null;
  };
  evidence: Partial<Record<LearnedFactField, FactEvidence>>;
} {
  const facts: ReturnType<typeof learnedFacts>["facts"] = {};
  const evidence: Partial<Record<LearnedFactField, FactEvidence>> = {};
  const quote = (field: LearnedFactField, i: number) => {
    // The title, when the text holds it.
    const at =
      i !== -1
        ? i
        : reading.title === ""
          ? -1
          : reading.segments.findIndex((s) => s.text.includes(reading.title));
    const seg = reading.segments[at];
    if (seg)
      evidence[field] = { text: seg.text, start: seg.start, end: seg.end, section: seg.section };
  };
  if (model.handsOn) {
    const hand = reading.facts.handsOn ?? "none";
    const { id, seg } = pickClass(
      model.handsOn,
      handsOnFeatures(reading, model.handsOnGrams === true),
      "none",
      hand,
      (k) =>
        k === "required"
          ? ["share:hi", "k:req", "k:write", "builder", "k:build"]
          : [
              "share:lo",
              "k:some",
              "k:interest",
              "k:review",
              "k:tech",
              "k:leader",
              "coding",
              "nom:solutions",
              "nom:founder",
            ],
      (i) => (i === -1 || zoneOf(reading.segments[i] as ClassifiedSegment) === "d" ? 1 : 0),
    );
    facts.handsOn = id;
    if (seg !== null) quote("handsOn", seg);
  }
  if (model.stage) {
    const hand = reading.facts.stage ?? "null";
    const { id, seg } = pickClass(
      model.stage,
      stageFeatures(reading),
      "null",
      hand,
      (k) => ["d", "c", "h", "o", "b", "r"].map((z) => `s:${k}:${z}`),
      (i, k) => {
        const seg = reading.segments[i];
        return seg === undefined || k === "null" ? 0 : stageQuoteRank(seg, k);
      },
    );
    // A stage no sentence speaks for is not stated.
    facts.stage = id === "null" || seg === null || seg < 0 ? null : id;
    if (facts.stage !== null && seg !== null) quote("stage", seg);
  }
  if (model.workMode) {
    const hand = reading.facts.workMode ?? "null";
    const { id, seg } = pickClass(
      model.workMode,
      workModeFeatures(reading),
      "null",
      hand,
      (k) =>
        k === "remote"
          ? ["m:remote", "m:bare", "m:word", "hh:remote"]
          : k === "onsite"
            ? ["m:onsite", "m:not", "hh:onsite"]
            : ["m:hybrid", "hh:hybrid"],
      (i) => (REQUIREMENT_WORDS.test((reading.segments[i] as ClassifiedSegment).text) ? 0 : 1),
    );
    facts.workMode = id === "null" || seg === null || seg < 0 ? null : id;
    if (facts.workMode !== null && seg !== null) quote("workMode", seg);
  }
  if (model.teamSize) {
    const best = pickTeamSize(model.teamSize, teamCandidates(reading));
    facts.teamSize = best ? best.size : null;
    if (best) quote("teamSize", best.seg);
  }
  return { facts, evidence };
}

/** The hand-written readings alone: a facts model of priors and no weights. */
const RULES: FactsModel = (() => {
  const empty = <K extends string>(classes: readonly K[]): FactClassModel<K> => ({
    classes,
    bias: Object.fromEntries(classes.map((k) => [k, 0])) as Record<K, number>,
    weights: Object.fromEntries(classes.map((k) => [k, {}])) as Record<K, Record<string, number>>,
    temperature: 1,
    prior: 0.01,
  });
  return {
    provenance: { command: "", seed: 0, data: "hand-written readers (facts.ts)", settings: {} },
    handsOn: empty<HandsOn>(["required", "some", "none"]),
    stage: empty<StageClass>(["early", "growth", "enterprise", "null"]),
    workMode: empty<WorkModeClass>(["remote", "hybrid", "onsite", "null"]),
    teamSize: { weights: {}, prior: 0.01 },
  };
})();

/**
 * The sentence each hand-written fact reading (`reading.facts`) rests on: for hands-on (when not
 * "none"), stage, work mode and team size, the first sentence holding a cue of the value read
 * (a sentence the rules read, not a requirement, where there is one); a field is missing when the
 * fact is null or no sentence holds such a cue.
 */
export function handFactEvidence(
  reading: PostingReading,
): Partial<Record<LearnedFactField, FactEvidence>> {
  return learnedFacts(RULES, reading).evidence;
}
