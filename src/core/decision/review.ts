/**
 * Reviews of past decisions (`bearing review`; the contract's "Decision record": "records how
 * each criterion turned out, beside what was expected"): how the chosen option turned out on
 * each criterion, months later, against the rating the decision was ranked with, and, across
 * every reviewed decision, where the user's ratings lean too hopeful or too gloomy.
 *
 * A review is its own file beside the record it reviews, never an edit of that sealed record:
 * `decisions/<record name>.review-<yyyy-mm-dd>.md` (`-2`, … when taken), front matter
 * ```yaml
 * decision: decisions/2026-12-02-seed-cto.md   # the record reviewed
 * decisionSha256: <the record's sha256>        # its seal, so the review names one version
 * chosen: seed-cto
 * date: 2027-06-01                             # the day of the review
 * outcomes:                                    # criterion → what was expected and what came
 *   strategy: { expected: 4, actual: 3 }       # expected: the snapshot's rating as ranked
 *   pay: { expected: [300000, 390000], actual: 310000 }
 * ```
 * and a body for notes. Reviews are the user's account, not sealed: the expected side is read
 * from the sealed record, and a review whose copy disagrees with it gets a warning.
 *
 * The lean of a criterion is its forecast bias, the mean error of the forecasts (Hyndman &
 * Athanasopoulos, *Forecasting: Principles and Practice*, 3rd ed., 2021, §5.8): the mean over
 * the reviewed decisions of actual − expected, in the criterion's units, where an expected
 * interval counts as its midpoint. Its sign is read with the criterion's direction: an outcome
 * worse than rated (lower for `max`, higher for `min`) means the rating was too hopeful. Divided
 * by the scale's span (max − min, when the scale has both) it is comparable across criteria;
 * under {@link ABOUT_RIGHT} of the span (or, without a span, of the mean expected value's size)
 * it reads "about right".
 */
import { z } from "zod";
import { isoDateSchema, type Rating, ratingSchema } from "../model/option.js";
import { idSchema, type Scale } from "../model/profile.js";
import { DECISIONS_DIR } from "./record.js";

/** Below this share of the scale's span a mean error reads "about right" (0.2 on 1–5). */
export const ABOUT_RIGHT = 0.05;

const HEX64 = /^[0-9a-f]{64}$/;

/** `<record>.review-<date>[-n].md`: the review files in `decisions/`. */
export const REVIEW_NAME = /^(.+)\.review-(\d{4}-\d{2}-\d{2})(?:-\d+)?\.md$/;

export const reviewSchema = z
  .object({
    decision: z
      .string()
      .regex(
        /^decisions\/[^/]+\.md$/,
        "the record reviewed, e.g. decisions/2026-12-02-seed-cto.md",
      ),
    decisionSha256: z.string().regex(HEX64, "a SHA-256 in hex (64 digits 0-9a-f)"),
    chosen: idSchema,
    date: isoDateSchema,
    outcomes: z.record(
      z.string(),
      z.object({ expected: ratingSchema.optional(), actual: z.number().finite() }).strict(),
    ),
  })
  .strict();
export type Review = z.infer<typeof reviewSchema>;

/** A review as read from its file. */
export interface StoredReview {
  /** Workspace-relative file, e.g. `decisions/2026-12-02-seed-cto.review-2027-06-01.md`. */
  file: string;
  review: Review;
}

