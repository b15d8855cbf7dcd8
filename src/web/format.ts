/** Small formatting helpers shared by the views. */
import type { Rating } from "../core/model/option.js";

export const percent = (x: number): string => `${Math.round(x * 100)}%`;
export const score = (x: number): string => x.toFixed(3);
/** A message as a sentence's start: its first letter in upper case, the rest as written. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A rating as written: `4`, `3–4`, or `not rated`. */
export function showRating(rating: Rating | undefined): string {
  if (rating === null || rating === undefined) return "not rated";
  if (typeof rating === "number") return rating.toLocaleString("en");
  return `${rating[0].toLocaleString("en")}–${rating[1].toLocaleString("en")}`;
}

/**
 * "rose to 4.8" / "fell below 3": a rating change past which one option overtakes another,
 * `to` being where they tie. Rounded to one decimal away from the tie, so that the figure shown
 * does overtake; when the tie itself is that round, "above" / "below" it.
 * @param rising whether the rating must rise (a criterion to maximise) or fall
 */
export function ratingPast(to: number, rising: boolean): string {
  const shown = (rising ? Math.ceil(to * 10 - 1e-9) : Math.floor(to * 10 + 1e-9)) / 10;
  const text = shown.toLocaleString("en", { maximumFractionDigits: 1 });
  if (Math.abs(shown - to) < 1e-9) return `${rising ? "rose above" : "fell below"} ${text}`;
  return `${rising ? "rose" : "fell"} to ${text}`;
}
