/**
 * What to do next (`bearing next`, the workbench's Overview): the verdict, what to find out
 * first with the question that would settle each unknown and whom to ask, and the deadlines.
 * The JSON shape is bearing's contract ("What to do next"); this module only assembles the
 * parts (`verdict.ts`, `information-value.ts`, `questions.ts`, `deadlines.ts`).
 */
import type { DecisionOption } from "../model/option.js";
import type { Profile } from "../model/profile.js";
import { type Deadline, deadlines } from "./deadlines.js";
import type { InformationValue } from "./information-value.js";
import type { DecisionModel } from "./model.js";
import { contactToAsk, criterionQuestion, type PostingGap, postingGaps } from "./questions.js";
import type { Ranking } from "./rank.js";
import type { Robustness } from "./robustness.js";
import { type MethodLeaders, methodLeaders, type Verdict, verdict } from "./verdict.js";

export interface FindOutFirst {
  option: string;
  criterion: string;
  /** Expected value of perfect information, 0–1 overall-value scale (Howard 1966). */
  evpi: number;
  /** Probability that knowing the rating changes which option comes first, in [0, 1]. */
  changeProbability: number;
  /** The question that would settle it (with what the option's posting leaves unstated). */
  question: string;
  /** The option's contact to ask, or null. */
  ask: string | null;
}

export interface NextSteps {
  verdict: Verdict;
  methods: MethodLeaders;
  findOutFirst: FindOutFirst[];
  deadlines: Deadline[];
}

/** Per option with a job description, what it leaves unstated that matters (for the CLI/web). */
export interface PostingQuestions {
  option: string;
  gaps: PostingGap[];
  ask: string | null;
}

export interface NextInput {
  profile: Profile;
  model: DecisionModel;
  ranking: Ranking;
  robustness: Robustness;
  /** `informationValues(model, draws)` of the same simulation. */
  information: readonly InformationValue[];
  /** Ids of options whose body was read as a job description. */
  postings: ReadonlySet<string>;
  /** `YYYY-MM-DD`, the day deadlines count from. */
  today: string;
}

/**
 * Assembles the contract's `next` result. The first unknown of each option with a posting
 * also carries the questions about the facts its posting leaves unstated.
 * @throws Error when `today` is not a date.
 */
export function nextSteps(input: NextInput): NextSteps {
  const { model, profile } = input;
  const byId = new Map(model.alternatives.map((a) => [a.id, a.option]));
  const gaps = new Map(postingQuestions(input).map((p) => [p.option, p]));
  const asked = new Set<string>();
  const findOutFirst = input.information.map((info): FindOutFirst => {
    const criterion = profile.criteria.find((c) => c.id === info.criterion);
    const option = byId.get(info.option);
    let question = criterion ? criterionQuestion(criterion) : `What is ${info.criterion}?`;
    const gap = gaps.get(info.option);
    if (gap && gap.gaps.length > 0 && !asked.has(info.option)) {
      asked.add(info.option);
      question += ` The posting does not say: ${gap.gaps.map((g) => g.question).join(" ")}`;
    }
    return {
      option: info.option,
      criterion: info.criterion,
      evpi: info.evpi,
      changeProbability: info.changeProbability,
      question,
      ask: option ? contactToAsk(option) : null,
    };
  });
  return {
    verdict: verdict(model, input.robustness),
    methods: methodLeaders(model, input.ranking),
    findOutFirst,
    deadlines: deadlines(
      model.alternatives.map((a) => a.option),
      input.today,
    ),
  };
}

/** The posting gaps of every option in play that has a job description and leaves some. */
export function postingQuestions(
  input: Pick<NextInput, "profile" | "model" | "postings">,
): PostingQuestions[] {
  const out: PostingQuestions[] = [];
  for (const alternative of input.model.alternatives) {
    if (!input.postings.has(alternative.id)) continue;
    const option: DecisionOption = alternative.option;
    const gaps = postingGaps(input.profile, option);
    if (gaps.length > 0) out.push({ option: option.id, gaps, ask: contactToAsk(option) });
  }
  return out;
}
