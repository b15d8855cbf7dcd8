import type { Command } from "commander";

type Actions = typeof import("../workspace-actions.js");

/** Loads the action implementations only when a command runs (fast start-up). */
async function actions(): Promise<Actions> {
  return import("../workspace-actions.js");
}

/** Workspace commands: init, check, rank, next, explain, option add/list/set/status/accept, criterion rename. */
export function registerWorkspaceCommands(program: Command): void {
  program
    .command("init")
    .description("create a workspace (asks questions unless --question or --yes is given)")
    .argument("[dir]", "folder to create it in", ".")
    .option("-q, --question <text>", "the decision you are making")
    .option("-y, --yes", "accept defaults without asking")
    .option("--json", "print the result as JSON")
    .action(async (dir: string, options) => (await actions()).init(dir, options));

  program
    .command("check")
    .description("validate a workspace; exit 2 with precise messages when anything is wrong")
    .argument("[dir]", "workspace folder", ".")
    .option("--json", "print the result as JSON")
    .action(async (dir: string, options) => (await actions()).check(dir, options));

  program
    .command("rank")
    .description("rank the options, with each criterion's contribution and any flags")
    .argument("[dir]", "workspace folder", ".")
    .option("--all", "include declined and withdrawn options")
    .option("-m, --method <method>", "wsm, topsis, promethee2, vikor or smaa2", "wsm")
    .option("--no-robustness", "skip the SMAA-2 robustness analysis")
    .option("--json", "print the result as JSON")
    .action(async (dir: string, options) => (await actions()).rank(dir, options));

  program
    .command("next")
    .description("the answer so far, what to find out first (and whom to ask), and the deadlines")
    .argument("[dir]", "workspace folder", ".")
    .option("--today <date>", "count deadlines from this YYYY-MM-DD day instead of today")
    .option("--json", "print the result as JSON")
    .action(async (dir: string, options) => (await actions()).next(dir, options));

  program
    .command("explain")
    .description("why option A ranks above B, and the smallest change that would swap them")
    .argument("<a>", "option id")
    .argument("<b>", "option id")
    .argument("[dir]", "workspace folder", ".")
    .option("--json", "print the result as JSON")
    .action(async (a: string, b: string, dir: string, options) =>
      (await actions()).explainCommand(a, b, dir, options),
    );

  const option = program.command("option").description("add and change options");
  option
    .command("add")
    .description("add an option (creates options/<slug>.md)")
    .argument("<title>", "e.g. 'VP Engineering at Acme'")
    .argument("[dir]", "workspace folder", ".")
    .option(
      "--id <id>",
      "the option's id and file name (a slug), instead of one made from the title",
    )
    .option("--organisation <name>", "the organisation")
    .option("--path <kind>", "kind of next step (ic, manager, executive, founder, ...)")
    .option("--status <status>", "idea, exploring, talking, interviewing, offer, ...")
    .option(
      "--posting <file>",
      "the job description (Markdown or text; '-' for standard input), written into the option",
    )
    .option("--json", "print the result as JSON")
    .action(async (title: string, dir: string, options) =>
      (await actions()).optionAdd(title, dir, options),
    );
  option
    .command("list")
    .description("each option with its status, next step and deadline, soonest deadline first")
    .argument("[dir]", "workspace folder", ".")
    .option("--today <date>", "count deadlines from this YYYY-MM-DD day instead of today")
    .option("--json", "print the result as JSON")
    .action(async (dir: string, options) => (await actions()).optionList(dir, options));
  option
    .command("set")
    .description(
      "set a front-matter field, e.g. ratings.impact 4 or ratings.pay '[150000, 180000]'",
    )
    .argument("<slug>", "option id")
    .argument("<field>", "field path with dots")
    .argument("<value>", "YAML value: 4, [3, 4], null, remote")
    .argument("[dir]", "workspace folder", ".")
    .option("--json", "print the result as JSON")
    .action(async (slug: string, field: string, value: string, dir: string, options) =>
      (await actions()).optionSet(slug, field, value, dir, options),
    );
  option
    .command("status")
    .description("move an option to a status")
    .argument("<slug>", "option id")
    .argument(
      "<status>",
      "idea, exploring, talking, interviewing, offer, accepted, declined, withdrawn",
    )
    .argument("[dir]", "workspace folder", ".")
    .option("--json", "print the result as JSON")
    .action(async (slug: string, status: string, dir: string, options) =>
      (await actions()).optionStatus(slug, status, dir, options),
    );
  option
    .command("accept")
    .description(
      "write what the option's job description filled in (empty facts, role-fit ratings) into its file",
    )
    .argument("<slug>", "option id")
    .argument("[dir]", "workspace folder", ".")
    .option("--only <what>", "facts or ratings")
    .option("--json", "print the result as JSON")
    .action(async (slug: string, dir: string, options) =>
      (await actions()).optionAccept(slug, dir, options),
    );

  const criterion = program.command("criterion").description("change criteria");
  criterion
    .command("rename")
    .description(
      "rename a criterion everywhere: bearing.yaml, every option's ratings, reviewers' feedback",
    )
    .argument("<old>", "the criterion's id now")
    .argument("<new>", "its new id (a lower-case slug)")
    .argument("[dir]", "workspace folder", ".")
    .option("--dry-run", "say what would change; write nothing")
    .option("--json", "print the result as JSON")
    .action(async (from: string, to: string, dir: string, options) =>
      (await actions()).criterionRename(from, to, dir, options),
    );
}
