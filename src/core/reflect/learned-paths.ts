/**
 * The learned path readings of the reflection analyser (taxonomy §2): which kinds of next step
 * a post weighs (`considered`) and which one it takes (`chosen`), decided by linear models over
 * the hand-written reading's path mentions (`paths.ts`), fitted by `npm run train` on labelled
 * posts (scripts/learn/reflect.ts) and shipped with the values model in `learned.generated.ts`.
 *
 * Features of a (post, path) pair ({@link pathFeatures}):
 * - the hand-written reading: whether it considers or chooses the path; its mentions counted by
 *   kind (chosen, option, left, rejected, plain), in the title, a heading, a list of options,
 *   the author's own voice, early or late in the post, and its decision strength;
 * - decision sentences: first person in the past or present ("I joined", "I'm joining"), a
 *   decision about what comes next ("I'll be", "I decided to"), joining somewhere;
 * - loose mentions (`L:`): the same cues in any context (a role noun not said of the author
 *   too), and wide ones (`W:`, `LOOSE_PATH_CUES` in lexicon.ts); with the stemmed words around each
 *   loose cue (`w:`, "join as", "back to");
 * - post-wide cues (a title announcing a move or a departure, a question, open questions);
 * each also per path (`<path>|name`), so the model can learn that some kinds of step are named
 * more loosely than others.
 *
 * - considered: one binary logistic regression over all (post, path) pairs (Cox 1958), with a
 *   threshold chosen on held-out folds; the chosen path is always considered, and so is every
 *   step the author lists as an option (a listing the model cannot learn: few posts have one).
 * - chosen: a conditional logit (D. McFadden, "Conditional logit analysis of qualitative choice
 *   behavior", 1974) over the nine paths and `undecided`, whose own features are the open
 *   questions the author states and how decided the strongest path reads.
 *
 * Pure: no files.
 */
import {
  type BinaryModel,
  binaryProbability,
  type Features,
  linearScore,
} from "../learn/linear.js";
import { PATH_IDS, type PathId } from "../taxonomy.js";
import type { Block } from "./blocks.js";
import { gramsOf, type ReflectionReading } from "./features.js";
import { FIRST_PERSON, NEW_STEP_FRAME, NOT_HELPING_BEFORE } from "./lexicon.js";
import type { PathMention } from "./paths.js";

/** The learned path models (see the module comment). */
export interface LearnedPathsModel {
  considered: BinaryModel;
  /** Weights of the conditional logit: score(candidate) = Σ weights[f] · x[f]. */
  chosen: Record<string, number>;
  /**
   * The models also weigh the role named as the one taken, a new job in the author's words and
   * mentions under a negation or a hypothetical (see {@link postPathContext}); absent: they
   * do not, and those features are not computed.
   */
  roleCues?: boolean;
  /** The chosen model alone reads the role cues (as {@link roleCues}); considered does not. */
  chosenRoleCues?: boolean;
  /**
   * The models also read the post's step sentences ({@link stepReading}): the kinds named in
   * the sentences where the author states a step taken or firmly decided (and their neighbours),
   * whether such a step names no kind, and whether the author is still searching; absent: they
   * do not, and those features are not computed.
   */
  stepCues?: boolean;
  /**
   * Two-stage chosen reading: P(a step is taken) from the post ({@link decidedFeatures}); below
   * its threshold the post is `undecided`, else the kind is the best path under `chosen` (fitted
   * on posts that take a step). Absent: `chosen` weighs `undecided` among the candidates.
   */
  decided?: BinaryModel;
  /**
   * Kinds of step too rarely chosen in training for the chosen model to choose them: when the
   * hand-written reading (`paths.ts`) chooses one of them, it stands. Absent: never.
   */
  handRare?: PathId[];
}

/** Decision sentences in the past or present: the step has been taken. */
export const TAKEN =
  /\b(i('ve| have)? (joined|accepted|started|signed|became|become|moved|switched|transitioned|went|took|returned|launched|founded|co-founded|quit|left)|i('m| am) (now|joining|starting|taking|moving|switching|going back|back|officially|a full-time|currently)|my (new|current) (role|position|job|title|company|gig))\b/;
