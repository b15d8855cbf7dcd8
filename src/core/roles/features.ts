/**
 * One reading of a posting that both the hand-written analyser and the learned models use,
 * and the features the learned models see (`npm run train` fits them; see
 * `learned.ts`):
 *
 * - responsibilities: stemmed word uni- and bigrams of every sentence (wink-nlp lemmas for
 *   verbs, then {@link stem}), once as seen anywhere in the text (`a:`) and once when the
 *   sentence reads as a duty (`d:`, duties sections and duty-shaped sentences) or as a
 *   requirement (`r:`); the hand-written cue scores of all 17 responsibilities (`h:`, times
 *   the model's {@link FeatureOptions.cueScale}); and whether the text has a duties section
 *   (`doc:`). Values are 0/1 except `h:`.
 * - archetype: the responsibility probabilities (`p:`), the hand-written archetype features
 *   (scope of leadership, stated team size, hands-on level, stage, go-to-market work, `f:`),
 *   the hand-written archetype probabilities (`ha:`), the nominal archetype of the title
 *   (`nom:`) and the title's words (`t:`).
 *
 * Word n-gram features for text classification: e.g. C. D. Manning, P. Raghavan & H. Schütze,
 * *Introduction to Information Retrieval* (2008), ch. 13.
 */

import { BearingError } from "../errors.js";
import type { Features } from "../learn/linear.js";
import {
  ARCHETYPE_IDS,
  type ArchetypeId,
  type Compensation,
  RESPONSIBILITY_IDS,
  type ResponsibilityId,
  type RoleFacts,
} from "../taxonomy.js";
import {
  type Features as ArchetypeFeatures,
  type ArchetypeInput,
  classifyArchetype,
} from "./archetype.js";
import { extractCompensation } from "./compensation.js";
import {
  extractHandsOnReadings,
  extractReportsTo,
  extractStageReadings,
  extractTeamSize,
  extractWorkMode,
  LED_BY,
  statedIndividualContributor,
} from "./facts.js";
import { negatedAt, negationScope, saysUnnegated } from "./negation.js";
import {
  detectResponsibilities,
  dutyWeight,
  fallbackWeight,
  type ResponsibilityScores,
  segmentCues,
  withHandsOnCoding,
  withTitleCoding,
} from "./responsibilities.js";
import { asHiredToDo, type ClassifiedSegment, classifySections } from "./sections.js";
import { asWritten, prepareText } from "./text.js";
import { extractTitle, isCtoTitle, nominalArchetype } from "./title.js";
import type { ArchetypeResult } from "./types.js";

/** Postings longer than this are cut: no real posting comes close, and analysis stays fast. */
export const MAX_POSTING_CHARS = 200_000;

/** Everything read from a posting before any learned decision. */
export interface PostingReading {
  segments: ClassifiedSegment[];
  /**
   * The text reads as a job description to the hand-written rules: it assigns duties, or
   * (see {@link PostingReading.wholeText}) its title names a role and its sentences name
   * responsibilities.
   */
  dutiesFound: boolean;
  /**
   * No duty text was found (no duties section, fewer than two duty-shaped sentences), so the
   * responsibilities were read from every sentence of the role text at a weaker weight
   * (`fallbackWeight` in responsibilities.ts). Only for a text whose title names a role.
   */
  wholeText: boolean;
  /** Sentences that read as duties (a duties section, "you will...", imperative verbs). */
  dutySentences: number;
  hasDutySection: boolean;
  hand: ResponsibilityScores;
  title: string;
  nominal: ArchetypeId | null;
  ctoTitle: boolean;
  facts: RoleFacts;
  ote: Compensation | null;
  /** The hand-written archetype reading (model.yaml weights), its features and its input. */
  handArchetype: {
    result: ArchetypeResult;
    mismatchReason: string | null;
    features: ArchetypeFeatures;
  };
  archetypeInput: ArchetypeInput;
  warnings: string[];
  /**
   * The sentence (index into `segments`) the text states hands-on work as a core duty in (null:
   * none), read with the hands-on fact (facts.ts `extractHandsOnReadings`); the fact's quote.
   */
  handsOnRequiredAt: number | null;
  /**
   * The sentence (index into `segments`) that states a share of the time spent coding ("about
   * 30% of your week in the code"; null: none), whatever hands-on level it reads as.
   */
  codingShareAt: number | null;
  /**
   * The sentence (index into `segments`) that denies hands-on work ("This is not a hands-on
   * coding role") when no sentence states it as a core duty (null otherwise): the fact is then
   * "none", as stated, and quoted from it.
   */
  handsOnDeniedAt: number | null;
  /**
   * The first duty sentence (index into `segments`; null: none) that says the role leads
   * managers or several teams ({@link severalTeamsIndex}): the archetype reads past the manager
   * of one team, and organisation leadership is quoted from it.
   */
  severalTeamsAt: number | null;
  /**
   * The first sentence (index into `segments`; null: none) outside the requirements that makes
   * the role the company's most senior engineering leader ({@link TOP_ENGINEERING}: "this role is
   * the most senior engineering position at Acme", "we don't have a CTO"). The taxonomy's
   * director leads teams "inside a larger engineering organisation"; such a role leads the
   * organisation itself.
   */
  topEngineeringAt: number | null;
  /**
   * How many distinct go-to-market cues the posting holds ({@link GO_TO_MARKET_CUES}: a sales
   * cycle, pre-sales, account executives, prospects, quota, on-target earnings, RFPs, technical
   * discovery, demos or demonstrations, proofs of concept, deals, a sales engineering team,
   * tenders), 0 to 13, and the first sentence holding one.
   * In the labelled corpus every posting with four or more is a solutions role (4 of 4).
   */
  goToMarket: { cues: number; at: number | null };
  /**
   * The first sentence outside the requirements that gives the role people of its own to manage
   * ({@link MANAGES_PEOPLE}: "all six will report to you", "your direct reports", "you'll line
   * manage"), or null: an individual contributor's role has none.
   */
  managesPeopleAt: number | null;
  /**
   * The first sentence outside the requirements that puts the engineering organisation under
   * someone else ({@link ORGANISATION_LED_BY_ANOTHER}: "our engineering organisation is led by
   * our VP Engineering", "delivery, hiring and the managers stay with him"), or null.
   */
  organisationElsewhereAt: number | null;
  /**
   * The first sentence outside the requirements that says the role leads one team and no more
   * ({@link ONE_TEAM_ONLY}: "to be clear about the scope: this is one team", "you'll manage a
   * single team"), or null.
   */
  oneTeamOnlyAt: number | null;
  /**
   * Whether the text names a founder or founding anywhere ({@link NAMES_FOUNDING}: "co-founder",
   * "founding engineer", "our founders"): a text that never does cannot make the role a
   * co-founder's (taxonomy: founder).
   */
  foundingNamed: boolean;
  /**
   * Whether the role is called client-facing, in its title or first line ("Chief Technology
   * Officer (customer- and partner-facing)", an email's subject "CTO opportunity — studio
   * (client-facing)", {@link CLIENT_FACING_TITLE}) or in its own description outside the
   * requirements ("the title is CTO, but this is a client-facing job", "the CTO is the technical
   * face of the company", {@link CLIENT_FACING_ROLE}).
   */
  clientFacing: boolean;
  /**
   * The posting's text with hard-wrapped lines joined back (`asWritten`: the same length and
   * offsets as the segments'), from which the reporting line is read; the fact evidence reads
   * it again without one sentence at a time.
   */
  writtenText: string;
  /**
   * The first sentence outside the requirements in which the role leads a go-to-market or
   * services team ({@link LEADS_SERVICES_TEAM}: "manage four integration engineers", "lead our
   * pre-sales team", "Manage the implementation engineers"), or null.
   */
  servicesTeamAt: number | null;
  /**
   * Where the text says the role is an individual contributor's ("this is an individual
   * contributor role with no direct reports", facts.ts `statedIndividualContributor`): the
   * sentence (index into `segments`) and the statement in it (`said`, `[start, end)` into its
   * text); null when it does not. The archetype reads past the managers' archetypes, and a
   * manager's reading quotes it.
   */
  individualContributor: { at: number; said: [number, number] } | null;
}

