/**
 * The answer first: is the decision made, between which options, and how sure is it? A
 * verdict read off the SMAA-2 first-rank acceptabilities (Lahdelma & Salminen 2001) of the
 * robustness analysis, by the thresholds of bearing's contract ("What to do next"):
 * - `tie`: the top two each come first in at least 25% (every option that does is named);
 * - `clear`: one option comes first in at least 75% of the simulations;
 * - `open`: no option comes first in 40% of them;
 * - `fragile`: otherwise (a leader that is not safe).
 * A tie is tried first (options that score the same share first place, so two can each come
 * first in over 75%), then clear, open and fragile. The sentence says why in plain words: the shares, the
 * smallest single weight change that swaps the two front-runners (one-way sensitivity,
 * `explain.ts`), and what it assumes about unrated criteria.
 *
 * Also: whether the four ranking methods (weighted sum, TOPSIS, PROMETHEE II, VIKOR) put the
 * same option first.
 */

import { explain } from "./explain.js";
import { rank } from "./methods.js";
import type { DecisionModel } from "./model.js";
import { optionLabels } from "./option-list.js";
import type { Ranking } from "./rank.js";
import type { Robustness } from "./robustness.js";
import { shareText } from "./share-text.js";

export type VerdictKind = "clear" | "fragile" | "tie" | "open";

export interface Verdict {
  kind: VerdictKind;
  /** Option ids the verdict names: one for clear and fragile, two or more for a tie, the two
   * likeliest for open (fewer when there are fewer options). */
  leaders: string[];
  /** One plain sentence saying why. */
  text: string;
}

/** Thresholds on first-rank acceptability (contracts.md, "What to do next"). */
export const VERDICT_THRESHOLDS = { clear: 0.75, tie: 0.25, open: 0.4 } as const;

/**
 * @param model the decision model the robustness analysis ran on.
 * @param robust its SMAA-2 results (first-rank acceptabilities in [0, 1]).
 */
export function verdict(model: DecisionModel, robust: Robustness): Verdict {
  const titles = optionLabels(model.alternatives);
  const name = (id: string) => titles.get(id) ?? id;
  const contenders = robust.alternatives.some((a) => !a.screenedOut)
    ? robust.alternatives.filter((a) => !a.screenedOut)
    : robust.alternatives;
  const byChance = [...contenders].sort(
    (a, b) => b.firstRankAcceptability - a.firstRankAcceptability,
  );
  const first = byChance[0];
  const second = byChance[1];
  if (!first) {
    return {
      kind: "open",
      leaders: [],
      text: "There are no options to compare yet: add one with `bearing option add`.",
    };
  }
  const share = shareText;
  const firstChance = first.firstRankAcceptability;
  const assumption = assumptions(model, [first.id, ...(second ? [second.id] : [])]);
  if (!second) {
    return {
      kind: "clear",
      leaders: [first.id],
      text: `${name(first.id)} is the only option in play.`,
    };
  }
  const swap = swapPhrase(model, first.id, second.id);
  if (second.firstRankAcceptability >= VERDICT_THRESHOLDS.tie) {
    const tied = byChance.filter((a) => a.firstRankAcceptability >= VERDICT_THRESHOLDS.tie);
    const names = listing(tied.map((a) => name(a.id)));
    const shares = listing(tied.map((a) => share(a.firstRankAcceptability)));
    // Options that score the same in a simulation share first place, so shares can add up to
    // more than 100%.
    const shared = tied.reduce((sum, a) => sum + a.firstRankAcceptability, 0) > 1 + 1e-9;
    const half = shared
      ? `they share first place (each comes first in ${shares} of the simulations)`
      : tied.length === 2 && Math.abs(firstChance - second.firstRankAcceptability) <= 0.2
        ? `each comes first in about half of the simulations (${shares})`
        : `they come first in ${shares} of the simulations`;
    return {
      kind: "tie",
      leaders: tied.map((a) => a.id),
      text: `${names} are ${tied.length === 2 ? "a near tie" : "close"}: ${half}${swap && tied.length === 2 ? `; ${swap}` : ""}${assumption}.`,
    };
  }
  if (firstChance >= VERDICT_THRESHOLDS.clear) {
    const overtake = swap
      ? `it would take ${swap.replace(" swaps them", "")} for ${name(second.id)} to overtake it`
      : `no change of a single weight puts ${name(second.id)} ahead`;
    return {
      kind: "clear",
      leaders: [first.id],
      text: `${name(first.id)} is the clear choice: it comes first in ${share(firstChance)} of the simulations, and ${overtake}${assumption}.`,
    };
  }
  if (firstChance < VERDICT_THRESHOLDS.open) {
    return {
      kind: "open",
      leaders: [first.id, second.id],
      text: `No option stands out: the likeliest, ${name(first.id)}, comes first in only ${share(firstChance)} of the simulations, and ${name(second.id)} in ${share(second.firstRankAcceptability)}${assumption}.`,
    };
  }
  return {
    kind: "fragile",
    leaders: [first.id],
    text: `${name(first.id)} leads, but not firmly: it comes first in ${share(firstChance)} of the simulations and ${name(second.id)} in ${share(second.firstRankAcceptability)}${swap ? `; ${swap}` : ""}${assumption}.`,
  };
}

