/**
 * Kinds of next step (taxonomy §2) a reflection names, and the one taken.
 *
 * A path is *considered* when the author names it as an option, takes it, rules it out, or
 * returns to it more than once (a role left and weighed again); *chosen* is the path named
 * with a decision ("I decided to go back to a senior engineering role", "my new position",
 * a title such as "Back to engineer" or "Still a freelancer"), else `undecided`.
 * Role nouns ("manager", "engineer", "CTO") count only in a self-context ("as a", "back
 * to", "role of"), so "my manager" or "hiring managers" are not paths. Cues:
 * {@link PATH_CUES}; frames: {@link CHOSEN_FRAME}, {@link OPTION_FRAME}, {@link LEFT_FRAME},
 * {@link REJECT_PATH_FRAME}, {@link UNDECIDED_FRAME}.
 */
import { PATH_IDS, type PathId } from "../taxonomy.js";
import type { Block } from "./blocks.js";
import { listLeadIns, type SentenceContext } from "./context.js";
import {
  CHOSEN_AFTER,
  CHOSEN_FRAME,
  FIRST_PERSON,
  GOAL_FRAME,
  LEFT_FRAME,
  LOOSE_PATH_CUES,
  OPTION_FRAME,
  OPTION_LABEL,
  openQuestions,
  PATH_CUES,
  PATHS_LEAD_IN,
  type PathCue,
  REJECT_PATH_FRAME,
  SELF_ROLE_AFTER,
  SELF_ROLE_BEFORE,
  STEP_TAKEN_FRAME,
  THIS_SPAN,
  WEEKDAYS_AND_MONTHS,
} from "./lexicon.js";
import { anyOf, wholeWords } from "./match.js";
import type { Post } from "./post.js";
import type { Sentence } from "./sentences.js";

export type MentionKind = "chosen" | "option" | "left" | "rejected" | "plain";

export interface PathMention {
  path: PathId;
  /** Span of the cue in the sentence's normalised text. */
  at: number;
  end: number;
  kind: MentionKind;
  weight: number;
  sentence: Sentence;
  /** An activity ("freelancing", "open source") rather than a role noun. */
  activity: boolean;
  /** Said in the author's own voice. */
  own: boolean;
  /** In an item of a list introduced as options ("my title could be:"). */
  listed: boolean;
  /** Matched only by a wide cue (LOOSE_PATH_CUES): a loose mention the learned models weigh. */
  wide?: boolean;
}

export interface PathReading {
  considered: PathId[];
  chosen: PathId | "undecided";
  mentions: PathMention[];
  /** Every path's strongest cue match per sentence, in any context (see pathMentionsBoth). */
  loose: PathMention[];
  /** How many sentences leave the author's next step open ({@link openQuestions}). */
  openQuestions: number;
}

/** Strength of decision needed to name a chosen path. */
const CHOSEN_THRESHOLD = 0.7;
const UNDECIDED_STEP = 0.4;

/**
 * More cues from the taxonomy's definitions (§2), for steps named in phrases rather than
 * nouns: a team to manage or lead, a company to start with words between ("starting an indie
 * software company", "building out my business"), a company started and named ("we started
 * what is now Acme"), founding as an act ("what pulled me toward founding"), time off said as a
 * year off, a pause or semi-retirement. Found missing in the corpus's cross-validation errors
 * and in read probe posts; general phrases, not any text's wording.
 */
