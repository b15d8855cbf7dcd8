/**
 * What a role really is (taxonomy section 4), whatever its title: a linear score per
 * archetype over features of the analysis (responsibility scores, scope of leadership,
 * hands-on level, stage, go-to-market work), with weights kept in model.yaml, and a softmax for
 * the confidence. The title adds a prior for its nominal archetype, so a mismatch needs
 * evidence. Sources: Vogels (2007) for the kinds of CTO; Suster (2010) and Wilson (2011) for CTO
 * versus VP Engineering; Larson (2021) for staff archetypes; Majors (2017) for the
 * engineer/manager pendulum.
 */
import {
  ARCHETYPE_IDS,
  ARCHETYPE_LABELS,
  type ArchetypeId,
  type HandsOn,
  RESPONSIBILITY_IDS,
  type ResponsibilityId,
  type Stage,
  type TeamSize,
} from "../taxonomy.js";
import { allMatches, globalOf } from "./matches.js";
import { roleModel } from "./model.js";
import { negatedAt } from "./negation.js";
import { dutyWeight } from "./responsibilities.js";
import type { ClassifiedSegment } from "./sections.js";
import type { ArchetypeResult } from "./types.js";

export type Features = Record<string, number>;

/** Leading several teams; "across three teams" (influence, as staff engineers have) is not. */
const SEVERAL_TEAMS =
  /\b(?<!across )(?<!with )(?:multiple|several|many|various|two or more|2\+|\d+|two|three|four|five|six|seven|eight|nine|ten|a number of|all (?:of )?(?:our|the)|cross-functional|distributed|global)\s+(?:[\w&/-]+\s+){0,3}?teams\b(?! across)|\bteams of teams\b|\b(?:lead|leading|manage|managing|oversee|overseeing|grow|growing|build|building|mentor|support|scale|scaling|direct|directing)\s+(?:(?!across\b)[^.;\s]+\s+){0,6}?teams\b/i;
const ONE_OR_MORE = /\bone or more\s+(?:[\w-]+\s+){0,2}?teams\b/i;
/** Direct management of one team, stated outright. */
const ONE_TEAM =
  /\b(?:team of (?:\d|engineers|developers|talented|software|senior)|direct reports|1:1s?|one-(?:on|to)-ones?|player[-/ ]coach|(?:lead|leads|leading|manage|manages|managing|run|running)\s+(?:a|your|the|our)?\s*small\s+(?:[\w&/-]+\s+){0,2}?team|(?:hiring|hire|interviews?|goals?|roadmap) for your team)\b/i;
/** "Lead a team": a team, but said of managers at any level. */
const SOME_TEAM =
  /\b(?:lead|leads|leading|manage|manages|managing|mentor|mentoring|grow|growing|build|building|coach|coaching|scale|scaling|oversee|overseeing|run|running|develop)\b[^.;]{0,60}?\b(?:a|an|one|your|the|our|small|single)\s+(?:[\w&/-]+\s+){0,4}?team\b(?!s| of teams)/i;
const NOT_ONE_TEAM = /\b(?:leadership|executive|management|senior leadership|c-suite)\s+team\b/i;
const GTM =
  /\b(?:pre-?sales|sales (?:cycle|team|engineer\w*|process|support|teams)|demos?|demonstrations?|proofs? of concept|pocs?|rfps?|quota|prospects?|deal cycles?|technical sales|win customers|close deals)\b/gi;
const FOUNDER =
  /\b(?:co-?founder|cofounder|founding (?:cto|engineer|team member|technical|partner)|co-found|equity partner)\b/i;
/**
 * Before a founder's word, someone else's founder rather than the role: the writer's own ("Femke
 * here, co-founder of ...", "I'm one of the co-founders", "I'm Ana, co-founder and CEO"), or
 * the company's ("our co-founder built it"), unless the role is to become one ("you'd be our
 * technical co-founder").
 */
