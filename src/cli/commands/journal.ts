import type { Command } from "commander";

/** `bearing journal add|export|list`: reflections kept as dated Markdown posts. */
export function registerJournal(program: Command): void {
  const journal = program
    .command("journal")
    .description("keep reflections as dated Markdown posts");
  journal
    .command("add")
    .description("create a dated journal entry with reflection prompts")
    .argument("[dir]", "workspace folder", ".")
    .option("-t, --title <title>", "the entry's title")
    // One id per --prompt (repeat it, or separate ids with commas): a variadic option would
    // swallow the folder that follows it (`--prompt regret ~/decision`).
    .option(
      "-p, --prompt <id>",
      "a prompt to include, repeatable or comma-separated: drives, more-less, regret, optimising, titles",
      (value: string, previous: string[] = []) => [
        ...previous,
        ...value
          .split(",")
          .map((id) => id.trim())
          .filter((id) => id !== ""),
      ],
    )
    .option("--all-prompts", "include every prompt")
    .option("--body <text>", "text of the entry")
    .option("--format <format>", "front matter style: jekyll or hugo", "jekyll")
    .option("--json", "print the result as JSON")
    .action(async (dir: string, options) =>
      (await import("../journal-actions.js")).add(dir, options),
    );
  journal
    .command("export")
    .description(
      'write a shareable "What I\'m looking for" post; private by default (prints what was left out)',
    )
    .argument("[dir]", "workspace folder", ".")
    .option("--format <format>", "jekyll or hugo", "jekyll")
    .option("-o, --out <file>", "write here instead of journal/ (never overwrites)")
    .option(
      "--include <kinds...>",
      "keep in what is left out by default: question, names, organisations, contacts, notes, money, private",
    )
    .option("--dry-run", "print the post and what was left out; write nothing")
    .option("--json", "print the result as JSON")
    .action(async (dir: string, options) =>
      (await import("../journal-actions.js")).exportPost(dir, options),
    );
  journal
    .command("list")
    .description("list journal entries, newest first")
    .argument("[dir]", "workspace folder", ".")
    .option("--json", "print the result as JSON")
    .action(async (dir: string, options) =>
      (await import("../journal-actions.js")).list(dir, options),
    );
}