/**
 * `segments` with the lines of its requirements sections read as duties, when at least two of
 * them, and at least half, are shaped as duties (a duty's verb first, nothing asked of the
 * candidate's past); `segments` itself otherwise.
 */
function asListedDuties(segments: ClassifiedSegment[]): ClassifiedSegment[] {
  const asked = segments.filter((s) => s.section === "requirements" && !s.heading);
  const doing = asked.filter(listedAsDuty);
  if (doing.length < 2 || doing.length * 2 < asked.length) return segments;
  return segments.map((s) => (doing.includes(s) ? { ...s, section: "duties" } : s));
}

/** A requirements line shaped as a duty: a duty's verb first, nothing asked of the candidate. */
const listedAsDuty = (s: ClassifiedSegment) => s.dutyShaped && !s.requirementShaped;

/** `segments` with what the company says it hires the role to do read as duties (asHiredToDo). */
const hiredToDo = (segments: ClassifiedSegment[]) => segments.map(asHiredToDo);

/**
 * Reads a posting: sentences, sections, cue scores, title, facts, the hand-written archetype.
 *
 * @throws BearingError (input, `invalid_value`) when the text is empty or only whitespace
 */
export function readPosting(text: string, options: { title?: string } = {}): PostingReading {
  if (text.trim() === "") {
    throw BearingError.input({
      code: "invalid_value",
      message: "the job description is empty",
      hint: "give the text of a job posting (Markdown or plain text)",
    });
  }
  const prepared = prepareText(
    text.length > MAX_POSTING_CHARS ? text.slice(0, MAX_POSTING_CHARS) : text,
  );
  const classified = classifySections(prepared);
  const warnings: string[] = [];
  const hasDutySection = classified.some((s) => s.section === "duties" && !s.heading);
  const tooFew = (duties: readonly ClassifiedSegment[]) =>
    duties.length === 0 || (!hasDutySection && duties.length < 2);
  let segments = classified;
  let dutySegments = segments.filter((s) => dutyWeight(s) > 0);
  // A posting with too few duty sentences is read more widely, a step at a time: what its
  // company says it hires the role to do, then duties under a heading that reads as requirements
  // ("What we need from you: - Coach our managers ... - Present to the board ...").
  for (const widen of [hiredToDo, asListedDuties]) {
    if (!tooFew(dutySegments)) break;
    segments = widen(segments);
    dutySegments = segments.filter((s) => dutyWeight(s) > 0);
  }
  const noDuties = tooFew(dutySegments);
  const extracted = extractTitle(prepared);
  const known = options.title?.trim();
  const useKnown =
    !!known && nominalArchetype(extracted) === null && nominalArchetype(known) !== null;
  const title = useKnown ? (known as string) : extracted;
  const nominal = nominalArchetype(title);
  // A posting without duty text (a short prose posting, a "who's hiring" entry) is read from
  // all its role sentences, less surely; a text whose title names no role (a careers page,
  // personal notes) is not.
  let hand = detectResponsibilities(noDuties ? [] : segments);
  let wholeText = false;
  if (noDuties && nominal !== null) {
    const weak = detectResponsibilities(segments, fallbackWeight);
    if (weak.findings.length > 0) {
      hand = weak;
      wholeText = true;
    }
  }
  const readsDuties = !noDuties || wholeText;
  if (wholeText)
    warnings.push(
      "no duties section found: the responsibilities are read from the whole text, less surely",
    );
  if (nominal === null)
    warnings.push("the title names no role bearing knows, so there is no nominal archetype");
  const { base, ote } = extractCompensation(prepared.clean, prepared.segments);
  if (ote && !base) warnings.push("only on-target earnings (OTE) are stated; base pay is not");
  const handsOn = extractHandsOnReadings(segments, hand.scores.coding, { title, nominal });
  const stage = extractStageReadings(segments);
  // Lines cut by a hard wrap joined back: the work mode and the reporting line are read by line.
  const written = asWritten(prepared);
  const facts: RoleFacts = {
    reportsTo: extractReportsTo(written.text, title),
    teamSize: extractTeamSize(segments, title),
    handsOn: handsOn.role,
    compensation: base,
    workMode: extractWorkMode(written.lines),
    stage: stage.wide,
  };
  const headLine = prepared.lines.find((l) => l.text !== "")?.text ?? "";
  const archetypeInput: ArchetypeInput = {
    title,
    ...(headLine !== title ? { headLine } : {}),
    nominal,
    ctoTitle: isCtoTitle(title),
    segments: readsDuties ? segments : [],
    scores: hand.scores,
    // The archetype reads what the text says, not what the title implies of it.
    handsOn: handsOn.text,
    // The narrower reading the archetype model was fitted on (facts.ts extractHandsOnReadings).
    stage: stage.narrow,
    teamSize: facts.teamSize,
  };
  return {
    segments,
    dutiesFound: readsDuties,
    wholeText,
    dutySentences: dutySegments.length,
    hasDutySection,
    hand: {
      ...hand,
      findings: readsDuties
        ? withHandsOnCoding(withTitleCoding(hand.findings, title, segments), handsOn.text, segments)
        : withTitleCoding(hand.findings, title, segments),
    },
    title,
    nominal,
    ctoTitle: archetypeInput.ctoTitle,
    facts,
    ote,
    handArchetype: classifyArchetype(archetypeInput),
    archetypeInput,
    warnings,
    handsOnRequiredAt: handsOn.requiredAt,
    codingShareAt: handsOn.shareAt,
    handsOnDeniedAt: handsOn.deniedAt,
    severalTeamsAt: severalTeamsIndex(segments),
    topEngineeringAt: firstStating(segments, TOP_ENGINEERING),
    goToMarket: goToMarketOf(segments),
    managesPeopleAt: firstStating(segments, managesPeople),
    organisationElsewhereAt: firstStating(segments, ORGANISATION_LED_BY_ANOTHER),
    oneTeamOnlyAt: firstStating(segments, ONE_TEAM_ONLY),
    foundingNamed: NAMES_FOUNDING.test(prepared.clean),
    // An email's subject line says so beside the role it names ("Subject: CTO opportunity —
    // software studio (client-facing)"), outside the title read from it.
    clientFacing:
      CLIENT_FACING_TITLE.test(title) ||
      CLIENT_FACING_TITLE.test(headLine) ||
      firstStating(segments, CLIENT_FACING_ROLE) !== null,
    servicesTeamAt: firstStating(segments, LEADS_SERVICES_TEAM),
    writtenText: written.text,
    individualContributor: individualContributorOf(segments),
  };
}

