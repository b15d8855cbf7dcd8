/**
 * Deadlines: the open options (not accepted, declined or withdrawn) that carry
 * `dates.decideBy`, soonest first, with the whole days left from a given day.
 */
import type { DecisionOption } from "../model/option.js";

export interface Deadline {
  option: string;
  /** ISO date, `YYYY-MM-DD`. */
  decideBy: string;
  /** Calendar days from `today` to `decideBy`; negative once it has passed. */
  daysLeft: number;
}

/** Statuses of options no longer open: a decision about them is made. */
export const CLOSED = new Set(["accepted", "declined", "withdrawn"]);
const DAY_MS = 86_400_000;

/**
 * @param today the day counted from, `YYYY-MM-DD` (injected: the core reads no clock).
 * @throws Error when `today` is not a calendar date.
 */
export function deadlines(options: readonly DecisionOption[], today: string): Deadline[] {
  const from = dayNumber(today);
  if (from === null) throw new Error(`today "${today}" is not a YYYY-MM-DD date`);
  const out: Deadline[] = [];
  for (const option of options) {
    const decideBy = option.dates?.decideBy;
    if (!decideBy || CLOSED.has(option.status)) continue;
    const day = dayNumber(decideBy);
    if (day === null) continue;
    out.push({ option: option.id, decideBy, daysLeft: day - from });
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || a.option.localeCompare(b.option));
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (UTC, so no daylight-saving drift). */
export function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(ms) ? Math.round(ms / DAY_MS) : null;
}
