/**
 * `bearing weigh`: guided trade-off questions (`core/decision/tradeoff-questions.ts`). Each
 * answer is written to `tradeoffs` in bearing.yaml at once (so stopping keeps what was said);
 * the questions stop when one option comes first under at least 95% of the weights that agree
 * with every answer and judgement, when no question would tell much more, or when you stop.
 *
 * Answers come from a terminal (arrow keys, @clack/prompts), from `--answer` (repeatable:
 * `1`, `2`, `skip`, `stop`), or, when stdin is not a terminal, one per line on stdin.
 */
import { readFileSync } from "node:fs";
import { consistent, meanCompatibleWeights, tradeoffRow } from "../core/decision/judgements.js";
import { buildModel, type DecisionModel } from "../core/decision/model.js";
import {
  leaderShares,
  nextQuestion,
  type TradeoffQuestion,
} from "../core/decision/tradeoff-questions.js";
import { partialValue } from "../core/decision/value-function.js";
import { BearingError } from "../core/errors.js";
import type { Profile, Tradeoff } from "../core/model/profile.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { addTradeoffs, removeTradeoff, withProfileLocations } from "../workspace/judgements.js";
import { loadWorkspace } from "../workspace/load.js";
import { effectiveOptions, readOptionRoles } from "../workspace/role-readings.js";
import { printJson } from "./report.js";

/** Compatible weight samples drawn per question (enough to tell 50/50 from 95/5). */
const QUESTION_SAMPLES = 2000;
/** Leader's share of the compatible weights at which the ranking counts as settled. */
export const SETTLED = 0.95;
const MAX_QUESTIONS = 40;

type Answer = "1" | "2" | "skip" | "stop";

interface WeighOptions {
  answer?: string[];
  list?: boolean;
  remove?: string;
  json?: boolean;
}

export async function weigh(dir: string, options: WeighOptions): Promise<void> {
  const storage = new FsStorage(dir);
  if (options.list) return list(storage, options.json ?? false);
  if (options.remove !== undefined) {
    const number = Number(options.remove);
    if (!Number.isInteger(number) || number < 1) {
      throw BearingError.input({
        code: "invalid_value",
        message: `"${options.remove}" is not an answer number`,
        path: ["--remove"],
        hint: "see the numbers with bearing weigh --list",
      });
    }
    await removeTradeoff(storage, number - 1);
    if (options.json) printJson({ removed: number });
    else process.stdout.write(`Took back trade-off answer ${number}\n`);
    return;
  }
  const answers = answerSource(options);
  const interactive = answers === null;
  const prompts = interactive ? await import("@clack/prompts") : null;
  const say = (text: string) => {
    if (options.json) return;
    if (prompts) prompts.log.message(text);
    else process.stdout.write(`${text}\n`);
  };
  prompts?.intro("bearing weigh: which would you rather have?");
  const asked: {
    question: string;
    answer: Answer;
    first: Tradeoff["prefer"];
    second: Tradeoff["over"];
  }[] = [];
  const skipped: Tradeoff[] = [];
  let stopped = "";
  let leader: { id: string; share: number } | null = null;
  let method = "";
  for (let round = 0; ; round++) {
    const state = await currentState(storage);
    method = state.profile.weighting.method;
    const shares = leaderShares(state.model, state.draws);
    const top = shares.indexOf(Math.max(...shares));
    leader =
      top >= 0 ? { id: state.model.alternatives[top]?.id ?? "", share: shares[top] ?? 0 } : null;
    if (leader && leader.share >= SETTLED) {
      stopped = "settled";
      break;
    }
    const question = nextQuestion(
      state.model,
      [...state.profile.tradeoffs, ...skipped],
      state.draws,
    );
    if (!question) {
      stopped = "no-question";
      break;
    }
    if (round >= MAX_QUESTIONS) {
      stopped = "limit";
      break;
    }
    const text = describeQuestion(state.model, question);
    let answer: Answer;
    if (prompts) {
      const choice = await prompts.select<Answer>({
        message: text.message,
        options: [
          { value: "1", label: text.first },
          { value: "2", label: text.second },
          { value: "skip", label: "I can't say — ask me something else" },
          { value: "stop", label: "Stop here (answers so far are kept)" },
        ],
      });
      answer = prompts.isCancel(choice) ? "stop" : choice;
    } else {
      const next = answers?.shift();
      if (next === undefined) {
        stopped = "answers-exhausted";
        break;
      }
      answer = next;
      say(`${text.message}\n  1. ${text.first}\n  2. ${text.second}\n  → ${answer}`);
    }
    asked.push({ question: text.message, answer, first: question.first, second: question.second });
    if (answer === "stop") {
      stopped = "user";
      break;
    }
    if (answer === "skip") {
      skipped.push({ prefer: question.first, over: question.second });
      continue;
    }
    const tradeoff: Tradeoff =
      answer === "1"
        ? { prefer: question.first, over: question.second }
        : { prefer: question.second, over: question.first };
    const row = tradeoffRow(state.model, tradeoff.prefer, tradeoff.over);
    if (!consistent(state.model.criteria.length, [...state.rows, { coefficients: row }])) {
      say("That answer contradicts your earlier ones (no weights fit them all); it was not kept.");
      skipped.push(tradeoff);
      continue;
    }
    await addTradeoffs(storage, [tradeoff]);
  }
  const reason: Record<string, string> = {
    settled: `Settled: ${leader?.id} comes first under ${Math.round((leader?.share ?? 0) * 100)}% of the weights that agree with your answers.`,
    "no-question": "No question left that your answers so far do not already decide.",
    limit: `Stopped after ${MAX_QUESTIONS} questions.`,
    user: "Stopped; your answers so far are kept.",
    "answers-exhausted": "No more answers given; your answers so far are kept.",
  };
  if (options.json) {
    printJson({ asked, stopped, leader });
    return;
  }
  const note = methodNote(method);
  if (prompts) prompts.outro(`${reason[stopped] ?? stopped}${note}`);
  else process.stdout.write(`${reason[stopped] ?? stopped}${note}\n`);
}

