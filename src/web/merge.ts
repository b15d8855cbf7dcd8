/**
 * The workbench's edits as field-level changes, and how to carry them over to a newer version
 * of a file: a three-way merge of the value the user started from (`base`), the value on disk
 * now (`theirs`) and the user's (`ours`). Pure: no I/O, no browser.
 *
 * Field names:
 * - an option: its front-matter path with dots, e.g. `nextStep`, `ratings.pay`, `contacts`;
 * - bearing.yaml: `criteria.<id>.<field>` (a weight input such as `points`), `criteria.order`
 *   (the list of criterion ids), `weighting.method`, and `weighting.pairwise.<a>.<b>`: one AHP
 *   judgement, how many times criterion a matters more than b, with a before b in code-point
 *   order (see {@link judgementChange}), so each pair has one name whichever way it was written.
 */
import { type Judgement, judgementOf } from "../core/decision/pairwise.js";
import type { Profile } from "../core/model/profile.js";

/** The user's change to one field: the new value, and the value it replaced. */
export interface FieldChange {
  field: string;
  /** `null` removes the field. */
  value: unknown;
  base: unknown;
}

/** A field both the user and someone else changed, to different values. */
export interface MergeConflict {
  field: string;
  ours: unknown;
  theirs: unknown;
  base: unknown;
}

export interface MergePlan {
  /** Our changes to write over their version; `base` is now their value. */
  apply: FieldChange[];
  /** Fields changed on both sides: the user picks one value. */
  conflicts: MergeConflict[];
  /** Fields whose new version already holds our value: nothing left to write. */
  settled: string[];
}

/**
 * Equality of field values as the files mean them: `null` and absent are the same, numbers
 * equal within 1e-9 relative (a judgement read back as 1 / (1 / x)), records and lists deep.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a == null || b == null) return a == null && b == null;
  if (typeof a === "number" && typeof b === "number") {
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameValue(x, b[i]))
    );
  }
  if (typeof a === "object" && typeof b === "object") {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    return [...keys].every((key) => sameValue(x[key], y[key]));
  }
  return a === b;
}

/**
 * Carries our changes over to their version of the file: a field they left as it was takes
 * our value; a field they changed to our value needs nothing; a field they changed otherwise
 * is a conflict for the user to decide.
 * @param theirs reads a field of their version (`undefined` when absent).
 */