/** Function words left out of the n-grams (their stems, as {@link stem} gives them). */
const STOP = new Set(
  (
    "a an the and or but of to in on at for with by from as into about over than then that this " +
    "these those it its is be are was were been being we our us you your they their them he she " +
    "i me my will would can could should may might must shall do doe did not no so such also " +
    "all any each other more most some very which who whom whose what when where why how if " +
    "while up out within across per via etc its' it's we'r you'll we'll you'r"
  ).split(" "),
);

/** How a sentence reads, for its features: a duty, a requirement, or other text. */
export type Zone = "d" | "r" | "o";

export function zoneOf(seg: ClassifiedSegment): Zone | null {
  if (seg.heading) return null;
  if (seg.section === "benefits" || seg.section === "other") return null;
  if (dutyWeight(seg) > 0) return "d";
  if (seg.requirementShaped || seg.section === "requirements") return "r";
  return "o";
}

/**
 * The words a sentence's n-grams are made of, in order: its keys less function words, numbers
 * and single characters ({@link isGramWord}), each marked `~` when it lies in a negation's
 * scope ({@link negationScope}).
 */
export function gramWords(seg: ClassifiedSegment): string[] {
  const scope = negationScope(seg);
  const words: string[] = [];
  for (let i = 0; i < seg.keys.length; i++) {
    const k = seg.keys[i] as string;
    if (isGramWord(k)) words.push(scope?.[i] ? `~${k}` : k);
  }
  return words;
}

/** Whether a key counts in n-grams: not a function word, a number or a single character. */
export function isGramWord(key: string): boolean {
  return key.length > 1 && !STOP.has(key) && !startsWithDigit(key);
}

/**
 * The two words of the bigram of gram words `w` then `next`, as its name spells them: one
 * mark per gram, on the gram, when the second lies in a negation's scope ("~production ~cod"
 * reads "~production cod").
 */
export function bigramParts(w: string, next: string): [first: string, second: string] {
  if (next.charCodeAt(0) !== 0x7e) return [w, next];
  return [`~${w.charCodeAt(0) === 0x7e ? w.slice(1) : w}`, next.slice(1)];
}

