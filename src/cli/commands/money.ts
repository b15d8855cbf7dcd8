import type { Command } from "commander";

/** `bearing money [DIR]`: each option's compensation as yearly figures in the profile currency. */
export function registerMoney(program: Command): void {
  program
    .command("money")
    .description(
      "each option's pay, bonus, sign-on, equity, day rate and retainer as yearly p10/p50/p90 in your currency, with the assumptions",
    )
    .argument("[dir]", "workspace folder", ".")
    .option("--all", "include declined and withdrawn options")
    .option("--json", "print the result as JSON, as in the bearing money contract")
    .action(async (dir: string, options: { json?: boolean; all?: boolean }) =>
      (await import("../money-run.js")).runMoney(dir, options),
    );
}
