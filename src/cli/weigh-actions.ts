/**
 * `bearing weigh`: guided trade-off questions (`core/decision/tradeoff-questions.ts`). Each
 * answer is written to `tradeoffs` in bearing.yaml at once (so stopping keeps what was said);
 * the questions stop when one option comes first under at least 95% of the weights that agree
 * with every answer and judgement, when no question would tell much more, or when you stop.
 *
 * Answers come from a terminal (arrow keys, @clack/prompts), from `--answer` (repeatable:
 * `1`, `2`, `skip`, `stop`), or, when stdin is not a terminal, one per line on stdin.
 */
import { buildModel } from "../core/decision/model.js";
import {
  describeQuestion,
  describeRole,
  weighingState,
} from "../core/decision/tradeoff-questions.js";
import { BearingError, isBearingError } from "../core/errors.js";
import type { Tradeoff } from "../core/model/profile.js";
import { withMoney } from "../core/money/derive.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { answerTradeoff, removeTradeoff, withProfileLocations } from "../workspace/judgements.js";
import { loadWorkspace } from "../workspace/load.js";
import { effectiveOptions, readOptionRoles } from "../workspace/role-readings.js";
import { printJson } from "./report.js";
import { readStdin, stdinIsTTY } from "./stdin.js";

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
    const { profile, state } = await currentState(storage, skipped);
    method = profile.weighting.method;
    leader = state.leader;
    if (state.stopped) {
      stopped = state.stopped;
      break;
    }
    const question = state.question;
    if (!question) break;
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
    try {
      await answerTradeoff(storage, tradeoff);
    } catch (error) {
      if (!isBearingError(error) || !error.issues.some((i) => i.code === "inconsistent")) {
        throw error;
      }
      say("That answer contradicts your earlier ones (no weights fit them all); it was not kept.");
      skipped.push(tradeoff);
    }
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
    options.answer ?? (stdinIsTTY() ? null : readStdinLines().filter((line) => line.trim() !== ""));
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
    return readStdin().toString("utf8").split(/\r?\n/);
  } catch {
    return [];
  }
}

/** Where weighing stands, from the files as they are now (the same core path as the page). */
async function currentState(storage: FsStorage, skipped: readonly Tradeoff[]) {
  const workspace = await loadWorkspace(storage);
  const roles = await readOptionRoles(storage, workspace.profile, workspace.options);
  const { options } = withMoney(workspace.profile, effectiveOptions(workspace.options, roles));
  const state = withProfileLocations(workspace.profileSource, () =>
    weighingState(workspace.profile, options, skipped),
  );
  return { profile: workspace.profile, state };
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
