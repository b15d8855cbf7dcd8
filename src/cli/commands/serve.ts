import type { Command } from "commander";

/** Placeholder until the `serve` command lands; its owner replaces this file. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("(not available yet)")
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.stderr.write("bearing: 'serve' is not available in this build yet\n");
      process.exitCode = 1;
    });
}
