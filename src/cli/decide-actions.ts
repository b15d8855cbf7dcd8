/**
 * `bearing decide`: a decision record written with the snapshot of what was known (the same
 * ranking, robustness, verdict and value of information as `rank` and `next`).
 * `bearing review`: how the chosen option turned out on each criterion, kept in a review file
 * beside the sealed record, and the expected-against-actual picture across every reviewed
 * decision (`core/decision/review.ts`).
 */
import { rankAlternatives } from "../core/decision/rank.js";
import type { StoredRecord } from "../core/decision/record.js";
import { buildSnapshot } from "../core/decision/record.js";
import {
  type Calibration,
  calibrationOf,
  type OutcomeRow,
  ratingText,
  snapshotRatings,
} from "../core/decision/review.js";
import { BearingError } from "../core/errors.js";
import type { Rating } from "../core/model/option.js";
import type { Criterion } from "../core/model/profile.js";
import { unknownIdHint } from "../core/suggest.js";
import { loadHistory, writeDecision, writeReview } from "../workspace/decisions.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { loadWorkspace } from "../workspace/load.js";
import { printJson } from "./report.js";
import { localToday } from "./share-actions.js";
import { stdinIsTTY } from "./stdin.js";
import { rankWorkspace } from "./workspace-actions.js";

/** `--date`: a real YYYY-MM-DD day, else bad input naming the flag. */
export function dateFlag(flag: string, value: string | undefined): string {
  const date = value ?? localToday();
  const real =
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
  if (!real) {
    throw BearingError.input({
      code: "invalid_value",
      message: `${flag} ${date} is not a date`,
      path: [flag],
      hint: "use YYYY-MM-DD, e.g. 2026-12-02",
    });
  }
  return date;
}

export async function decide(
  option: string,
  dir: string,
  flags: { json?: boolean; date?: string; why?: string; wouldChange?: string },
): Promise<void> {
  const date = dateFlag("--date", flags.date);
  const storage = new FsStorage(dir);
  // The option is checked before anything is read further (job-description readings write
  // their cache): bad input writes nothing.
  const loaded = await loadWorkspace(storage);
  const chosen = loaded.options.find((o) => o.id === option);
  if (!chosen) {
    throw BearingError.input({
      code: "unknown_id",
      message: `no option "${option}"`,
      path: ["OPTION"],
      hint: unknownIdHint(
        option,
        loaded.options.map((o) => o.id),
        "options",
        "there are no options yet: add one with bearing option add",
      ),
    });
  }
  let { model } = await rankWorkspace(storage);
  const [{ robustnessWithDraws }, { informationValues }, { verdict }] = await Promise.all([
    import("../core/decision/robustness.js"),
    import("../core/decision/information-value.js"),
    import("../core/decision/verdict.js"),
  ]);
  // The snapshot is of the decision as `rank` shows it (the options in play), and with the
  // closed ones too when the choice is one of them, so that its ratings are on record.
  if (!model.alternatives.some((a) => a.id === chosen.id)) {
    ({ model } = await rankWorkspace(storage, { all: true }));
  }
  const { robustness, draws } = robustnessWithDraws(model);
  const snapshot = buildSnapshot({
    model,
    ranking: rankAlternatives(model),
    robustness,
    verdict: verdict(model, robustness),
    information: informationValues(model, draws),
  });
  const written = await writeDecision(storage, {
    chosen: chosen.id,
    title: chosen.title,
    date,
    snapshot,
    why: flags.why,
    wouldChange: flags.wouldChange,
  });
  if (flags.json) {
    printJson({ ...written, chosen: chosen.id, date, snapshot });
    return;
  }
  const place = snapshot.ranking.find((r) => r.option === chosen.id);
  process.stdout.write(
    `Wrote ${written.file}: you chose ${chosen.title}` +
      (place
        ? ` (ranked ${place.rank} of ${snapshot.ranking.length})`
        : " (not among the ranked options)") +
      `.\nThe answer then (${snapshot.verdict.kind}): ${snapshot.verdict.text}\n` +
      (written.previous ? "Chained to the previous record. " : "") +
      "Write your reasons in its body; `bearing check` verifies that the record stays as written.\n",
  );
}

