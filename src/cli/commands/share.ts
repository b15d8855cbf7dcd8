import type { Command } from "commander";

async function actions() {
  return import("../share-actions.js");
}

/** Sharing and feedback: report, feedback import. */
export function registerShare(program: Command): void {
  program
    .command("report")
    .description(
      "write one self-contained HTML report (opens offline, prints well); --share leaves out what identifies you or the employers",
    )
    .argument("[dir]", "workspace folder", ".")
    .requiredOption("-o, --out <file>", "the HTML file to write (replaced atomically)")
    .option("--share", "redact it for reviewers, who can set their own weights and comment")
    .option("--json", "print the result as JSON")
    .action(async (dir: string, options) => (await actions()).report(dir, options));

  const feedback = program
    .command("feedback")
    .description("reviewers' weights and comments from shared reports");
  feedback
    .command("import")
    .description("check a reviewer's feedback file against the profile and add it to feedback/")
    .argument("<file>", "the feedback file a shared report saved")
    .argument("[dir]", "workspace folder", ".")
    .option("--json", "print the result as JSON")
    .action(async (file: string, dir: string, options) =>
      (await actions()).importFeedbackFile(file, dir, options),
    );
}
