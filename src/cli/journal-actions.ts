import { writeFile } from "node:fs/promises";
import { rank } from "../core/decision/methods.js";
import { buildModel } from "../core/decision/model.js";
import { BearingError } from "../core/errors.js";
import { journalEntry, lookingForPost, type SiteFormat } from "../core/journal/post.js";
import { findPrompt, JOURNAL_PROMPTS, type JournalPrompt } from "../core/journal/prompts.js";
import { redactWorkspace } from "../core/share/redact.js";
import { unknownIdHint } from "../core/suggest.js";
import type { PathId } from "../core/taxonomy.js";
import { today } from "../workspace/edit.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { listJournal, writeJournalFile } from "../workspace/journal.js";
import { loadWorkspace, PROFILE_FILE } from "../workspace/load.js";
import { effectiveOptions, readOptionRoles } from "../workspace/role-readings.js";
import { printJson } from "./report.js";
import { privateKinds, renderLeftOut } from "./share-render.js";
import { stdinIsTTY } from "./stdin.js";

interface AddOptions {
  title?: string;
  prompt?: string[];
  allPrompts?: boolean;
  body?: string;
  format: string;
  json?: boolean;
}

function siteFormat(format: string): SiteFormat {
  if (format === "jekyll" || format === "hugo") return format;
  throw BearingError.input({
    code: "invalid_value",
    message: `unknown format "${format}"`,
    path: ["--format"],
    hint: "use jekyll or hugo",
  });
}

export async function add(dir: string, options: AddOptions): Promise<void> {
  const format = siteFormat(options.format);
  const storage = new FsStorage(dir);
  await loadWorkspace(storage);
  let prompts: JournalPrompt[] = options.allPrompts ? [...JOURNAL_PROMPTS] : [];
  for (const id of options.prompt ?? []) {
    const prompt = findPrompt(id);
    if (!prompt) {
      throw BearingError.input({
        code: "unknown_id",
        message: `no prompt "${id}"`,
        path: ["--prompt"],
        hint: unknownIdHint(
          id,
          JOURNAL_PROMPTS.map((p) => p.id),
          "prompts",
        ),
      });
    }
    prompts.push(prompt);
  }
  let title = options.title;
  let body = options.body ?? "";
  if (!title && !options.json && stdinIsTTY()) {
    const ui = await import("@clack/prompts");
    const chosen = await ui.multiselect({
      message: "Which questions do you want to reflect on?",
      options: JOURNAL_PROMPTS.map((p) => ({ value: p.id, label: p.question, hint: p.nudge })),
      required: false,
    });
    if (ui.isCancel(chosen)) return;
    prompts = JOURNAL_PROMPTS.filter((p) => chosen.includes(p.id));
    const answer = await ui.text({ message: "Title of the entry", defaultValue: "Reflection" });
    if (ui.isCancel(answer)) return;
    title = answer;
    const text = await ui.text({ message: "A first thought (optional)", defaultValue: "" });
    if (!ui.isCancel(text)) body = text;
  }
  const date = today();
  const finalTitle = title ?? (prompts[0]?.question.replace(/\?$/, "") || "Reflection");
  const text = journalEntry({ title: finalTitle, date: new Date() }, prompts, body, format);
  const file = await writeJournalFile(storage, date, finalTitle, text);
  if (options.json) printJson({ file, prompts: prompts.map((p) => p.id) });
  else process.stdout.write(`Created ${file}\n`);
}

export async function exportPost(
  dir: string,
  options: { format: string; out?: string; json?: boolean; include?: string[]; dryRun?: boolean },
): Promise<void> {
  const format = siteFormat(options.format);
  const keep = privateKinds(options.include ?? []);
  const storage = new FsStorage(dir);
  const workspace = await loadWorkspace(storage);
  const roles = await readOptionRoles(storage, workspace.profile, workspace.options);
  const redacted = redactWorkspace(workspace.profile, effectiveOptions(workspace.options, roles), {
    keep,
  });
  const ranking = rank(buildModel(redacted.profile, redacted.options));
  const inPlay = new Set(ranking.alternatives.map((a) => a.id));
  const paths = [
    ...new Set(
      redacted.options.filter((o) => inPlay.has(o.id) && o.path).map((o) => o.path as PathId),
    ),
  ];
  // A public post says nothing of money, not even how much it weighs.
  const omit = new Set(keep.has("money") ? [] : redacted.moneyCriteria);
  const leftOut = [
    ...redacted.leftOut,
    ...ranking.criteria
      .filter((c) => omit.has(c.id))
      .map((c) => ({
        kind: "money" as const,
        file: PROFILE_FILE,
        what: `the weight of ${c.name}`,
      })),
  ];
  const text = lookingForPost(redacted.profile, ranking, paths, format, new Date(), omit);
  if (options.dryRun) {
    if (options.json) printJson({ file: null, format, post: text, leftOut });
    else process.stdout.write(`${text}\n${renderLeftOut(leftOut)}`);
    return;
  }
  let file: string;
  if (options.out) {
    try {
      await writeFile(options.out, text, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") {
        throw BearingError.input({
          code: "already_exists",
          file: options.out,
          message: "file exists; nothing was written",
          hint: "choose another --out",
        });
      }
      throw error;
    }
    file = options.out;
  } else file = await writeJournalFile(storage, today(), "what I'm looking for", text);
  if (options.json) printJson({ file, format, leftOut });
  else process.stdout.write(`Wrote ${file}\n${renderLeftOut(leftOut)}`);
}

export async function list(dir: string, options: { json?: boolean }): Promise<void> {
  const files = await listJournal(new FsStorage(dir));
  if (options.json) printJson({ entries: files });
  else
    process.stdout.write(files.length > 0 ? `${files.join("\n")}\n` : "No journal entries yet.\n");
}