/** `--rating CRITERION=N`, parsed; bad form is bad input naming the flag. */
export function parseRatings(values: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const value of values) {
    const match = /^\s*([^=\s]+)\s*=\s*(.+?)\s*$/.exec(value);
    if (!match) {
      throw BearingError.input({
        code: "invalid_value",
        message: `--rating "${value}" is not CRITERION=N`,
        path: ["--rating"],
        hint: "e.g. --rating strategy=4, one --rating per criterion",
      });
    }
    const [, id, text] = match as unknown as [string, string, string];
    const n = Number(text);
    if (text === "" || !Number.isFinite(n)) {
      throw BearingError.input({
        code: "not_finite",
        message: `--rating ${id}=${text}: "${text}" is not a number`,
        path: ["--rating", id],
        hint: `give how it turned out as a number on the criterion's scale, e.g. --rating ${id}=3`,
      });
    }
    if (out.has(id)) {
      throw BearingError.input({
        code: "duplicate_id",
        message: `--rating ${id} is given twice`,
        path: ["--rating", id],
        hint: "give each criterion once",
      });
    }
    out.set(id, n);
  }
  return out;
}

/** The scale's bounds in words, and whether a value lies outside a `rating` scale's. */
function scaleProblem(criterion: Criterion | undefined, value: number): string | null {
  const scale = criterion?.scale;
  if (scale?.kind !== "rating") return null;
  const { min, max } = scale;
  return value < min || value > max ? `use a number from ${min} to ${max}` : null;
}