/**
 * The word uni- and bigrams of one sentence (function words and numbers left out). A gram whose
 * last word lies in a negation's scope ({@link negationScope}) is marked `~` ("~writ",
 * "~production cod" in "you will not write production code"): a different feature from the
 * stated duty.
 */
export function sentenceGrams(seg: ClassifiedSegment): string[] {
  const words = gramWords(seg);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    out.push(w);
    const next = words[i + 1];
    if (next === undefined) continue;
    const [first, second] = bigramParts(w, next);
    out.push(`${first} ${second}`);
  }
  return out;
}

/** `/^\d/.test(word)`: its first character is 0-9. */
function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** One sentence's features, kept to quote the sentences that weigh most. */
export interface SentenceFeatures {
  seg: ClassifiedSegment;
  zone: Zone;
  /** Its 0/1 features (n-grams). */
  names: string[];
  /** Its share of the document's valued features (cue hits outside the duties), by name. */
  valued?: [string, number][];
}

/** Which features a responsibility model reads (kept with the model: see learned.ts). */
export interface FeatureOptions {
  /** Scale of the hand-written cue scores (`h:`). */
  cueScale: number;
  /** n-grams of every sentence (`a:`) as well as of duties and requirements (`d:`, `r:`). */
  anywhere: boolean;
  /** n-grams at all. */
  grams: boolean;
  /**
   * Value of each n-gram feature (1 when absent). Below 1 the same L2 penalty holds n-gram
   * weights back harder than the cue scores': a weight w on a feature of value s costs as
   * much as a weight w·s on a feature of value 1.
   */
  gramScale?: number;
  /**
   * Cue hits outside the duties, pooled by noisy-OR like the duty score and scaled like it:
   * in requirements (`hz:r:`), in the rest of the role text (`hz:o:`), in the company blurb
   * (`hz:c:`); and the duty cue score of sentences that negate (`hn:`, "no people management").
   */
  zones?: boolean;
  /** The title's words, its nominal archetype and the scope signals (`t:`, `nom:`, `f:`). */
  context?: boolean;
}

const NEGATION = new Set(["not", "no", "without", "never", "non"]);

/** The responsibility features of a posting, and each sentence's share of them. */
export function responsibilityFeatures(
  reading: PostingReading,
  options: FeatureOptions,
): {
  doc: Features;
  sentences: SentenceFeatures[];
} {
  const doc: Features = new Map();
  const sentences: SentenceFeatures[] = [];
  const gramValue = options.gramScale ?? 1;
  const pooled = new Map<string, number>();
  for (const seg of reading.segments) {
    const zone = zoneOf(seg);
    if (zone === null) continue;
    const names: string[] = [];
    if (options.grams)
      for (const g of sentenceGrams(seg)) {
        if (options.anywhere) names.push(`a:${g}`);
        if (zone !== "o") names.push(`${zone}:${g}`);
      }
    for (const n of names) doc.set(n, gramValue);
    const sentence: SentenceFeatures = { seg, zone, names };
    if (options.zones && (zone !== "d" || !reading.dutiesFound)) {
      const where = zone === "o" && seg.section === "company" ? "c" : zone;
      const valued: [string, number][] = [];
      for (const [id, w] of segmentCues(seg)) {
        const name = `hz:${where}:${id}`;
        pooled.set(name, 1 - (1 - (pooled.get(name) ?? 0)) * (1 - w));
        valued.push([name, options.cueScale * w]);
      }
      if (valued.length > 0) sentence.valued = valued;
    }
    sentences.push(sentence);
  }
  for (const [name, p] of pooled) doc.set(name, options.cueScale * p);
  // The cue scores are scaled up so that the L2 penalty, the same for every weight, lets
  // them speak louder than any single n-gram: they summarise many hand-checked cues.
  for (const id of RESPONSIBILITY_IDS) {
    const s = reading.hand.scores[id];
    if (s > 0) doc.set(`h:${id}`, options.cueScale * s);
  }
  if (options.zones) {
    for (const [id, list] of reading.hand.contributions) {
      let keep = 1;
      for (const e of list) if (e.seg.keys.some((k) => NEGATION.has(k))) keep *= 1 - e.c;
      if (keep < 1) doc.set(`hn:${id}`, options.cueScale * (1 - keep));
    }
  }
  if (options.context) {
    for (const [name, value] of Object.entries(reading.handArchetype.features)) {
      if (value !== 0 && !name.startsWith("r.")) doc.set(`f:${name}`, value);
    }
    doc.set(`nom:${reading.nominal ?? "none"}`, 1);
    for (const w of titleWords(reading.title)) doc.set(`t:${w}`, 1);
  }
  doc.set(reading.hasDutySection ? "doc:dutySection" : "doc:noDutySection", 1);
  if (!reading.dutiesFound) doc.set("doc:noDuties", 1);
  return { doc, sentences };
}

/**
 * Leading managers rather than engineers: "manage a team of engineering managers", "leaders of
 * leaders", "grow the next generation of managers". Mentoring managers-to-be counts too, as
 * do managers named with their area ("coach our Reliability Engineering and Infrastructure
 * Platform Managers", "a team of ... Platform Managers"), listed as direct reports ("Direct
 * Reports: 5-7 Engineering Managers") or as part of the organisation led ("the engineering
 * organization comprising development managers"). Managers of another trade (product,
 * program, project, account ...) are colleagues, not reports: {@link OTHER_MANAGERS}.
 */