const OTHERS_FOUNDER_BEFORE =
  /(?<!\b(?:be|become|as|join|joining|joins)\s+)\b(?:i['’]m|i am|here,|my|our|their|his|her|its)\s+(?:(?:a|the|one of the|one of our|other|fellow|two|three)\s+)?(?:[\w-]+,?\s+)?$/i;

/** What a company says it lacks, before the role it seeks: "what we don't have is". */
const MISSING_IS =
  /\bwhat (?:we|i) (?:don['’]t|do not) (?:yet )?have is (?:an? |our )?(?:[\w-]+ )?$/i;

/**
 * Whether a sentence makes the role a founder's ({@link FOUNDER}): not in a negation's scope ("it
 * is not a co-founder seat") and not said of someone else ({@link OTHERS_FOUNDER_BEFORE}).
 */
function foundingRole(seg: ClassifiedSegment): boolean {
  if (!FOUNDER.test(seg.text)) return false;
  for (const m of allMatches(globalOf(FOUNDER), seg.text)) {
    // "What we don't have is a technical co-founder": what is missing is what is sought.
    if (negatedAt(seg, m.index) && !MISSING_IS.test(seg.text.slice(0, m.index))) continue;
    if (OTHERS_FOUNDER_BEFORE.test(seg.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    return true;
  }
  return false;
}
/**
 * Someone else's part-time work ("one part-time engineer", "our part-time security consultant")
 * is not the role's, nor are teams "led on an interim basis" until the role hires their leads:
 * see FRACTIONAL.
 */
const FRACTIONAL =
  /\b(?:fractional|(?<!\b(?:led|run|managed|covered|filled|held|staffed) on an )interim|part[- ]time(?!\s+(?:[\w-]+\s+)?(?:engineers?|developers?|designers?|staff|employees?|contractors?|consultants?|advisors?|advisers?|specialists?|experts?|accountants?|lawyers?|recruiters?|analysts?|people|members?|assistants?|students?|interns?|testers?|colleagues?)\b)|retainer|teilzeit|freier dienstvertrag|temps partiel|tiempo parcial|medio tiempo|(?:on a )?freelance (?:basis|contract|engagement)|advisory (?:role|capacity|basis)|consult(?:ing|ancy)? (?:engagement|basis)|contract(?:ed)?,? (?:paid )?(?:role|position|basis|engagement)|(?:\d+|three|six|twelve)[- ]month contract)\b/i;

/** A share of the week or month: "2 days a week", "20 hours per month". */
const WEEKLY_SHARE = /\b(\d+) (hours|days) (?:a|per) (week|month)\b/i;
/** Words that put a sentence's days or hours in a place ("in our Berlin office", "on campus"). */
const WORK_PLACE =
  /\b(?:office|offices|on-?site|in[- ]person|hybrid|remote|remotely|from home|wfh|hq|headquarters|campus|studio)\b/i;

/**
 * Whether a sentence states part-time work by its {@link WEEKLY_SHARE}: not a full week (five
 * days or more, 35 hours or more), and not a sentence about where the work is done ("3 days a
 * week in our Berlin office", "in-person 5 days a week"), which says nothing of the engagement.
 */
function partTimeShare(text: string): boolean {
  const m = WEEKLY_SHARE.exec(text);
  if (!m || WORK_PLACE.test(text)) return false;
  const n = Number(m[1]);
  if (m[3]?.toLowerCase() === "month") return true;
  return m[2]?.toLowerCase() === "days" ? n < 5 : n < 35;
}

/** Whether a sentence says the role is a fractional, interim, part-time or contract engagement. */
export function statesFractional(text: string): boolean {
  return FRACTIONAL.test(text) || partTimeShare(text);
}

/**
 * Words one of which every match of the sentence patterns of {@link archetypeFeatures} holds,
 * in any case: "found" and "equity partner" ({@link FOUNDER}); "fractional", "interim",
 * part-time, "hours", "days", "retainer", "teilzeit", "dienstvertrag", "temps partiel",
 * "tiempo", "freelance", "advisory", "consult", "contract" ({@link FRACTIONAL},
 * {@link WEEKLY_SHARE});
 * "team", "direct report", "1:1", "one-on-one", "player" ({@link ONE_OR_MORE},
 * {@link SEVERAL_TEAMS}, {@link ONE_TEAM}, {@link SOME_TEAM}); "sales", "demo", "of concept",
 * "poc", "rfp", "quota", "prospect", "deal", "win customers" ({@link GTM}). A sentence that
 * holds none is not run through them (archetype.test.ts checks it on every sentence and line of
 * ../shared); when a pattern changes, so must this.
 */
export const ARCHETYPE_GATE =
  /found|equity partner|fractional|interim|part[- ]time|hours|days|retainer|teilzeit|dienstvertrag|temps partiel|tiempo|freelance|advisory|consult|contract|team|direct report|1:1|one-on-one|player|sales|demo|of concept|poc|rfp|quota|prospect|deal|win customers/i;

/** The sentence patterns {@link ARCHETYPE_GATE} stands for (for its test). */
export const ARCHETYPE_SENTENCE_PATTERNS: readonly RegExp[] = [
  FOUNDER,
  FRACTIONAL,
  WEEKLY_SHARE,
  ONE_OR_MORE,
  SEVERAL_TEAMS,
  ONE_TEAM,
  SOME_TEAM,
  GTM,
];

export interface ArchetypeInput {
  title: string;
  /**
   * The posting's first line when it is more than its title (an email's subject, "Interim
   * engagement — Head of Technology"): what it says of the engagement counts too. Absent: the
   * title is the first line.
   */
  headLine?: string;
  nominal: ArchetypeId | null;
  ctoTitle: boolean;
  segments: readonly ClassifiedSegment[];
  scores: Record<ResponsibilityId, number>;
  handsOn: HandsOn;
  stage: Stage | null;
  teamSize: TeamSize | null;
}

/** Features in [0, 1] named as in model.yaml's `archetypes` comment. */
export function archetypeFeatures(input: ArchetypeInput): Features {
  const f: Features = {};
  for (const id of RESPONSIBILITY_IDS) f[`r.${id}`] = input.scores[id];
  let teams = 0;
  let team = 0;
  let gtm = 0;
  let founder = FOUNDER.test(input.title) ? 1 : 0;
  let fractional = statesFractional(input.title) || statesFractional(input.headLine ?? "") ? 1 : 0;
  for (const seg of input.segments) {
    const inRole = seg.section === "duties" || seg.section === "role" || seg.section === "summary";
    if (!inRole || seg.heading) continue;
    // A sentence without any word the patterns below need adds nothing (most sentences).
    if (!ARCHETYPE_GATE.test(seg.text)) continue;
    // "Looking for an experienced fractional CTO" reads as a requirement but states the kind
    // of engagement.
    if (foundingRole(seg)) founder = 1;
    if (statesFractional(seg.text)) fractional = 1;
    if (seg.requirementShaped) continue;
    const w = Math.max(dutyWeight(seg), 0.6);
    if (ONE_OR_MORE.test(seg.text)) teams = Math.max(teams, 0.5 * w);
    else if (SEVERAL_TEAMS.test(seg.text)) teams = Math.max(teams, w);
    if (!NOT_ONE_TEAM.test(seg.text)) {
      if (ONE_TEAM.test(seg.text)) team = Math.max(team, w);
      else if (SOME_TEAM.test(seg.text)) team = Math.max(team, 0.3 * w);
    }
    gtm += (seg.text.match(GTM) ?? []).length * (dutyWeight(seg) > 0 ? 1 : 0.5);
  }
  // Only clear evidence of leading managers counts as organisation scope.
  const org = input.scores.org_leadership >= 0.5 ? input.scores.org_leadership : 0;
  // Mentoring alone (staff engineers mentor too) is not managing people.
  const managing = input.scores.people_management >= 0.85 ? input.scores.people_management : 0;
  const people = Math.max(managing, input.scores.hiring, team, teams, org);
  f["scope.org"] = org;
  f["scope.teams"] = teams;
  f["scope.team"] = team;
  f["scope.none"] = people < 0.5 ? 1 : 0;
  f["hands.required"] = input.handsOn === "required" ? 1 : 0;
  f["hands.some"] = input.handsOn === "some" ? 1 : 0;
  f["stage.early"] = input.stage === "early" ? 1 : 0;
  f["stage.enterprise"] = input.stage === "enterprise" ? 1 : 0;
  f["team.small"] = input.teamSize && input.teamSize.max <= 12 ? 1 : 0;
  f["team.large"] = input.teamSize && input.teamSize.min > 40 ? 1 : 0;
  f.gtm = Math.min(1, gtm / 2);
  f.founder = founder;
  f.fractional = fractional;
  return f;
}

/** Each archetype's weights (model.yaml) as entries, listed once rather than per posting. */
const PROFILE_WEIGHTS = Object.fromEntries(
  ARCHETYPE_IDS.map((id) => [id, Object.entries(roleModel.archetypes[id].weights)]),
) as Record<ArchetypeId, [string, number][]>;

/** Each archetype's score and the contribution of every feature to it. */
export function scoreArchetypes(
  features: Features,
  nominal: ArchetypeId | null,
  ctoTitle: boolean,
): Map<ArchetypeId, { score: number; contributions: [string, number][] }> {
  const out = new Map<ArchetypeId, { score: number; contributions: [string, number][] }>();
  for (const id of ARCHETYPE_IDS) {
    const profile = roleModel.archetypes[id];
    if (profile.requires === "cto_title" && !ctoTitle) continue;
    const contributions: [string, number][] = [];
    for (const [name, weight] of PROFILE_WEIGHTS[id]) {
      let value: number;
      if (name === "title") value = nominal === id ? 1 : 0;
      else if (name === "cto_title") value = ctoTitle ? 1 : 0;
      else value = features[name] ?? 0;
      if (value !== 0) contributions.push([name, weight * value]);
    }
    out.set(id, { score: contributions.reduce((s, [, c]) => s + c, 0), contributions });
  }
  return out;
}

/**
 * Ranks the archetypes for one analysis.
 *
 * @returns the winner with its softmax probability and the runners-up (probability >= 0.01,
 *   at most four), a one-line reason when the winner differs from the nominal archetype, and
 *   the features read
 */
export function classifyArchetype(input: ArchetypeInput): {
  result: ArchetypeResult;
  mismatchReason: string | null;
  /** The features it was read from ({@link archetypeFeatures}), for the learned models. */
  features: Features;
} {
  const features = archetypeFeatures(input);
  const scored = scoreArchetypes(features, input.nominal, input.ctoTitle);
  const entries = [...scored.entries()].sort((a, b) => b[1].score - a[1].score);
  const maxScore = entries[0]?.[1].score ?? 0;
  const exps = entries.map(([id, s]) => [id, Math.exp(s.score - maxScore)] as const);
  const total = exps.reduce((s, [, e]) => s + e, 0);
  const probs = exps.map(([id, e]) => ({ id, score: round(e / total) }));
  const winner = probs[0] ?? { id: "engineering_manager" as ArchetypeId, score: 0 };
  const result: ArchetypeResult = {
    id: winner.id,
    confidence: winner.score,
    ranked: probs
      .slice(1)
      .filter((p) => p.score >= 0.01)
      .slice(0, 4),
  };
  let mismatchReason: string | null = null;
  if (input.nominal && input.nominal !== winner.id) {
    const contributions = scored.get(winner.id)?.contributions ?? [];
    mismatchReason = explain(input, winner.id, contributions);
  }
  return { result, mismatchReason, features };
}

/** Plain words for the archetype features, to say why a role is not what its title says. */
export const FEATURE_PHRASES: Record<string, (input: ArchetypeInput) => string> = {
  "scope.org": () => "leads an organisation of teams or managers",
  "scope.teams": () => "leads several teams",
  "scope.team": () => "manages one team directly",
  "scope.none": () => "manages no one",
  "hands.required": () => "is expected to write code",
  "hands.some": () => "stays hands-on",
  "team.small": (i) => `leads a stated team of ${i.teamSize?.max ?? "a few"}`,
  "team.large": (i) => `leads a stated organisation of ${i.teamSize?.min ?? "many"}+`,
  "stage.early": () => "is at an early-stage company",
  gtm: () => "does pre-sales and customer-facing work",
  founder: () => "is a founding role",
  fractional: () => "is a fractional or contract engagement",
  "r.tech_strategy": () => "sets technology strategy",
  "r.architecture": () => "owns architecture",
  "r.hiring": () => "hires and builds the team",
  "r.delivery": () => "runs delivery",
  "r.operations": () => "runs infrastructure and operations",
  "r.budget_vendors": () => "manages budgets and vendors",
  "r.people_management": () => "manages people directly",
  "r.org_leadership": () => "leads managers",
  "r.customers": () => "works with customers",
  "r.evangelism": () => "represents the company externally",
  "r.coding": () => "codes",
  "r.business_leadership": () => "carries executive duties",
  "r.security_compliance": () => "owns security and compliance",
};

function explain(
  input: ArchetypeInput,
  winner: ArchetypeId,
  contributions: [string, number][],
): string {
  const reasons = contributions
    .filter(
      ([name, c]) => c > 0 && name !== "title" && name !== "cto_title" && FEATURE_PHRASES[name],
    )
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([name]) => FEATURE_PHRASES[name]?.(input) ?? name);
  const nominal = input.nominal ? ARCHETYPE_LABELS[input.nominal] : "its title";
  const because =
    reasons.length > 0 ? reasons.join(" and ") : "has little of what the title implies";
  return `Titled "${input.title}" (${nominal}), but the role ${because}: closer to ${ARCHETYPE_LABELS[winner]}.`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
