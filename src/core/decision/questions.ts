/**
 * The questions that would settle what is unknown: for a criterion, its own `ask` text from
 * `bearing.yaml` or a default built from its name, description and scale; for an option with
 * a job description, the facts the posting leaves unstated that the person's criteria or
 * must-haves depend on; and whom to ask (the option's contact).
 */
import type { DecisionOption } from "../model/option.js";
import type { Criterion, Profile } from "../model/profile.js";
import type { ValueId } from "../taxonomy.js";

/**
 * The question that would settle an option's rating on a criterion: the criterion's `ask`
 * when it has one, else one from its name and description (for a number scale, its unit).
 */
export function criterionQuestion(criterion: Criterion): string {
  if (criterion.ask) return criterion.ask;
  const name = lowerFirst(criterion.name);
  if (criterion.scale.kind === "number") {
    return `What is the ${name} for this option, in ${criterion.scale.unit}?`;
  }
  const example = criterion.description ? ` of ${lowerFirst(criterion.description)}` : "";
  return `${criterion.name}: how does this option really measure up? Ask for a recent, concrete example${example}.`;
}

/** Facts a posting may leave unstated, in the order they are asked. */
export const POSTING_FACTS = ["reportsTo", "teamSize", "handsOn", "stage", "compensation"] as const;
export type PostingFact = (typeof POSTING_FACTS)[number];

const FACT_QUESTIONS: Record<PostingFact, string> = {
  reportsTo: "Whom would the role report to?",
  teamSize: "How large is the team, and how many people would report to the role directly?",
  handsOn: "How much of the week is hands-on work: design, code, reviews?",
  stage: "What stage is the company at, and how many months of runway does it have?",
  compensation: "What is the pay: base, bonus and equity?",
};

/** The values whose criteria make a fact matter (besides a must-have on it). */
const FACT_VALUES: Record<PostingFact, readonly ValueId[]> = {
  reportsTo: ["strategy", "autonomy", "recognition", "business"],
  teamSize: ["people_leadership", "support"],
  handsOn: ["hands_on", "mastery"],
  stage: ["ownership", "business", "wellbeing"],
  compensation: ["compensation"],
};

export interface PostingGap {
  fact: PostingFact;
  question: string;
}

/**
 * The facts an option's posting leaves unstated (and the option's own front matter too) that
 * matter to this person: a must-have is on the fact, or a criterion serves a value the fact
 * bears on (reports to: strategy, autonomy, recognition, business; team size: people
 * leadership, support; hands-on share: hands-on, mastery; stage and runway: ownership,
 * business, wellbeing; pay: compensation, or a criterion on a money scale the option leaves
 * unrated).
 * @param option the option with what its posting filled in (`effectiveOption`).
 */
export function postingGaps(profile: Profile, option: DecisionOption): PostingGap[] {
  const valued = new Set(profile.criteria.flatMap((c) => c.values));
  const mustFacts = new Set(profile.mustHaves.flatMap((m) => ("fact" in m ? [m.fact] : [])));
  const facts = option.facts ?? {};
  const gaps: PostingGap[] = [];
  for (const fact of POSTING_FACTS) {
    const matters =
      FACT_VALUES[fact].some((v) => valued.has(v)) ||
      (fact !== "compensation" && fact !== "teamSize" && mustFacts.has(fact));
    let known: boolean;
    if (fact === "stage") {
      const stage = facts.stage ?? option.company?.stage;
      known =
        stage !== undefined && (stage !== "early" || option.company?.runwayMonths !== undefined);
    } else if (fact === "compensation") {
      const moneyUnrated = profile.criteria.some(
        (c) => isMoney(c) && (option.ratings[c.id] === undefined || option.ratings[c.id] === null),
      );
      known = facts.compensation !== undefined || !moneyUnrated;
      if (!(matters || moneyUnrated)) continue;
    } else known = facts[fact] !== undefined;
    if (known || (!matters && fact !== "compensation")) continue;
    gaps.push({ fact, question: FACT_QUESTIONS[fact] });
  }
  return gaps;
}

/** A criterion measured in money (its unit names a currency or pay). */
function isMoney(criterion: Criterion): boolean {
  if (criterion.values.includes("compensation")) return true;
  return (
    criterion.scale.kind === "number" &&
    /\b(USD|EUR|GBP|CHF|CAD|AUD|JPY|[A-Z]{3}\/(year|month|day|hour))\b|\$|€|£/.test(
      criterion.scale.unit,
    )
  );
}

/**
 * Whom to ask about an option: its contact most recently in touch (then the first listed), or
 * null when it lists none.
 */
export function contactToAsk(option: DecisionOption): string | null {
  const contacts = option.contacts ?? [];
  if (contacts.length === 0) return null;
  const sorted = [...contacts].sort((a, b) =>
    (b.lastContact ?? "").localeCompare(a.lastContact ?? ""),
  );
  return sorted[0]?.name ?? null;
}

function lowerFirst(text: string): string {
  // Keep acronyms ("CEO", "AI") as written.
  if (/^[A-Z]{2}/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
