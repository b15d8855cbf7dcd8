/**
 * The `bearing` command line: a thin shell over the core and the workspace layer.
 *
 * Start-up stays fast because this module loads only commander and the command
 * definitions; each command imports what it needs when it runs.
 * Exit codes: 0 success, 2 bad input ({@link BearingError} of kind `input`), 1 anything else.
 */
import { Command, CommanderError } from "commander";
import { registerDecide } from "./commands/decide.js";
import { registerJournal } from "./commands/journal.js";
import { registerJudgements } from "./commands/judgements.js";
import { registerMcda } from "./commands/mcda.js";
import { registerMoney } from "./commands/money.js";
import { registerReflect } from "./commands/reflect.js";
import { registerRole } from "./commands/role.js";
import { registerServe } from "./commands/serve.js";
import { registerShare } from "./commands/share.js";
import { registerWorkspaceCommands } from "./commands/workspace.js";
import { reportError } from "./report.js";
import { withStdin } from "./stdin.js";

export function buildProgram(): Command {
  const program = new Command("bearing")
    .description("A local-first decision workbench for technology leaders at a crossroads.")
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  registerWorkspaceCommands(program);
  registerMoney(program);
  registerJudgements(program);
  registerMcda(program);
  registerRole(program);
  registerReflect(program);
  registerJournal(program);
  registerServe(program);
  registerShare(program);
  registerDecide(program);
  return program;
}

/**
 * Runs the CLI; resolves to the process exit code. `argv` is `process.argv`'s shape (node,
 * script, then the arguments). `stdin`, when given, is the whole of standard input instead of
 * fd 0 (and standard input then counts as not a terminal): the tests run commands in-process.
 */
export async function main(
  argv: readonly string[],
  options: { stdin?: string } = {},
): Promise<number> {
  return withStdin(options.stdin, () => run(argv));
}

async function run(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit with 0; usage errors are bad input.
      return error.exitCode === 0 ? 0 : 2;
    }
    return reportError(error, wantsJson(argv));
  }
}

function wantsJson(argv: readonly string[]): boolean {
  return argv.includes("--json");
}
