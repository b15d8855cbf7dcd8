/**
 * Reflection analysis: from a post one wrote about one's career to a draft profile's
 * material — values with evidence, stated criteria, paths considered and chosen, goals.
 * Output follows `bearing reflect` in `spec/contracts.md` (without `file`, which the shell
 * adds). Every evidence string is a sentence quoted verbatim from the input. Pure: runs
 * in a browser too; the first call loads the wink-nlp model (see `core/nlp.ts`).
 */
import type { PathId, ValueId } from "../taxonomy.js";
import { sentenceContexts } from "./context.js";
import { statedCriteria } from "./criteria.js";
import { statedGoals } from "./goals.js";
import { readPaths } from "./paths.js";
import { type Post, type ReadPostOptions, readPost } from "./post.js";
import { sentencesOf } from "./sentences.js";
import { VALUE_THRESHOLD, valueSignals } from "./values.js";

export interface ValueFinding {
  id: ValueId;
  /** Strength of the evidence in [0, 1] (noisy-OR of the best sentences), 2 decimals. */
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
  paths: { considered: PathId[]; chosen: PathId | "undecided" };
  criteria: CriterionFinding[];
  goals: string[];
}

/** Strength given to a value that names a stated criterion: the author listed it. */
const CRITERION_STRENGTH = 0.85;
const MAX_EVIDENCE = 3;
const MIN_EVIDENCE = 0.2;
const EVIDENCE_SHARE = 0.4;

/** Sentences strong enough to show a value: not far below the best one. */
function evidenceOf(
  sentences: ReadonlyArray<{ sentence: { quote: string }; strength: number }>,
): string[] {
  const top = sentences[0]?.strength ?? 0;
  const floor = Math.max(MIN_EVIDENCE, EVIDENCE_SHARE * top);
  const quotes = sentences
    .filter((e, i) => i === 0 || e.strength >= floor)
    .map((e) => e.sentence.quote);
  return [...new Set(quotes)].slice(0, MAX_EVIDENCE);
}

/** Analyses a post already read. */
export function analysePost(post: Post): Reflection {
  const sentences = sentencesOf(post);
  const contexts = sentenceContexts(post, sentences);
  const criteria = statedCriteria(post, sentences, contexts);
  const fromCriteria = criteria.flatMap((c) =>
    c.sentences[0]
      ? c.values.map((id) => ({
          id,
          sentence: c.sentences[0] as (typeof c.sentences)[0],
          strength: CRITERION_STRENGTH,
        }))
      : [],
  );
  const values = valueSignals(sentences, contexts, fromCriteria)
    .filter((s) => s.score >= VALUE_THRESHOLD)
    .map((s) => ({
      id: s.id,
      score: Math.round(s.score * 100) / 100,
      evidence: evidenceOf(s.sentences),
    }));
  const paths = readPaths(post, sentences, contexts);
  return {
    title: post.title,
    date: post.date,
    values,
    paths: { considered: paths.considered, chosen: paths.chosen },
    criteria: criteria.map((c) => ({ name: c.name, values: c.values, evidence: c.evidence })),
    goals: statedGoals(sentences),
  };
}

/** Reads and analyses one post or plain text. Never throws on content. */
export function analyseReflection(text: string, options: ReadPostOptions = {}): Reflection {
  return analysePost(readPost(text, options));
}
