/**
 * Section awareness: which part of a posting each segment belongs to (duties, the role
 * summary, requirements, company blurb, benefits, boilerplate), and whether a segment reads as
 * a duty or as a required qualification.
 *
 * Postings announce their parts with headings that vary in form (Markdown headings, bold
 * lines, "Title Case" lines, "Responsibilities:" prefixes, a heading glued to the end of the
 * previous paragraph when the text was scraped) but draw on a small vocabulary, kept in
 * model.yaml. A heading outside that vocabulary ("Technical leadership") is a sub-heading and
 * keeps the current section.
 */
import { roleModel, type SectionKind } from "./model.js";
import { stem } from "./stem.js";
import type { PreparedText, Segment } from "./text.js";
import { isProseLine } from "./title.js";

export interface ClassifiedSegment extends Segment {
  section: SectionKind;
  /** The segment is a heading (it names a section rather than saying something). */
  heading: boolean;
  /** Reads as a duty of the role: "you will...", "responsible for...", or an imperative verb. */
  dutyShaped: boolean;
  /** Reads as a required qualification: years of experience, degrees, proven track record. */
  requirementShaped: boolean;
}

/** Order matters: "About the role" is a role heading before it is a company one. */
const HEADING_ORDER = ["duties", "role", "requirements", "benefits", "other", "company"] as const;

/** One anchored alternation per kind, tried in {@link HEADING_ORDER}. */
const headingPatterns: [SectionKind, RegExp][] = HEADING_ORDER.map((kind) => [
  kind,
  new RegExp(`^(?:${roleModel.sections[kind].map((src) => `(?:${src})`).join("|")})$`),
]);

