/**
 * What the workspace commands do: load through the workspace layer, compute with the core,
 * print for people or as JSON. Loaded lazily by `commands/workspace.ts`.
 */

import { explain } from "../core/decision/explain.js";
import { type JudgementsReport, judgementEffects } from "../core/decision/judgement-effects.js";
import { judgementRelations } from "../core/decision/judgements.js";
import { RANK_METHODS, type RankMethod } from "../core/decision/method-names.js";
import { buildModel, type DecisionModel } from "../core/decision/model.js";
import { optionLabels } from "../core/decision/option-list.js";
import type { Robustness } from "../core/decision/robustness.js";
import { offScaleRatings } from "../core/decision/scale-fit.js";
import { BearingError, formatIssue, type Issue } from "../core/errors.js";
import type { Profile } from "../core/model/profile.js";
import { withMoney } from "../core/money/derive.js";
import {
  addOption,
  initWorkspace,
  parseCliValue,
  setOptionField,
  setOptionStatus,
} from "../workspace/edit.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { readJournal } from "../workspace/journal.js";
import { locateInProfile, withProfileLocations } from "../workspace/judgements.js";
import { loadWorkspace, type Workspace } from "../workspace/load.js";
import { locate, readFrontMatter } from "../workspace/parse.js";
import {
  acceptRoleReading,
  effectiveOptions,
  readOptionRoles,
} from "../workspace/role-readings.js";
import type { Storage } from "../workspace/storage.js";
import { renderExplanation, renderRanking } from "./render.js";
import { renderJudgements } from "./render-judgements.js";
import { renderRoleReadings, roleReadingsJson } from "./render-roles.js";
import { printJson } from "./report.js";
import { stdinIsTTY } from "./stdin.js";

interface JsonFlag {
  json?: boolean;
}

const DEFAULT_QUESTION = "What should my next role be?";

