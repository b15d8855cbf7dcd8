import type { Command } from "commander";

/** `bearing prefer A B [DIR]` (and `--remove`): judgements between options. */
export function registerJudgements(program: Command): void {
  program
    .command("prefer")
    .description(
      "say you would rather have option A than option B (a judgement in bearing.yaml); --remove takes it back",
    )
    .argument("<a>", "the option you prefer")
    .argument("<b>", "the option you would give up for it")
    .argument("[dir]", "workspace folder", ".")
    .option("--remove", "take back the judgement 'A over B'")
    .option("--json", "print the result as JSON")
    .action(async (a: string, b: string, dir: string, options) =>
      (await import("../judgement-actions.js")).prefer(a, b, dir, options),
    );
}
