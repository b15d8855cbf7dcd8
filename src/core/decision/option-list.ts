/**
 * `bearing option list`: every option with where it stands, its next step and its deadline,
 * the soonest deadline first.
 */
import type { DecisionOption, OptionStatus } from "../model/option.js";
import { CLOSED, dayNumber } from "./deadlines.js";

export interface OptionListEntry {
  id: string;
  title: string;
  organisation: string | null;
  status: OptionStatus;
  /** `nextStep` as written, or null. */
  nextStep: string | null;
  /** `dates.decideBy` (`YYYY-MM-DD`), or null. */
  decideBy: string | null;
  /** Calendar days from today to `decideBy` (negative once passed); null without one. */
  daysLeft: number | null;
  /** Workspace-relative path of the option's file. */
  file: string;
}

/**
 * The options in this order: open ones with a deadline, soonest first; open ones without;
 * then the closed ones (accepted, declined, withdrawn); ties by id.
 * @param today the day counted from, `YYYY-MM-DD` (injected: the core reads no clock)
 * @throws Error when `today` is not a calendar date
 */
export function optionList(options: readonly DecisionOption[], today: string): OptionListEntry[] {
  const from = dayNumber(today);
  if (from === null) throw new Error(`today "${today}" is not a YYYY-MM-DD date`);
  const entries = options.map((option): OptionListEntry => {
    const decideBy = option.dates?.decideBy ?? null;
    const day = decideBy === null ? null : dayNumber(decideBy);
    return {
      id: option.id,
      title: option.title,
      organisation: option.organisation ?? null,
      status: option.status,
      nextStep: option.nextStep ?? null,
      decideBy,
      daysLeft: day === null ? null : day - from,
      file: option.file,
    };
  });
  const group = (e: OptionListEntry) => (CLOSED.has(e.status) ? 2 : e.daysLeft === null ? 1 : 0);
  return entries.sort(
    (a, b) =>
      group(a) - group(b) ||
      (a.daysLeft ?? 0) - (b.daysLeft ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** "today", "tomorrow", "in 3 days", "yesterday", "4 days ago". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return "today";
  if (daysLeft === 1) return "tomorrow";
  if (daysLeft === -1) return "yesterday";
  return daysLeft > 0 ? `in ${daysLeft} days` : `${-daysLeft} days ago`;
}

/**
 * How to name each option to a person: its title, with its id in brackets (`VP Engineering
 * [bank-vp]`) only when another option has the same title (compared trimmed, ignoring case),
 * so that the two can be told apart.
 * @returns a label per option id
 */
export function optionLabels(
  options: readonly Pick<DecisionOption, "id" | "title">[],
): Map<string, string> {
  const key = (title: string) => title.trim().toLowerCase();
  const count = new Map<string, number>();
  for (const option of options)
    count.set(key(option.title), (count.get(key(option.title)) ?? 0) + 1);
  return new Map(
    options.map((option) => [
      option.id,
      (count.get(key(option.title)) ?? 0) > 1 ? `${option.title} [${option.id}]` : option.title,
    ]),
  );
}
