/**
 * Role fit: how well the responsibilities a job description carries match what the user wants
 * more and less of (the profile's `responsibilities` preferences).
 *
 * The idea is person–job fit in its "needs–supplies" sense (Edwards 1991; Kristof-Brown,
 * Zimmerman & Johnson 2005, Personnel Psychology 58:281–342): a role fits when it supplies
 * the work a person wants and spares them the work they want less of. The scoring rule is
 * ours, kept simple enough to explain in one sentence:
 *
 *   coverage = Σ strength of wanted responsibilities present / number wanted
 *   burden   = Σ strength of unwanted responsibilities present / number unwanted
 *   fit      = mean of the parts that exist: coverage and (1 − burden)
 *
 * where a responsibility's strength is the analyser's evidence score in [0.5, 1] (absent = 0).
 */
import type { Profile } from "../model/profile.js";
import { RESPONSIBILITY_LABELS, type ResponsibilityId } from "../taxonomy.js";
import type { RoleAnalysis } from "./types.js";

export interface FitItem {
  id: ResponsibilityId;
  label: string;
  /** The analyser's evidence score in [0.5, 1], or 0 when the posting does not carry it. */
  strength: number;
  /** The strongest evidence sentence, when present. */
  evidence: string | null;
}

export interface RoleFit {
  /** Fit in [0, 1]: 1 = every wanted responsibility, strongly, and none of the unwanted. */
  score: number;
  /** Share of the wanted responsibilities the role carries, weighted by strength, in [0, 1]. */
  coverage: number | null;
  /** Share of the unwanted responsibilities the role carries, weighted by strength, in [0, 1]. */
  burden: number | null;
  /** Wanted responsibilities the role carries, strongest first. */
  wantedPresent: FitItem[];
  /** Wanted responsibilities the posting does not mention as duties. */
  wantedMissing: FitItem[];
  /** Unwanted responsibilities the role carries, strongest first. */
  unwantedPresent: FitItem[];
  /** One sentence for people: what it has, what it lacks, what it carries. */
  explanation: string;
}

/**
 * Compares a role's responsibilities with the profile's preferences.
 *
 * @param analysis the posting's analysis (`analyzeRole`)
 * @param preferences `profile.responsibilities`: id → `more` | `neutral` | `less`
 * @returns the fit, or null when the preferences say nothing (no `more` and no `less`) or the
 *   posting holds no duties (nothing to compare)
 */
export function roleFit(
  analysis: Pick<RoleAnalysis, "responsibilities">,
  preferences: Profile["responsibilities"],
): RoleFit | null {
  const wanted: ResponsibilityId[] = [];
  const unwanted: ResponsibilityId[] = [];
  for (const [id, preference] of Object.entries(preferences) as [ResponsibilityId, string][]) {
    if (preference === "more") wanted.push(id);
    else if (preference === "less") unwanted.push(id);
  }
  if (wanted.length + unwanted.length === 0 || analysis.responsibilities.length === 0) {
    return null;
  }
  const found = new Map(analysis.responsibilities.map((r) => [r.id, r]));
  const item = (id: ResponsibilityId): FitItem => {
    const finding = found.get(id);
    return {
      id,
      label: RESPONSIBILITY_LABELS[id],
      strength: finding?.score ?? 0,
      evidence: finding?.evidence[0] ?? null,
    };
  };
  const byStrength = (a: FitItem, b: FitItem) => b.strength - a.strength;
  const wantedItems = wanted.map(item);
  const unwantedItems = unwanted.map(item);
  const mean = (items: FitItem[]) =>
    items.length === 0 ? null : items.reduce((sum, i) => sum + i.strength, 0) / items.length;
  const coverage = mean(wantedItems);
  const burden = mean(unwantedItems);
  const parts = [coverage, burden === null ? null : 1 - burden].filter(
    (p): p is number => p !== null,
  );
  const score = parts.reduce((sum, p) => sum + p, 0) / parts.length;
  const wantedPresent = wantedItems.filter((i) => i.strength > 0).sort(byStrength);
  const wantedMissing = wantedItems.filter((i) => i.strength === 0);
  const unwantedPresent = unwantedItems.filter((i) => i.strength > 0).sort(byStrength);
  return {
    score,
    coverage,
    burden,
    wantedPresent,
    wantedMissing,
    unwantedPresent,
    explanation: explain(wanted.length, wantedPresent, wantedMissing, unwantedPresent),
  };
}

function explain(
  wantedCount: number,
  present: FitItem[],
  missing: FitItem[],
  unwanted: FitItem[],
): string {
  const names = (items: FitItem[]) => items.map((i) => i.label.toLowerCase()).join(", ");
  const parts: string[] = [];
  if (wantedCount > 0) {
    parts.push(
      present.length === 0
        ? "none of the work you want more of"
        : `${present.length} of ${wantedCount} things you want more of (${names(present)})`,
    );
    if (missing.length > 0 && present.length > 0) parts.push(`not ${names(missing)}`);
  }
  parts.push(
    unwanted.length === 0
      ? "none of what you want less of"
      : `but also ${names(unwanted)}, which you want less of`,
  );
  return `Has ${parts.join("; ")}.`;
}

/**
 * Places a fit on a criterion's scale: `min + score × (max − min)`, rounded to a whole step
 * for rating scales (they are rated in whole numbers, and the option page's rating input
 * takes whole numbers only: a suggested 4.9 could not even be saved from it).
 */
export function fitOnScale(score: number, min: number, max: number, rating: boolean): number {
  const value = min + score * (max - min);
  return rating ? Math.min(max, Math.max(min, Math.round(value))) : value;
}