export async function review(
  option: string,
  dir: string,
  flags: { json?: boolean; date?: string; rating?: string[]; note?: string; record?: string },
): Promise<void> {
  const date = dateFlag("--date", flags.date);
  const given = flags.rating ? parseRatings(flags.rating) : null;
  const storage = new FsStorage(dir);
  const loaded = await loadWorkspace(storage);
  const history = await loadHistory(storage);
  const chose = history.records.filter((r) => r.record.chosen === option);
  const record =
    flags.record !== undefined && chose.length > 0
      ? pickRecord(history.records, option, flags.record)
      : chose.at(-1);
  if (!record) {
    const known = loaded.options.some((o) => o.id === option);
    const chosen = [...new Set(history.records.map((r) => r.record.chosen))];
    throw BearingError.input(
      known
        ? {
            code: "not_found",
            file: "decisions",
            message: `no decision record chose "${option}"`,
            path: ["OPTION"],
            hint:
              chosen.length > 0
                ? `review one you decided: ${chosen.join(", ")}; or record this decision first with bearing decide ${option}`
                : `record the decision first with bearing decide ${option}`,
          }
        : {
            code: "unknown_id",
            message: `no option "${option}"`,
            path: ["OPTION"],
            hint:
              chosen.length > 0
                ? unknownIdHint(option, chosen, "options you decided on")
                : `no decision is recorded yet; ${unknownIdHint(
                    option,
                    loaded.options.map((o) => o.id),
                    "options",
                  )}`,
          },
    );
  }
  if (date < record.record.date) {
    throw BearingError.input({
      code: "invalid_value",
      message: `--date ${date} is before the decision (${record.record.date}, ${record.file})`,
      path: ["--date"],
      hint: "a review is dated the day you write it, after the decision",
    });
  }
  const expected = snapshotRatings(record.record.snapshot, option);
  const profileCriteria = loaded.profile.criteria;
  // The record's criteria, in bearing.yaml's order (those no longer there last).
  const ids = Object.keys(expected).sort((a, b) => {
    const rank = (id: string) => {
      const i = profileCriteria.findIndex((c) => c.id === id);
      return i < 0 ? profileCriteria.length : i;
    };
    return rank(a) - rank(b);
  });
  const criterionOf = (id: string) => profileCriteria.find((c) => c.id === id);
  let actual: Map<string, number>;
  if (given) actual = given;
  else if (stdinIsTTY() && !flags.json) {
    const asked = await askOutcomes(record, ids, expected, criterionOf);
    if (asked === null) {
      process.stdout.write("Stopped; nothing was written.\n");
      return;
    }
    actual = asked;
  } else {
    throw BearingError.input({
      code: "missing_field",
      message: "no outcomes given",
      path: ["--rating"],
      hint: `say how each criterion turned out, e.g. --rating ${ids[0] ?? "strategy"}=3 (criteria of ${record.file}: ${ids.join(", ")}); or run it in a terminal to be asked`,
    });
  }
  if (actual.size === 0) {
    throw BearingError.input({
      code: "missing_field",
      message: "no outcomes given",
      path: ["--rating"],
      hint: `criteria of ${record.file}: ${ids.join(", ")}`,
    });
  }
  for (const [id, value] of actual) {
    if (!(id in expected)) {
      throw BearingError.input({
        code: "unknown_id",
        file: record.file,
        message: `--rating ${id}: ${record.file} rated no criterion "${id}" for ${option}`,
        path: ["--rating", id],
        hint: unknownIdHint(id, ids, "review the criteria it rated"),
      });
    }
    const problem = scaleProblem(criterionOf(id), value);
    if (problem) {
      throw BearingError.input({
        code: "out_of_range",
        file: "bearing.yaml",
        message: `--rating ${id}=${value} is outside the scale of "${id}"`,
        path: ["--rating", id],
        hint: `${problem}, the scale of criteria[${profileCriteria.findIndex((c) => c.id === id)}] in bearing.yaml`,
      });
    }
  }
  const optionTitle = loaded.options.find((o) => o.id === option)?.title ?? option;
  const written = await writeReview(storage, record, {
    title: optionTitle,
    date,
    actual: Object.fromEntries(actual),
    note: flags.note,
  });
  const calibration = calibrationOf(
    history.records,
    [...history.reviews, { file: written.file, review: written.review }],
    profileCriteria,
  );
  const mine = calibration.decisions.find((d) => d.file === record.file);
  if (flags.json) {
    printJson({
      file: written.file,
      decision: record.file,
      chosen: option,
      date,
      outcomes: mine?.rows ?? [],
      calibration,
    });
    return;
  }
  process.stdout.write(
    `Wrote ${written.file} (${record.file} is unchanged).\n\n` +
      renderOutcomes(optionTitle, record.record.date, mine?.rows ?? []) +
      "\n" +
      renderCalibration(calibration),
  );
}

/**
 * `review --record FILE|DATE`: the record of `option` to review when it is not the latest. FILE
 * is the record's file (`decisions/2026-12-02-seed-cto.md`, with or without the folder and the
 * `.md`); DATE (YYYY-MM-DD) the day of the decision.
 * @throws BearingError (input) naming `--record` when no record of `option` matches (with the
 *   ones that do exist), when the file chose another option, or when two records of that day
 *   chose it
 */
