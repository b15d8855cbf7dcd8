/**
 * Plain words for the field's terms: one glossary for the CLI and the workbench. Each entry
 * pairs the standard technical term (kept in `--json` and shown on hover) with the label a
 * person sees and a one-line explanation. The explanations are ours; the sources are named so
 * a reader can look the term up.
 */

export interface GlossaryEntry {
  /** The field's standard term. */
  term: string;
  /** What people see. */
  label: string;
  /** One line that says what it means. */
  explanation: string;
  /** Where the term comes from. */
  source: string;
}

export const GLOSSARY = {
  firstRankAcceptability: {
    term: "first-rank acceptability",
    label: "chance it comes first",
    explanation:
      "The share of simulations, with weights and unsure ratings varied, in which this option ranks first.",
    source: "SMAA-2, Lahdelma & Salminen 2001",
  },
  rankAcceptability: {
    term: "rank acceptability index",
    label: "chance of each place",
    explanation: "The share of simulations in which this option takes each place in the ranking.",
    source: "SMAA-2, Lahdelma & Salminen 2001",
  },
  confidenceFactor: {
    term: "confidence factor",
    label: "how often it wins under the weights that favour it most",
    explanation:
      "With the weights under which it wins held fixed, the share of simulations of the unsure ratings in which it still comes first.",
    source: "SMAA-2, Lahdelma & Salminen 2001",
  },
  centralWeights: {
    term: "central weight vector",
    label: "weights under which it wins",
    explanation: "The typical weights of the simulations in which this option comes first.",
    source: "SMAA-2, Lahdelma & Salminen 2001",
  },
  weightStability: {
    term: "weight stability interval",
    label: "how far a weight can move",
    explanation:
      "The range a criterion's weight can take, the others rescaled to match, before the top option changes.",
    source: "Mareschal 1988; Triantaphyllou & Sánchez 1997",
  },
  evpi: {
    term: "expected value of perfect information (EVPI)",
    label: "what finding out is worth",
    explanation:
      "How much the best option's expected overall value would rise, on the 0–1 score scale, if you knew this rating for sure.",
    source: "Howard 1966; Strong & Oakley 2013",
  },
  changeProbability: {
    term: "probability of a decision change",
    label: "chance it changes the winner",
    explanation: "The chance that, once you know this rating, a different option comes first.",
    source: "Howard 1966",
  },
  scoreRange: {
    term: "score interval",
    label: "could be",
    explanation:
      "The lowest and highest overall score the unsure and missing ratings allow, with the weights as stated.",
    source: "additive value model, Keeney & Raiffa 1976",
  },
  weightedSum: {
    term: "weighted sum (additive value model)",
    label: "overall score",
    explanation: "Each rating turned into a 0–1 value, times its criterion's weight, added up.",
    source: "Keeney & Raiffa 1976",
  },
  mustHave: {
    term: "conjunctive screen",
    label: "must-have",
    explanation: "A condition no score can make up for: an option that fails it comes last.",
    source: "Hwang & Yoon 1981",
  },
  verdict: {
    term: "verdict (from first-rank acceptabilities)",
    label: "the answer so far",
    explanation:
      "Clear when one option comes first in 75% of simulations or more, a tie when the top two each do in 25% or more, open when none reaches 40%, fragile otherwise.",
    source: "bearing's contract, from SMAA-2",
  },
  methodsAgree: {
    term: "agreement of ranking methods",
    label: "other methods agree",
    explanation:
      "Whether the weighted sum, TOPSIS, PROMETHEE II and VIKOR put the same option first.",
    source: "Hwang & Yoon 1981; Brans & Vincke 1985; Opricovic & Tzeng 2004",
  },
  tradeoffQuestion: {
    term: "pairwise ranking of hypothetical alternatives",
    label: "trade-off question",
    explanation:
      "A choice between two made-up roles that differ on two criteria only, everything else equal; each answer rules out the weights that disagree with it.",
    source: "PAPRIKA, Hansen & Ombler 2008",
  },
  compatibleWeights: {
    term: "set of compatible weights",
    label: "weights that fit your answers",
    explanation:
      "Every weighting under which all your answers and judgements hold; bearing samples it evenly and shows its mean.",
    source: "robust ordinal regression (UTA-GMS), Greco, Mousseau & Słowiński 2008",
  },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryKey = keyof typeof GLOSSARY;

/** The plain label of a term. */
export function plain(key: GlossaryKey): string {
  return GLOSSARY[key].label;
}

/** "label (term): explanation", for a hover title or a footnote. */
export function gloss(key: GlossaryKey): string {
  const entry: GlossaryEntry = GLOSSARY[key];
  return `${entry.label} (${entry.term}): ${entry.explanation}`;
}
