/**
 * From reflection analyses to a draft decision profile: the values found (each with its
 * evidence as a note) and the stated criteria in the author's order with their value ids,
 * plus the paths and goals for the user to review. The shape fits the workspace profile
 * (`values: [{id, note}]`, `criteria: [{id, name, description, values, rank}]`) so that
 * `bearing reflect --write` can merge it; weights are left for the user to set.
 */

import { slugify } from "../slug.js";
import type { PathId, ValueId } from "../taxonomy.js";
import type { Reflection } from "./analyse.js";

export interface DraftProfile {
  /** Strongest first; `note` quotes the evidence sentences. */
  values: Array<{ id: ValueId; note: string }>;
  /** In the order stated (rank 1 = first stated); ids are unique slugs of the names. */
  criteria: Array<{
    id: string;
    name: string;
    description: string;
    values: ValueId[];
    rank: number;
  }>;
  paths: { considered: PathId[]; chosen: PathId | "undecided" };
  goals: string[];
}

/**
 * Merges one or more analyses (e.g. several posts by the same author) into a draft.
 * A value found in several posts keeps its best score for ordering and all its evidence;
 * criteria with the same name are kept once, at their first position; the chosen path is
 * the latest post's (by date, then argument order) unless it is `undecided`.
 */
export function draftProfile(reflections: readonly Reflection[]): DraftProfile {
  const values = new Map<ValueId, { score: number; evidence: string[] }>();
  for (const r of reflections) {
    for (const v of r.values) {
      const entry = values.get(v.id) ?? { score: 0, evidence: [] };
      entry.score = Math.max(entry.score, v.score);
      for (const e of v.evidence) if (!entry.evidence.includes(e)) entry.evidence.push(e);
      values.set(v.id, entry);
    }
  }

  const criteria: DraftProfile["criteria"] = [];
  const ids = new Set<string>();
  for (const c of reflections.flatMap((r) => r.criteria)) {
    const base = slug(c.name);
    if (criteria.some((x) => x.name.toLowerCase() === c.name.toLowerCase())) continue;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    criteria.push({
      id,
      name: c.name,
      description: `In your words: ${flat(c.evidence)}`,
      values: c.values,
      rank: criteria.length + 1,
    });
  }

  const considered = new Set<PathId>();
  for (const r of reflections) for (const p of r.paths.considered) considered.add(p);
  const byDate = reflections
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.date ?? "").localeCompare(b.r.date ?? "") || a.i - b.i);
  const decided = byDate.filter(({ r }) => r.paths.chosen !== "undecided").at(-1);

  return {
    values: [...values]
      .sort((a, b) => b[1].score - a[1].score)
      .map(([id, v]) => ({ id, note: v.evidence.map((e) => `“${flat(e)}”`).join(" ") })),
    criteria,
    paths: { considered: [...considered], chosen: decided?.r.paths.chosen ?? "undecided" },
    goals: [...new Set(reflections.flatMap((r) => r.goals.map(flat)))],
  };
}

/** Lower-case slug: letters and digits joined by `-` (the workspace's id pattern). */
export function slug(name: string): string {
  return slugify(name, { maxLength: 48, fallback: "criterion" });
}

function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
