/**
 * Merging a draft profile (from `bearing reflect`) into `bearing.yaml` without overwriting
 * anything the user set: values and criteria the profile lacks are appended, with the
 * evidence as notes. A drafted criterion gets its weight in the profile's own weighting method
 * and scale, beside the existing criteria and in proportion to them (the drafted ones share
 * their part by rank-order centroid weights of the stated order; Barron & Barrett 1996; see
 * `inputsForNewCriteria`). A drafted criterion that an existing one already covers (same id,
 * same name, or the same leading value) is merged into it: not added, and named in the plan.
 * Existing entries are left exactly as they are. Comments and formatting survive (YAML
 * Document API), the result is validated as every command reads it (so it never leaves a
 * profile `rank` refuses), and the write is atomic and guarded by the hash of what was read.
 */
import { isMap, isSeq, type YAMLSeq } from "yaml";
import { deriveWeights, inputsForNewCriteria } from "../core/decision/weights.js";
import { BearingError, errorsOf } from "../core/errors.js";
import { rankOrderCentroidWeights } from "../core/mcda/weighting/rank-order.js";
import type { DraftProfile } from "../core/reflect/profile.js";
import { inspectWorkspace, PROFILE_FILE } from "./load.js";
import { updateProfile, type YamlDoc } from "./profile-edit.js";
import type { Storage } from "./storage.js";

export interface MergePlan {
  addedValues: { id: string; note: string }[];
  /**
   * Criteria added: `input` is what the weighting method reads, as written (e.g. `points: 9`);
   * `weight` the normalised weight it takes in the merged profile (0–1).
   */
  addedCriteria: {
    id: string;
    name: string;
    weight: number;
    input?: { field: string; value: number };
    values: string[];
  }[];
  /** Drafted criteria an existing criterion already covers: not added, and why. */
  merged: { name: string; into: string; reason: string }[];
  /** Draft entries left out because the profile already has them (by id or name). */
  kept: string[];
  /** The new text of bearing.yaml. */
  text: string;
}

/**
 * Plans the merge and, unless `dryRun`, writes it.
 * @throws BearingError (input) when there is no workspace, bearing.yaml is invalid, or it
 *   changed on disk meanwhile (`conflict`).
 */