/** Decisions about what comes next: "I'll be joining", "I decided to", "I'm going to". */
export const DECIDED =
  /\b(i('ve| have)? decided|i('ll| will) (be|start|join|go|work|spend|focus|take)|i('m| am) going to|decision to|made the (decision|switch|move|jump)|i chose|i plan to|i intend to|taking the (leap|plunge)|took the (leap|plunge))\b/;

/** A step only weighed: "I could", "I considered", "instead of", "if I". */
export const HYPOTHETICAL =
  /\b(could|would|might|consider\w*|instead of|rather than|if i|thought about|thinking about|tempted)\b/;

const KINDS = ["chosen", "option", "left", "rejected", "plain"] as const;

/** Joining somewhere: "I'm joining X", "I accepted an offer", "my first day at". */
export const JOIN =
  /\b(join|joined|joining|accepted (an|the|their) offer|(start|started|starting) (at|as|my new|a new)|i (start|begin|join) (at|as|on|in|my|a|the)|first day|new (job|role|position|gig|employer|team)|permanent (role|job|position)|full-time (role|job|position))\b/;
/** Leaving without a next job: "I quit", "my last day", "I resigned". */
export const QUIT =
  /\b(i('ve| have)? (quit|resigned|left)|my last day|i('m| am) leaving|without a (new )?job|unemploy\w*)\b/;

/**
 * The kind of step a role's title names (taxonomy §2), for the role the author takes ("I'm
 * joining X as a senior engineer", "my new role as VP of Engineering"). First match wins, in
 * this order, so "engineering manager" is a manager and "founding engineer" an engineer.
 */
const ROLE_WORDS: ReadonlyArray<readonly [PathId, RegExp]> = [
  [
    "go_to_market",
    /^(developer (advocate|relations)|devrel|solutions? (engineer|architect)|sales engineer|customer success|field cto)/,
  ],
  [
    "executive",
    /^(cto|chief|vp|vice president|head of (engineering|technology|tech|product|platform|data)|svp|evp)\b/,
  ],
  ["founder", /^(co-?founder|founder|ceo)\b/],
  ["independent", /^(freelanc\w*|independent|consultant|contractor|fractional|self-employed)\b/],
  [
    "manager",
    /^((engineering|software|development|people|team|line|product) )?(manager|director|team lead|tech lead|lead of|head of)\b/,
  ],
  ["teaching_writing", /^(teacher|instructor|lecturer|professor|writer|author|educator|tutor)\b/],
  [
    "ic",
    /^(\w+ ){0,3}(engineer|developer|programmer|architect|scientist|designer|analyst|researcher|sre|advisor|ic|individual contributor|hacker)\b/,
  ],
];

/**
 * Where a role is named as the one taken: "as a", "as their", "role of", "I'm now a", "hired
 * as", "accepted a" ("I accepted a CTO role").
 */
const NEW_ROLE_AT =
  /\b(as|(role|position|title|job) (of|as)|i('m| am) (now |officially )?(an?|the)|hired as|promoted to|became|become|becoming|accepted|accepting)( (an?|the|our|their|its|his|her|my))?$/;

/** Words that may stand before a role's title and say nothing of its kind. */
const ROLE_PREFIX =
  /^\s*((senior|staff|principal|lead|first|founding|new|full-time|part-time|remote|interim|sr\.?|junior) )*/;

/** A new job in the author's words: "my new job", "my first day at", "I'm joining". */
const NEW_JOB =
  /\b((my|a) new (job|role|position|gig|employer)|first (day|week|month)s? (at|in|on|of)|i('m| am| will be|'ll be| have|'ve)? (joining|joined)|accepted (an|the|their) offer|i('ve| have)? started (at|working at|working for)|i('ll| will) be (starting|joining))\b/;

/**
 * The kinds of step named as the role taken in the post's decision sentences (first person,
 * a step taken or decided, or joining somewhere) and in its title and summary.
 */
export function newRoleKinds(reading: ReflectionReading): Set<PathId> {
  const out = new Set<PathId>();
  for (const s of reading.sentences) {
    const kind = (reading.post.blocks[s.block] as Block).kind;
    const head = kind === "title" || kind === "summary";
    if (
      !head &&
      !(
        FIRST_PERSON.test(s.norm) &&
        (TAKEN.test(s.norm) || DECIDED.test(s.norm) || JOIN.test(s.norm))
      )
    )
      continue;
    // Each place a role's title may start: after "as", "became", an article, or the employer's
    // possessive ("as their Chief Technology Officer", "as its first CTO"); "as my new manager"
    // and "as our CTO" name someone else's role.
    for (const m of s.norm.matchAll(/\b(as|of|an?|the|their|its|to|became|become|becoming)\b/g)) {
      const end = (m.index ?? 0) + m[0].length;
      if (!NEW_ROLE_AT.test(s.norm.slice(Math.max(0, end - 60), end))) continue;
      const after = s.norm.slice(end);
      // A role right after a negation ("I will not join them as a manager") is not taken
      // (wink-nlp's negation scope covers the next word or two only, so look 30 characters back).
      const roleAt = end + after.length - after.trimStart().length;
      if (s.negated.subarray(Math.max(0, roleAt - 30), roleAt + 1).includes(1)) continue;
      // Nor is one only weighed ("I might join a small company as a staff engineer").
      if (HYPOTHETICAL.test(s.norm.slice(0, roleAt))) continue;
      const rest = after.replace(ROLE_PREFIX, "");
      const hit = ROLE_WORDS.find(([, re]) => re.test(rest));
      if (hit) out.add(hit[0]);
    }
  }
  return out;
}

/**
 * A step taken or firmly set, beyond {@link TAKEN}, {@link DECIDED} and {@link NEW_JOB}: "I'll
 * be joining", "I'm headed to", "I've accepted", an offer received, a start date.
 */
export const STEP =
  /\b(i('ll| will) be (joining|starting|working (at|for|as|on|with)|moving|taking|leading|heading)|i('m| am) (headed|heading|moving|off) to|i('ve| have) (accepted|signed)|accepted (an|the|their|a) (offer|position|role|job)|(got|gotten|received) an offer|starting (on )?(monday|tomorrow|next week|next month)|as of (today|tomorrow|monday|next week)|from (monday|tomorrow) on)\b/;

/**
 * Still searching, or the next step not yet said: "looking for a new role", "job hunting",
 * "what comes next", "haven't finalized anything", "open to new opportunities".
 */
export const SEARCH = new RegExp(
  String.raw`\b(looking for (a|my|the) (new |next )?(job|role|position|opportunit\w*|gig|challenge)|job (hunt\w*|search\w*)|(i('m| am)|i('ve| have) been) (applying|interviewing)|next (gig|job|role|step|chapter|adventure|opportunity|move)|what comes next|what'?s next|what (to do|i want to do) next|${NOT_HELPING_BEFORE}figur(e|ing) (it |things |this )?out|working out the details|haven't (finalized|decided|figured)|not sure (what|where|yet)|don't know (what|where|yet)|no idea (what|where)|who knows|when the time is right|open to (new |fractional )?(opportunit\w*|roles?|offers?)|i('m| am) (exploring|weighing))\b`,
);

/** A step said as recent news: "today", "this week", "recently", "just joined". */
const RECENT =
  /\b(today|tomorrow|this (week|month|year)|last (week|month)|recently|just (joined|started|accepted|signed|left|quit)|as of|starting|officially)\b/;

/** Sentence shapes that tell the news of a post, read by where they stand ({@link stepReading}). */
const NEWS: ReadonlyArray<readonly [string, RegExp]> = [
  ["future", /\bi('ll| will)\b|\bi('m| am) going to\b/],
  ["joining", /\bi('m| am) (joining|starting|moving|taking|headed|heading|going back|now)\b/],
  ["joined", /\bi('ve| have)? (joined|started|accepted|signed)\b/],
  ["newJob", /\b(my|a) new (job|role|position|gig|employer|company)\b/],
  ["looking", /\blooking for\b/],
  ["next", /\b(what'?s next|what comes next|next (step|chapter|adventure|gig|job|role))\b/],
  [
    "unsure",
    new RegExp(
      String.raw`${NOT_HELPING_BEFORE}\bfigur(e|ing) (it |things |this )?out|not sure|don't know|no idea|who knows|haven't decided\b`,
    ),
  ],
  ["leaving", /\b(i('m| am) leaving|i('ve| have)? (left|quit|resigned)|my last day)\b/],
  ["today", /\b(today|this week|as of|officially)\b/],
];

/** The step sentences of a post and what they name ({@link stepReading}). */
export interface StepReading {
  /** Indices (in `reading.sentences`) of the sentences stating a step taken or decided. */
  sentences: number[];
  /**
   * Per path named there, its features: `in` (a mention, strict or loose, in a step sentence),
   * `strict` (a counted mention there), `near` (a mention in a neighbouring sentence only),
   * `only` (the one kind named in step sentences), `last` (named in the last step sentence).
   */
  kinds: Map<PathId, string[]>;
  /**
   * Post-wide cues: `step` (a step sentence), `stepPast` (taken: past or present),
   * `stepFuture` (decided only), `unstated` (steps that name no kind, strictly, there or next
   * to them), `search` (the author still searching), `searchOnly` (searching, nothing taken),
   * `searchLast` (the last of these sentences searches).
   */
  cues: string[];
}

/**
 * Where the author states the step: first-person sentences (not quoted) holding a step taken
 * ({@link TAKEN}, {@link NEW_JOB}) or decided ({@link DECIDED}, {@link STEP}), not under a
 * negation or after a hypothetical ("if I join"); and which kinds of step they and their
 * neighbours name. Read so that the kind is taken from the step sentence rather than the post.
 */
export function stepReading(reading: ReflectionReading): StepReading {
  const past = new Set<number>();
  const future = new Set<number>();
  const search = new Set<number>();
  const n = Math.max(1, reading.sentences.length);
  for (const s of reading.sentences) {
    if ((reading.post.blocks[s.block] as Block).kind === "quote") continue;
    if (!FIRST_PERSON.test(s.norm)) continue;
    const said = (re: RegExp) => {
      const m = re.exec(s.norm);
      if (!m) return false;
      if (s.negated[m.index] === 1) return false;
      // The match's first letter too, so that "if I joined" reads as weighed.
      return !HYPOTHETICAL.test(s.norm.slice(0, m.index + 1));
    };
    const block = (reading.post.blocks[s.block] as Block).kind;
    // A step told in the past counts where a post tells its news (its head, its start, its
    // end) or said as recent; in the middle it is most often the story of an earlier move.
    const where = s.index / n;
    const current =
      block === "title" ||
      block === "summary" ||
      where < 0.15 ||
      where >= 0.75 ||
      RECENT.test(s.norm);
    if (said(NEW_JOB) || (current && said(TAKEN))) past.add(s.index);
    else if (said(DECIDED) || said(STEP)) future.add(s.index);
    // "What's next: from March I'll be at ...": a step that answers its own question is no search.
    else if (SEARCH.test(s.norm)) search.add(s.index);
  }
  const steps = [...past, ...future].sort((a, b) => a - b);
  const at = new Set(steps);
  const last = steps[steps.length - 1];
  const kinds = new Map<PathId, Set<string>>();
  const mark = (path: PathId, name: string) => {
    const set = kinds.get(path) ?? new Set<string>();
    set.add(name);
    kinds.set(path, set);
  };
  let named = false;
  for (const [list, strict] of [
    [reading.paths.mentions, true],
    [reading.paths.loose.filter((m) => m.wide !== true), false],
  ] as const) {
    for (const m of list) {
      const i = m.sentence.index;
      if (at.has(i)) {
        mark(m.path, "in");
        if (strict) mark(m.path, "strict");
        if (i === last) mark(m.path, "last");
        if (strict) named = true;
      } else if (at.has(i - 1) || at.has(i + 1)) {
        mark(m.path, "near");
        if (strict) named = true;
      }
    }
  }
  const inStep = [...kinds].filter(([, set]) => set.has("in"));
  if (inStep.length === 1) (inStep[0] as [PathId, Set<string>])[1].add("only");
  const cues: string[] = [];
  // Where the news is: the post's head (title, summary, first four sentences) and its tail
  // (last six), in the author's voice or the title.
  for (const s of reading.sentences) {
    const block = (reading.post.blocks[s.block] as Block).kind;
    if (block === "quote") continue;
    if (block !== "title" && !FIRST_PERSON.test(s.norm)) continue;
    const zones = [
      ...(block === "title" || block === "summary" || s.index < 4 ? ["head"] : []),
      ...(s.index >= n - 6 ? ["tail"] : []),
      "any",
    ];
    for (const [name, re] of NEWS)
      if (re.test(s.norm)) for (const zone of zones) cues.push(`${name}@${zone}`);
  }
  if (steps.length > 0) cues.push("step");
  if (past.size > 0) cues.push("stepPast");
  else if (future.size > 0) cues.push("stepFuture");
  if (steps.length > 0 && !named) cues.push("unstated");
  if (search.size > 0) cues.push("search");
  if (search.size > 0 && past.size === 0) cues.push("searchOnly");
  if (search.size > 0 && Math.max(...search) > (last ?? -1)) cues.push("searchLast");
  return {
    sentences: steps,
    kinds: new Map([...kinds].map(([path, set]) => [path, [...set].sort()])),
    cues: [...new Set(cues)],
  };
}

/** What a post says about paths as a whole (shared by all its pairs). */
export interface PostPathContext {
  /** First-person sentences stating an open question ("not sure what's next"). */
  undecided: number;
  sentences: number;
  /** Post-wide cues, given to every path under its own name (`<path>|post:<cue>`). */
  post: string[];
  /** Kinds of step named as the role taken ({@link newRoleKinds}); empty without role cues. */
  roles: Set<PathId>;
  /** Whether the role cues are read (see {@link postPathContext}). */
  roleCues: boolean;
  /** The post's step sentences ({@link stepReading}); absent without step cues. */
  step?: StepReading;
}

/**
 * @param roleCues also read the role named as the one taken ({@link newRoleKinds}) and a new
 *   job in the author's words (post cues `newJob`, `newRole`, `joinOnly`), and mark mentions
 *   under a negation or a hypothetical (`neg:`, `hyp:` in {@link pathFeatures})
 */
export function postPathContext(
  reading: ReflectionReading,
  roleCues = false,
  stepCues = false,
): PostPathContext {
  const undecided = reading.paths.openQuestions;
  const post: string[] = [];
  const title = (reading.post.title ?? "").toLowerCase();
  if (JOIN.test(title)) post.push("titleJoin");
  if (QUIT.test(title) || /\b(leaving|goodbye|farewell|moving on)\b/.test(title))
    post.push("titleLeave");
  if (/\?/.test(title)) post.push("titleQuestion");
  const own = reading.sentences.filter((s) => FIRST_PERSON.test(s.norm));
  if (own.some((s) => JOIN.test(s.norm))) post.push("join");
  if (own.some((s) => QUIT.test(s.norm))) post.push("quit");
  if (roleCues && (own.some((s) => NEW_JOB.test(s.norm)) || NEW_JOB.test(title)))
    post.push("newJob");
  if (undecided > 0) post.push("open");
  const roles = roleCues ? newRoleKinds(reading) : new Set<PathId>();
  if (roles.size > 0) post.push("newRole");
  if (roleCues && post.includes("join") && !reading.paths.mentions.some((m) => m.kind === "chosen"))
    post.push("joinOnly");
  const step = stepCues ? stepReading(reading) : undefined;
  if (step) post.push(...step.cues);
  return {
    undecided,
    sentences: reading.sentences.length,
    post,
    roles,
    roleCues,
    ...(step ? { step } : {}),
  };
}

/**
 * The features of one path in one post (see the module comment); names are path-free, and
 * the same again prefixed with `<path>|`.
 */
export function pathFeatures(
  reading: ReflectionReading,
  path: PathId,
  context: PostPathContext = postPathContext(reading),
  windows = true,
): Features {
  const x: Features = new Map();
  const put = (name: string, v: number) => {
    if (v === 0) return;
    x.set(name, Math.max(x.get(name) ?? 0, v));
  };
  put("bias", 1);
  const mentions = reading.paths.mentions.filter((m) => m.path === path);
  if (reading.paths.considered.includes(path)) put("hc", 1);
  if (reading.paths.chosen === path) put("hch", 1);
  if (mentions.length > 0 || reading.paths.loose.some((m) => m.path === path)) put("any", 1);
  if (mentions.length > 0) put("strict", 1);
  const n = Math.max(1, context.sentences);
  const kindCounts = new Map<string, number>();
  let decision = 0;
  for (const m of mentions) {
    kindCounts.set(m.kind, (kindCounts.get(m.kind) ?? 0) + 1);
    const block = reading.post.blocks[m.sentence.block] as Block;
    const where = m.sentence.index / n;
    if (block.kind === "title") put(`title:${m.kind}`, 1);
    if (block.kind === "heading") put("heading", 1);
    if (m.listed) put("listed", 1);
    if (m.own) put(`own:${m.kind}`, 1);
    if (m.activity) put("activity", 1);
    else put("role", 1);
    if (where < 0.2) put(`early:${m.kind}`, 1);
    if (where >= 0.7) put(`late:${m.kind}`, 1);
    const first = FIRST_PERSON.test(m.sentence.norm);
    if (first) put(`fp:${m.kind}`, 1);
    const taken = first && TAKEN.test(m.sentence.norm);
    const decided = first && DECIDED.test(m.sentence.norm);
    if (taken) put("taken", 1);
    if (first && JOIN.test(m.sentence.norm)) put("join", 1);
    if (decided) put("decided", 1);
    if (taken && where >= 0.7) put("late:taken", 1);
    // Said under a negation ("I won't choose to be a manager") or as a mere possibility.
    if (context.roleCues && m.sentence.negated[m.at] === 1) put(`neg:${m.kind}`, 1);
    if (context.roleCues && HYPOTHETICAL.test(m.sentence.norm.slice(0, m.at)))
      put(`hyp:${m.kind}`, 1);
    if (m.kind === "chosen" && (first || block.kind === "title")) decision += m.weight;
    put("weight", m.weight);
  }
  for (const kind of KINDS) put(`n:${kind}`, Math.log1p(kindCounts.get(kind) ?? 0));
  // Loose matches: the path's cues in any context (a role noun not said of the author too).
  const loose = reading.paths.loose.filter((m) => m.path === path);
  for (const family of ["L", "W"]) {
    const these = loose.filter((m) => (family === "W") === (m.wide === true));
    if (these.length > 0) put(`${family}:any`, 1);
    put(`${family}:n`, Math.log1p(these.length));
    for (const m of these) {
      const block = reading.post.blocks[m.sentence.block] as Block;
      const first = FIRST_PERSON.test(m.sentence.norm);
      put(`${family}:${m.kind}`, 1);
      if (block.kind === "title" || block.kind === "heading") put(`${family}:head`, 1);
      if (first) put(`${family}:fp:${m.kind}`, 1);
      if (first && TAKEN.test(m.sentence.norm)) put(`${family}:taken`, 1);
      if (first && JOIN.test(m.sentence.norm)) put(`${family}:join`, 1);
      if (first && DECIDED.test(m.sentence.norm)) put(`${family}:decided`, 1);
      if (m.sentence.index / n >= 0.7) put(`${family}:late`, 1);
      // The words around the cue ("join as", "back to", "thought about"), stemmed.
      if (windows && family === "L") {
        const norm = m.sentence.norm;
        const around = `${norm.slice(Math.max(0, m.at - 40), m.at)} ${norm.slice(m.end, m.end + 25)}`;
        for (const g of gramsOf(around, false)) put(`w:${g}`, 1);
      }
    }
  }
  put("decision", Math.min(3, decision));
  if (context.roles.has(path)) put("newRole", 1);
  if (context.undecided > 0 && x.has("any")) put("open", Math.min(3, context.undecided));
  const step = context.step?.kinds.get(path);
  if (step) for (const name of step) put(`st:${name}`, 1);
  for (const [name, v] of [...x]) x.set(`${path}|${name}`, v);
  for (const cue of context.post) x.set(`${path}|post:${cue}`, 1);
  return x;
}

/** The features of `undecided` as a candidate for the chosen path. */
export function undecidedFeatures(
  reading: ReflectionReading,
  context: PostPathContext = postPathContext(reading),
): Features {
  // The hand-written reading's count, as in training (the learned one is not known there).
  const considered = reading.paths.considered.length;
  const x: Features = new Map([["u:bias", 1]]);
  if (reading.paths.chosen === "undecided") x.set("u:hand", 1);
  if (context.undecided > 0) x.set("u:open", Math.min(3, context.undecided));
  for (const cue of context.post) x.set(`u:post:${cue}`, 1);
  if (considered === 0) x.set("u:none", 1);
  else x.set("u:considered", Math.log1p(considered));
  const taken = reading.paths.mentions.some(
    (m: PathMention) => FIRST_PERSON.test(m.sentence.norm) && TAKEN.test(m.sentence.norm),
  );
  if (taken) x.set("u:taken", 1);
  return x;
}

/**
 * The features of "a step is taken" for the two-stage chosen reading: those of `undecided`
 * ({@link undecidedFeatures}) and, for each path-free feature of the paths, its largest value
 * over the nine paths (`d:<name>`).
 */
export function decidedFeatures(
  reading: ReflectionReading,
  context: PostPathContext,
  paths: readonly Features[],
): Features {
  const x: Features = new Map(undecidedFeatures(reading, context));
  for (const f of paths)
    for (const [name, v] of f) {
      if (name.includes("|") || name === "bias" || name.startsWith("w:")) continue;
      const key = `d:${name}`;
      x.set(key, Math.max(x.get(key) ?? 0, v));
    }
  return x;
}

/** Considered and chosen paths under a learned model (the chosen one is always considered). */
export function learnedPaths(
  model: LearnedPathsModel,
  reading: ReflectionReading,
): {
  considered: PathId[];
  chosen: PathId | "undecided";
  probabilities: Record<PathId, number>;
  /** P(a step is taken) under a two-stage model ({@link LearnedPathsModel.decided}). */
  decided?: number;
} {
  const context = postPathContext(reading, model.roleCues === true, model.stepCues === true);
  const features = PATH_IDS.map((path) => pathFeatures(reading, path, context));
  const probabilities = {} as Record<PathId, number>;
  const considered = new Set<PathId>();
  PATH_IDS.forEach((path, i) => {
    const f = features[i] as Features;
    // A path the post never names is never read into it.
    if (!f.has("any")) {
      probabilities[path] = 0;
      return;
    }
    const p = binaryProbability(model.considered, f);
    probabilities[path] = Math.round(p * 100) / 100;
    if (p >= model.considered.threshold) considered.add(path);
  });
  // The chosen model may read the role cues that the considered one does not.
  const own = model.chosenRoleCues === true && model.roleCues !== true;
  const chosenContext = own ? postPathContext(reading, true, model.stepCues === true) : context;
  const chosenFeatures = own
    ? PATH_IDS.map((path) => pathFeatures(reading, path, chosenContext))
    : features;
  let chosen: PathId | "undecided" = "undecided";
  let best = model.decided
    ? Number.NEGATIVE_INFINITY
    : linearScore(0, model.chosen, undecidedFeatures(reading, chosenContext));
  const decided = model.decided
    ? binaryProbability(model.decided, decidedFeatures(reading, chosenContext, chosenFeatures))
    : 1;
  if (model.decided && decided < model.decided.threshold) best = Number.POSITIVE_INFINITY;
  PATH_IDS.forEach((path, i) => {
    const z = linearScore(0, model.chosen, chosenFeatures[i] as Features);
    if (z > best) {
      best = z;
      chosen = path;
    }
  });
  // A step the author lists as an option ("Option 2: go independent", "A) stay and lead the
  // team", an item under "My next title could be:") is considered by the taxonomy's definition,
  // whatever the model makes of its words: few corpus posts list their options (7 of 176), so
  // the model weighs a listing near zero.
  for (const m of reading.paths.mentions)
    if (m.listed && m.kind === "option") considered.add(m.path);
  // Steps the author says they weigh now ("I'm open to both staff engineer and engineering
  // manager positions", "I'm interviewing for staff roles") are considered by definition.
  for (const m of reading.paths.mentions)
    if (m.own && m.kind !== "left" && m.kind !== "rejected" && WEIGHING_NOW.test(m.sentence.norm))
      considered.add(m.path);
  const hand = reading.paths.chosen;
  if (hand !== "undecided" && model.handRare?.includes(hand)) chosen = hand;
  // A step the author states as new and their own ("today is my first day as an engineering
  // manager", "I will join Acme as a founding engineer") is the one taken, whatever the model
  // makes of the roles the post looks back on ("for eight years I was an individual
  // contributor"). The hand-written reading names such a step rightly in 7 of the 8 corpus
  // posts that state one; 5-fold CV chosen accuracy, mean of seeds 11-18: 0.564 -> 0.571.
  // Where the hand-written reading is undecided or names another, one kind of step alone stated
  // as new and the author's own is the step.
  const stated = newStepsStated(reading);
  if (hand !== "undecided" && stated.includes(hand)) chosen = hand;
  else if (stated.length === 1) chosen = stated[0] as PathId;
  // "I'm not going back to being an individual contributor": a step the author rules out, and
  // takes in no sentence, is not the one taken.
  else if (chosen !== "undecided" && ruledOutOnly(reading, chosen)) chosen = "undecided";
  if (chosen !== "undecided") considered.add(chosen);
  return {
    considered: PATH_IDS.filter((p) => considered.has(p)),
    chosen,
    probabilities,
    ...(model.decided ? { decided } : {}),
  };
}

/**
 * The author weighing steps now, in the first person: "I'm open to", "I'm interviewing for",
 * "I'm considering", "I'm torn between", "asked whether I'd consider".
 */
export const WEIGHING_NOW =
  /\bi('m| am)( also| now| currently| actively| seriously)? (open to|interviewing (for|with)|applying (for|to)|considering|weighing|exploring|torn between|tempted by)\b|\b(whether|if) i('d| would) (consider|be interested)\b/;

/**
 * Whether the author rules `path` out in their own voice and no sentence, the title included,
 * states it as taken.
 */
function ruledOutOnly(reading: ReflectionReading, path: PathId): boolean {
  const mentions = reading.paths.mentions.filter((m) => m.path === path);
  return (
    mentions.some((m) => m.own && m.kind === "rejected") &&
    !mentions.some((m) => m.kind === "chosen")
  );
}

/**
 * The kinds of step (PATH_IDS order) an own mention the hand-written reading read as chosen
 * states as new ({@link NEW_STEP_FRAME}), or an own mention names after the author's leaving
 * ({@link LEAVING_TO}).
 */
function newStepsStated(reading: ReflectionReading): PathId[] {
  const paths = new Set<PathId>();
  for (const m of reading.paths.mentions) {
    if (m.kind === "chosen" && m.own && NEW_STEP_FRAME.test(m.sentence.norm)) paths.add(m.path);
    // "I'm leaving at the end of the month to become CTO at Ferrous", "... to work full-time on
    // Kiri, an open-source library": the step named after the leaving is the one taken (the
    // role left, named before it, is not).
    const leaving = LEAVING_TO.exec(m.sentence.norm);
    if (
      leaving &&
      m.own &&
      !m.wide &&
      m.kind !== "rejected" &&
      m.at >= leaving.index + leaving[0].length
    )
      paths.add(m.path);
  }
  return PATH_IDS.filter((p) => paths.has(p));
}

/**
 * The author leaving for a step named next: "i'm leaving at the end of next month to become", "at
 * the end of this month i leave my role as director ..., after eleven years, to start".
 */
const LEAVING_TO =
  /\bi(?:(?:'m| am) leaving| leave)\b[^.;]{0,100}?\bto (?=(?:become|join|work|start|go|focus|build|teach|write)\b)/;
