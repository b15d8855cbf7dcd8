import type { Command } from "commander";

/** Placeholder until the `mcda` command lands; its owner replaces this file. */
export function registerMcda(program: Command): void {
  program
    .command("mcda")
    .description("(not available yet)")
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.stderr.write("bearing: 'mcda' is not available in this build yet\n");
      process.exitCode = 1;
    });
}
