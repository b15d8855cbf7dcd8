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
 *   threshold chosen on held-out folds; the chosen path is always considered.
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
import { FIRST_PERSON, UNDECIDED_FRAME } from "./lexicon.js";
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
  /\b(join|joined|joining|accepted (an|the|their) offer|(start|started|starting) (at|my new|a new)|first day|new (job|role|position|gig|employer|team)|permanent (role|job|position)|full-time (role|job|position))\b/;
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

/** Where a role is named as the one taken: "as a", "role of", "I'm now a", "hired as". */
const NEW_ROLE_AT =
  /\b(as|(role|position|title|job) (of|as)|i('m| am) (now |officially )?(an?|the)|hired as|promoted to|became|become|becoming)( (an?|the|our|their|its|his|her|my))?$/;

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
    for (const m of s.norm.matchAll(/\b(as|of|an?|the|to|became|become|becoming)\b/g)) {
      const end = (m.index ?? 0) + m[0].length;
      if (!NEW_ROLE_AT.test(s.norm.slice(Math.max(0, end - 60), end))) continue;
      const after = s.norm.slice(end);
      // A role right after a negation ("I will not join them as a manager") is not taken
      // (wink-nlp's negation scope covers the next word or two only, so look 30 characters back).
      const roleAt = end + after.length - after.trimStart().length;
      if (s.negated.subarray(Math.max(0, roleAt - 30), roleAt + 1).includes(1)) continue;
      const rest = after.replace(ROLE_PREFIX, "");
      const hit = ROLE_WORDS.find(([, re]) => re.test(rest));
      if (hit) out.add(hit[0]);
    }
  }
  return out;
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
}

/**
 * @param roleCues also read the role named as the one taken ({@link newRoleKinds}) and a new
 *   job in the author's words (post cues `newJob`, `newRole`, `joinOnly`), and mark mentions
 *   under a negation or a hypothetical (`neg:`, `hyp:` in {@link pathFeatures})
 */
export function postPathContext(reading: ReflectionReading, roleCues = false): PostPathContext {
  const undecided = reading.sentences.filter(
    (s) => UNDECIDED_FRAME.test(s.norm) && FIRST_PERSON.test(s.norm),
  ).length;
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
  return { undecided, sentences: reading.sentences.length, post, roles, roleCues };
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

/** Considered and chosen paths under a learned model (the chosen one is always considered). */
export function learnedPaths(
  model: LearnedPathsModel,
  reading: ReflectionReading,
): {
  considered: PathId[];
  chosen: PathId | "undecided";
  probabilities: Record<PathId, number>;
} {
  const context = postPathContext(reading, model.roleCues === true);
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
  let chosen: PathId | "undecided" = "undecided";
  let best = linearScore(0, model.chosen, undecidedFeatures(reading, context));
  PATH_IDS.forEach((path, i) => {
    const z = linearScore(0, model.chosen, features[i] as Features);
    if (z > best) {
      best = z;
      chosen = path;
    }
  });
  if (chosen !== "undecided") considered.add(chosen);
  return {
    considered: PATH_IDS.filter((p) => considered.has(p)),
    chosen,
    probabilities,
  };
}
