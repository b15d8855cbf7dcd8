/**
 * The decision profile: what `bearing.yaml` holds. The question being decided, the person's
 * values, the criteria (with their scales, directions, value functions and weights or the
 * inputs weights are derived from), preferences over responsibilities, must-haves and
 * settings.
 *
 * Schemas are zod so that loading reports typed issues with a path, and so that the JSON
 * Schema shipped for editors (`schema/bearing.schema.json`) is generated from the same source.
 */
import { z } from "zod";
import { moneySettingsSchema } from "../money/schema.js";
import {
  HANDS_ON_LEVELS,
  REPORTS_TO_IDS,
  RESPONSIBILITY_IDS,
  STAGES,
  VALUE_IDS,
  WORK_MODES,
} from "../taxonomy.js";
import { finite } from "./number.js";

export { finite };

/** Ids of criteria and options: lower-case slugs, as they appear in files and on the CLI. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const idSchema = z
  .string()
  .regex(
    ID_PATTERN,
    "use lower-case letters, digits, '-' and '_', starting with a letter or digit",
  );

export const valueIdSchema = z.enum(VALUE_IDS);

/**
 * A criterion's measurement scale.
 * - `rating`: an ordinal judgement from `min` to `max` (default 1–5).
 * - `number`: a quantity with a unit (e.g. `USD/year`, `hours/week`); `min`/`max` bound the
 *   value function. Without bounds, the range of the options' ratings is used (min-max
 *   normalisation over the alternatives).
 */
export const scaleSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("rating"),
      min: finite().default(1),
      max: finite().default(5),
    })
    .strict(),
  z
    .object({
      kind: z.literal("number"),
      unit: z.string().min(1),
      min: finite().optional(),
      max: finite().optional(),
    })
    .strict(),
]);
export type Scale = z.infer<typeof scaleSchema>;

/**
 * How a rating becomes a partial value in [0, 1] (von Winterfeldt & Edwards 1986, ch. 7):
 * - `linear` over the scale, increasing for `direction: max`, decreasing for `min`;
 * - `piecewise`: the points `[rating, value]` given, interpolated linearly and clamped at the
 *   ends; the points themselves say which way is better, so `direction` is not used.
 */
export const valueFunctionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("linear") }).strict(),
  z
    .object({
      type: z.literal("piecewise"),
      points: z.array(z.tuple([finite(), finite().min(0).max(1)])).min(2),
    })
    .strict()
    // One rating, one value: the ratings must increase strictly (as the engine's
    // piecewiseLinearValue requires), or the function is not a function.
    .superRefine((spec, ctx) => {
      spec.points.forEach(([x], index) => {
        const before = spec.points[index - 1]?.[0];
        if (before !== undefined && !(x > before)) {
          ctx.addIssue({
            code: "custom",
            path: ["points", index, 0],
            message: `${x} ${x === before ? "repeats" : "comes after"} the rating ${before} before it: the points' ratings must increase strictly`,
          });
        }
      });
    }),
]);
export type ValueFunctionSpec = z.infer<typeof valueFunctionSchema>;

export const criterionSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    description: z.string().optional(),
    /**
     * The question that would settle an option's rating on this criterion, shown by
     * `bearing next` when the rating is unknown or unsure (e.g. "Who sets the technical
     * roadmap, and who can overrule it?"). Without it, one is made from the name.
     */
    ask: z.string().min(1).optional(),
    direction: z.enum(["max", "min"]).default("max"),
    scale: scaleSchema.default({ kind: "rating", min: 1, max: 5 }),
    valueFunction: valueFunctionSchema.optional(),
    /** Direct weight (any non-negative scale; normalised to sum 1). */
    weight: finite().min(0).optional(),
    /** Points out of 100 (weighting method `points`). */
    points: finite().min(0).optional(),
    /** Importance rank, 1 = most important (weighting method `rank`). */
    rank: z.int().min(1).optional(),
    /** Swing rating 0–100, 100 for the most important swing (weighting method `swing`). */
    swing: finite().min(0).max(100).optional(),
    /**
     * Range the robustness analysis draws this criterion's weight from (on the scale of the
     * normalised weights, 0–1), before the drawn weights are renormalised to sum to 1: the
     * interval bounds the draw, so a normalised weight can end slightly outside it.
     */
    weightInterval: z.tuple([finite().min(0), finite().min(0)]).optional(),
    values: z.array(valueIdSchema).default([]),
    /**
     * Where ratings come from for options that do not rate this criterion themselves:
     * `roleFit` places the role fit of the option's job description (its responsibilities
     * against `responsibilities` below, see `src/core/roles/fit.ts`) on the scale. An
     * option's own rating always wins; `bearing option accept` writes the derived one in.
     * `totalCompensation` (a `number` scale with unit `<CUR>/year`) rates each option with a
     * `compensation` block by `[p10, p90]` of its annual total (see `src/core/money/`).
     */
    derived: z.enum(["roleFit", "totalCompensation"]).optional(),
    /** Shared reports and posts show this criterion's weight but not its name or description. */
    private: z.boolean().optional(),
  })
  .strict();
export type Criterion = z.infer<typeof criterionSchema>;

export const WEIGHTING_METHODS = [
  "direct",
  "points",
  "rank",
  "swing",
  "ahp",
  "judgements",
] as const;
export type WeightingMethod = (typeof WEIGHTING_METHODS)[number];

