/**
 * Journal entries and the shareable "What I'm looking for" post, as Markdown with the front
 * matter each static-site generator expects: Jekyll (`layout`, `date` as
 * `YYYY-MM-DD HH:MM:SS +0000`, `categories`) and Hugo (`date` in RFC 3339, `draft`, `tags`).
 */
import { stringify } from "yaml";
import type { Ranking } from "../decision/rank.js";
import type { Profile } from "../model/profile.js";
import { PATHS, type PathId, RESPONSIBILITY_LABELS, VALUES } from "../taxonomy.js";
import type { JournalPrompt } from "./prompts.js";

export type SiteFormat = "jekyll" | "hugo";

export interface PostMeta {
  title: string;
  /** When the post is dated. */
  date: Date;
  tags?: string[];
  categories?: string[];
}

/** Front matter for a post, in the generator's conventions (YAML between `---` fences). */
export function frontMatter(format: SiteFormat, meta: PostMeta): string {
  const iso = meta.date.toISOString();
  const fields: Record<string, unknown> =
    format === "jekyll"
      ? {
          layout: "post",
          title: meta.title,
          date: `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000`,
          categories: meta.categories ?? ["career"],
          tags: meta.tags ?? [],
        }
      : {
          title: meta.title,
          date: `${iso.slice(0, 19)}Z`,
          draft: true,
          categories: meta.categories ?? ["career"],
          tags: meta.tags ?? [],
        };
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n`;
}

/** A new journal entry: front matter, then the prompts as headings with their nudges. */
export function journalEntry(
  meta: PostMeta,
  prompts: readonly JournalPrompt[],
  body = "",
  format: SiteFormat = "jekyll",
): string {
  const sections = prompts.map((p) => `## ${p.question}\n\n<!-- ${p.nudge} -->\n\n`).join("");
  const text = body.trim() === "" ? "" : `${body.trim()}\n`;
  return `${frontMatter(format, { ...meta, tags: meta.tags ?? ["reflection"] })}\n${sections}${text}`;
}

/**
 * "What I'm looking for": the profile's values and criteria (by weight) and the kinds of role
 * the options in play point at, written as a post to share. Option names and organisations are
 * never named; give it the profile as `redactWorkspace` (`../share/redact.ts`) returns it so the
 * question, notes and anything private are left out too, and the ids of criteria to leave out
 * whole in `omit` (money criteria, whose weight says how much pay matters).
 */
export function lookingForPost(
  profile: Profile,
  ranking: Ranking,
  pathsInPlay: readonly PathId[],
  format: SiteFormat,
  date: Date,
  omit: ReadonlySet<string> = new Set(),
): string {
  const lines: string[] = [];
  lines.push(
    frontMatter(format, { title: "What I'm looking for", date, tags: ["career", "next-role"] }),
  );
  lines.push(`${profile.question}\n`);
  if (profile.values.length > 0) {
    lines.push("## What drives me\n");
    for (const value of profile.values) {
      const info = VALUES[value.id];
      lines.push(`- **${info.label}**${value.note ? `: ${value.note}` : ` — ${info.meaning}`}`);
    }
    lines.push("");
  }
  lines.push("## What I'm looking for in my next role\n");
  const byWeight = ranking.criteria
    .filter((criterion) => !omit.has(criterion.id))
    .sort((a, b) => b.weight - a.weight);
  byWeight.forEach((criterion, index) => {
    const spec = profile.criteria.find((c) => c.id === criterion.id);
    const description = spec?.description ? `: ${spec.description}` : "";
    lines.push(
      `${index + 1}. **${criterion.name}**${description} (${Math.round(criterion.weight * 100)}%)`,
    );
  });
  lines.push("");
  const wanted = Object.entries(profile.responsibilities);
  // The taxonomy's words for each responsibility (its labels), not the ids the profile keys by.
  const labelled = (preference: string) =>
    wanted
      .filter(([, p]) => p === preference)
      .map(([id]) => RESPONSIBILITY_LABELS[id as keyof typeof RESPONSIBILITY_LABELS] ?? id);
  const more = labelled("more");
  const less = labelled("less");
  if (more.length > 0 || less.length > 0) {
    lines.push("## The work I want\n");
    if (more.length > 0) lines.push(`More of: ${more.join(", ")}.`);
    if (less.length > 0) lines.push(`Less of: ${less.join(", ")}.`);
    lines.push("");
  }
  if (pathsInPlay.length > 0) {
    lines.push("## Kinds of role I am considering\n");
    for (const path of pathsInPlay) lines.push(`- ${PATHS[path].label}: ${PATHS[path].meaning}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
