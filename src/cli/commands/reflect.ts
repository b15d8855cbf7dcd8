import type { Command } from "commander";

/** Placeholder until the `reflect` command lands; its owner replaces this file. */
export function registerReflect(program: Command): void {
  program
    .command("reflect")
    .description("(not available yet)")
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.stderr.write("bearing: 'reflect' is not available in this build yet\n");
      process.exitCode = 1;
    });
}
