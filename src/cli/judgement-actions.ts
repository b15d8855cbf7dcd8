/**
 * `bearing prefer`: adds or takes back a judgement. A judgement that would conflict with the
 * others is refused (exit 2, naming the conflicting ones with their lines); nothing is written.
 */
import { buildModel } from "../core/decision/model.js";
import { optionLabels } from "../core/decision/option-list.js";
import { BearingError } from "../core/errors.js";
import { unknownIdHint } from "../core/suggest.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { addJudgement, removeJudgement, withProfileLocations } from "../workspace/judgements.js";
import { inspectWorkspace, loadWorkspace, PROFILE_FILE } from "../workspace/load.js";
import { effectiveOptions, readOptionRoles } from "../workspace/role-readings.js";
import { MemoryStorage } from "../workspace/storage.js";
import { printJson } from "./report.js";

export async function prefer(
  a: string,
  b: string,
  dir: string,
  options: { remove?: boolean; json?: boolean },
): Promise<void> {
  const storage = new FsStorage(dir);
  const workspace = await loadWorkspace(storage);
  if (options.remove) {
    // A misspelt id is named as such, not as a judgement that is not there.
    const ids = workspace.options.map((o) => o.id);
    for (const id of [a, b]) {
      if (!ids.includes(id)) {
        throw BearingError.input({
          code: "unknown_id",
          message: `no option "${id}"`,
          hint: unknownIdHint(id, ids, "options"),
        });
      }
    }
    await removeJudgement(storage, a, b);
    if (options.json) printJson({ removed: { prefer: a, over: b } });
    else process.stdout.write(`Took back: ${pair(workspace.options, a, b)}\n`);
    return;
  }
  const hash = workspace.profileSource.hash;
  const trial = await addJudgement(storage, a, b, workspace.options, { dryRun: true });
  const state = await inspectWorkspace(new MemoryStorage({ [PROFILE_FILE]: trial.text }), {
    optionIds: false,
  });
  if (state.profile && state.profileSource) {
    const profile = state.profile;
    const roles = await readOptionRoles(storage, profile, workspace.options);
    const effective = effectiveOptions(workspace.options, roles);
    withProfileLocations(state.profileSource, () => buildModel(profile, effective));
  }
  const { changed } = await addJudgement(storage, a, b, workspace.options, {
    expectedHash: hash,
  });
  if (options.json) printJson({ added: { prefer: a, over: b }, changed });
  else {
    process.stdout.write(
      changed
        ? `Noted: you prefer ${pair(workspace.options, a, b)}\n`
        : `Already noted: ${pair(workspace.options, a, b)}\n`,
    );
  }
}

/** "A over B" by title, as the ranking names options (the id added where two titles match). */
function pair(options: Parameters<typeof optionLabels>[0], a: string, b: string): string {
  const labels = optionLabels(options);
  return `${labels.get(a) ?? a} over ${labels.get(b) ?? b}`;
}