export async function init(
  dir: string,
  options: JsonFlag & { question?: string; yes?: boolean },
): Promise<void> {
  let question = options.question;
  if (question === undefined && !options.yes && stdinIsTTY() && !options.json) {
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
  // The same path `rank` takes, so that check refuses exactly what rank would (conflicting
  // judgements included) and warns alike.
  const storage = new FsStorage(dir);
  const ranked = await rankWorkspace(storage);
  const { workspace, inputs } = ranked;
  // Journal entries never block the decision; what is wrong in them is a warning.
  const warnings = [...ranked.warnings, ...(await readJournal(storage)).issues];
  const { profile } = workspace;
  const roles = inputs.roles;
  if (options.json) {
    printJson({
      ok: true,
      criteria: profile.criteria.length,
      options: workspace.options.length,
      warnings,
      roles: roleReadingsJson(roles),
    });
    return;
  }
  printWarnings(warnings);
  process.stdout.write(
    `ok: ${profile.criteria.length} criteria, ${workspace.options.length} options\n` +
      renderRoleReadings(roles, workspace.options),
  );
}

/**
 * The workspace as the decision sees it: options with what their job descriptions fill in
 * (facts the front matter leaves empty, role-fit ratings, base pay) and the `[p10, p90]` of
 * their compensation for `derived: totalCompensation` criteria, plus the readings themselves.
 */
export async function decisionInputs(storage: Storage, workspace: Workspace) {
  const roles = await readOptionRoles(storage, workspace.profile, workspace.options);
  const money = withMoney(workspace.profile, effectiveOptions(workspace.options, roles));
  return { roles, money: money.readings, options: money.options };
}

/**
 * The one ranking path of every command that ranks or vouches for ranking (check, rank,
 * explain, next): the workspace loaded and validated, what job descriptions and pay readings
 * fill in, and the decision model (problems located in bearing.yaml), which each command ranks
 * as it needs (`rank(model, { method })`, `core/decision/methods.ts`).
 * @param options.all rank declined and withdrawn options too
 * @returns the workspace, the inputs, the model, and every warning (the workspace's and the
 *   model's, e.g. inconsistent AHP judgements, located)
 * @throws BearingError (input) when anything in the workspace is invalid
 */
export async function rankWorkspace(storage: Storage, options: { all?: boolean } = {}) {
  const workspace = await loadWorkspace(storage);
  const inputs = await decisionInputs(storage, workspace);
  const model = withProfileLocations(workspace.profileSource, () =>
    buildModel(workspace.profile, inputs.options, {
      ...(options.all ? { includeClosed: true } : {}),
    }),
  );
  const warnings = [
    ...workspace.warnings,
    ...locateInProfile(model.warnings, workspace.profileSource),
    ...derivedOffScale(workspace, model),
  ];
  return { workspace, inputs, model, warnings };
}

/**
 * Derived ratings (pay from `compensation`) outside their criterion's scale, as warnings
 * located where the figure comes from in the option's file; stated ones are reported by
 * loading (`load.ts`), in the same words (`core/decision/scale-fit.ts`).
 */
function derivedOffScale(workspace: Workspace, model: DecisionModel): Issue[] {
  return offScaleRatings(model)
    .filter((found) => found.source !== "stated")
    .map((found): Issue => {
      const option = workspace.options.find((o) => o.id === found.option);
      const path =
        found.source === "totalCompensation"
          ? option?.compensation
            ? ["compensation"]
            : ["facts", "compensation"]
          : [];
      const front = option ? readFrontMatter(option.file, option.source.text, NO_FRONT, []) : null;
      return {
        code: "out_of_range",
        severity: "warning",
        file: found.file,
        path,
        ...(front ? locate(front.parsed, path, "key") : {}),
        message: found.message,
        hint: found.hint,
      };
    });
}

const NO_FRONT = { message: "", hint: "" };

/**
 * The UTA-GMS relations and what each judgement does (`judgement-effects.ts`), or null when
 * the profile states no judgements and does not weigh by them. Its sentences name options by
 * `labels` (titles, as the rest of the CLI does).
 */
function judgementsReport(
  profile: Profile,
  model: DecisionModel,
  labels: ReadonlyMap<string, string>,
): JudgementsReport | null {
  const relations = judgementRelations(profile, model);
  if (!relations) return null;
  return (
    judgementEffects(profile, model, relations, labels) ?? {
      ...relations,
      effects: [],
      agreeingWeights: null,
    }
  );
}

/** One sentence on how a and b stand under every weighting the judgements allow. */
function pairUnderJudgements(
  a: string,
  b: string,
  report: JudgementsReport,
  labels: ReadonlyMap<string, string>,
): string {
  const has = (pairs: [string, string][], x: string, y: string) =>
    pairs.some(([p, q]) => p === x && q === y);
  const [na, nb] = [labels.get(a) ?? a, labels.get(b) ?? b];
  const lead = "Under every weighting that agrees with your choices,";
  if (has(report.necessary, a, b) && has(report.necessary, b, a))
    return `${lead} ${na} and ${nb} are equally good.`;
  if (has(report.necessary, a, b)) return `${lead} ${na} is always at least as good as ${nb}.`;
  if (has(report.necessary, b, a)) return `${lead} ${nb} is always at least as good as ${na}.`;
  return `Whether ${na} or ${nb} comes out ahead depends on the weights your choices still allow: each is ahead under some of them.`;
}

export async function rank(
  dir: string,
  options: JsonFlag & { all?: boolean; method: string; robustness: boolean },
): Promise<void> {
  const method = rankMethod(options.method);
  const storage = new FsStorage(dir);
  const {
    workspace,
    inputs,
    model,
    warnings: modelWarnings,
  } = await rankWorkspace(storage, { all: options.all });
  const needsSmaa = options.robustness || method === "smaa2";
  const { robustness } = needsSmaa
    ? await import("../core/decision/robustness.js")
    : { robustness: null };
  const robust = robustness ? robustness(model) : null;
  const { rank: rankBy } = await import("../core/decision/methods.js");
  const byMethod =
    method === "smaa2"
      ? // needsSmaa: robust is set.
        rankBy(model, { method, robustness: robust as Robustness })
      : rankBy(model, { method });
  const labels = optionLabels(workspace.options);
  const judgements = judgementsReport(workspace.profile, model, labels);
  const warnings = [
    ...modelWarnings,
    ...locateInProfile(robust?.warnings ?? [], workspace.profileSource),
  ];
  const { readGroup, groupJson, renderGroup } = await import("./group-run.js");
  const group = await readGroup(storage, workspace.profile, inputs.options, model);
  if (options.json) {
    printJson({
      ...byMethod,
      robustness: robust,
      roles: roleReadingsJson(inputs.roles),
      warnings,
      ...(judgements ? { judgements } : {}),
      ...(group ? groupJson(group) : {}),
    });
    return;
  }
  printWarnings(warnings);
  if (robust) {
    const { verdict } = await import("../core/decision/verdict.js");
    const answer = verdict(model, robust);
    process.stdout.write(`The answer so far (${answer.kind}): ${answer.text}\n\n`);
  }
  process.stdout.write(renderRanking(byMethod, robust, labels));
  if (judgements)
    process.stdout.write(renderJudgements(workspace.profile, judgements, model, labels));
  if (group) process.stdout.write(renderGroup(group, model));
  const ranked = new Set(model.alternatives.map((a) => a.id));
  process.stdout.write(
    renderRoleReadings(
      inputs.roles,
      workspace.options.filter((o) => ranked.has(o.id)),
    ),
  );
}

/**
 * `bearing next`: the verdict, what to find out first with its questions, and the deadlines
 * (JSON: the contract's "What to do next").
 */
export async function next(dir: string, options: JsonFlag & { today?: string }): Promise<void> {
  const today = todayFlag(options.today);
  const storage = new FsStorage(dir);
  const { workspace, inputs, model, warnings } = await rankWorkspace(storage);
  const [
    { robustnessWithDraws },
    { nextSteps, postingQuestions },
    { informationValues },
    { rank },
  ] = await Promise.all([
    import("../core/decision/robustness.js"),
    import("../core/decision/next.js"),
    import("../core/decision/information-value.js"),
    import("../core/decision/methods.js"),
  ]);
  const { robustness, draws } = robustnessWithDraws(model);
  const postings = new Set(inputs.roles.keys());
  const steps = nextSteps({
    profile: workspace.profile,
    model,
    ranking: rank(model),
    robustness,
    information: informationValues(model, draws),
    postings,
    today,
  });
  if (options.json) {
    printJson(steps);
    return;
  }
  printWarnings(warnings);
  const { renderNext } = await import("./render-next.js");
  process.stdout.write(
    renderNext(steps, model, postingQuestions({ profile: workspace.profile, model, postings })),
  );
  const { readGroup, renderGroup } = await import("./group-run.js");
  const group = await readGroup(storage, workspace.profile, inputs.options, model);
  if (group) process.stdout.write(renderGroup(group, model));
}

/**
 * `--today`, checked, or today in the local time zone.
 * @throws BearingError (input) when it is not a YYYY-MM-DD date
 */
function todayFlag(value: string | undefined): string {
  const today = value ?? localToday();
  // Round-tripped, since Date.parse takes 2026-02-30 for 2 March.
  const parsed = Date.parse(`${today}T00:00:00Z`);
  const real = Number.isFinite(parsed) && new Date(parsed).toISOString().startsWith(today);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !real) {
    throw BearingError.input({
      code: "invalid_value",
      message: `--today ${today} is not a date`,
      path: ["--today"],
      hint: "use YYYY-MM-DD, e.g. 2026-12-02",
    });
  }
  return today;
}

