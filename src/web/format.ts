/** Small formatting helpers shared by the views. */
import type { Rating } from "../core/model/option.js";

export const percent = (x: number): string => `${Math.round(x * 100)}%`;
export const score = (x: number): string => x.toFixed(3);

/** A rating as written: `4`, `3–4`, or `not rated`. */
export function showRating(rating: Rating | undefined): string {
  if (rating === null || rating === undefined) return "not rated";
  if (typeof rating === "number") return rating.toLocaleString("en");
  return `${rating[0].toLocaleString("en")}–${rating[1].toLocaleString("en")}`;
}