const MANAGERS_OF_MANAGERS =
  /\b(?:(?:lead|leads|leading|manage|manages|managing|coach|coaching|mentor|mentoring|develop|developing|grow|growing|hire|hiring|support|supporting|oversee|overseeing|direct|directing)\s+(?:[\w&/-]+\s+){0,6}?(?:engineering\s+|software\s+|development\s+|front-?line\s+|people\s+)?(?:managers|leads and managers|directors|leaders)|(?:managers|leaders) of (?:managers|leaders|teams)|team of (?:[\w&/-]+\s+){0,4}?managers|direct reports:?\s+(?:[\w–-]+\s+){0,3}?managers|(?:engineering )?managers (?:who|that) report to you|(?:engineering )?managers reporting to)\b/gi;

/** "Managers" of a trade other than engineering: "product managers", "program managers". */
const OTHER_MANAGERS =
  /\b(?:product|program|project|account|property|package|dependency|success|engagement|marketing|sales|community|asset|office|hiring)\s+(?:managers|leaders|directors)\b/i;

/** Whether `text` speaks of leading managers ({@link MANAGERS_OF_MANAGERS}) of engineering. */
export function leadsManagers(text: string): boolean {
  for (const m of text.matchAll(MANAGERS_OF_MANAGERS)) if (!OTHER_MANAGERS.test(m[0])) return true;
  return false;
}

/**
 * Managers or directors the role leads, in forms that say it of the role itself: "manage a team
 * of engineering managers", "lead, develop and coach our Platform Managers", "managers who
 * report to you", "those three leaders would report to you", "the three leads report to you".
 * Narrower than {@link MANAGERS_OF_MANAGERS}: hiring, supporting or growing leaders, and
 * mentoring, say nothing of whom the role manages.
 */
const MANAGES_MANAGERS =
  /\b(?:(?:lead|leads|leading|manage|manages|managing|coach|coaches|coaching|oversee|oversees|overseeing|direct|directs|directing|develop|develops|developing)\s+(?:(?:and|&|,)\s+(?:\w+\s+){0,2}?)?(?:[\w&/-]+\s+){0,6}?(?:engineering\s+|software\s+|development\s+|front-?line\s+)?(?:managers|directors)|managers of (?:managers|teams)|team of (?:[\w&/-]+\s+){0,4}?managers|direct reports:?\s+(?:[\w–-]+\s+){0,3}?managers|(?:engineering )?managers (?:who|that) (?:will |would )?report to you|(?:engineering )?managers (?:would |will )?report(?:ing)? (?:in)?to (?:you|this (?:role|position|hire))|(?:team|tech|squad|group) lead(?:er)?s (?:who |that )?(?:will |would |['’]ll |['’]d )?(?:all )?(?:report|reporting) (?:directly )?(?:in)?to (?:you|this (?:role|position|hire))|(?:those|these|the|its|their) (?:two|three|four|five|six|seven|eight|[2-9]) (?:team |squad )?lead(?:er)?s (?:who |that )?(?:will |would |['’]ll |['’]d )?(?:all )?(?:report|reporting) (?:directly )?(?:in)?to (?:you|this (?:role|position|hire))|(?:team|tech|squad|group) lead,? who (?:will |would )?reports? (?:directly )?(?:in)?to (?:you|this (?:role|position|hire))|(?:lead|leading|manage|managing|coach|coaching|develop|developing)\s+(?:(?:and|&|,)\s+(?:\w+\s+){0,2}?)?(?:the |our |your )?(?:two|three|four|five|six|seven|eight|[2-9]|several|multiple) (?:team|tech|squad) leads)\b/gi;
/** Every match of both patterns holds one of these words; most sentences hold none and skip them. */
const SEVERAL_GATE = /managers|directors|teams|squads|lead/i;
/**
 * Whether a {@link MANAGES_MANAGERS} match names managers of another trade ({@link
 * OTHER_MANAGERS}), in it or as the word right before it ("three product managers report to
 * you": the match begins at "managers").
 */
function ofOtherTrade(text: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? "";
  return OTHER_MANAGERS.test(`${before} ${m[0]}`);
}
/** Managers one works with, not whom one leads: "lead planning with the engineering managers". */
const ALONGSIDE = /\b(?:with|alongside|across|between|among|for)\b/i;
/**
 * Two or more teams the role leads: "lead multiple agile teams", "manage up to 4 teams", "be
 * responsible for the platform group: three teams"; not initiatives led across them ("lead
 * initiatives across multiple teams").
 */
const LEADS_SEVERAL_TEAMS =
  /\b(?:lead|leads|leading|manage|manages|managing|oversee|oversees|overseeing|run|runs|running|direct|directs|directing|head|heads|heading|responsible for|in charge of|looks? after|looking after)\b(?:(?!\b(?:across|with|between|among|alongside|for|from)\b)[^.;]){0,40}?\b(?:multiple|several|two|three|four|five|six|various|both|[2-9])\s+(?:[\w-]+\s+){0,2}?(?:teams|squads)\b/i;

/** Where the text states an individual contributor's role ({@link PostingReading}), or null. */
function individualContributorOf(
  segments: readonly ClassifiedSegment[],
): PostingReading["individualContributor"] {
  const stated = statedIndividualContributor(segments);
  return stated ? { at: segments.indexOf(stated.sentence), said: stated.said } : null;
}

/**
 * The index of the first duty sentence (duties, role or summary; neither a heading nor a
 * requirement) that says the role leads managers or several teams ({@link MANAGES_MANAGERS},
 * {@link LEADS_SEVERAL_TEAMS}), or null. The taxonomy's engineering manager "manages one team
 * of engineers directly"; its director "leads several teams or managers".
 */