/** Today in the local time zone, YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  const pad = (x: number) => String(x).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
  const { workspace, model, warnings } = await rankWorkspace(new FsStorage(dir));
  const explanation = explain(model, a, b);
  const labels = optionLabels(workspace.options);
  const judgements = judgementsReport(workspace.profile, model, labels);
  if (options.json) {
    printJson({ ...explanation, warnings, ...(judgements ? { judgements } : {}) });
    return;
  }
  printWarnings(warnings);
  process.stdout.write(renderExplanation(explanation, model, labels));
  if (judgements) {
    process.stdout.write(`\n${pairUnderJudgements(a, b, judgements, labels)}\n`);
    process.stdout.write(renderJudgements(workspace.profile, judgements, model, labels));
  }
}

export async function optionAdd(
  title: string,
  dir: string,
  options: JsonFlag & {
    organisation?: string;
    path?: string;
    status?: string;
    id?: string;
    posting?: string;
  },
): Promise<void> {
  const storage = new FsStorage(dir);
  await loadWorkspace(storage);
  // The posting is read (and refused when it is no text) before anything is written.
  const body =
    options.posting !== undefined
      ? postingBody((await import("./role-run.js")).readPosting(options.posting).trim())
      : undefined;
  const slug = await addOption(storage, {
    title,
    ...(options.id !== undefined ? { id: options.id } : {}),
    organisation: options.organisation,
    path: options.path,
    status: options.status as never,
    ...(body !== undefined ? { body } : {}),
  });
  const reading = body !== undefined ? await readPostingOf(body, title) : undefined;
  if (options.json)
    printJson({
      id: slug,
      file: `options/${slug}.md`,
      ...(reading ? { reading: reading.json } : {}),
    });
  else {
    process.stdout.write(`Added options/${slug}.md (id: ${slug})\n`);
    if (reading) process.stdout.write(`${reading.text}\n`);
  }
}

/** An option's body holding a posting: the posting under "Role", then room for notes. */
function postingBody(posting: string): string {
  return `\n## Role\n\n${posting}\n\n## Notes\n\nWhat you learnt, who you spoke to, next steps.\n`;
}