export async function mergeDraft(
  storage: Storage,
  draft: DraftProfile,
  options: { dryRun?: boolean } = {},
): Promise<MergePlan> {
  const state = await inspectWorkspace(storage);
  const profileErrors = errorsOf(state.issues).filter((issue) => issue.file === PROFILE_FILE);
  if (!state.profile || !state.profileSource || profileErrors.length > 0) {
    throw new BearingError(
      "bearing.yaml must be valid before a draft is merged into it",
      profileErrors.length > 0 ? profileErrors : state.issues,
    );
  }
  const profile = state.profile;
  const kept: string[] = [];

  const haveValues = new Set(profile.values.map((v) => v.id));
  const addedValues = draft.values.filter((v) => {
    if (haveValues.has(v.id)) kept.push(`value ${v.id}`);
    return !haveValues.has(v.id);
  });

  const drafted = [...draft.criteria].sort((a, b) => a.rank - b.rank);
  const shares = drafted.length > 0 ? rankOrderCentroidWeights(drafted.map((c) => c.rank)) : [];
  const merged: MergePlan["merged"] = [];
  const ids = new Set(profile.criteria.map((c) => c.id));
  const fresh: { criterion: (typeof drafted)[number]; share: number }[] = [];
  drafted.forEach((criterion, index) => {
    const cover = coveringCriterion(profile, criterion);
    if (cover) {
      merged.push({ name: criterion.name, into: cover.id, reason: cover.reason });
      return;
    }
    let id = criterion.id;
    for (let n = 2; ids.has(id); n++) id = `${criterion.id}-${n}`;
    ids.add(id);
    fresh.push({ criterion: { ...criterion, id }, share: shares[index] ?? 0 });
  });
  // The drafted criteria left share their part in proportion to their stated order.
  const total = fresh.reduce((sum, f) => sum + f.share, 0);
  const inputs = inputsForNewCriteria(
    profile,
    fresh.map((f) => ({ id: f.criterion.id, share: total > 0 ? f.share / total : 0 })),
  );
  const criterionNodes: Record<string, unknown>[] = fresh.map(({ criterion }, i) => {
    const input = inputs[i]?.input;
    return {
      id: criterion.id,
      name: criterion.name,
      ...(criterion.description ? { description: criterion.description } : {}),
      ...(input ? { [input.field]: input.value } : {}),
      values: criterion.values,
    };
  });
  const judgements = inputs.flatMap((i) => i.pairwise);
  // The normalised weights of the merged profile, for the plan.
  const mergedProfile = {
    ...profile,
    criteria: [
      ...profile.criteria,
      ...criterionNodes.map((node) => ({
        ...(node as object),
        scale: { kind: "rating", min: 1, max: 5 },
      })),
    ],
    weighting: {
      ...profile.weighting,
      pairwise: [...(profile.weighting.pairwise ?? []), ...judgements],
    },
  } as typeof profile;
  const weights =
    fresh.length > 0 && profile.weighting.method !== "judgements"
      ? deriveWeights(mergedProfile).weights
      : [];
  const addedCriteria: MergePlan["addedCriteria"] = fresh.map(({ criterion }, i) => {
    const input = inputs[i]?.input;
    return {
      id: criterion.id,
      name: criterion.name,
      weight: Math.round((weights[profile.criteria.length + i] ?? 0) * 1000) / 1000,
      ...(input ? { input } : {}),
      values: criterion.values,
    };
  });

  const nothingNew = addedValues.length === 0 && addedCriteria.length === 0;
  const text = await updateProfile(
    storage,
    (doc) => {
      if (addedValues.length > 0) {
        const values = ensureSeq(doc, "values");
        for (const value of addedValues)
          values.add(doc.createNode({ id: value.id, note: value.note }));
      }
      for (const node of criterionNodes) ensureSeq(doc, "criteria").add(doc.createNode(node));
      if (judgements.length > 0) {
        const pairs = doc.getIn(["weighting", "pairwise"], true);
        for (const judgement of judgements) {
          const node = doc.createNode(judgement) as YAMLSeq;
          node.flow = true;
          if (isSeq(pairs)) pairs.items.push(node as never);
          else doc.setIn(["weighting", "pairwise"], doc.createNode([judgement]));
        }
      }
    },
    { dryRun: options.dryRun || nothingNew, expectedHash: state.profileSource.hash },
  );
  return { addedValues, addedCriteria, merged, kept, text };
}

/**
 * The existing criterion a drafted one duplicates, if any: the same id, the same name (case
 * aside), or the same leading value (a post's "Fair pay" is the profile's pay criterion when
 * both name `compensation` first).
 */
function coveringCriterion(
  profile: { criteria: readonly { id: string; name: string; values: readonly string[] }[] },
  drafted: { id: string; name: string; values: readonly string[] },
): { id: string; reason: string } | undefined {
  for (const c of profile.criteria) {
    if (c.id === drafted.id) return { id: c.id, reason: "same id" };
    if (c.name.toLowerCase() === drafted.name.toLowerCase())
      return { id: c.id, reason: "same name" };
  }
  const lead = drafted.values[0];
  if (lead === undefined) return undefined;
  const same = profile.criteria.find((c) => c.values[0] === lead);
  return same ? { id: same.id, reason: `both are about ${lead}` } : undefined;
}

function ensureSeq(doc: YamlDoc, key: string): YAMLSeq {
  const node = doc.get(key, true);
  if (isSeq(node)) {
    // `values: []` as written by init is a flow sequence; entries read better as a block.
    node.flow = false;
    return node;
  }
  const seq = doc.createNode([]) as YAMLSeq;
  if (isMap(doc.contents)) doc.set(key, seq);
  return seq;
}