function severalTeamsIndex(segments: readonly ClassifiedSegment[]): number | null {
  const at = segments.findIndex((seg) => {
    if (seg.heading || seg.requirementShaped) return false;
    if (seg.section !== "duties" && seg.section !== "role" && seg.section !== "summary")
      return false;
    if (!SEVERAL_GATE.test(seg.text)) return false;
    // Not where the text denies it ("this is not a VP job running several teams").
    for (const m of seg.text.matchAll(MANAGES_MANAGERS))
      if (!ofOtherTrade(seg.text, m) && !ALONGSIDE.test(m[0]) && !negatedAt(seg, m.index))
        return true;
    return saysUnnegated(seg, LEADS_SEVERAL_TEAMS);
  });
  return at >= 0 ? at : null;
}

/**
 * The role named the company's most senior engineering or technology leader: "the most senior
 * engineering position", "our top technology leader", "there is no CTO" (the role then leads
 * all of engineering).
 */
export const TOP_ENGINEERING =
  /\b(?:(?:the|our) (?:most senior|senior-most|top|highest[- ]ranking) (?:engineering|technology|technical|tech) (?:leader|role|position|person|hire|executive)\b(?! (?:below|under|beneath|after)\b)|(?:we don['’]t have|there is no|there['’]s no|we have no) (?:a )?cto\b)/i;

/**
 * The role leading a team that builds nothing of the product but puts it to work for customers
 * or sells it: implementation, integration, onboarding, professional services, solutions,
 * customer engineering or delivery, pre-sales, sales or field engineering, deployment
 * (data/README.md reads managers of solutions or services teams as solutions); two kinds may be
 * named together ("leads our pre-sales and solution architecture group").
 */
export const LEADS_SERVICES_TEAM =
  /\b(?:lead|leads|leading|manage|manages|managing|run|runs|head|heads)\b[^.;\n]{0,60}?\b(?:implementation|integration|(?:customer |client )onboarding|professional services|solutions?|customer[- ](?:success )?engineering|customer delivery|pre-?sales|sales engineering|field engineering|deployment)(?:\s+(?:and|&)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:engineers|consultants|team|architects|specialists|group)\b/i;

/**
 * The role called client-facing in its own description ("this is a client-facing job", "the
 * role is primarily customer-facing", "the company's senior technologist in front of the
 * region's largest merchants", "the CTO is the firm's technical voice with clients"), or in its
 * title ("Chief Technology Officer (customer- and
 * partner-facing)", {@link CLIENT_FACING_TITLE}).
 */
const CLIENT_FACING_ROLE =
  /\b(?:this|the|it|the (?:role|job|position)) is (?:an? |primarily |mainly |largely |first and foremost |very much |above all )*(?:client|customer|partner)[- ]facing(?: (?:cto |chief technology officer )?(?:job|role|position))?\b|\b(?:cto|chief technology officer|who)\b[^.;]{0,20}\b(?:is|will be|would be) the (?:company['’]s |firm['’]s )?technical face of (?:the (?:company|firm|business)|[\w&-]+ (?:to|for|with) (?:our |its |the )?(?:clients|customers|the market))\b|\btechnologist in front of (?:the |our )?(?:[\w-]+['’]s )?(?:(?:largest|biggest|key|strategic|most important) )?(?:customers|clients|merchants|partners|accounts)\b|\b(?:is|as) (?:the |our )?(?:[\w-]+['’]s )?(?:senior |chief |lead )?technical (?:voice|face) (?:with|to|for|in front of) (?:our |the |its )?(?:clients|customers|the market)\b/i;
const CLIENT_FACING_TITLE =
  /\((?:client|customer|partner)(?:-\s*|\s+)(?:(?:and|&) (?:client|customer|partner)[- ])?facing\)|\b(?:client|customer)[- ]facing (?:cto|chief technology officer)\b/i;

/**
 * One team and no more said of the role: "this is one team, and all nine engineers report
 * directly to you", "you will manage a single team", "it's just one team" (not "one team among
 * several", nor "one team at a time").
 */
/** A founder or founding named: "co-founder", "cofounder", "founding CTO", "our founders". */
const NAMES_FOUNDING = /\b(?:co-?found|found(?:er|ers|ing)\b)/i;

