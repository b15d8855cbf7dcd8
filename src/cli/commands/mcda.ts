import type { Command } from "commander";

/** `bearing mcda [FILE|-]`: rank a decision matrix with one multi-criteria method. */
export function registerMcda(program: Command): void {
  program
    .command("mcda")
    .description(
      "rank alternatives from a JSON decision problem with wsm, topsis, promethee2, vikor, smaa2 or ahp",
    )
    .argument("[file]", "the problem as JSON ('-' or nothing for standard input)")
    .option("--json", "print the result as JSON, as in the bearing mcda contract")
    .option("--time", "report the median computation time (timing.computeMs)")
    .option("--repeat <k>", "with --time, the number of runs to take the median over", "1")
    .action(
      async (
        file: string | undefined,
        options: { json?: boolean; time?: boolean; repeat?: string },
      ) => (await import("../mcda-run.js")).runMcda(file ?? "-", options),
    );
}