// The expressions of the hot paths below, compiled once (a literal in a function body is a new
// RegExp object on every call).
const QUOTES = /[’`]/g;
const MARKS = /[_*#]+/g;
const TRAILING = /[\s:?!.\-–—|]+$/g;
const LEADING = /^[\s\-–—|]+/g;
const SPACES = /\s+/g;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;
const CAPITALISED = /^[\p{Lu}\d&]/u;
const CAPITALISED_WORD = /^[\p{Lu}&]/u;
const THREE_CAPITALS = /\p{Lu}{3}/u;
/** A full stop, exclamation, semicolon or comma ends a statement, in Latin or CJK script. */
const ENDS_STATEMENT = /[.!;,。！；，]$/;
/**
 * Work said to stay with someone else: "IT operations and software development remain with the
 * IT Director, with whom the CTO will work closely" describes another's remit, not a duty; so
 * do engineers who report to their own leads ("The engineers in each squad report to their
 * squad leads, who you will partner with"), a lead who "takes care of their 1:1s", and work
 * said to be another's ("the teams, the managers, hiring and delivery are his").
 */
const OTHERS_REMIT =
  /\b(?:remain|remains|stay|stays) with (?:the|our|him|her|them)\b|\b(?:are|is|stay|stays|remain|remains) (?:all )?(?:his|hers|theirs)(?=\s*(?:[,.;]|$)|\s+(?:and|alone)\b)|\b(?:engineers|developers|members)\b[^.;]{0,40}\breport (?:directly )?to (?:their|the|our) (?:own )?(?:[\w-]+ )?(?:leads?|managers?|leaders?)\b|\bwho (?:takes care of|handles|owns|looks after) (?:their|the team['’]s) [^.;]{0,40}\b(?:1:1s|one-on-ones|line management)\b/i;
/** A label saying what the company needs or wants of the role: "What we need from you". */
const NEEDS_FROM_YOU = /\b(?:need|needs|want|wants|expect|expects)\b/i;
/** A job board's button pasted with a posting: "Apply now", "Easy Apply", "Save job". */
const PAGE_BUTTON =
  /^\W*(?:(?:easy )?apply(?: now| here| today)?|save(?: job)?|share(?: job)?|report (?:this )?job)\W*$/i;
/** A sentence that ends as one: a full stop, an exclamation or a question mark. */
const ENDS_SENTENCE = /[.!?。！？]$/;
/**
 * A line that leads into a list of what the role does, its verb or preposition left open for
 * the items: "We want a CTO who looks further ahead and spends their time on", "You will focus
 * on:", "the role covers" (not a sentence that ends).
 */
const LEADS_INTO_LIST =
  /\b(?:you(?:['’]ll| will| would)?|(?:the|this) (?:role|position|hire|cto|person)|who(?: will)?)\b[^.;!?]{0,80}\b(?:on|to|for|with|include|includes|including|cover|covers|covering|mean|means|such as)\s*:?$/i;
const LABEL_PREFIX = /^([^:]{2,60}?)\s*:\s*(\S.*)$/;
const TEAM_FIELD = /^(?:the |your )?team\s*:\s*(?:~|about |around )?\d/i;
const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;

function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(QUOTES, "'")
    .replace(MARKS, " ")
    .replace(TRAILING, "")
    .replace(LEADING, "")
    .replace(SPACES, " ")
    .trim();
}

/**
 * A row of a job board's buttons pasted with the posting ("Apply now Save", "Easy Apply Share
 * Save"): two or more controls and nothing else. It names no section (a lone "Apply now" still
 * opens the application's, "other").
 */
const WEB_CONTROL =
  "(?:easy apply|apply(?: now| for this job)?|save(?: job| this job)?|saved|share(?: job)?|report(?: job| this job)?|print)";
const WEB_CONTROLS = new RegExp(`^${WEB_CONTROL}(?:\\s*[|·•]?\\s*${WEB_CONTROL})+$`);

/** The " / " between the two languages of a heading written in both. */
const BILINGUAL = /\s+\/\s+/;

/**
 * The section kind a heading opens, or undefined for a sub-heading outside the vocabulary.
 * A heading repeated or followed by a few more words ("About the job Overview") still counts.
 */
export function classifyHeading(text: string): SectionKind | undefined {
  const h = normaliseHeading(text);
  if (h === "" || WEB_CONTROLS.test(h)) return undefined;
  // A heading in two languages ("Responsabilidades / Responsibilities"): either half names it.
  if (BILINGUAL.test(h)) {
    for (const part of h.split(BILINGUAL)) {
      const kind = classifyHeading(part);
      if (kind) return kind;
    }
  }
  const whole = headingKind(h);
  if (whole) return whole;
  // "Job description, responsibilities and duties": a short heading that lists several names,
  // each a heading of its own; the first kind in HEADING_ORDER among them opens.
  if (!HEADING_LIST.test(h) || h.split(" ").length > 8) return undefined;
  let found: SectionKind | undefined;
  for (const part of h.split(HEADING_LIST)) {
    if (part === "") continue;
    const kind = headingKind(part);
    if (!kind) return undefined;
    if (!found || (HEADING_RANK.get(kind) ?? 0) < (HEADING_RANK.get(found) ?? 0)) found = kind;
  }
  return found;
}

/** The separators of a heading that lists several names: commas, "and", "&". */
const HEADING_LIST = /\s*(?:,|&|\band\b)\s*/;
const HEADING_RANK = new Map<SectionKind, number>(HEADING_ORDER.map((kind, i) => [kind, i]));
/** "Requirements for the employee": a name and what it is for. */
const NAME_THEN_FOR = /^(\S+(?: \S+)?) (?:for|of) (?:the |a |an |our |you\b)/;

/** The kind a normalised heading (or its first words) names, without splitting a list. */
function headingKind(h: string): SectionKind | undefined {
  for (const [kind, re] of headingPatterns) if (re.test(h)) return kind;
  const words = h.split(" ");
  for (let cut = Math.min(words.length - 1, 6); cut >= 2; cut--) {
    if (words.length - cut > 4) break;
    const head = words.slice(0, cut).join(" ");
    for (const [kind, re] of headingPatterns) if (kind !== "company" && re.test(head)) return kind;
  }
  const named = NAME_THEN_FOR.exec(h)?.[1];
  if (named) {
    for (const [kind, re] of headingPatterns) if (kind !== "company" && re.test(named)) return kind;
  }
  return undefined;
}

const DUTY_VERBS = new Set(
  (
    "lead own drive build manage hire recruit mentor coach define set establish develop design " +
    "architect oversee partner collaborate work ensure champion foster create deliver ship scale " +
    "grow guide implement run direct represent serve act support review write code maintain " +
    "monitor improve evaluate select communicate present translate align promote participate " +
    "contribute raise stand model embed conduct provide plan prioritize prioritise sequence " +
    "integrate apply troubleshoot stay advocate identify assess negotiate hold help take make " +
    "spearhead execute modernize modernise operationalize deploy facilitate engage land iterate " +
    "shape chart craft stand be create coordinate cultivate inspire empower hire attract retain " +
    "report steer launch orchestrate administer approve prepare analyze analyse research " +
    "investigate recommend demonstrate document test automate optimize optimise secure enforce " +
    "introduce drive grow own oversee sponsor act influence balance interview"
  )
    .split(" ")
    .map(stem),
);

/** A company recruiting someone to do something: "we are hiring a Head of Engineering to". */
const RECRUITING_ROLE =
  /(?:seeking|looking for|hiring|searching for|recruiting|we need|we['’]re in need of) (?:an?|our|the) .{0,80}?\bto\b/;

/**
 * "You will" in the other languages postings are written in: Spanish "vas a", "serás
 * responsable", "te encargarás"; Portuguese "você vai", "você será"; Italian "ti occuperai",
 * "sarai responsabile", "dovrai"; French "vous serez", "vous allez", "tu seras"; German "du wirst",
 * "Sie werden", "du verantwortest".
 */
const OTHER_LANGUAGE_DUTY =
  "vas a|vais a|serás (?:responsable|la persona|el|la)|te encargarás|estarás a cargo|liderarás|(?:você|voce) (?:vai|irá|ira|será|sera)|ti occuperai|sarai (?:responsabile|la persona|il|la)|dovrai|guiderai|vous (?:serez|allez|aurez)|tu (?:seras|vas|auras)|du wirst|sie werden|du verantwortest|sie verantworten";

const DUTY_PHRASE = new RegExp(
  String.raw`\b(you (?:write|build|design|lead|own|manage|run|spend|review|ship|drive|set|hire|coach|mentor|define|shape|oversee|architect|guide|grow|work with|present|speak|brief|put together|answer)\b|(?:we|i)(?:['’]d| would)? (?:like|want|expect|need) you to|you['’]ll|you will|you would|you['’]d|you are responsible|you['’]re responsible|responsible for|accountable for|will be (?:responsible|accountable|expected|tasked)|in this role|this role|the role|the position|this position|your (?:role|team|responsibilit\w*|mandate|day)|will (?:lead|own|drive|build|manage|oversee|report|be|help|set|define|work|partner|run|shape)|reporting to|reports? (?:directly )?to|${RECRUITING_ROLE.source}|primary responsibilit\w*|mandate|you['’]re (?:going|expected) to|this is the (?:person|one) (?:who|that|our|the|we)\b|${OTHER_LANGUAGE_DUTY})\b`,
  "i",
);

const REQUIREMENT_PHRASE =
  /(\b\d+\s*\+?\s*(?:-\s*\d+\s*\+?\s*)?(?:years|yrs)\b|\byears of\b|(?<!(?:user|customer|developer|product|patient|candidate|member|client|employee|learning|seamless|consistent|platform|digital|sdk|end[- ]user) )\bexperience (?:in|with|of|as|leading|managing|building|working|delivering|scaling|designing|architecting)\b|\bproven (?:track record|experience|ability|success|history)|\btrack record\b|\bdegree\b|\bbachelor|\bmaster['’]?s\b|\bfamiliarity\b|\bproficien|\bexpertise (?:in|with)\b|\bknowledge of\b|\bbackground in\b|\bdeep understanding\b|\bability to\b|(?<!\b(?:our|its|iso \d+|soc ?[12]?(?: type (?:1|2|i|ii))?|pci(?:[- ]dss)?|fedramp|hitrust) )\bcertification|\bfluency\b|\bfluent in\b|\bexperienced\b|\bwork authori[sz]ation|\bauthori[sz]ed to work\b)/i;

const COMPANY_PHRASE =
  /^(?:at [A-Z][\w&.' -]{0,40}, we|we['’]re a|we are a|we are an|we['’]re an|our (?:mission|company|platform|customers|team is|values)|founded in|since \d{4})/i;

/**
 * A company that says what it hires the role to do ("We're a 9-person startup looking for a
 * fractional CTO to choose our architecture and review the code"): a blurb's opening, a duty's
 * body, as in one-paragraph postings.
 */
const RECRUITING_FOR = new RegExp(
  String.raw`\b${RECRUITING_ROLE.source} (?!join\b|be\b|help us grow\b)\w+`,
  "i",
);

const RECRUITING_ROLE_I = new RegExp(RECRUITING_ROLE.source, "i");

/**
 * The segment as a duty when the company says what it hires the role to do and asks for
 * nothing else ("We need an experienced technologist to choose our stack and ..." reads as a
 * requirement for its "experienced"); the segment itself otherwise. For postings in which
 * nothing else reads as a duty (features.ts): where there are duties, such a sentence is read
 * as its words say.
 */
export function asHiredToDo(seg: ClassifiedSegment): ClassifiedSegment {
  if (!seg.requirementShaped || !RECRUITING_FOR.test(seg.text)) return seg;
  if (REQUIREMENT_PHRASE.test(seg.text.replace(RECRUITING_ROLE_I, ""))) return seg;
  return { ...seg, requirementShaped: false, dutyShaped: true };
}

function isHeadingCandidate(seg: Segment, prepared: PreparedText): boolean {
  if (seg.keys.length > 12) return false;
  const text = seg.text;
  const words = text.split(" ").filter((w) => HAS_LETTER_OR_DIGIT.test(w));
  if (words.length === 0 || words.length > 10) return false;
  const line = prepared.lines[seg.line];
  const wholeLine = line !== undefined && line.text === text;
  if (line?.marked && wholeLine) return true;
  // A short question or label opens its line to head what follows; one after a sentence of the
  // same line ("You make the stack calls. Do we split out the claims engine?") is prose.
  const opensLine = line?.text.startsWith(text) === true;
  if (opensLine && (text.endsWith(":") || text.endsWith("?")) && words.length <= 8) return true;
  if (ENDS_STATEMENT.test(text) || words.length > 8) return false;
  const capitalised = words.filter((w) => CAPITALISED.test(w) || w.length <= 3).length;
  const allCaps = text === text.toUpperCase() && THREE_CAPITALS.test(text);
  return allCaps || capitalised === words.length;
}

/**
 * Assigns every segment its section and shape.
 *
 * @returns one entry per segment of `prepared`, in order; text before the first recognised
 *   heading is in the `summary` section
 */
export function classifySections(prepared: PreparedText): ClassifiedSegment[] {
  let current: SectionKind = "summary";
  // The first line is the title, unless it is prose (a posting pasted without its heading):
  // then its sentences are read like any other.
  const first = prepared.lines.findIndex((l) => l.text !== "");
  const titleLine = isProseLine(prepared.lines[first]?.text ?? "") ? -1 : first;
  // After a line that leads into a list ("We want a CTO who spends their time on"), the list's
  // items are what the role does, however they are worded.
  let leadIn = false;
  return prepared.segments.map((seg, index): ClassifiedSegment => {
    let heading = false;
    let body = seg.text;
    let section: SectionKind | undefined;
    // Title lines and heading-like lines are headings; a plain short line ("What you will do")
    // only when it names a known section.
    const strong = (index === 0 && seg.line === titleLine) || isHeadingCandidate(seg, prepared);
    // A plain line that asks for experience ("Experience using agile tools") or states a duty
    // ("Apply software engineering to infrastructure") is a list item whose marker was lost,
    // not a heading.
    const plain = !strong && isPlainHeadingLine(seg, prepared) && !readsAsListItem(seg.text);
    const kindIfHeading = strong || plain ? classifyHeading(seg.text) : undefined;
    if (strong || (plain && kindIfHeading !== undefined)) {
      heading = true;
      // "Apply now", "Save job": a job board's buttons pasted with the text open no section.
      const button = PAGE_BUTTON.test(seg.text);
      if (kindIfHeading && !button) current = kindIfHeading;
      // A heading of its own words after a company blurb ("Why Sofia, why now") may open the
      // role's part: read on as before any heading, where a duty-shaped sentence still counts.
      else if (strong && !button && current === "company") current = "summary";
    } else {
      const prefix = seg.text.includes(":") ? LABEL_PREFIX.exec(seg.text) : null;
      // "You are still a developer: about half your time ..." is a sentence addressed to the
      // reader, not a label such as "About you:" or "You:".
      const addressed = prefix?.[1] !== undefined && /^you\b\S*\s+\S+\s+\S+/i.test(prefix[1]);
      if (prefix?.[1] && prefix[2] && prefix[1].split(" ").length <= 7 && !addressed) {
        const labelled = classifyHeading(prefix[1]);
        // "What we need from you: set our technology strategy ...": what the company needs the
        // role to do, a duty however the label reads.
        const kind =
          labelled === "requirements" &&
          NEEDS_FROM_YOU.test(prefix[1]) &&
          startsWithDutyVerb(prefix[2])
            ? "duties"
            : labelled;
        // "Responsibilities: Lead..." opens a section; "Compensation: $190" or "Location:
        // Remote" is a one-line field (scraped headers are blocks of them) and does not.
        if (kind === "duties" || kind === "role" || kind === "requirements") current = kind;
        // "The team: 4 engineers, 1 QA" is a field of the role, not a blurb of the company.
        else if (kind && !(kind === "company" && TEAM_FIELD.test(seg.text))) section = kind;
        // "Vision, Strategy: Guide..." is a label before the duty; "Manage a team of six:
        // 1:1s..." is a duty followed by its details.
        if (kind || isLabel(prefix[1])) body = prefix[2];
      }
    }
    const kind = section ?? current;
    // Company blurbs, benefits and boilerplate never hold duties or requirements.
    if (heading || kind === "company" || kind === "benefits" || kind === "other") {
      leadIn = false;
      return classified(seg, kind, heading, false, false);
    }
    const item = prepared.lines[seg.line]?.listItem === true;
    const listed = leadIn && item;
    // A sentence that ends as one leads into nothing (the cheap test first: most do).
    if (!item) leadIn = !ENDS_SENTENCE.test(seg.text) && (leadIn || LEADS_INTO_LIST.test(seg.text));
    const verbFirst = body === seg.text ? seg.tags[0] === "VERB" : false;
    const startsWithDuty = verbFirst || startsWithDutyVerb(body);
    const requirementShaped = !heading && REQUIREMENT_PHRASE.test(body) && !startsWithDuty;
    const dutyShaped =
      !heading &&
      !requirementShaped &&
      !OTHERS_REMIT.test(body) &&
      (listed ||
        ((!COMPANY_PHRASE.test(body) || RECRUITING_FOR.test(body)) &&
          (DUTY_PHRASE.test(body) || startsWithDuty)));
    return classified(seg, kind, heading, dutyShaped, requirementShaped);
  });
}

/**
 * The segment with its section and shape: the fields written out rather than spread, which
 * V8 copies several times faster (the same keys in the same order).
 */
function classified(
  seg: Segment,
  section: SectionKind,
  heading: boolean,
  dutyShaped: boolean,
  requirementShaped: boolean,
): ClassifiedSegment {
  return {
    start: seg.start,
    end: seg.end,
    line: seg.line,
    text: seg.text,
    keys: seg.keys,
    keyStarts: seg.keyStarts,
    words: seg.words,
    tags: seg.tags,
    section,
    heading,
    dutyShaped,
    requirementShaped,
  };
}

/** A short line of its own without final punctuation ("What you will do"). */
function isPlainHeadingLine(seg: Segment, prepared: PreparedText): boolean {
  const line = prepared.lines[seg.line];
  if (!line || line.text !== seg.text || line.listItem) return false;
  return wordCount(seg.text) <= 8 && !ENDS_STATEMENT.test(seg.text);
}

/** `text.split(" ").length`, without the array. */
function wordCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) n++;
  return n;
}

/** "Technical Excellence", "Vision, Strategy, Execution": a title-case label of a few words. */
function isLabel(text: string): boolean {
  const words = text.split(SPACES).filter((w) => HAS_LETTER.test(w));
  return (
    words.length > 0 &&
    words.length <= 5 &&
    words.every((w) => CAPITALISED_WORD.test(w) || w.length <= 3)
  );
}

/**
 * "Experience using agile tools", not "Experience and skills" or "Experience Required" (read
 * with the first letter lowered).
 */
const EXPERIENCE_ASKED =
  /^(?:(?:proven|strong|solid|deep|extensive|demonstrated|hands-on) )?experience\s+(?!(?:and|or)\b)[a-z]/;

/** A plain line read as a list item that lost its marker (see classifySections). */
function readsAsListItem(text: string): boolean {
  const lowered = text.charAt(0).toLowerCase() + text.slice(1);
  if (REQUIREMENT_PHRASE.test(text) || EXPERIENCE_ASKED.test(lowered)) return true;
  return startsWithDutyVerb(text) && wordCount(text) >= 5;
}

function startsWithDutyVerb(body: string): boolean {
  const first = FIRST_WORD.exec(body)?.[1];
  return first !== undefined && DUTY_VERBS.has(stem(first));
}
