import type { Command } from "commander";

/** Placeholder until the `journal` command lands; its owner replaces this file. */
export function registerJournal(program: Command): void {
  program
    .command("journal")
    .description("(not available yet)")
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.stderr.write("bearing: 'journal' is not available in this build yet\n");
      process.exitCode = 1;
    });
}
