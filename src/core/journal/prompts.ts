/**
 * Reflection prompts for journal entries. They are the questions leaders at a crossroads ask
 * themselves in their own posts (what drives them, what they want more and less of, what they
 * would regret, what they are optimising for), phrased in our words, plus where each answer
 * feeds the profile.
 */

export interface JournalPrompt {
  id: string;
  /** The question, used as the entry's first heading. */
  question: string;
  /** A nudge shown under the question. */
  nudge: string;
  /** What bearing can draft from the answer (see `bearing reflect`). */
  feeds: "values" | "criteria" | "responsibilities" | "paths";
}

export const JOURNAL_PROMPTS: readonly JournalPrompt[] = [
  {
    id: "drives",
    question: "What drives me?",
    nudge:
      "Think of the best week of your career. What made it good: the problem, the people, the freedom, the result?",
    feeds: "values",
  },
  {
    id: "more-less",
    question: "What do I want more of, and less of?",
    nudge:
      "List the parts of your current role you would keep and the parts you would hand away tomorrow.",
    feeds: "responsibilities",
  },
  {
    id: "regret",
    question: "What would I regret not trying?",
    nudge: "Imagine yourself five years on. Which road not taken would still bother you?",
    feeds: "paths",
  },
  {
    id: "optimising",
    question: "What am I optimising for right now?",
    nudge: "Name the two or three things that matter most for the next role, in order, and why.",
    feeds: "criteria",
  },
  {
    id: "titles",
    question: "Which responsibilities matter more to me than the title?",
    nudge:
      "Describe the work you want to be doing on an ordinary Tuesday, whatever the role is called.",
    feeds: "responsibilities",
  },
];

export function findPrompt(id: string): JournalPrompt | undefined {
  return JOURNAL_PROMPTS.find((prompt) => prompt.id === id);
}