export const weightingSchema = z
  .object({
    method: z.enum(WEIGHTING_METHODS).default("direct"),
    /** Rank-order weights: rank-order centroid (Barron & Barrett 1996) or rank sum. */
    rankWeights: z.enum(["centroid", "sum"]).default("centroid"),
    /**
     * AHP judgements (Saaty 1980): `[a, b, ratio]` says criterion a is `ratio` times as
     * important as b, on Saaty's 1–9 scale (reciprocals allowed).
     */
    pairwise: z.array(z.tuple([idSchema, idSchema, finite().positive()])).optional(),
  })
  .strict();
export type Weighting = z.infer<typeof weightingSchema>;

export const PREFERENCES = ["more", "neutral", "less"] as const;
export type ResponsibilityPreference = (typeof PREFERENCES)[number];

export const FACT_FIELDS = ["workMode", "stage", "reportsTo", "handsOn"] as const;
export type FactField = (typeof FACT_FIELDS)[number];

const FACT_VALUES: Record<FactField, readonly string[]> = {
  workMode: WORK_MODES,
  stage: STAGES,
  reportsTo: REPORTS_TO_IDS,
  handsOn: HANDS_ON_LEVELS,
};

/**
 * A must-have: a non-compensatory screen (conjunctive rule, Hwang & Yoon 1981 §3.1).
 * Either a bound on a criterion's rating, or the allowed values of a role fact.
 */
export const mustHaveSchema = z.union([
  z
    .object({
      label: z.string().optional(),
      criterion: idSchema,
      atLeast: finite().optional(),
      atMost: finite().optional(),
    })
    .strict()
    .refine((m) => m.atLeast !== undefined || m.atMost !== undefined, {
      message: "a criterion must-have needs atLeast or atMost",
    }),
  z
    .object({
      label: z.string().optional(),
      fact: z.enum(FACT_FIELDS),
      oneOf: z.array(z.string()).min(1),
    })
    .strict()
    .superRefine((m, ctx) => {
      const allowed = FACT_VALUES[m.fact];
      m.oneOf.forEach((value, index) => {
        if (!allowed.includes(value)) {
          ctx.addIssue({
            code: "custom",
            path: ["oneOf", index],
            message: `"${value}" is not a ${m.fact}; use one of ${allowed.join(", ")}`,
          });
        }
      });
    }),
]);
export type MustHave = z.infer<typeof mustHaveSchema>;

export const valueEntrySchema = z
  .object({
    id: valueIdSchema,
    note: z.string().optional(),
    /** Left out of shared reports and posts. */
    private: z.boolean().optional(),
  })
  .strict();

/**
 * A holistic judgement between two real options (contracts.md, "Judgements"): the overall
 * value of `prefer` is strictly greater than that of `over` (robust ordinal regression,
 * Greco, Mousseau & Słowiński 2008). Option ids; see `core/decision/judgements.ts`.
 */
export const judgementSchema = z.object({ prefer: idSchema, over: idSchema }).strict();
export type Judgement = z.infer<typeof judgementSchema>;

/**
 * An answer to a trade-off question (`bearing weigh`, PAPRIKA-style; Hansen & Ombler 2008):
 * a hypothetical role rated `prefer` is better than one rated `over`, everything else being
 * equal. Both name the same criteria (ids), with ratings on each criterion's scale.
 */
export const tradeoffSchema = z
  .object({
    prefer: z.record(idSchema, finite()),
    over: z.record(idSchema, finite()),
  })
  .strict();
export type Tradeoff = z.infer<typeof tradeoffSchema>;

export const settingsSchema = z
  .object({
    /** Samples for the robustness analysis (SMAA-2) shown beside the ranking. */
    samples: z.int().min(100).max(1_000_000).default(10_000),
    /** Seed of the robustness analysis, so the figures are reproducible. */
    seed: z.int().default(1),
    /**
     * Relative uncertainty of the stated weights in the robustness analysis: each weight is
     * sampled within ±this share of itself (a criterion's `weightInterval` overrides it).
     */
    weightUncertainty: finite().min(0).max(1).default(0.25),
    /** Include declined and withdrawn options in rankings. */
    rankClosedOptions: z.boolean().default(false),
  })
  .strict();

export const profileSchema = z
  .object({
    version: z.literal(1).default(1),
    question: z.string().min(1),
    values: z.array(valueEntrySchema).default([]),
    criteria: z.array(criterionSchema).min(1, "add at least one criterion"),
    weighting: weightingSchema.default({ method: "direct", rankWeights: "centroid" }),
    responsibilities: z.partialRecord(z.enum(RESPONSIBILITY_IDS), z.enum(PREFERENCES)).default({}),
    mustHaves: z.array(mustHaveSchema).default([]),
    /** Currency, exchange rates, working days and horizon for `compensation` blocks. */
    money: moneySettingsSchema.optional(),
    judgements: z.array(judgementSchema).default([]),
    tradeoffs: z.array(tradeoffSchema).default([]),
    settings: settingsSchema.default({
      samples: 10_000,
      seed: 1,
      weightUncertainty: 0.25,
      rankClosedOptions: false,
    }),
  })
  .strict();
export type Profile = z.infer<typeof profileSchema>;
