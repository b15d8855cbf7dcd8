/**
 * `bearing decide`: a decision record written with the snapshot of what was known (the same
 * ranking, robustness, verdict and value of information as `rank` and `next`). Comparing it
 * later with how the chosen option turned out (`bearing review`) is not built yet.
 */
import { rankAlternatives } from "../core/decision/rank.js";
import { buildSnapshot } from "../core/decision/record.js";
import { BearingError } from "../core/errors.js";
import { writeDecision } from "../workspace/decisions.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { loadWorkspace } from "../workspace/load.js";
import { printJson } from "./report.js";
import { localToday } from "./share-actions.js";
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
      hint: `choose one of: ${loaded.options.map((o) => o.id).join(", ")}`,
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