function answerSource(options: WeighOptions): Answer[] | null {
  const raw =
    options.answer ??
    (process.stdin.isTTY ? null : readStdinLines().filter((line) => line.trim() !== ""));
  if (raw === null) return null;
  return raw.map((value) => {
    const v = value.trim().toLowerCase();
    if (v === "1" || v === "2" || v === "skip" || v === "stop") return v;
    throw BearingError.input({
      code: "invalid_value",
      message: `"${value}" is not an answer`,
      path: ["--answer"],
      hint: "answer 1 (the first role), 2 (the second), skip or stop",
    });
  });
}

function readStdinLines(): string[] {
  // Synchronous read of the whole of a piped or redirected stdin.
  try {
    return readFileSync(0, "utf8").split(/\r?\n/);
  } catch {
    return [];
  }
}

async function currentState(storage: FsStorage) {
  const workspace = await loadWorkspace(storage);
  const profile: Profile = {
    ...workspace.profile,
    settings: { ...workspace.profile.settings, samples: QUESTION_SAMPLES },
  };
  const roles = await readOptionRoles(storage, profile, workspace.options);
  const effective = effectiveOptions(workspace.options, roles);
  const model = withProfileLocations(workspace.profileSource, () => buildModel(profile, effective));
  const rows = model.uncertainty.preferences;
  // Under judgements weighting the model drew these samples already (same rows and seed).
  const draws =
    model.weightDraws ??
    withProfileLocations(workspace.profileSource, () =>
      meanCompatibleWeights(model.criteria.length, rows, QUESTION_SAMPLES, profile.settings.seed),
    ).draws;
  return { profile, model, rows, draws };
}

function describeRole(model: DecisionModel, role: Record<string, number>): string {
  return Object.entries(role)
    .map(([id, rating]) => {
      const c = model.criteria.find((x) => x.id === id);
      if (!c) return id;
      const v = partialValue(c.valueFunction, rating);
      const word = v >= 0.99 ? "strong" : v <= 0.01 ? "weak" : "middling";
      return `${word} on ${c.name} (${rating}${c.unit ? ` ${c.unit}` : ""})`;
    })
    .join(" and ");
}

/** The question in plain words. */
export function describeQuestion(
  model: DecisionModel,
  q: TradeoffQuestion,
): { message: string; first: string; second: string } {
  return {
    message: "Which would you rather have, everything else being equal?",
    first: `a role ${describeRole(model, q.first)}`,
    second: `a role ${describeRole(model, q.second)}`,
  };
}

async function list(storage: FsStorage, json: boolean): Promise<void> {
  const workspace = await loadWorkspace(storage);
  const model = buildModel(
    { ...workspace.profile, settings: { ...workspace.profile.settings, samples: 200 } },
    workspace.options,
  );
  const lines = workspace.profile.tradeoffs.map(
    (t, k) => `${k + 1}. ${describeRole(model, t.prefer)} over ${describeRole(model, t.over)}`,
  );
  if (json) printJson({ tradeoffs: workspace.profile.tradeoffs });
  else {
    process.stdout.write(
      lines.length > 0
        ? `Your trade-off answers (bearing weigh --remove N takes one back):\n${lines.join("\n")}\n`
        : "No trade-off answers yet: run bearing weigh.\n",
    );
  }
}

function methodNote(method: string): string {
  return method === "judgements"
    ? ""
    : `\nYour weights still come from weighting.method: ${method}; set it to judgements to weigh by your answers alone.`;
}