/**
 * "moving <criterion> from 20% to 19% swaps them": the smallest single weight change (others
 * rescaled proportionally) past which the two options' weighted sums change order, or null.
 */
function swapPhrase(model: DecisionModel, a: string, b: string): string | null {
  const flip = explain(model, a, b).weightFlips[0];
  if (!flip) return null;
  const [from, to] = percentPair(flip.from, flip.to);
  return `moving ${flip.name} from ${from} to ${to} swaps them`;
}

/**
 * Two weights as percentages, the second rounded away from the first (so that at the shown
 * value the swap has happened), with a decimal when whole percents would read the same.
 */
export function percentPair(from: number, to: number): [string, string] {
  for (const scale of [1, 10, 100]) {
    const f = Math.round(from * 100 * scale) / scale;
    const t = (to > from ? Math.ceil(to * 100 * scale) : Math.floor(to * 100 * scale)) / scale;
    if (f !== t || scale === 100) {
      const digits = scale === 1 ? 0 : scale === 10 ? 1 : 2;
      return [`${f.toFixed(digits)}%`, `${t.toFixed(digits)}%`];
    }
  }
  return [`${from}`, `${to}`];
}

/** " (counting X's unrated base pay as anywhere on its scale)" for the named options, or "". */
function assumptions(model: DecisionModel, ids: readonly string[]): string {
  const parts: string[] = [];
  let count = 0;
  for (const id of ids) {
    const alternative = model.alternatives.find((a) => a.id === id);
    if (!alternative || alternative.missing.length === 0) continue;
    const names = alternative.missing.map(
      (c) => model.criteria.find((x) => x.id === c)?.name.toLowerCase() ?? c,
    );
    count += names.length;
    parts.push(`${alternative.title}'s unrated ${listing(names)}`);
  }
  if (parts.length === 0) return "";
  return ` (counting ${listing(parts)} as anywhere on ${count === 1 ? "its scale" : "their scales"})`;
}

/** "a", "a and b", "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export interface MethodLeaders {
  wsm: string | null;
  topsis: string | null;
  promethee2: string | null;
  vikor: string | null;
  /** True when the four put the same option first. */
  agree: boolean;
}

/**
 * The option each ranking method puts first, over the same partial values (must-have failures
 * last, as in `rank`): weighted sum, TOPSIS, PROMETHEE II, VIKOR (`methods.ts`). On a tie for
 * first, the option listed first in the ranking.
 */
export function methodLeaders(model: DecisionModel, ranking: Ranking): MethodLeaders {
  const top = (r: Ranking) => r.alternatives[0]?.id ?? null;
  const wsm = top(ranking);
  if (model.alternatives.length === 0) {
    return { wsm, topsis: null, promethee2: null, vikor: null, agree: true };
  }
  const topsis = top(rank(model, { method: "topsis" }));
  const promethee2 = top(rank(model, { method: "promethee2" }));
  const vikor = top(rank(model, { method: "vikor" }));
  return {
    wsm,
    topsis,
    promethee2,
    vikor,
    agree: wsm === topsis && wsm === promethee2 && wsm === vikor,
  };
}

const METHOD_LABELS = {
  wsm: "the weighted sum",
  topsis: "TOPSIS",
  promethee2: "PROMETHEE II",
  vikor: "VIKOR",
} as const;

/**
 * "The four ranking methods agree: X comes first by each." or which methods put which option
 * first; "" without options.
 * @param title an option's title from its id.
 */
export function methodsSentence(methods: MethodLeaders, title: (id: string) => string): string {
  if (methods.wsm === null) return "";
  if (methods.agree) {
    return `The four ranking methods agree: ${title(methods.wsm)} comes first by each.`;
  }
  const byLeader = new Map<string, string[]>();
  for (const key of ["wsm", "topsis", "promethee2", "vikor"] as const) {
    const leader = methods[key];
    if (leader === null) continue;
    byLeader.set(leader, [...(byLeader.get(leader) ?? []), METHOD_LABELS[key]]);
  }
  const parts = [...byLeader].map(
    ([id, names]) => `${listing(names)} put${names.length === 1 ? "s" : ""} ${title(id)} first`,
  );
  return `The ranking methods disagree: ${parts.join("; ")}.`;
}