export const MORE_PATH_CUES: Record<PathId, readonly PathCue[]> = {
  ic: [
    {
      pattern:
        "(join|joined|joining) (\\w+('s)? ){0,3}(engineering|development|dev|platform|infrastructure|backend|frontend|product engineering) (team|org|organi[sz]ation)|(write|writing) code (again|full[- ]time|every day|all day)|back (in|into|to) (\\w+ ){0,2}(engineering|coding|development|programming)(?! (manager|management|lead|leadership|director))",
      weight: 0.8,
      role: false,
    },
  ],
  manager: [
    {
      pattern:
        "(manage|managing|lead|leading|build|building|grow|growing|run|running) (a|an|the|my|our)( new)?( \\w+){0,2} (team|teams|group|department)|people management|managing (people|engineers|managers)",
      weight: 0.8,
      role: false,
    },
  ],
  executive: [],
  founder: [
    {
      pattern:
        "(we|i|\\w+ and i) (started|founded|co-?founded|launched) what (is now|became|would become)|(toward|towards|into|why|chose|choosing|about|of) (co-?)?founding\\b(?! (engineer|member|team|designer|hire|developer|employee|cto))|(start|starting|started|found|founded|founding|co-?found\\w*|build|building|launch|launching|launched|run|running|create|creating|bootstrap\\w*) (a |an |my |our )?(\\w+ ){0,3}(company|startup|start-up|business|venture|saas)|(work|working|focus|focusing) (full[- ]time )?on my own (projects?|products?|apps?|business|startup|company)|(start|starting|build|building|launch|launching|create|creating) something (new )?(of|on) my own|(on|at|to|for) (a|the|my|our) (new |small |young )?(company|startup|start-up|business|venture) (that |which )?(i|we|my \\w+ and i|i and my \\w+) (have |just |recently )?(co-?founded|founded|started|launched)",
      weight: 0.9,
      role: false,
    },
  ],
  independent: [
    {
      pattern:
        "(work|working) for myself|my own (consulting|consultancy|practice)|my own boss|signed (my |our )?(first )?(\\w+ ){0,2}(clients|retainers?|consulting (clients|contracts?))",
      weight: 0.9,
      role: false,
    },
  ],
  open_source: [
    {
      pattern:
        "(full[- ]time|paid|funded) (open[- ]source )?maintainer|maintain(ing)? (\\w+ ){0,2}full[- ]time|(grant|sponsorship) from (the )?(\\w+ ){0,3}(fund|foundation)|work(ing)? (\\w+ ){0,3}upstream",
      weight: 0.8,
      role: false,
    },
  ],
  go_to_market: [],
  teaching_writing: [
    {
      pattern: "(write|writing)( \\w+){1,3} full[- ]time|full[- ]time (writer|author|educator)",
      weight: 0.8,
      role: false,
    },
  ],
  break: [
    {
      pattern:
        "(a|one|the|two|few|some) (years?|months?) off|semi-retire\\w*|retire|retired|retirement|early retirement|(take|taking|took) (a|some) (pause|breather)|step(ping)? away from (work|tech|the industry|my career)|recover(ing)? from (my )?burn-?out|(do|doing) nothing|funemploy\\w*|not (working|employed)|without a job|between jobs|no (new |next |other )?(job|role|position) lined up|travel(l)?ing (the world|for)|solo travel(l)?ing|backpack(ing)? (through|around|across)|(outside|out of) the (conventional |traditional )?workforce|(?<!\\b(put|puts|putting|laid|lay|lays|laying) ([\\w'-]+ ){0,3}to )(rest|recover|recharge) (for|and)",
      weight: 0.9,
      role: false,
    },
  ],
};

const COMPILED = PATH_IDS.map((path) => ({
  path,
  cues: [
    ...[...PATH_CUES[path], ...MORE_PATH_CUES[path]].map((cue) => ({
      regex: wholeWords(cue.pattern),
      weight: cue.weight,
      role: cue.role,
      looseOnly: false,
    })),
    // Counted only among the loose mentions, weakest (the learned models weigh them).
    ...LOOSE_PATH_CUES[path].map((pattern) => ({
      regex: wholeWords(pattern),
      weight: 0.2,
      role: false,
      looseOnly: true,
    })),
  ],
}));

/** {@link anyOf} each path's cues: a sentence its gate does not match holds none of them. */
const GATES = COMPILED.map(({ cues }) => anyOf(cues.map((c) => c.regex)));

