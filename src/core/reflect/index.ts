/**
 * Reflection analysis: the post reader, the analyser, the draft profile and the scorer.
 * See `analyse.ts` for the method and `lexicon.ts` for the cue data and its sources.
 */
export {
  analysePost,
  analyseReflection,
  type CriterionFinding,
  type Reflection,
  type ValueFinding,
} from "./analyse.js";
export { type Post, quote, type ReadPostOptions, readPost } from "./post.js";
export { type DraftProfile, draftProfile, slug } from "./profile.js";
export {
  formatScores,
  type ReflectionLabel,
  type ReflectionScores,
  scoreReflections,
} from "./score.js";
