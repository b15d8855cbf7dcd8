/**
 * What the workspace commands do: load through the workspace layer, compute with the core,
 * print for people or as JSON. Loaded lazily by `commands/workspace.ts`.
 */

import { explain } from "../core/decision/explain.js";
import { RANK_METHODS, type RankMethod } from "../core/decision/method-names.js";
import { buildModel } from "../core/decision/model.js";
import { rankAlternatives } from "../core/decision/rank.js";
import { BearingError, errorsOf, formatIssue, type Issue } from "../core/errors.js";
import {
  addOption,
  initWorkspace,
  parseCliValue,
  setOptionField,
  setOptionStatus,
} from "../workspace/edit.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { inspectWorkspace, loadWorkspace } from "../workspace/load.js";
import { renderExplanation, renderRanking } from "./render.js";
import { printJson } from "./report.js";

interface JsonFlag {
  json?: boolean;
}

const DEFAULT_QUESTION = "What should my next role be?";

export async function init(
  dir: string,
  options: JsonFlag & { question?: string; yes?: boolean },
): Promise<void> {
  let question = options.question;
  if (question === undefined && !options.yes && process.stdin.isTTY && !options.json) {
    const prompts = await import("@clack/prompts");
    prompts.intro("bearing: a new decision workspace");
    const answer = await prompts.text({
      message: "What are you deciding?",
      placeholder: DEFAULT_QUESTION,
      defaultValue: DEFAULT_QUESTION,
    });
    if (prompts.isCancel(answer)) {
      prompts.cancel("Nothing was created.");
      process.exitCode = 1;
      return;
    }
    question = answer;
  }
  const written = await initWorkspace(new FsStorage(dir), {
    question: question ?? DEFAULT_QUESTION,
  });
  if (options.json) printJson({ workspace: dir, created: written });
  else {
    process.stdout.write(
      `Created a workspace in ${dir}: ${written.join(", ")}\n` +
        "Next: edit bearing.yaml (criteria and weights), then `bearing option add <title>`.\n",
    );
  }
}

export async function check(dir: string, options: JsonFlag): Promise<void> {
  const state = await inspectWorkspace(new FsStorage(dir));
  const errors = errorsOf(state.issues);
  if (errors.length > 0 || !state.profile) {
    throw new BearingError(
      `the workspace has ${errors.length} problem${errors.length === 1 ? "" : "s"}`,
      state.issues,
    );
  }
  const warnings = state.issues.filter((issue) => issue.severity === "warning");
  if (options.json) {
    printJson({
      ok: true,
      criteria: state.profile.criteria.length,
      options: state.options.length,
      warnings,
    });
    return;
  }
  printWarnings(warnings);
  process.stdout.write(
    `ok: ${state.profile.criteria.length} criteria, ${state.options.length} options\n`,
  );
}

export async function rank(
  dir: string,
  options: JsonFlag & { all?: boolean; method: string; robustness: boolean },
): Promise<void> {
  const method = rankMethod(options.method);
  const workspace = await loadWorkspace(new FsStorage(dir));
  const profile = options.all
    ? { ...workspace.profile, settings: { ...workspace.profile.settings, rankClosedOptions: true } }
    : workspace.profile;
  const model = buildModel(profile, workspace.options);
  const ranking = rankAlternatives(model);
  const needsSmaa = options.robustness || method === "smaa2";
  const { robustness } = needsSmaa
    ? await import("../core/decision/robustness.js")
    : { robustness: null };
  const robust = robustness ? robustness(model, profile) : null;
  const byMethod =
    method === "wsm"
      ? ranking
      : (await import("../core/decision/methods.js")).rankByMethod(ranking, model, method, robust);
  const warnings = [...workspace.warnings, ...model.warnings];
  if (options.json) {
    printJson({ ...byMethod, robustness: robust, warnings });
    return;
  }
  printWarnings(warnings);
  process.stdout.write(renderRanking(byMethod, robust));
}

function rankMethod(method: string): RankMethod {
  if ((RANK_METHODS as readonly string[]).includes(method)) return method as RankMethod;
  throw BearingError.input({
    code: "invalid_value",
    message: `unknown method "${method}"`,
    path: ["--method"],
    hint: `use one of: ${RANK_METHODS.join(", ")}`,
  });
}

export async function explainCommand(
  a: string,
  b: string,
  dir: string,
  options: JsonFlag,
): Promise<void> {
  const workspace = await loadWorkspace(new FsStorage(dir));
  const model = buildModel(workspace.profile, workspace.options);
  const explanation = explain(model, a, b);
  if (options.json) printJson(explanation);
  else process.stdout.write(renderExplanation(explanation, model));
}

export async function optionAdd(
  title: string,
  dir: string,
  options: JsonFlag & { organisation?: string; path?: string; status?: string },
): Promise<void> {
  const storage = new FsStorage(dir);
  await loadWorkspace(storage);
  const slug = await addOption(storage, {
    title,
    organisation: options.organisation,
    path: options.path,
    status: options.status as never,
  });
  if (options.json) printJson({ id: slug, file: `options/${slug}.md` });
  else process.stdout.write(`Added options/${slug}.md (id: ${slug})\n`);
}

export async function optionSet(
  slug: string,
  field: string,
  value: string,
  dir: string,
  options: JsonFlag,
): Promise<void> {
  const parsed = parseCliValue(value);
  await setOptionField(new FsStorage(dir), slug, field, parsed);
  if (options.json) printJson({ id: slug, field, value: parsed });
  else process.stdout.write(`${slug}: ${field} = ${JSON.stringify(parsed)}\n`);
}

export async function optionStatus(
  slug: string,
  status: string,
  dir: string,
  options: JsonFlag,
): Promise<void> {
  await setOptionStatus(new FsStorage(dir), slug, status);
  if (options.json) printJson({ id: slug, status });
  else process.stdout.write(`${slug}: status = ${status}\n`);
}

function printWarnings(warnings: readonly Issue[]): void {
  for (const warning of warnings)
    process.stderr.write(`bearing: warning: ${formatIssue(warning)}\n`);
}
