/**
 * A hand-made learned role model for tests of the code that applies one (core/roles/learned.ts),
 * so a test states the weights it reasons about instead of depending on the trained model.
 */
import type { LearnedRoleModel } from "../core/roles/learned.js";
import {
  ARCHETYPE_IDS,
  type ArchetypeId,
  RESPONSIBILITY_IDS,
  type ResponsibilityId,
} from "../core/taxonomy.js";

type ResponsibilityModel = LearnedRoleModel["responsibilities"][ResponsibilityId];

/**
 * @param archetypeBias each archetype's score (its bias; no weights), -10 for those not given
 * @param options.confident the confidence below which the reading is "X or Y" (default 0.6)
 * @param options.responsibilities the responsibility models given; every other is off
 *   (bias -5, no weights, threshold 0.5)
 */
export function handMadeRoleModel(
  archetypeBias: Partial<Record<ArchetypeId, number>>,
  options: {
    confident?: number;
    responsibilities?: Partial<Record<ResponsibilityId, ResponsibilityModel>>;
  } = {},
): LearnedRoleModel {
  return {
    provenance: { command: "test", seed: 1, data: "none", settings: {} },
    features: { cueScale: 3, anywhere: true, grams: true },
    responsibilities: Object.fromEntries(
      RESPONSIBILITY_IDS.map((id) => [
        id,
        options.responsibilities?.[id] ?? { bias: -5, weights: {}, threshold: 0.5 },
      ]),
    ) as LearnedRoleModel["responsibilities"],
    archetype: {
      classes: ARCHETYPE_IDS,
      bias: Object.fromEntries(ARCHETYPE_IDS.map((k) => [k, archetypeBias[k] ?? -10])) as Record<
        ArchetypeId,
        number
      >,
      weights: Object.fromEntries(ARCHETYPE_IDS.map((k) => [k, {}])) as Record<
        ArchetypeId,
        Record<string, number>
      >,
      temperature: 1,
    },
    confident: options.confident ?? 0.6,
  };
}
