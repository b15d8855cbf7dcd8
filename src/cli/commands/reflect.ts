import type { Command } from "commander";

/** `bearing reflect FILE...`: from one's own writing to a draft profile. */
export function registerReflect(program: Command): void {
  program
    .command("reflect")
    .description(
      "read posts you wrote about your career: values with evidence, criteria, paths, goals",
    )
    .argument("<files...>", "Markdown posts or plain text ('-' for standard input)")
    .option("--json", "print one JSON object per file, as in the bearing reflect contract")
    .option(
      "-w, --write <dir>",
      "merge the draft (values, criteria) into that workspace's bearing.yaml",
    )
    .option("--dry-run", "with --write: show the change without writing it")
    .action(
      async (files: string[], options: { json?: boolean; write?: string; dryRun?: boolean }) =>
        (await import("../reflect-run.js")).runReflect(files, options),
    );
}
