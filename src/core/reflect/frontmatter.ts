/**
 * Front matter of static-site posts: YAML between `---` fences (Jekyll, Octopress, Hugo,
 * Eleventy, Gatsby, Astro), TOML between `+++` fences (Hugo) and JSON after `---json`
 * (Eleventy). The fences are found by remark-frontmatter while the Markdown is parsed; this
 * module reads their content and pulls out the fields a reflection needs.
 */
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import type { Issue } from "../errors.js";
import { isoDate } from "./dates.js";

export type FrontMatterFormat = "yaml" | "toml" | "json";

/** The remark-frontmatter settings for the three fence styles. */
export const FRONT_MATTER_KINDS = [
  "yaml",
  "toml",
  { type: "json", fence: { open: "---json", close: "---" } },
] as const;

export interface FrontMatterFields {
  title: string | null;
  date: string | null;
  categories: string[];
  tags: string[];
  /** Jekyll's `excerpt_separator`, when set. */
  excerptSeparator: string | null;
  /** The author's own summary (`description`, `excerpt`, `summary` or `subtitle`). */
  summary: string | null;
}

/** Keys that hold the publication date, in order of preference across generators. */
const DATE_KEYS = [
  "date",
  "pubDate",
  "pubdate",
  "publishDate",
  "published_at",
  "publishedAt",
  "published",
  "created",
  "created_at",
];
const SUMMARY_KEYS = ["description", "excerpt", "summary", "subtitle"];

/**
 * Parses front matter content. Never throws: a post whose front matter is malformed is still
 * worth reading, so on a syntax error the `key: value` lines are read one by one and a
 * `frontmatter_syntax` warning is returned (line numbers are 1-based in the whole file).
 */
export function parseFrontMatter(
  content: string,
  format: FrontMatterFormat,
  firstLine: number,
): { data: Record<string, unknown>; issues: Issue[] } {
  try {
    const parsed =
      format === "toml"
        ? parseToml(content)
        : format === "json"
          ? JSON.parse(content)
          : // Plain errors: pretty ones copy the whole line into each, quadratic on a long line.
            parseYaml(content, { prettyErrors: false, logLevel: "error" });
    if (parsed === null || parsed === undefined) return { data: {}, issues: [] };
    if (typeof parsed !== "object" || Array.isArray(parsed)) {
      return {
        data: {},
        issues: [warning("front matter is not a mapping of keys to values; ignored", firstLine)],
      };
    }
    return { data: parsed as Record<string, unknown>, issues: [] };
  } catch (error) {
    const line = errorLine(error, content);
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      data: looseKeyValues(content),
      issues: [
        warning(
          `front matter is not valid ${format.toUpperCase()} (${message}); read line by line`,
          line === undefined ? firstLine : firstLine + line - 1,
        ),
      ],
    };
  }
}

/** The reflection-relevant fields of parsed front matter. */
export function frontMatterFields(data: Record<string, unknown>): FrontMatterFields {
  let date: string | null = null;
  for (const key of DATE_KEYS) {
    date = isoDate(data[key]);
    if (date) break;
  }
  const separator = data.excerpt_separator;
  return {
    title: textField(data.title),
    date,
    categories: listField(data.categories ?? data.category),
    tags: listField(data.tags ?? data.keywords),
    excerptSeparator: typeof separator === "string" && separator.trim() !== "" ? separator : null,
    summary: SUMMARY_KEYS.map((key) => textField(data[key])).find((s) => s !== null) ?? null,
  };
}

function textField(value: unknown): string | null {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return null;
  const text = value.trim();
  return text === "" ? null : text;
}

/** Lists or strings: Jekyll splits a string on spaces; a comma-separated string is common too. */
function listField(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.map((v) => textField(v)).filter((v): v is string => v !== null);
  }
  const text = textField(value);
  if (text === null) return [];
  return text
    .split(text.includes(",") ? /\s*,\s*/ : /\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function looseKeyValues(content: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of content.split("\n")) {
    const match = /^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$/.exec(line);
    if (!match?.[1] || match[2] === undefined) continue;
    data[match[1]] = match[2].trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  return data;
}

function errorLine(error: unknown, content: string): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const e = error as { linePos?: Array<{ line: number }>; line?: number; pos?: [number, number] };
  if (e.pos) return 1 + (content.slice(0, e.pos[0]).match(/\n/g)?.length ?? 0);
  return e.linePos?.[0]?.line ?? (typeof e.line === "number" ? e.line : undefined);
}

function warning(message: string, line: number): Issue {
  return { code: "frontmatter_syntax", message, line, severity: "warning" };
}
