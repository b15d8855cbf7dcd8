import type { Command } from "commander";

/** `bearing role [FILE|-]`: what a job description says the role really is. */
export function registerRole(program: Command): void {
  program
    .command("role")
    .description(
      "analyse a job description: responsibilities with evidence, archetype versus title, facts",
    )
    .argument("[file]", "the posting, Markdown or plain text ('-' or nothing for standard input)")
    .option("--json", "print the analysis as JSON, as in the bearing role contract")
    .action(async (file: string | undefined, options: { json?: boolean }) =>
      (await import("../role-run.js")).runRole(file ?? "-", options),
    );
}
