/**
 * An option: one possible next step, kept as `options/<slug>.md` with YAML front matter and
 * a Markdown body (the job description and the user's notes).
 */
import { z } from "zod";
import { compensationPackageSchema } from "../money/schema.js";
import {
  HANDS_ON_LEVELS,
  PATH_IDS,
  PAY_PERIODS,
  REPORTS_TO_IDS,
  STAGES,
  WORK_MODES,
} from "../taxonomy.js";
import { finite, idSchema } from "./profile.js";

/** Where an option stands, from a first idea to a closed door. */
export const OPTION_STATUSES = [
  "idea",
  "exploring",
  "talking",
  "interviewing",
  "offer",
  "accepted",
  "declined",
  "withdrawn",
] as const;
export type OptionStatus = (typeof OPTION_STATUSES)[number];

/** Statuses of options no longer in play: left out of rankings unless asked for. */
export const CLOSED_STATUSES: readonly OptionStatus[] = ["declined", "withdrawn"];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDateSchema = z
  .string()
  .regex(ISO_DATE, "use an ISO date such as 2026-11-21")
  // Date.parse rolls 2026-02-31 over to March; a real date prints back as itself.
  .refine((s) => {
    const time = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
  }, "not a calendar date");

/**
 * A rating: a number on the criterion's scale, an interval `[low, high]` when unsure, or
 * `null`/absent when not yet known (never read as zero).
 */
export const ratingSchema = z.union([
  finite(),
  z.tuple([finite(), finite()]).refine(([low, high]) => low <= high, {
    message: "an interval is [low, high] with low <= high",
  }),
  z.null(),
]);
export type Rating = z.infer<typeof ratingSchema>;

export const contactSchema = z
  .object({
    name: z.string().min(1),
    role: z.string().optional(),
    relation: z.string().optional(),
    lastContact: isoDateSchema.optional(),
    notes: z.string().optional(),
  })
  .strict();

export const companySchema = z
  .object({
    headcount: z.int().min(1).optional(),
    stage: z.enum(STAGES).optional(),
    funding: z.string().optional(),
    runwayMonths: finite().min(0).optional(),
    timeToMarket: z.enum(["low", "medium", "high"]).optional(),
  })
  .strict();

export const compensationSchema = z
  .object({
    min: finite().min(0),
    max: finite().min(0),
    currency: z.string().regex(/^[A-Z]{3}$/, "use an ISO 4217 code such as USD, EUR or GBP"),
    period: z.enum(PAY_PERIODS),
  })
  .strict();

/** Facts of the role; filled from the job description where empty, never overwritten. */
export const factsSchema = z
  .object({
    reportsTo: z.enum(REPORTS_TO_IDS).optional(),
    teamSize: z
      .object({ min: z.int().min(0), max: z.int().min(0) })
      .strict()
      .optional(),
    handsOn: z.enum(HANDS_ON_LEVELS).optional(),
    compensation: compensationSchema.optional(),
    workMode: z.enum(WORK_MODES).optional(),
    stage: z.enum(STAGES).optional(),
  })
  .strict();
export type OptionFacts = z.infer<typeof factsSchema>;

export const optionFrontMatterSchema = z
  .object({
    id: idSchema.optional(),
    title: z.string().min(1),
    organisation: z.string().optional(),
    path: z.enum(PATH_IDS).optional(),
    status: z.enum(OPTION_STATUSES).default("idea"),
    dates: z
      .object({
        added: isoDateSchema.optional(),
        updated: isoDateSchema.optional(),
        applied: isoDateSchema.optional(),
        decideBy: isoDateSchema.optional(),
      })
      .strict()
      .optional(),
    nextStep: z.string().optional(),
    contacts: z.array(contactSchema).default([]),
    company: companySchema.optional(),
    facts: factsSchema.optional(),
    /** What the role pays: base, bonus, sign-on, equity, day rate, retainer (core/money). */
    compensation: compensationPackageSchema.optional(),
    ratings: z.record(z.string(), ratingSchema).default({}),
    tags: z.array(z.string()).default([]),
    /** Never shared: `bearing report --share` and `journal export` leave the option out whole. */
    private: z.boolean().optional(),
  })
  .strict();
export type OptionFrontMatter = z.infer<typeof optionFrontMatterSchema>;

/** An option as loaded: its front matter, body, and where it came from. */
export interface DecisionOption extends OptionFrontMatter {
  /** The option id: front matter `id`, else the file's slug. */
  id: string;
  /** Workspace-relative path, e.g. `options/scaleup-cto.md`. */
  file: string;
  /** The Markdown body (job description and notes). */
  body: string;
  /**
   * Fields not written by the user but read from the job description (see
   * `decision/role-reading.ts`): fact names and criterion ids. Absent on options as written.
   */
  derived?: {
    facts: (keyof OptionFacts)[];
    ratings: string[];
    /** Set when `compensation.base` was filled from the pay the posting (or `facts`) states. */
    compensationBase?: boolean;
  };
}