/** `decisions/<record name>.review-<date>.md`, or `-2`, `-3`, … when the name is taken. */
export function reviewFileName(
  recordFile: string,
  date: string,
  taken: ReadonlySet<string>,
): string {
  const stem = recordFile.replace(/^.*\//, "").replace(/\.md$/, "");
  for (let n = 1; ; n++) {
    const name = `${stem}.review-${date}${n === 1 ? "" : `-${n}`}.md`;
    if (!taken.has(name)) return `${DECISIONS_DIR}/${name}`;
  }
}

/** The review's file text: front matter and a body for notes. */
export function reviewText(review: Review, title: string, note?: string): string {
  const lines = [
    "---",
    `decision: ${review.decision}`,
    `decisionSha256: ${review.decisionSha256}`,
    `chosen: ${review.chosen}`,
    `date: ${review.date}`,
    "outcomes:",
    ...Object.entries(review.outcomes).map(
      ([id, o]) =>
        `  ${id}: { expected: ${JSON.stringify(o.expected ?? null)}, actual: ${o.actual} }`,
    ),
    "---",
  ];
  const body = note?.trim() || "(How it went, in your own words.)";
  return `${lines.join("\n")}\n\n# How ${title} turned out\n\n${body}\n`;
}

/** The chosen option's ratings in a record's snapshot (`snapshot.ratings.<chosen>`), or {}. */
export function snapshotRatings(
  snapshot: Record<string, unknown>,
  chosen: string,
): Record<string, Rating> {
  const ratings = snapshot.ratings;
  if (!ratings || typeof ratings !== "object") return {};
  const row = (ratings as Record<string, unknown>)[chosen];
  if (!row || typeof row !== "object" || Array.isArray(row)) return {};
  return Object.fromEntries(
    Object.entries(row as Record<string, unknown>).map(([id, value]) => {
      const rating = ratingSchema.safeParse(value);
      return [id, rating.success ? rating.data : null];
    }),
  );
}

/** A record as the calibration reads it: its file, and its sealed fields (any snapshot). */
export interface RecordForReview {
  file: string;
  record: { chosen: string; date: string; snapshot: Record<string, unknown> };
}

/**
 * {@link calibrate} over stored records and the profile's criteria (their names, directions
 * and scales): what `bearing review` and the workbench's timeline show.
 */
export function calibrationOf(
  records: readonly RecordForReview[],
  reviews: readonly StoredReview[],
  criteria: readonly CriterionInfo[],
): Calibration {
  const reduced: ReviewedRecord[] = records.map((r) => ({
    file: r.file,
    chosen: r.record.chosen,
    date: r.record.date,
    expected: snapshotRatings(r.record.snapshot, r.record.chosen),
  }));
  return calibrate(
    reduced,
    reviews,
    criteria.map((c) => ({ id: c.id, name: c.name, direction: c.direction, scale: c.scale })),
  );
}

/** The number a rating stands for: itself, an interval's midpoint, or null when unknown. */
export function expectedValue(rating: Rating | undefined): number | null {
  if (rating === null || rating === undefined) return null;
  return typeof rating === "number" ? rating : (rating[0] + rating[1]) / 2;
}

/** A rating as text: `4`, `3–4`, `unknown`. */
export function ratingText(rating: Rating | undefined): string {
  if (rating === null || rating === undefined) return "unknown";
  return typeof rating === "number" ? fmt(rating) : `${fmt(rating[0])}–${fmt(rating[1])}`;
}

export type Lean = "too hopeful" | "too gloomy" | "about right";

/** What the calibration needs of a criterion (the profile's, when it still has it). */
export interface CriterionInfo {
  id: string;
  name: string;
  direction: "max" | "min";
  scale?: Scale;
}

/** A record reduced to what a review compares against. */
export interface ReviewedRecord {
  file: string;
  chosen: string;
  date: string;
  /** The chosen option's ratings in the snapshot, by criterion (as ranked). */
  expected: Record<string, Rating>;
}

/** One criterion of one decision: expected against actual. */
export interface OutcomeRow {
  criterion: string;
  name: string;
  expected: Rating;
  /** {@link expectedValue} of `expected`. */
  expectedValue: number | null;
  actual: number;
  /** actual − expectedValue, in the criterion's units; null when nothing was expected. */
  error: number | null;
  lean: Lean | null;
}

export interface DecisionOutcome {
  file: string;
  chosen: string;
  date: string;
  /** The latest review's date. */
  reviewed: string;
  rows: OutcomeRow[];
}

export interface CriterionCalibration {
  criterion: string;
  name: string;
  /** Reviewed decisions that had an expectation for it. */
  decisions: number;
  /** Mean of actual − expected, in the criterion's units (forecast bias). */
  meanSignedError: number;
  /** `meanSignedError` / the scale's span (max − min), or null without a bounded scale. */
  meanSignedErrorShare: number | null;
  lean: Lean;
  /** One plain sentence. */
  text: string;
}

export interface Calibration {
  /** Reviewed decisions, oldest first, each with its latest outcome per criterion. */
  decisions: DecisionOutcome[];
  /** One entry per criterion with at least one expectation reviewed, most hopeful first. */
  criteria: CriterionCalibration[];
  /** Plain sentences: the overall picture. */
  summary: string;
}

function span(scale: Scale | undefined): number | null {
  if (!scale || scale.min === undefined || scale.max === undefined) return null;
  const width = scale.max - scale.min;
  return width > 0 ? width : null;
}

/**
 * The lean of an error: `worse` is how much worse the outcome was than expected, in units
 * (positive: too hopeful); `scaleSize` the span, or the expected value's size without one.
 */
function leanOf(error: number, direction: "max" | "min", scaleSize: number): Lean {
  const worse = direction === "max" ? -error : error;
  if (Math.abs(worse) < ABOUT_RIGHT * scaleSize || worse === 0) return "about right";
  return worse > 0 ? "too hopeful" : "too gloomy";
}

/**
 * Expected against actual for every reviewed decision (the latest review's outcome per
 * criterion), and each criterion's forecast bias across them.
 * @param records the decision records (any order); reviews naming another file are ignored.
 * @param criteria the criteria's names, directions and scales; an id not listed counts as a
 *   `max` criterion named by its id, without a span.
 */
export function calibrate(
  records: readonly ReviewedRecord[],
  reviews: readonly StoredReview[],
  criteria: readonly CriterionInfo[],
): Calibration {
  const info = new Map(criteria.map((c) => [c.id, c]));
  const infoOf = (id: string): CriterionInfo => info.get(id) ?? { id, name: id, direction: "max" };
  const byFile = new Map(records.map((r) => [r.file, r]));
  // The latest outcome per (decision, criterion): reviews in date order, later ones win.
  const latest = new Map<string, { reviewed: string; actual: Map<string, number> }>();
  const ordered = [...reviews].sort(
    (a, b) => a.review.date.localeCompare(b.review.date) || a.file.localeCompare(b.file),
  );
  for (const { review } of ordered) {
    if (!byFile.has(review.decision)) continue;
    const entry = latest.get(review.decision) ?? { reviewed: review.date, actual: new Map() };
    entry.reviewed = review.date;
    for (const [id, outcome] of Object.entries(review.outcomes))
      entry.actual.set(id, outcome.actual);
    latest.set(review.decision, entry);
  }
  const order = (id: string) => {
    const i = criteria.findIndex((c) => c.id === id);
    return i < 0 ? criteria.length : i;
  };
  const decisions: DecisionOutcome[] = [];
  const errors = new Map<string, { errors: number[]; expected: number[] }>();
  for (const record of [...records].sort(
    (a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file),
  )) {
    const entry = latest.get(record.file);
    if (!entry) continue;
    const rows: OutcomeRow[] = [];
    for (const id of [...entry.actual.keys()].sort(
      (a, b) => order(a) - order(b) || a.localeCompare(b),
    )) {
      const actual = entry.actual.get(id) as number;
      const expected = record.expected[id] ?? null;
      const value = expectedValue(expected);
      const c = infoOf(id);
      const error = value === null ? null : actual - value;
      const size = span(c.scale) ?? Math.abs(value ?? 0);
      rows.push({
        criterion: id,
        name: c.name,
        expected,
        expectedValue: value,
        actual,
        error,
        lean: error === null ? null : leanOf(error, c.direction, size),
      });
      if (error !== null && value !== null) {
        const bucket = errors.get(id) ?? { errors: [], expected: [] };
        bucket.errors.push(error);
        bucket.expected.push(value);
        errors.set(id, bucket);
      }
    }
    decisions.push({
      file: record.file,
      chosen: record.chosen,
      date: record.date,
      reviewed: entry.reviewed,
      rows,
    });
  }
  const calibrations: CriterionCalibration[] = [];
  for (const [id, bucket] of errors) {
    const c = infoOf(id);
    const n = bucket.errors.length;
    const mean = bucket.errors.reduce((s, e) => s + e, 0) / n;
    const width = span(c.scale);
    const meanExpected = Math.abs(bucket.expected.reduce((s, e) => s + e, 0) / n);
    const lean = leanOf(mean, c.direction, width ?? meanExpected);
    calibrations.push({
      criterion: id,
      name: c.name,
      decisions: n,
      meanSignedError: mean,
      meanSignedErrorShare: width === null ? null : mean / width,
      lean,
      text: leanSentence(c, lean, mean, n),
    });
  }
  // Most hopeful first: by how much worse than expected, as a share of the scale when known.
  const worseness = (c: CriterionCalibration) => {
    const dir = infoOf(c.criterion).direction === "max" ? -1 : 1;
    return dir * (c.meanSignedErrorShare ?? Math.sign(c.meanSignedError) * ABOUT_RIGHT);
  };
  calibrations.sort(
    (a, b) => worseness(b) - worseness(a) || order(a.criterion) - order(b.criterion),
  );
  return { decisions, criteria: calibrations, summary: summarise(calibrations, decisions.length) };
}

function unitsOf(c: CriterionInfo, amount: number): string {
  const scale = c.scale;
  if (scale?.kind === "number") return `${fmt(amount)} ${scale.unit}`;
  return `${fmt(amount)} point${Math.abs(amount) === 1 ? "" : "s"}`;
}

function scaleNote(c: CriterionInfo): string {
  const scale = c.scale;
  if (!scale || scale.kind === "number") return "";
  return ` (${fmt(scale.min)}–${fmt(scale.max)} scale)`;
}

function leanSentence(c: CriterionInfo, lean: Lean, mean: number, n: number): string {
  const over =
    n === 1
      ? "in the one decision reviewed, too few to call it a habit"
      : n < 3
        ? `on average over ${n} decisions, too few to call it a habit`
        : `on average over ${n} decisions`;
  if (mean === 0) return `${c.name}: about right, exactly as you rated it, ${over}.`;
  if (lean === "about right") {
    return `${c.name}: about right, off by ${unitsOf(c, Math.abs(mean))}${scaleNote(c)}, ${over}.`;
  }
  const verb = lean === "too hopeful" ? "worse" : "better";
  return `${c.name}: ${lean}, it turned out ${unitsOf(c, Math.abs(mean))} ${verb} than you rated it${scaleNote(c)}, ${over}.`;
}

function summarise(criteria: readonly CriterionCalibration[], decisions: number): string {
  if (decisions === 0) return "No decision has been reviewed yet.";
  const names = (lean: Lean) => criteria.filter((c) => c.lean === lean).map((c) => c.name);
  const parts: string[] = [];
  const hopeful = names("too hopeful");
  const gloomy = names("too gloomy");
  const right = names("about right");
  if (hopeful.length > 0) parts.push(`too hopeful about ${list(hopeful)}`);
  if (gloomy.length > 0) parts.push(`too gloomy about ${list(gloomy)}`);
  const head = `Across ${decisions} reviewed decision${decisions === 1 ? "" : "s"}`;
  if (parts.length === 0) {
    return right.length > 0
      ? `${head}, your ratings were about right on every criterion reviewed.`
      : `${head}, no criterion had a rating to compare with.`;
  }
  const tail = right.length > 0 ? `; about right on ${list(right)}` : "";
  return `${head}, you were ${parts.join(" and ")}${tail}.`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** A figure for a sentence: up to 2 decimals, thousands grouped. */
function fmt(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  return Math.abs(rounded) >= 10000 ? Math.round(rounded).toLocaleString("en-US") : String(rounded);
}
