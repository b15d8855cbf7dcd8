import type { Command } from "commander";

/**
 * `bearing prefer A B [DIR]` (and `--remove`): judgements between options; `bearing weigh
 * [DIR]`: guided trade-off questions.
 */
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

  program
    .command("weigh")
    .description(
      "answer trade-off questions (which of two roles would you rather have?) until the ranking is settled; each answer is kept in bearing.yaml",
    )
    .argument("[dir]", "workspace folder", ".")
    .option("--answer <choice...>", "scripted answers instead of asking: 1, 2, skip or stop")
    .option("--list", "list your trade-off answers, numbered")
    .option("--remove <n>", "take back trade-off answer number n")
    .option("--json", "print the result as JSON")
    .action(async (dir: string, options) =>
      (await import("../weigh-actions.js")).weigh(dir, options),
    );
}