export function pickRecord(
  records: readonly StoredRecord[],
  option: string,
  wanted: string,
): StoredRecord {
  const chose = records.filter((r) => r.record.chosen === option);
  const listed = chose.map((r) => `${r.file} (${r.record.date})`).join(", ");
  const refuse = (message: string, hint: string): never => {
    throw BearingError.input({ code: "not_found", message, path: ["--record"], hint });
  };
  if (/^\d{4}-\d{2}-\d{2}$/.test(wanted)) {
    const that = chose.filter((r) => r.record.date === wanted);
    if (that.length === 1) return that[0] as StoredRecord;
    if (that.length > 1)
      refuse(
        `${that.length} records chose "${option}" on ${wanted}`,
        `name one by its file: ${that.map((r) => `--record ${r.file}`).join(" or ")}`,
      );
    refuse(
      `no decision record chose "${option}" on ${wanted}`,
      `records that chose it: ${listed}; give one's date or file`,
    );
  }
  const name = (file: string) => file.replace(/^.*\//, "").replace(/\.md$/i, "");
  const found = records.find((r) => name(r.file) === name(wanted));
  if (!found)
    return refuse(
      `no decision record "${wanted}"`,
      `records that chose "${option}": ${listed}; give one's date (YYYY-MM-DD) or file`,
    );
  if (found.record.chosen !== option)
    refuse(
      `${found.file} chose "${found.record.chosen}", not "${option}"`,
      `review it with bearing review ${found.record.chosen} --record ${found.file}; records that chose "${option}": ${listed}`,
    );
  return found;
}

/** Prompts for each criterion in a terminal; null when the user cancels. */
async function askOutcomes(
  record: StoredRecord,
  ids: readonly string[],
  expected: Record<string, Rating>,
  criterionOf: (id: string) => Criterion | undefined,
): Promise<Map<string, number> | null> {
  const prompts = await import("@clack/prompts");
  prompts.intro(`bearing review: how did ${record.record.chosen} turn out? (${record.file})`);
  const out = new Map<string, number>();
  for (const id of ids) {
    const criterion = criterionOf(id);
    const scale = criterion?.scale;
    const range =
      scale?.kind === "rating"
        ? ` on ${scale.min}–${scale.max}`
        : scale?.kind === "number"
          ? ` in ${scale.unit}`
          : "";
    const answer = await prompts.text({
      message: `${criterion?.name ?? id}: you rated it ${ratingText(expected[id])}${range}. How did it turn out?`,
      placeholder: "a number; leave empty to skip",
      validate: (text) => {
        if (!text || text.trim() === "") return undefined;
        const n = Number(text);
        if (!Number.isFinite(n)) return "a number, please (or leave it empty to skip)";
        return scaleProblem(criterion, n) ?? undefined;
      },
    });
    if (prompts.isCancel(answer)) {
      prompts.cancel("Nothing was written.");
      return null;
    }
    if (answer && answer.trim() !== "") out.set(id, Number(answer));
  }
  prompts.outro(out.size > 0 ? "Thank you." : "Nothing to record.");
  return out;
}

function fmt(x: number | null): string {
  if (x === null) return "—";
  const r = Math.round(x * 100) / 100;
  return Math.abs(r) >= 10000 ? Math.round(r).toLocaleString("en-US") : String(r);
}

/** Expected against actual for one decision, one line per criterion. */
export function renderOutcomes(
  title: string,
  decided: string,
  rows: readonly OutcomeRow[],
): string {
  const cells = rows.map((row) => ({
    name: row.name,
    expected: ratingText(row.expected),
    actual: fmt(row.actual),
    error:
      row.error === null
        ? ""
        : row.error === 0
          ? "0"
          : `${row.error > 0 ? "+" : "−"}${fmt(Math.abs(row.error))}`,
    lean: row.lean ?? "nothing expected (unrated then)",
  }));
  const width = (key: "name" | "expected" | "actual" | "error") =>
    Math.max(0, ...cells.map((c) => c[key].length));
  const lines = [`${title}, decided ${decided}: expected → actual (difference)`];
  for (const c of cells) {
    lines.push(
      `  ${c.name.padEnd(width("name"))}  ${c.expected.padStart(width("expected"))} → ${c.actual.padEnd(width("actual"))}  ${c.error.padStart(width("error"))}  ${c.lean}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Across every reviewed decision: each criterion's lean in plain words. */
export function renderCalibration(calibration: Calibration): string {
  const lines = [calibration.summary];
  for (const c of calibration.criteria) lines.push(`  - ${c.text}`);
  return `${lines.join("\n")}\n`;
}
