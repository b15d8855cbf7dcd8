/**
 * Merging a draft profile (from `bearing reflect`) into `bearing.yaml` without overwriting
 * anything the user set: values and criteria the profile lacks are appended, with the
 * evidence as notes and rank-order-centroid weights from the stated order (Barron & Barrett
 * 1996); existing entries are left exactly as they are. Comments and formatting survive
 * (YAML Document API), the result is validated before writing, and the write is atomic and
 * guarded by the hash of what was read.
 */
import { isMap, isSeq, type YAMLSeq } from "yaml";
import { BearingError, errorsOf } from "../core/errors.js";
import { rankOrderCentroidWeights } from "../core/mcda/weighting/rank-order.js";
import type { DraftProfile } from "../core/reflect/profile.js";
import { inspectWorkspace, PROFILE_FILE } from "./load.js";
import { updateProfile, type YamlDoc } from "./profile-edit.js";
import type { Storage } from "./storage.js";

export interface MergePlan {
  addedValues: { id: string; note: string }[];
  addedCriteria: { id: string; name: string; weight: number; values: string[] }[];
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

  const haveIds = new Set(profile.criteria.map((c) => c.id));
  const haveNames = new Set(profile.criteria.map((c) => c.name.toLowerCase()));
  const drafted = [...draft.criteria].sort((a, b) => a.rank - b.rank);
  const weights = drafted.length > 0 ? rankOrderCentroidWeights(drafted.map((c) => c.rank)) : [];
  const addedCriteria: MergePlan["addedCriteria"] = [];
  const criterionNodes: Record<string, unknown>[] = [];
  drafted.forEach((criterion, index) => {
    if (haveIds.has(criterion.id) || haveNames.has(criterion.name.toLowerCase())) {
      kept.push(`criterion ${criterion.id}`);
      return;
    }
    const weight = Math.round((weights[index] ?? 0) * 1000) / 1000;
    addedCriteria.push({
      id: criterion.id,
      name: criterion.name,
      weight,
      values: criterion.values,
    });
    criterionNodes.push({
      id: criterion.id,
      name: criterion.name,
      ...(criterion.description ? { description: criterion.description } : {}),
      weight,
      rank: criterion.rank,
      values: criterion.values,
    });
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
    },
    { dryRun: options.dryRun || nothingNew, expectedHash: state.profileSource.hash },
  );
  return { addedValues, addedCriteria, kept, text };
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
