import type { Command } from "commander";

/** Placeholder until the `role` command lands; its owner replaces this file. */
export function registerRole(program: Command): void {
  program
    .command("role")
    .description("(not available yet)")
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.stderr.write("bearing: 'role' is not available in this build yet\n");
      process.exitCode = 1;
    });
}