/**
 * What the posting in an option's body says the role is, read as `check` reads it: for JSON the
 * archetype, the archetypes it reads as, the title's and whether they differ, and whether it
 * states duties at all; for people one line pointing to `bearing check` for the rest.
 */
async function readPostingOf(
  body: string,
  title: string,
): Promise<{ json: Record<string, unknown>; text: string }> {
  const [{ analyzeRole }, { describeReadsAs }, { ARCHETYPE_LABELS }] = await Promise.all([
    import("../core/roles/index.js"),
    import("../core/roles/describe.js"),
    import("../core/taxonomy.js"),
  ]);
  const a = analyzeRole(body, { title });
  const json = {
    dutiesFound: a.dutiesFound,
    archetype: a.archetype.id,
    confidence: a.archetype.confidence,
    readsAs: a.readsAs ?? [a.archetype.id],
    nominalArchetype: a.nominalArchetype,
    titleMismatch: a.titleMismatch,
  };
  if (!a.dutiesFound)
    return {
      json,
      text: "Its posting states no duties bearing can read: is it a job description?",
    };
  const titled =
    a.titleMismatch && a.nominalArchetype
      ? `, though its title says ${ARCHETYPE_LABELS[a.nominalArchetype]}`
      : "";
  return {
    json,
    text: `Its posting reads as ${describeReadsAs(a.archetype, a.readsAs)}${titled}: \`bearing check\` shows what it says.`,
  };
}

/**
 * `bearing option list`: each option's status, next step and deadline, soonest first
 * (`core/decision/option-list.ts`); JSON: `{ today, options: OptionListEntry[] }`.
 */