export function planMerge(
  changes: readonly FieldChange[],
  theirs: (field: string) => unknown,
): MergePlan {
  const plan: MergePlan = { apply: [], conflicts: [], settled: [] };
  for (const change of changes) {
    const current = theirs(change.field);
    if (sameValue(current, change.value)) plan.settled.push(change.field);
    else if (sameValue(current, change.base)) {
      plan.apply.push({ field: change.field, value: change.value, base: current });
    } else {
      plan.conflicts.push({
        field: change.field,
        ours: change.value,
        theirs: current,
        base: change.base,
      });
    }
  }
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Options

/** A front-matter field of an option by its dotted path; `undefined` when absent. */
export function readOptionField(option: object, field: string): unknown {
  let node: unknown = option;
  for (const key of field.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `option` with the changes applied (`null` removes a field); the rest shared. */
export function withOptionChanges<T extends object>(
  option: T,
  changes: readonly Pick<FieldChange, "field" | "value">[],
): T {
  let result = option;
  for (const { field, value } of changes) result = setPath(result, field.split("."), value);
  return result;
}

function setPath<T>(node: T, path: readonly string[], value: unknown): T {
  const [key, ...rest] = path;
  if (key === undefined) return value as T;
  const record: Record<string, unknown> =
    node !== null && typeof node === "object" && !Array.isArray(node)
      ? { ...(node as Record<string, unknown>) }
      : {};
  if (rest.length === 0 && value == null) delete record[key];
  else record[key] = setPath(record[key], rest, value);
  return record as T;
}

// ---------------------------------------------------------------------------------------------
// bearing.yaml

/** The field name and value for "a matters `ratio` times as much as b". */
export function judgementChange(
  a: string,
  b: string,
  ratio: number,
): { field: string; value: number } {
  return a < b
    ? { field: `weighting.pairwise.${a}.${b}`, value: ratio }
    : { field: `weighting.pairwise.${b}.${a}`, value: 1 / ratio };
}

/**
 * `pairwise` with judgements set: a pair already written keeps its orientation and place; a
 * new pair is appended as `[a, b, ratio]`.
 */
export function withJudgements(
  pairwise: readonly Judgement[] | undefined,
  judgements: readonly Judgement[],
): [string, string, number][] {
  const result = (pairwise ?? []).map(([a, b, r]): [string, string, number] => [a, b, r]);
  for (const [a, b, ratio] of judgements) {
    let placed = false;
    for (const triple of result) {
      if (triple[0] === a && triple[1] === b) triple[2] = ratio;
      else if (triple[0] === b && triple[1] === a) triple[2] = 1 / ratio;
      else continue;
      placed = true;
    }
    if (!placed) result.push([a, b, ratio]);
  }
  return result;
}

/** A field of the profile by the names above; `undefined` when absent. */
export function readProfileField(profile: Profile, field: string): unknown {
  const [root, first, second, third] = field.split(".");
  if (root === "criteria" && first === "order") return profile.criteria.map((c) => c.id);
  if (root === "criteria" && first !== undefined && second !== undefined) {
    const criterion = profile.criteria.find((c) => c.id === first);
    return criterion ? (criterion as Record<string, unknown>)[second] : undefined;
  }
  if (root === "weighting" && first === "method") return profile.weighting.method;
  if (root === "weighting" && first === "pairwise" && second && third) {
    return judgementOf(profile.weighting.pairwise, second, third);
  }
  return undefined;
}

/** The profile as it will read once the changes are written. */
export function withProfileChanges(
  profile: Profile,
  changes: readonly Pick<FieldChange, "field" | "value">[],
): Profile {
  const split = splitProfileChanges(changes);
  let criteria = profile.criteria.map((criterion) => {
    const fields = split.criteria.get(criterion.id);
    if (!fields) return criterion;
    const copy: Record<string, unknown> = { ...criterion };
    for (const [key, value] of fields) {
      if (value == null) delete copy[key];
      else copy[key] = value;
    }
    return copy as typeof criterion;
  });
  if (split.order) {
    const byId = new Map(criteria.map((c) => [c.id, c]));
    const ordered = split.order.flatMap((id) => byId.get(id) ?? []);
    // An order that no longer lists every criterion (one was added on disk) is not applied.
    if (ordered.length === criteria.length) criteria = ordered;
  }
  const weighting = { ...profile.weighting };
  if (split.method) weighting.method = split.method as Profile["weighting"]["method"];
  if (split.judgements.length > 0) {
    weighting.pairwise = withJudgements(weighting.pairwise, split.judgements);
  }
  return { ...profile, criteria, weighting };
}

/** Profile changes grouped the way the API takes them. */
export interface ProfileChangeGroups {
  /** Criterion id → field → value (`null` removes). */
  criteria: Map<string, Map<string, unknown>>;
  order?: string[];
  method?: string;
  judgements: Judgement[];
}

/** Groups profile changes by the request that writes them. */
export function splitProfileChanges(
  changes: readonly Pick<FieldChange, "field" | "value">[],
): ProfileChangeGroups {
  const groups: ProfileChangeGroups = { criteria: new Map(), judgements: [] };
  for (const { field, value } of changes) {
    const [root, first, second, third] = field.split(".");
    if (root === "criteria" && first === "order") groups.order = value as string[];
    else if (root === "criteria" && first !== undefined && second !== undefined) {
      const fields = groups.criteria.get(first) ?? new Map<string, unknown>();
      fields.set(second, value);
      groups.criteria.set(first, fields);
    } else if (root === "weighting" && first === "method") groups.method = value as string;
    else if (root === "weighting" && first === "pairwise" && second && third) {
      groups.judgements.push([second, third, value as number]);
    }
  }
  return groups;
}
