/**
 * Reflection analysis: from a post one wrote about one's career to a draft profile's
 * material — values with evidence, stated criteria, paths considered and chosen, goals.
 * Output follows `bearing reflect` in `spec/contracts.md` (without `file`, which the shell
 * adds). Every evidence string is a sentence quoted verbatim from the input. Pure: runs
 * in a browser too; the first call loads the wink-nlp model (see `core/nlp.ts`).
 */
import type { PathId, ValueId } from "../taxonomy.js";
import type { WordVectors } from "./embedding.js";
import { type ReflectionReading, readReflectionParts } from "./features.js";
import { statedGoals } from "./goals.js";
import { LEARNED_VALUES_MODEL } from "./learned.generated.js";
import { type LearnedValuesModel, learnedValues } from "./learned.js";
import { chosenEvidence, chosenUnlessOpen } from "./paths.js";
import { type Post, type ReadPostOptions, readPost } from "./post.js";
import { readLearnedPaths } from "./sentence-paths.js";
import { handEvidence, VALUE_THRESHOLD } from "./values.js";

export interface ValueFinding {
  id: ValueId;
  /**
   * Strength in [0, 1], 2 decimals: the learned model's probability, or without one (and for
   * values it leaves to the cues) the noisy-OR of the best sentences' cue strengths.
   */
  score: number;
  /** Up to three sentences, verbatim from the input, strongest first. */
  evidence: string[];
}

export interface CriterionFinding {
  name: string;
  values: ValueId[];
  evidence: string;
}

export interface Reflection {
  title: string | null;
  /** ISO 8601 date (`YYYY-MM-DD`) or null. */
  date: string | null;
  values: ValueFinding[];
  /**
   * Only when no value is read: the (at most two) values the learned model read most nearly,
   * with their probabilities in [0, 1] (at least 0.1, under the model's threshold), so that a
   * user sees what the post came closest to saying. Absent otherwise, and without a model.
   */
  nearestValues?: { id: ValueId; score: number }[];
  /**
   * `evidence`: the sentence, verbatim, that states the chosen step ({@link chosenEvidence});
   * absent when the post is undecided or names the step in no sentence.
   */
  paths: { considered: PathId[]; chosen: PathId | "undecided"; evidence?: string };
  criteria: CriterionFinding[];
  goals: string[];
}

/** The least probability a value needs to be named as one a post came near to saying. */
const NEAREST_FLOOR = 0.1;

/**
 * Analyses a post already read, with the shipped values model (if any). `vectors` (a shell
 * loads them) feed a model whose sentence scorer reads word vectors; without them such a
 * model reads every sentence as the training posts' mean sentence.
 */
export function analysePost(post: Post, vectors?: WordVectors): Reflection {
  return analyseReading(readReflectionParts(post, vectors), LEARNED_VALUES_MODEL);
}

/** Whether the shipped values model reads word vectors (a shell then loads them). */
export function shippedModelReadsVectors(): boolean {
  return LEARNED_VALUES_MODEL?.bySentence?.embedding !== undefined;
}

/**
 * The reflection of a post's reading, with a learned values model or `null` (the
 * hand-written cues alone, as before any model was trained). Paths are the model's when it
 * has path models, else the hand-written reading; criteria and goals are hand-written.
 */
export function analyseReading(
  reading: ReflectionReading,
  model: LearnedValuesModel | null,
): Reflection {
  const { post, sentences, criteria, signals, paths } = reading;
  const learned = model ? learnedValues(model, reading) : null;
  const values: ValueFinding[] = learned
    ? learned.findings
    : signals
        .filter((s) => s.score >= VALUE_THRESHOLD)
        .map((s) => ({
          id: s.id,
          score: Math.round(s.score * 100) / 100,
          evidence: handEvidence(s.sentences),
        }));
  const taken = model?.paths ? readLearnedPaths(model.paths, reading) : paths;
  const read = { ...taken, chosen: chosenUnlessOpen(taken.chosen, sentences) };
  // Owning a venture is sought by an author whose step is one: founding, working for oneself, or
  // a step not yet taken. Founding weighed and set aside ("others asked why I'm not starting my
  // own thing") is no value of one who took another step.
  // (The step read before a job search left open makes it undecided: a job sought is no venture.)
  const owns = OWNS_A_VENTURE.has(taken.chosen);
  // Clients are what an independent's step is made of ("I pick my clients", "we have seven
  // clients"), not customer-facing work sought: of the labelled posts read as going independent,
  // 41 read business and 4 are labelled with it. It stands where its sentences name the business
  // side itself ("closer to customers and to the business side: sales calls, revenue").
  const clientsOnly = (evidence: readonly string[]) =>
    taken.chosen === "independent" && !evidence.some((e) => BUSINESS_SIDE.test(e));
  const stands = (id: ValueId, evidence: readonly string[] = []) =>
    (owns || id !== "ownership") && !(id === "business" && clientsOnly(evidence));
  const sought = values.filter((v) => stands(v.id, v.evidence));
  const nearest =
    learned && sought.length === 0
      ? (Object.entries(learned.probabilities) as [ValueId, number][])
          .filter(([id, p]) => p >= NEAREST_FLOOR && stands(id))
          .sort((a, b) => b[1] - a[1])
          .slice(0, 2)
          .map(([id, score]) => ({ id, score }))
      : [];
  return {
    title: post.title,
    date: post.date,
    values: sought,
    ...(nearest.length > 0 ? { nearestValues: nearest } : {}),
    paths: {
      considered: read.considered,
      chosen: read.chosen,
      ...withEvidence(chosenEvidence(paths.mentions, read.chosen)),
    },
    criteria: criteria.map((c) => ({ name: c.name, values: c.values, evidence: c.evidence })),
    goals: statedGoals(sentences),
  };
}

/** The business side named as such: customers, sales, deals, go-to-market. */
const BUSINESS_SIDE =
  /\b(?:customers?|sales|selling|commercial|go-to-market|deals?|pre-?sales|business side)\b/i;

/**
 * The steps with which ownership ("founding or owning a venture", taxonomy) stands as a value:
 * of the labelled posts with ownership, the corpus's 31 took these steps in 24 (founder 16,
 * independent 5, undecided 3), the probe sets' 91 in 90. Corpus values CV (seed 11) ownership
 * 17/9/14 -> 15/4/16 (tp/fp/fn), micro-F1 0.56 either way; read probe posts of sets 1-22 lose 73
 * ownerships their labels do not hold and 10 they do.
 */
const OWNS_A_VENTURE: ReadonlySet<string> = new Set(["founder", "independent", "undecided"]);

function withEvidence(evidence: string | null): { evidence?: string } {
  return evidence === null ? {} : { evidence };
}

/** Reads and analyses one post or plain text. Never throws on content. */
export function analyseReflection(
  text: string,
  options: ReadPostOptions & { vectors?: WordVectors } = {},
): Reflection {
  return analysePost(readPost(text, options), options.vectors);
}