export const ONE_TEAM_ONLY =
  /\b(?:(?:this|it)(?:['’]s| is) (?:just |only |really )?(?:one|a single) team\b(?! (?:of|among|within|in a|at a))|(?:manage|managing|lead|leading|run|running) (?:just |only )?(?:one|a single) team\b(?! (?:of|among|within|at a))(?![^.;]{0,30}\bteams\b))/i;

/**
 * The engineering organisation led by someone other than the role: "our engineering
 * organisation (about 110 engineers) is led by our SVP", "delivery, hiring and the engineering
 * managers stay with him", "our Chief Information Officer continues to run IT operations", "the
 * role does not run the business units' IT teams", "will not run operations; this is a strategic
 * role", "day-to-day running of the IT organisation stays with the CIO", "our VP of Engineering
 * runs the engineering organisation".
 */
export const ORGANISATION_LED_BY_ANOTHER = new RegExp(
  String.raw`\b(?:engineering|technology|tech|delivery|development)\b[^.;]{0,80}?\b(?:is|are)\s+(?:currently\s+|already\s+)?${LED_BY}\s+(?:our|the|a|an)\b|^(?:it|the organi[sz]ation|the team)(?:['’]s| is)\s+(?:currently\s+|already\s+)?${LED_BY}\s+(?:our|the)\s+(?:vp|vice president|head|director|svp)\b|\b(?:managers|hiring|delivery|running|operations|organi[sz]ation)\b[^.;]{0,60}?\b(?:stay|stays|remain|remains|sit|sits)\s+with\s+(?:him|her|them|our|the)\b|\b(?:this|it|the (?:role|position|cto|chief technology officer))\s+is\s+(?:a\s+|an\s+)?(?:purely\s+|primarily\s+|mainly\s+)?strategic\s+(?:role|position|post)\b|\b(?:our|the)\s+(?:chief\s+[a-z]+\s+officer|cio|coo|vp|vice president|head)\b[^.;]{0,40}?\b(?:continues?|will continue|keeps?|remains?)\s+(?:to\s+)?(?:run|own|lead|manage|responsible for)\b[^.;]{0,40}?\b(?:operations|delivery|engineering|teams|it)\b|\b(?:does not|doesn['’]t|will not|won['’]t)\s+(?:run|manage|lead)\s+(?:the\s+|any\s+)?(?:[\w&'’-]+\s+){0,4}?(?:delivery\s+teams|engineering\s+teams|it\s+teams|teams|engineers|delivery|operations|organi[sz]ations?)\b|\b(?:our|the)\s+(?:vp|vice president|svp|head|director|cio|coo)\b(?:\s+(?:of\s+)?[\w&]+){0,2}(?:,\s+[\w-]+,)?\s+(?:already\s+)?(?:runs|leads|manages|owns|heads)\s+(?:the\s+|our\s+)?(?:\d[\w-]*\s+)?(?:engineering|technology|tech|delivery|development|it)\s+(?:organi[sz]ation|org|department|function|teams)\b`,
  "i",
);

/**
 * The index of the first sentence outside the headings, the requirements and the benefits
 * whose text `says` (a pattern, or a test of the text), or null.
 */
function firstStating(
  segments: readonly ClassifiedSegment[],
  says: RegExp | ((text: string) => boolean),
): number | null {
  const test = typeof says === "function" ? says : (text: string) => says.test(text);
  const at = segments.findIndex(
    (seg) =>
      !seg.heading &&
      !seg.requirementShaped &&
      seg.section !== "requirements" &&
      seg.section !== "benefits" &&
      test(seg.text),
  );
  return at >= 0 ? at : null;
}

/**
 * People the role manages: "will report to you", "the four team leads report to you", "the Search
 * team, five engineers, reports to you", "your direct reports", "line-manage", the
 * people's reviews the role holds ("you will do their 1:1 meetings ... and the performance
 * review", "you have regular one-to-ones with each of them", "you do the salary reviews"),
 * "you are their direct manager", people "at your charge", "supervise a team of twelve software
 * engineers: ... conduct quarterly performance evaluations".
 */
export const MANAGES_PEOPLE =
  /\b(?:(?:personnel|people|line|staff) responsibility (?:for|over) (?:the |our |a team of )?(?:\w+ ){0,2}(?:engineers|developers|people|team|staff)\b|(?:will|would|all \w+|who|engineers|developers|people|leads|managers|team|squads?|members),? (?:\w+ )?report(?:s|ing)? (?:directly )?(?:in)?to (?:you|this (?:role|position|hire))\b|your (?:\d+ |[a-z]+ )?direct reports\b|(?:you(?:['’]ll| will| would)?|to) line[- ]manage\b|(?:you|you['’]ll|you will) (?:be )?(?:the )?line manager (?:of|for)\b|you(?:['’]ll| will)? (?:\w+ )?(?:do|run|hold|have|write|conduct|own|handle) (?:their|the|regular|weekly|monthly|yearly) (?:\w+ )?(?:1:1s?|1:1 meetings|one[- ](?:on|to)[- ]ones?|performance (?:reviews?|evaluations?)|appraisals?|salary (?:and \w+ )?reviews?)|you(?:['’]re|['’]ll be| are| will be) their (?:closest |direct |line |first )?(?:manager|leader|boss)\b|\b(?:manag|supervis)(?:e|es|ing) (?:the|a|your|their) team of (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ )?(?:engineers|developers)\b(?=[^.;]{0,60}\b(?:1:1s?|one[- ](?:on|to)[- ]ones?|appraisals?|performance)\b)|(?:at|in|under) your charge\b)/i;

/** A sentence that says the role manages people, with no denial in it ("nobody will report to you"). */
function managesPeople(text: string): boolean {
  return (
    MANAGES_PEOPLE.test(text) && !/\b(?:no|not|never|won['’]t|nobody|no one|none)\b/i.test(text)
  );
}

/** Go-to-market work, one pattern per kind of cue (see {@link PostingReading.goToMarket}). */
export const GO_TO_MARKET_CUES: readonly RegExp[] = [
  /\bsales cycles?\b/i,
  /\bpre-?sales\b/i,
  /\baccount (?:executives?|managers?|teams?)\b/i,
  /\bprospects?\b/i,
  /\bquotas?\b/i,
  /\bOTE\b|\bon-target earnings\b/,
  /\bRFPs?\b|\bRFIs?\b/,
  /\btechnical (?:win|discovery|validation)\b/i,
  /\bdemos?\b|\bdemonstrat(?:e|es|ing|ions?)\b/i,
  /\bproofs? of concept\b|\bPoCs?\b/,
  /\bdeals?\b/i,
  /\bsales engineer(?:ing|s)?\b/i,
  /\btenders?\b/i,
];

/** A word one of which every match of {@link GO_TO_MARKET_CUES} holds: one test per sentence. */
export const GO_TO_MARKET_GATE =
  /sales|account|prospect|quota|\bOTE\b|on-target|\bRF[PI]|technical (?:win|discovery|validation)|demo|proofs? of|\bPoC|deal|tender/i;

/** Kinds of go-to-market cue from which a posting reads as selling ({@link sells}). */
export const GO_TO_MARKET_MIN = 4;

/**
 * Whether the posting is full of selling: {@link GO_TO_MARKET_MIN} or more kinds of
 * go-to-market cue (in the labelled corpus all four such postings are solutions roles).
 */
export function sells(reading: Pick<PostingReading, "goToMarket">): boolean {
  return reading.goToMarket.cues >= GO_TO_MARKET_MIN;
}

function goToMarketOf(segments: readonly ClassifiedSegment[]): PostingReading["goToMarket"] {
  const seen = new Set<number>();
  let at: number | null = null;
  segments.forEach((seg, i) => {
    if (!GO_TO_MARKET_GATE.test(seg.text)) return;
    GO_TO_MARKET_CUES.forEach((re, k) => {
      if (!re.test(seg.text)) return;
      seen.add(k);
      if (at === null && !seg.heading && seg.section !== "requirements") at = i;
    });
  });
  return { cues: seen.size, at };
}

/** The sentence {@link PostingReading.severalTeamsAt} points to, or undefined. */
export function severalTeamsDuty(reading: PostingReading): ClassifiedSegment | undefined {
  return reading.severalTeamsAt === null ? undefined : reading.segments[reading.severalTeamsAt];
}

/** Scope signals beyond the hand-written archetype features (see {@link archetypeFeatureMap}). */
function scopeSignals(reading: PostingReading, x: Features): void {
  const f = reading.facts;
  x.set(`rt:${f.reportsTo ?? "none"}`, 1);
  // The stage the archetype model was fitted on (the narrower reading, archetypeInput).
  x.set(`st:${reading.archetypeInput.stage ?? "none"}`, 1);
  if (f.teamSize) {
    // log2 of the stated size over 8 (a team of 255 reads as 1): size counts in ratios.
    x.set("ts:log", Math.min(1, Math.log2(1 + f.teamSize.max) / 8));
    x.set(f.teamSize.max <= 12 ? "ts:team" : f.teamSize.max <= 40 ? "ts:teams" : "ts:org", 1);
  }
  let managers = 0;
  for (const seg of reading.segments) {
    if (seg.heading || seg.requirementShaped) continue;
    if (seg.section !== "duties" && seg.section !== "role" && seg.section !== "summary") continue;
    if (leadsManagers(seg.text)) managers = Math.max(managers, dutyWeight(seg) || 0.5);
  }
  if (managers > 0) x.set("mom", managers);
}

/**
 * The archetype features of a posting given its responsibility probabilities; with `scope`,
 * also whom it reports to (`rt:`), the company stage (`st:`), the stated team size (`ts:`) and
 * whether it leads managers (`mom`).
 */
export function archetypeFeatureMap(
  reading: PostingReading,
  responsibility: Readonly<Record<ResponsibilityId, number>>,
  scope = false,
): Features {
  const x: Features = new Map();
  if (scope) scopeSignals(reading, x);
  for (const id of RESPONSIBILITY_IDS) x.set(`p:${id}`, responsibility[id]);
  for (const [name, value] of Object.entries(reading.handArchetype.features)) {
    if (value !== 0 && !name.startsWith("r.")) x.set(`f:${name}`, value);
  }
  const hand = reading.handArchetype.result;
  x.set(`ha:${hand.id}`, hand.confidence);
  for (const r of hand.ranked) x.set(`ha:${r.id}`, r.score);
  x.set(`nom:${reading.nominal ?? "none"}`, 1);
  if (reading.ctoTitle) x.set("title:cto", 1);
  for (const w of titleWords(reading.title)) x.set(`t:${w}`, 1);
  return x;
}

/**
 * The features of the hands-on model (required, some, none): those of the archetype, the
 * hand-written rules' reading (`hx:`), and the posting's n-grams (`a:`, `d:`, `r:`).
 */
export function handsOnFeatureMap(
  reading: PostingReading,
  responsibility: Readonly<Record<ResponsibilityId, number>>,
  doc: Features,
  scope = false,
): Features {
  const x = archetypeFeatureMap(reading, responsibility, scope);
  x.set(`hx:${reading.facts.handsOn ?? "none"}`, 1);
  for (const [name, value] of doc) if (!name.startsWith("h:")) x.set(name, value);
  return x;
}

/** Floor of a hand-written archetype probability before its logarithm is taken. */
const PRIOR_FLOOR = 0.005;

/**
 * The log-probabilities of the hand-written archetype reading (model.yaml weights), the prior
 * the learned archetype model corrects: archetypes it ranks below 1% get the floor.
 */
export function handArchetypePrior(reading: PostingReading): Record<ArchetypeId, number> {
  const out = {} as Record<ArchetypeId, number>;
  for (const id of ARCHETYPE_IDS) out[id] = Math.log(PRIOR_FLOOR);
  const hand = reading.handArchetype.result;
  out[hand.id] = Math.log(Math.max(PRIOR_FLOOR, hand.confidence));
  for (const r of hand.ranked) out[r.id] = Math.log(Math.max(PRIOR_FLOOR, r.score));
  return out;
}

/** Lowercase words of a title (before any " — organisation" or " at ..." tail). */
export function titleWords(title: string): string[] {
  const head = title.split(/\s[—–|]\s|\s@\s|\sat\s/)[0] ?? title;
  const words = head
    .toLowerCase()
    .split(/[^a-z0-9+]+/)
    .filter((w) => w.length > 1 && !STOP.has(w));
  return [...new Set(words)];
}
