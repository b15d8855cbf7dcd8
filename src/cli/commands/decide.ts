import type { Command } from "commander";

async function actions() {
  return import("../decide-actions.js");
}

/** Decision records: decide (and review). */
export function registerDecide(program: Command): void {
  program
    .command("decide")
    .description(
      "record your choice in decisions/: what was known then (weights, ratings, ranking, verdict, unknowns), sealed and chained by SHA-256",
    )
    .argument("<option>", "the option you chose (its id)")
    .argument("[dir]", "workspace folder", ".")
    .option("--why <text>", "your reasons (else edit the record's body)")
    .option("--would-change <text>", "what would change your mind")
    .option("--date <date>", "the day of the decision, YYYY-MM-DD (default today)")
    .option("--json", "print the result as JSON")
    .action(async (option: string, dir: string, options) =>
      (await actions()).decide(option, dir, options),
    );
  program
    .command("review")
    .description(
      "say how a decided option turned out on each criterion (kept beside its sealed record), and see expected against actual across all your decisions: where your ratings were too hopeful or too gloomy",
    )
    .argument(
      "<option>",
      "the option you chose (its id); its latest decision record is reviewed unless --record names another",
    )
    .argument("[dir]", "workspace folder", ".")
    .option(
      "--rating <criterion=n>",
      "how a criterion turned out, on its scale (repeatable; without it, asked in a terminal)",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option(
      "--record <file|date>",
      "review an older decision on this option: its record's file (decisions/<date>-<option>.md) or its date, YYYY-MM-DD",
    )
    .option("--note <text>", "how it went, in your words (else edit the review's body)")
    .option("--date <date>", "the day of the review, YYYY-MM-DD (default today)")
    .option("--json", "print the result as JSON")
    .action(async (option: string, dir: string, options) =>
      (await actions()).review(option, dir, options),
    );
}