export async function optionList(
  dir: string,
  options: JsonFlag & { today?: string },
): Promise<void> {
  const today = todayFlag(options.today);
  const workspace = await loadWorkspace(new FsStorage(dir));
  const [{ optionList: list, daysLeftText }, { CLOSED }] = await Promise.all([
    import("../core/decision/option-list.js"),
    import("../core/decision/deadlines.js"),
  ]);
  const entries = list(workspace.options, today);
  if (options.json) {
    printJson({ today, options: entries });
    return;
  }
  printWarnings(workspace.warnings);
  if (entries.length === 0) {
    process.stdout.write("No options yet: add one with `bearing option add TITLE`.\n");
    return;
  }
  const lines = entries.map((e) => {
    const title =
      e.organisation && !e.title.includes(e.organisation)
        ? `${e.title}, ${e.organisation}`
        : e.title;
    const due = CLOSED.has(e.status)
      ? "closed"
      : e.decideBy === null || e.daysLeft === null
        ? "no deadline"
        : `decide by ${e.decideBy} (${daysLeftText(e.daysLeft)})`;
    const next = e.nextStep === null ? "no next step written" : `next: ${e.nextStep}`;
    return `${e.id} [${e.status}] ${title}\n    ${due}; ${next}\n`;
  });
  process.stdout.write(
    `${entries.length} option${entries.length === 1 ? "" : "s"} (today ${today}), soonest deadline first:\n${lines.join("")}`,
  );
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

export async function optionAccept(
  slug: string,
  dir: string,
  options: JsonFlag & { only?: string },
): Promise<void> {
  if (options.only !== undefined && options.only !== "facts" && options.only !== "ratings") {
    throw BearingError.input({
      code: "invalid_value",
      message: `--only ${options.only} is not facts or ratings`,
      path: ["--only"],
      hint: "use --only facts, --only ratings, or leave it out for both",
    });
  }
  const accepted = await acceptRoleReading(new FsStorage(dir), slug, {
    facts: options.only !== "ratings",
    ratings: options.only !== "facts",
  });
  if (options.json) {
    printJson({ id: slug, ...accepted });
    return;
  }
  const written = [
    ...Object.entries(accepted.facts).map(([k, v]) => `facts.${k} = ${JSON.stringify(v)}`),
    ...(accepted.compensationBase
      ? [`compensation.base = ${JSON.stringify(accepted.compensationBase)}`]
      : []),
    ...Object.entries(accepted.ratings).map(([k, v]) => `ratings.${k} = ${v}`),
  ];
  process.stdout.write(
    written.length === 0
      ? `${slug}: nothing to accept (every field the posting states is already yours)\n`
      : `${slug}: ${written.join("; ")}\n`,
  );
}

/** `bearing criterion rename OLD NEW`: the id changed in every file that names it, together. */
export async function criterionRename(
  from: string,
  to: string,
  dir: string,
  options: JsonFlag & { dryRun?: boolean },
): Promise<void> {
  const { renameCriterion } = await import("../workspace/criterion-rename.js");
  const done = await renameCriterion(new FsStorage(dir), from, to, {
    dryRun: options.dryRun === true,
  });
  if (options.json) {
    printJson({ ...done, written: options.dryRun !== true && done.files.length > 0 });
    return;
  }
  if (done.files.length === 0) {
    process.stdout.write(`"${from}" is already called that; nothing to change\n`);
    return;
  }
  const verb = options.dryRun ? "Would rename" : "Renamed";
  const lines = done.files.map((f) => `  ${f.file}: ${f.fields.join(", ")}\n`);
  process.stdout.write(
    `${verb} criterion ${from} to ${to} in ${done.files.length} file${done.files.length === 1 ? "" : "s"}:\n${lines.join("")}` +
      (options.dryRun ? "Nothing was written (--dry-run).\n" : ""),
  );
}

function printWarnings(warnings: readonly Issue[]): void {
  for (const warning of warnings)
    process.stderr.write(`bearing: warning: ${formatIssue(warning)}\n`);
}