/** Title shapes that announce the step taken: "Back to X", "From X to Y", "Still a X". */
const TITLE_CHOSEN =
  /\b(back to|to|still an?|as( an?)?|(?<!tried )being an?|becoming an?|became an?|i'm an?|i am an?|now an?|new)\s+(\w+\s){0,3}$/;

/** Role-noun mention in a self-context: the author holds, held or seeks the role. */
function selfRole(norm: string, at: number, end: number): boolean {
  // A title in quotes ('back to being a "manager"') is named as it would be bare.
  const before = norm.slice(Math.max(0, at - 60), at).replace(/"$/, "");
  // "As" right before the title, bare or with the employer's possessive, names the author's
  // role: "I start as CTO", "join them as their VP of Engineering"; "our CTO", "my manager"
  // name someone else's.
  // So does "as its first head of engineering", "as the new CTO", and "an offer to be VP of
  // Engineering", "asked to be their CTO".
  if (
    /\b(?:as|to be|i(?:'ll| will) be|(?:was|been|got) (?:made|named|appointed)(?: as)?)\s(?:(?:their|its|the|an?)\s)?(?:(?:first|new|next|founding|interim|acting|sole|only)\s)?$/.test(
      before,
    )
  )
    return true;
  if (/\b(my|your|our|his|her|their|other|the other|a new|hiring)\s$/.test(before)) return false;
  return SELF_ROLE_BEFORE.test(before) || SELF_ROLE_AFTER.test(norm.slice(end, end + 20));
}

/** A title that weighs options rather than reports a step: a question, "should I", "vs". */
const TITLE_OPTION =
  /\?|\b(should|considering|thinking|thoughts|whether|or|vs|versus|might|pros and cons|next steps?|what'?s next)\b/;

/**
 * The end of "I quit my job at a big company to ", "I left a staff engineer job to become ",
 * "leaving my role as VP at a scale-up to work full-time as a ", right before the step named:
 * the author's leaving, or a leaving that opens the sentence or a clause after a colon.
 */
const LEFT_TO =
  /(\bi('ve| have| had|'m| am)? (just )?|(^|[:;] )(after |since )?)(quit|left|resigned|leaving|quitting|resigning|stepping down)\b[^.;:]*\bto( (become|be|join|take( on| up)?|start|work|go|do|lead|run|build|teach|write|focus on|spend( \w+){1,3}))?( (as|on|in|at|full[- ]time))*( (an?|the|my|our|its|their))? $/;

/**
 * After the role left, the step taken in the same sentence: "I left my job as a staff engineer
 * and started teaching", "... and then joined a startup as its CTO".
 */
const TAKEN_AFTER_LEFT =
  /\b(and|then)( then| now| have| just| soon)? (joined|started|began|became|took|moved|went|signed|accepted|launched|founded|co-founded|set up)\b/;

/** The author as the subject right before a verb: "I ", "I had just ". */
const I_BEFORE = /\bi('ve| have| had|'d)?( just| finally| then)? $/;

/**
 * A step dated two or more years before the writing: "six and a half years ago I joined Google
 * as a software engineer", "a decade ago" (not "a year ago", which a post a year after a move
 * says of the step it looks back on).
 */
const LONG_AGO =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|[2-9]|\d\d)( and a half)? (\w+ )?years?( and a half)? ago\b|\b(a|over a|more than a) decade ago\b/;

/**
 * A role left, said right before it: "a year as CTO after ten years as an engineer", "going back
 * to manager after being a co-founder".
 */
const AFTER_YEARS_AS = /\bafter ((\w+ ){1,3}as|being)( an?| the)? "?$/;

/** What the author will do in the role just named: "as VP I'll own the roadmap". */
const WILL_DO_AFTER = /^,? (i('ll| will)|i('m| am) going to)\b/;

/**
 * A condition whose clause the step follows ("if I hate it, go back to ...", "unless it
 * works out, I'll ..."), not a concession ("even if") or a manner of speaking ("if I'm
 * honest").
 */
const CONDITION =
  /\b(?<!\beven )(if|unless|in case)\b(?! (i'm|i am) (being )?(honest|truthful|frank))(?! you (ask|must know))[^.;:,]*,\s*((then|i'll|i will|i would|i'd|i'm going to|just|simply|happily|probably|go|to)\s)*$/;
/**
 * A role the author has held, named right before it: "the team I've been a senior engineer on",
 * "I started the year as Head of Engineering" (the role at the time the story starts).
 */
const HELD_ROLE =
  /\b(i've been|i have been|i was|i had been|i used to be)\s(?!(promoted|made|offered|asked|hired|appointed|named)\b)(an?\s)?(\w+\s){0,2}$|\bi (started|began|ended) (the|this|last) (year|month|quarter|decade|week|summer|spring|autumn|fall|winter) as\s(an?\s)?$/;

/**
 * A step turned down after it is named, in the same sentence: "... going back to IC work, and
 * decided no", "... but decided against it", "... and turned it down", "... but said no".
 */
const REJECTED_AFTER =
  /^[^.;:]{0,80}?\b(and|but|then|before)\s(i\s)?(decided|chose)\s(no|not|against)\b|^[^.;:]{0,80}?\b(i\s)?(turned (it|them|that|this|the offer|the role|it all) down|said no|passed on (it|that|the offer))\b/;
/**
 * Someone else's idea for the author, right before the step: "friends suggested I ...", and
 * others' questions: "some of you asked if I'm going to a competitor".
 */
const SUGGESTED =
  /\b(suggested|asked|asking|wants|wanted|urged|urging|encouraged|pushing|pushed|told|invited|begged|pitched)( me)?( that| if| whether)?( i| we)?\s$/;
/** A year a post may name (1950-2099). */
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;

/** Words of a step still to come or under way: "will", "I'm", "going to", "from now". */
const FUTURE_OR_NOW = /\b(will|'ll|going to|am|i'm|now|today|next|currently)\b/;

/** The latest year any sentence names, or null when none does. */
function latestYear(sentences: readonly Sentence[]): number | null {
  let latest: number | null = null;
  for (const s of sentences)
    for (const m of s.norm.matchAll(YEAR)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}

/** Whether the text names a year, and every year it names is before `year`. */
function onlyEarlierYears(norm: string, year: number): boolean {
  const years = [...norm.matchAll(YEAR)].map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y < year);
}

/** A step the author could have taken and did not: "I could have taken a year off". */
const COUNTERFACTUAL = /\b(could|would|should|might) have(\s\w+){0,2}\s$/;

/**
 * A step the author only turned over in their mind, right before the frame that names it:
 * "I did briefly think about going back to being an IC", "I toyed with the idea of".
 */
const CONTEMPLATED =
  /\b(think|thought|thinking|wonder(ed|ing)?|dream(ed|t|ing)?|toy(ed|ing)? with|flirt(ed|ing)? with|idea of)( (seriously|hard|long|briefly|a lot|a little|really|also))?( about| of)?\s(\w+\s){0,1}$/;

/** A cue ending in "more": "write more". */
const MORE_AT_END = /\bmore$/;
/** Words after "I'll write more" that make it a promise to the reader, not a step. */
const ASIDE_AFTER =
  /^\s*(about|on this|as we go|as i go|once|when|soon|later|here|in a (future|later|follow))\b/;

/** A role or activity the author has stopped: "I am no longer a principal engineer". */
const NO_LONGER =
  /\b(?:no longer|(?:stop|stopped|stopping|quit|quitting) being)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}$/;

/** A step hedged right before its frame: "another thing: maybe going back to be a principal". */
const MAYBE_BEFORE = /\b(maybe|perhaps|possibly)\s+$/;
/** A step said as what the author would do, right before it: "I would go back to being an engineer". */
const WOULD_BEFORE = /\bi('d| would| could| might)\s+$/;

/** A hedge before the author's step: "maybe I'll start something of my own". */
const HEDGED = /\b(maybe|perhaps|possibly|probably|might|could|would|if|unless|someday|whether)\b/;

/**
 * "from Monday", "from the 1st of September", "from April": a date the step begins on, not the
 * role left ({@link LEFT_FRAME} reads "from X" as the role left in "from engineer to manager").
 */
const FROM_DATE = new RegExp(
  String.raw`\bfrom(?= (the )?(\d|next|${THIS_SPAN}|today|tomorrow|now on|then on|mid|early|late|${WEEKDAYS_AND_MONTHS}|(1st|first|start|beginning|end) of)\b)`,
  "g",
);

/**
 * "From" naming who pays, not what is left: "funded by a grant from an open-source foundation",
 * "sponsorships from four companies".
 */
const FROM_FUNDER =
  /(?<=\b(grant|grants|funding|funded|sponsorships?|donations?|money|income|stipend|paid)\b[^.;]{0,20})\bfrom\b/g;

/**
 * The author's own step said in the present or future right before an activity ("I'm starting
 * a company", "Priya and I are starting a company", "for the next year, I'm not working", "I
 * take six months off", "I'm co-founding", "I'll spend the next year writing a book"), or as the
 * plan ("my plan is to take ... off").
 */
const SELF_ACTIVITY =
  /\b((i('m| am)|(\w+ )?and i are|we('re| are)|i('ll| will)( be)?)( (now|officially|finally|just|actually))?( co-| on)?|(?<!\b(when|if|once|until|before|after) )i take|my plan (now |for now )?is to|i('ll| will|'m going to| am going to) spend (the |my )?(next |coming )?(\w+ ){0,2})\s?$/;

function mentionKind(
  norm: string,
  at: number,
  end: number,
  isTitle: boolean,
  activity: boolean,
  negated: boolean,
  /** A cue that names its path by itself (not "writing", "courses"; see PathCue.weight). */
  strong = true,
): MentionKind {
  const before = norm.slice(0, at);
  if (REJECT_PATH_FRAME.test(before) || REJECTED_AFTER.test(norm.slice(end))) return "rejected";
  // "As of last month I am no longer a principal engineer": the role left, whatever the frame.
  if (NO_LONGER.test(before)) return "left";
  if (COUNTERFACTUAL.test(before.slice(-40))) return "option";
  if (AFTER_YEARS_AS.test(before)) return "left";
  // "I won't choose to be a manager": a step named under a negation is ruled out, not taken.
  if (negated && (CHOSEN_FRAME.test(before) || (isTitle && TITLE_CHOSEN.test(before))))
    return "rejected";
  if (isTitle && TITLE_CHOSEN.test(before)) return "chosen";
  // "Freelancing: a retrospective", "My sabbatical": a title naming an activity reports it.
  if (isTitle && activity && !TITLE_OPTION.test(norm) && !LEFT_FRAME.test(before)) return "chosen";
  // Same length, so offsets stay put.
  const left = lastIndex(
    before
      .replace(FROM_DATE, (m) => " ".repeat(m.length))
      .replace(FROM_FUNDER, (m) => " ".repeat(m.length)),
    LEFT_FRAME,
  );
  let chosen = Math.max(lastIndex(before, CHOSEN_FRAME), lastIndex(before, STEP_TAKEN_FRAME));
  // Not for a weak cue ("I'm writing", "courses"), nor a promise to the reader ("I'll write
  // more about it as we go", "I'll write more once I know"): neither is a writer's step.
  if (
    chosen < 0 &&
    activity &&
    strong &&
    SELF_ACTIVITY.test(before) &&
    !HEDGED.test(before) &&
    !(MORE_AT_END.test(norm.slice(at, end)) && ASIDE_AFTER.test(norm.slice(end)))
  )
    chosen = lastIndex(before, SELF_ACTIVITY);
  // "If I hate it, I'll go back to IC work": a step on a condition is an option kept open;
  // "friends suggested I start my own company": someone else's idea for the author; "I did
  // think about going back": a step turned over, not taken.
  const lead = chosen >= 0 ? before.slice(0, chosen) : "";
  if (
    chosen >= 0 &&
    (CONDITION.test(lead) ||
      SUGGESTED.test(lead) ||
      CONTEMPLATED.test(lead) ||
      MAYBE_BEFORE.test(lead) ||
      WOULD_BEFORE.test(lead))
  )
    return "option";
  // "I said yes to leading the team I've been a senior engineer on": the role held, not taken.
  if (chosen >= 0 && HELD_ROLE.test(before.slice(chosen))) chosen = -1;
  if (chosen >= 0 && chosen >= left) return "chosen";
  // "from X to Y", "left X for Y": the role after the turn is the one taken.
  if (left >= 0 && chosen >= 0 && /\b(to|into|for)\b/.test(before.slice(left + 4))) return "chosen";
  // "I quit my job at a big company to start my own": the step the leaving was for.
  if (left >= 0 && LEFT_TO.test(before)) return "chosen";
  // "I left my job as a staff engineer and started teaching": the step after the leaving.
  if (
    left >= 0 &&
    I_BEFORE.test(before.slice(0, left)) &&
    TAKEN_AFTER_LEFT.test(norm.slice(left, end))
  )
    return "chosen";
  // "As VP I'll own the roadmap": the role the author is taking.
  if (/\bas( an?| the)? $/.test(before) && WILL_DO_AFTER.test(norm.slice(end, end + 30)))
    return "chosen";
  // "a staff engineer at my new company": the new place right after the role.
  if (CHOSEN_AFTER.test(norm.slice(end, end + 40))) return "chosen";
  if (left >= 0) return "left";
  if (OPTION_FRAME.test(norm)) return "option";
  return "plain";
}

/** Each cue's pattern anchored at the end of the text, made once (see glossOfSamePath). */
const AT_END = new WeakMap<RegExp, RegExp>();

/** The opening of a gloss in brackets right after a word: "(", "(or "", "(i.e. ", "(aka ". */
const GLOSS_OPEN = /[a-z]\s*\(\s*(or\s+|i\.?e\.?,?\s+|aka\s+|a\.k\.a\.?\s+)?["'“‘]?$/;

/**
 * Whether the cue match at `at` opens a gloss in brackets ({@link GLOSS_OPEN}) of a match of the
 * same path's cues that ends right before the bracket.
 */
function glossOfSamePath(norm: string, at: number, cues: readonly { regex: RegExp }[]): boolean {
  // Most matches have no bracket just before them: nothing to slice or test.
  const paren = norm.lastIndexOf("(", at);
  if (paren < 0 || at - paren > 12) return false;
  const before = norm.slice(Math.max(0, at - 60), at);
  const open = GLOSS_OPEN.exec(before);
  if (!open) return false;
  const word = before.slice(0, open.index + 1);
  return cues.some(({ regex }) => {
    let anchored = AT_END.get(regex);
    if (!anchored) {
      anchored = new RegExp(`(?:${regex.source})$`, regex.flags.replace("g", ""));
      AT_END.set(regex, anchored);
    }
    return anchored.test(word);
  });
}

const GLOBAL = new Map<RegExp, RegExp>();

/** Offset of the last match of `pattern` in `text`, or -1. */
function lastIndex(text: string, pattern: RegExp): number {
  let global = GLOBAL.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, "g");
    GLOBAL.set(pattern, global);
  }
  global.lastIndex = 0;
  let last = -1;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    last = m.index;
    if (m[0].length === 0) global.lastIndex++;
  }
  return last;
}

/**
 * Path mentions of each sentence (quotations skipped: they are someone else's words).
 *
 * @returns `strict`: the mentions the hand-written reading counts (role nouns in a
 *   self-context, weak cues only as the step taken, activities in the author's voice);
 *   `loose`: the strongest match of each path in each sentence whatever its context, for the
 *   learned path models to weigh (`learned-paths.ts`)
 */
export function pathMentionsBoth(
  post: Post,
  sentences: readonly Sentence[],
  contexts: readonly SentenceContext[],
): { strict: PathMention[]; loose: PathMention[] } {
  const mentions: PathMention[] = [];
  const loose: PathMention[] = [];
  const optionItems = optionListItems(post);
  const postYear = post.date ? Number(post.date.slice(0, 4)) : null;
  // An undated post is read as of the latest year it names ("I joined in 2017 ... became a
  // manager in 2019, a director in 2021": the joining is history), for steps told in the past
  // only ("from September I will work on the library I have kept since 2019" is to come); that
  // year is looked for only when a step taken names a year.
  let namedYear: number | null | undefined;
  const toldAsHistory = (norm: string): boolean => {
    if (LONG_AGO.test(norm) && !FUTURE_OR_NOW.test(norm)) return true;
    if (postYear !== null) return onlyEarlierYears(norm, postYear);
    if (FUTURE_OR_NOW.test(norm) || !onlyEarlierYears(norm, Number.POSITIVE_INFINITY)) return false;
    namedYear ??= latestYear(sentences);
    return namedYear !== null && onlyEarlierYears(norm, namedYear);
  };
  sentences.forEach((sentence, i) => {
    const block = post.blocks[sentence.block] as Block;
    if (block.kind === "quote") return;
    const context = contexts[i] as SentenceContext;
    const isTitle = block.kind === "title";
    // An item of a list of options, or a sentence labelled as one ("Offer A: ...").
    const listed = optionItems.has(sentence.block) || OPTION_LABEL.test(sentence.norm);
    // A goal names a role the author seeks: "my long-term goal is a director role".
    const goal = GOAL_FRAME.test(sentence.norm);
    const found: PathMention[] = [];
    for (const [p, { path, cues }] of COMPILED.entries()) {
      if (GATES[p]?.test(sentence.norm) === false) continue;
      let best: PathMention | null = null;
      let anyBest: PathMention | null = null;
      let wideBest: PathMention | null = null;
      for (const cue of cues) {
        cue.regex.lastIndex = 0;
        for (let m = cue.regex.exec(sentence.norm); m; m = cue.regex.exec(sentence.norm)) {
          const at = m.index;
          const end = at + m[0].length;
          // "writing code" is engineering, not writing as a path; nor is writing the post itself
          // ("rather than explain it twenty times, i'm writing it down once", "writing this").
          if (
            path === "teaching_writing" &&
            /^\s*(code|software|tests?|programs?|(it|this|these|that|them|things) (down|up|out)|this( post| note| letter)?\b|down)\b/.test(
              sentence.norm.slice(end),
            )
          )
            continue;
          // "an individual contributor (IC)", "a chief technology officer (or "CTO")": a gloss
          // in brackets names the mention before it again, not a second one.
          if (glossOfSamePath(sentence.norm, at, cues)) continue;
          let kind = mentionKind(
            sentence.norm,
            at,
            end,
            isTitle,
            !cue.role,
            sentence.negated[at] === 1,
            cue.weight >= 0.6,
          );
          if ((goal || listed) && kind === "plain") kind = "option";
          // "I joined in January 2019 as engineer number nine", in a post of 2024 (or an undated
          // one that names 2024): a step of years before the post, told as history.
          if (kind === "chosen" && toldAsHistory(sentence.norm)) kind = "left";
          const weight = cue.weight * (isTitle ? 1.5 : 1) * (kind === "chosen" ? 1 : 0.8);
          const mention: PathMention = {
            path,
            at,
            end,
            kind,
            weight,
            sentence,
            activity: !cue.role,
            // Headings are the author's own framing too ("Why fractional works").
            own: context.pathVoice >= 1 || block.kind === "heading",
            listed,
          };
          if (cue.looseOnly) {
            if (!wideBest || better(mention, wideBest)) wideBest = { ...mention, wide: true };
            continue;
          }
          if (!anyBest || better(mention, anyBest)) anyBest = mention;
          if (cue.role && !goal && !isTitle && !listed && !selfRole(sentence.norm, at, end)) {
            continue;
          }
          // A weak cue ("writing", "courses") names a path only as the step taken.
          if (cue.weight < 0.6 && kind !== "chosen") continue;
          // Activities count in the author's voice or when weighed as options.
          if (!cue.role && context.pathVoice < 0.5 && kind === "plain") continue;
          if (!best || better(mention, best)) best = mention;
        }
      }
      if (best) found.push(best);
      if (anyBest) loose.push(anyBest);
      else if (wideBest) loose.push(wideBest);
    }
    // A cue inside a longer one of another path ("architect" in "solutions architect") yields,
    // and so does one that begins inside a cue at least as long ("engineering role" in "the
    // head of engineering role").
    for (const m of found) {
      const covered = found.some(
        (o) =>
          o !== m &&
          ((o.at <= m.at && o.end >= m.end && o.end - o.at > m.end - m.at) ||
            (o.at < m.at && o.end > m.at && o.end < m.end && o.end - o.at >= m.end - m.at)),
      );
      if (!covered) mentions.push(m);
    }
  });
  return { strict: mentions, loose };
}

/** The mentions the hand-written reading counts (see {@link pathMentionsBoth}). */
export function pathMentions(
  post: Post,
  sentences: readonly Sentence[],
  contexts: readonly SentenceContext[],
): PathMention[] {
  return pathMentionsBoth(post, sentences, contexts).strict;
}

function better(a: PathMention, b: PathMention): boolean {
  return rank(a.kind) > rank(b.kind) || (rank(a.kind) === rank(b.kind) && a.weight > b.weight);
}

function rank(kind: MentionKind): number {
  return { chosen: 4, rejected: 3, option: 2, left: 1, plain: 0 }[kind];
}

/**
 * Blocks that are items of a list introduced as options ("what roles do I steer towards?",
 * "my title could be:"), or cells of a table after one: a role named there is an option weighed,
 * even without "as a".
 */
function optionListItems(post: Post): Set<number> {
  const leadIns = listLeadIns(post.blocks);
  const out = new Set<number>();
  // A table after such a lead-in ("I have three options:" and a row per option): its cells.
  let tableLead = false;
  post.blocks.forEach((block, index) => {
    if (block.kind === "cell") {
      const before = post.blocks[index - 1];
      if (before?.kind !== "cell")
        tableLead =
          (before?.kind === "paragraph" || before?.kind === "heading") &&
          PATHS_LEAD_IN.test(before.text.toLowerCase());
      if (tableLead) out.add(index);
      return;
    }
    if (!block.list) return;
    const lead = post.blocks[leadIns.get(block.list.list) ?? -1];
    if (lead && PATHS_LEAD_IN.test(lead.text.toLowerCase())) out.add(index);
  });
  return out;
}

/** Reads considered and chosen paths from a post's sentences. */
export function readPaths(
  post: Post,
  sentences: readonly Sentence[],
  contexts: readonly SentenceContext[],
): PathReading {
  const { strict: mentions, loose } = pathMentionsBoth(post, sentences, contexts);
  const listed = new Set(mentions.filter((m) => m.listed).map((m) => m.path));
  // A switch ("from manager to staff engineer") weighs the role left against the one taken.
  const switched = new Set(
    mentions
      .filter((m) => m.kind === "left")
      .filter((m) =>
        mentions.some((c) => c.kind === "chosen" && c.sentence === m.sentence && c.path !== m.path),
      )
      .map((m) => m.path),
  );
  const considered = PATH_IDS.filter((path) => {
    const own = mentions.filter((m) => m.path === path);
    if (own.length === 0) return false;
    if (listed.has(path) || switched.has(path) || own.length >= 2) return true;
    return own.some((m) => (m.kind !== "plain" && m.kind !== "left") || (m.activity && m.own));
  });

  const decision = new Map<PathId, number>();
  for (const m of mentions) {
    if (m.kind !== "chosen" || !considered.includes(m.path)) continue;
    if (
      !FIRST_PERSON.test(m.sentence.norm) &&
      (post.blocks[m.sentence.block] as Block).kind !== "title"
    )
      continue;
    decision.set(m.path, (decision.get(m.path) ?? 0) + m.weight);
  }
  const open = openQuestions(sentences);
  let chosen: PathId | "undecided" = "undecided";
  // Each open question the author states raises the bar for reading a decision.
  let best = CHOSEN_THRESHOLD + UNDECIDED_STEP * Math.min(open, 3);
  for (const [path, score] of decision) {
    if (score >= best) {
      best = score;
      chosen = path;
    }
  }
  return { considered, chosen, mentions, loose, openQuestions: open };
}

/**
 * A job search the author says is open: "if you're hiring", "I'm looking for my next role",
 * "open to new opportunities", "my DMs are open", "what I'm looking for". Read in `norm` (lower
 * case, straight apostrophes).
 */
const OPEN_SEARCH =
  /\bif you(?:'re| are) hiring|\bi(?:'m| am) (?:now |currently |actively )?(?:looking for|searching for|seeking) (?:my |a |the )?(?:next|new)\b|\bopen to (?:new )?(?:opportunities|offers|roles|conversations)\b|\bjob[- ](?:hunt|search)|(?<!\b(?:advice|tips|questions)\b[^.;]{0,80})\bmy dms are open\b|\b(?:looking|searching) for my next\b|\bon the (?:job )?market\b|\bknow (?:of )?(?:a|any)(?:one| role| team| company)? (?:who|that)(?:'s| is)? hiring\b|\bi(?:'m| am) available\b|\bwhat i'm looking for\b/;
/**
 * A step said to be taken: "I joined", "I've accepted", "I'm starting at", "I'll be joining as",
 * "my new role", "I start next month", "on Monday I become ...", "I've decided to go back to ...";
 * not a career's telling ("when I started", "I became an engineer to work on ..."). (A bare "I
 * joined" tells a career's history as often; read as a step all the same, the rule it guards
 * stays cautious: without it, the corpus CV chosen read 0.632 against 0.638. "I've started to
 * feel ..." stays one too: the dev set's p02 takes its step in no other sentence.)
 */
const STEP_TAKEN =
  /(?<!\b(?:when|since|before|after|until|as) )\bi(?:'ve| have)? (?:just |recently |finally |officially )?(?:joined|accepted|signed|started|took|taken|began|begun|became|returned|rejoined|launched|founded|co-?founded|incorporated|registered)\b(?! an? (?:engineer|developer|programmer) to\b)|\b(?:on|from|next) (?:\w+ ){0,2}i (?:become|join|start (?:as|at)|begin (?:as|at))\b|\bi(?:'m| am) (?:now )?(?:joining|starting (?:at|as|my new|a new|on)|taking (?:a|the) (?:role|job|position|offer)|going back to|returning to)\b|\bi(?:'ll| will) (?:be )?(?:join|start)(?:ing)? (?:at|as|on|in)\b|\bmy new (?:role|job|position|title|company|team)\b|\b(?:from|starting|as of) (?:next |this )?(?:week|month|monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december|the \d{1,2}(?:st|nd|rd|th)?),? i(?:'ll| will) be (?:an?|the|our)\b|\bi(?:'ve| have) (?:decided|chosen) to (?:join|take|go|become|start|found|return|step)\b|\bi start (?:on|next|in)\b/;

/** The steps of an employee's job (taxonomy paths), which a job search looks for. */
const EMPLOYEE_STEPS: ReadonlySet<string> = new Set(["ic", "manager", "executive"]);

/**
 * A decision said to be still ahead: "I'll decide by the autumn", "I haven't decided", "still
 * figuring out what's next", "will post again when I know more". Read in `norm`.
 */
const DECISION_AHEAD =
  /\bi(?:'ll| will) decide\b|\bwhen i(?:'ve| have) decided\b|\buntil [^.;]{1,30} to decide\b|\bgo back and forth\b|\bhaven't (?:yet )?decided|\bhave not (?:yet )?decided|\bnot (?:yet )?decided\b|\bstill (?:deciding|exploring|figuring out|weighing|undecided)\b|\bi(?:'m| am) undecided\b|\bundecided\b|\bdon't (?:yet )?know (?:yet )?(?:what|which)\b|\bno decision yet\b|\bhaven't made (?:a|the|my) (?:decision|choice)\b|\b(?:when|once) i know more\b/;

/**
 * Options still weighed, one by one: "if I had to bet today", "door two: back to the code",
 * "option B", "the first is being paid to ...", "what would you do?". Read in `norm`.
 */
const OPTIONS_WEIGHED =
  /\bif i had to (?:bet|choose|pick|decide) (?:today|now|right now)\b|\bdoor (?:one|two|three|1|2|3)\b|\boption (?:one|two|three|a|b|c|1|2|3)\b|\bwhat would you do\b|\bi'd be grateful to hear\b|\bthe (?:first|second|third) (?:option )?is (?:being|to|a|an|going|staying|taking|joining)\b/;

/**
 * The step a post takes, given the step a reading chose, unless the post leaves it open: an
 * employee's job read in a post that says the author is looking ({@link OPEN_SEARCH}), that
 * its decision is still ahead ({@link DECISION_AHEAD}) or that weighs its options one by one
 * ({@link OPTIONS_WEIGHED}: 4 read probe posts right, no corpus post moves), and in no sentence
 * that a step was taken ({@link STEP_TAKEN}), is the job sought or weighed, not a step taken (the
 * kind of job sought is what the author looks for); a break read in a post that says the
 * decision is still ahead is a break taken while exploring.
 * All are undecided (data/README.md). Labelled posts of the corpus, the dev set and probe sets
 * 1-23 read as undecided by it: 30 rightly, 3 wrongly (pi12, pj03, pf12); corpus CV chosen (8
 * seeds) 0.624 -> 0.638 (`npm run eval:reflect -- --cv --paths --seeds 11,...,18`).
 */
export function chosenUnlessOpen(
  chosen: PathId | "undecided",
  sentences: readonly Sentence[],
): PathId | "undecided" {
  if (chosen === "undecided") return chosen;
  const saying = (re: RegExp) => sentences.some((s) => re.test(s.norm));
  // The post's last words leave it open, whatever was taken before ("Still undecided. I'll tell
  // you in issue 59", "Interviewing with three companies right now. No offers yet."; not "I
  // genuinely don't know", said as often of what comes after a step taken).
  const ending = sentences.slice(-ENDING);
  if (ending.some((s) => SAID_UNDECIDED.test(s.norm) || STILL_SEARCHING.test(s.norm)))
    return "undecided";
  if (EMPLOYEE_STEPS.has(chosen))
    return !stepTaken(sentences) &&
      (saying(OPEN_SEARCH) || saying(DECISION_AHEAD) || saying(OPTIONS_WEIGHED))
      ? "undecided"
      : chosen;
  if (chosen === "break" && saying(DECISION_AHEAD)) return "undecided";
  // Any other step, when the post says outright that nothing is decided and no step was taken
  // ("Where that leaves me: undecided." earlier on, "I haven't decided").
  return !stepTaken(sentences) && (saying(SAID_UNDECIDED) || saying(NOT_YET_DECIDED))
    ? "undecided"
    : chosen;
}

/** How many sentences end a post, for {@link chosenUnlessOpen}. */
const ENDING = 8;

/**
 * The author saying outright that nothing is decided: "undecided.", "I'm still undecided",
 * "genuinely undecided.", "nothing decided."
 */
const SAID_UNDECIDED =
  /^(?:(?:genuinely|honestly|truly|really|completely|totally|very much) )?undecided\b|\b(?:i(?:'m| am)|still) undecided\b|^nothing(?: is| has been)? decided\b/;

/** A decision not yet taken: "I haven't decided", "no decision yet". */
const NOT_YET_DECIDED = /\bhaven't (?:yet )?decided\b|\bno decision yet\b/;

/**
 * A search still under way: "interviewing with three companies", "no offers yet", "I'm available
 * immediately", "open to remote roles".
 */
const STILL_SEARCHING =
  /\binterviewing (?:with|at) (?:\w+ )?(?:companies|firms|places|teams)\b|\bno offers? yet\b|\bi(?:'m| am) available (?:immediately|now|from)\b|\bopen to (?:\w+ )?(?:roles|opportunities|offers)\b/;

/** Whether a sentence of the post says a step was taken ({@link STEP_TAKEN}). */
function stepTaken(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => STEP_TAKEN.test(s.norm));
}

/** How well a mention's kind states the step taken, best first (left and rejected never do). */
const STATES_STEP: Partial<Record<MentionKind, number>> = { chosen: 3, plain: 2, option: 1 };

/**
 * The sentence that states the step a post takes, as evidence for its chosen path: among the
 * mentions of `chosen`, one read as the step chosen in the author's own voice first, then as
 * chosen, a plain mention, an option; the heavier and earlier first. A mention matched only by
 * a wide cue, and the role left or ruled out, never stand as evidence.
 *
 * @returns the sentence verbatim from the input (markup included), or null when the post is
 *   undecided or names the step nowhere (a learned model may choose from loose cues alone)
 */
export function chosenEvidence(
  mentions: readonly PathMention[],
  chosen: PathId | "undecided",
): string | null {
  let best: PathMention | null = null;
  let bestRank = 0;
  for (const m of mentions) {
    if (m.path !== chosen || m.wide) continue;
    const kind = STATES_STEP[m.kind] ?? 0;
    if (kind === 0) continue;
    const rank = kind * 2 + (m.own ? 1 : 0);
    if (rank > bestRank || (rank === bestRank && best !== null && m.weight > best.weight)) {
      best = m;
      bestRank = rank;
    }
  }
  return best?.sentence.quote ?? null;
}
