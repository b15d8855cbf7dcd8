/**
 * The post reader: one blog post or plain text in, its metadata and prose blocks out.
 *
 * Handles Jekyll, Octopress, Hugo, Eleventy, Gatsby and Astro posts: YAML (`---`), TOML
 * (`+++`) or JSON (`---json`) front matter or none; excerpt markers (`<!-- more -->`,
 * `<!--more-->`, `<!-- MORE -->`, Jekyll's `excerpt_separator`); Liquid tags and Hugo
 * shortcodes (ignored); CRLF line ends and a UTF-8 BOM. Pure: no I/O.
 */
import type { Root } from "mdast";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { type Processor, unified } from "unified";
import type { Issue } from "../errors.js";
import { type Block, proseBlocks, sourceSpan, verbatimBlock } from "./blocks.js";
import { dateFromFileName } from "./dates.js";
import {
  FRONT_MATTER_KINDS,
  type FrontMatterFormat,
  frontMatterFields,
  parseFrontMatter,
} from "./frontmatter.js";
import { blankTemplates, type SourceText, sourceText } from "./source.js";

export interface Post {
  source: SourceText;
  format: FrontMatterFormat | null;
  frontMatter: Record<string, unknown>;
  title: string | null;
  /** ISO date `YYYY-MM-DD`, from front matter or a Jekyll file name, else null. */
  date: string | null;
  categories: string[];
  tags: string[];
  /** Plain text before the excerpt marker, or null when the post has none. */
  excerpt: string | null;
  /**
   * Prose in reading order: the front-matter title and summary first (kinds `title` and
   * `summary`, when they stand verbatim in the input), then the body's blocks. Without a
   * front-matter title, a level-1 heading that opens the body is the title block (a post pasted
   * as "# Title" then prose is titled as one with front matter is).
   */
  blocks: Block[];
  /** Warnings (e.g. malformed front matter); reading never fails on content. */
  issues: Issue[];
}

export interface ReadPostOptions {
  /** File name, for a Jekyll `YYYY-MM-DD-slug.md` date when front matter has none. */
  fileName?: string;
}

const MORE_MARKER = /<!--\s*more\s*-->/i;

/**
 * The parts of GitHub Flavored Markdown that carry prose: tables and strikethrough. They are
 * remark-gfm's own extensions; autolink literals are left out because finding bare URLs
 * costs more than the rest of the parse on long posts and a URL is never evidence.
 */
function remarkGfmProse(this: Processor, options: { table: boolean; strike: boolean }): void {
  const data = this.data();
  data.micromarkExtensions = [
    ...(data.micromarkExtensions ?? []),
    ...(options.table ? [gfmTable()] : []),
    ...(options.strike ? [gfmStrikethrough()] : []),
  ];
  data.fromMarkdownExtensions = [
    ...(data.fromMarkdownExtensions ?? []),
    ...(options.table ? [gfmTableFromMarkdown()] : []),
    ...(options.strike ? [gfmStrikethroughFromMarkdown()] : []),
  ];
}

// remark's processors are immutable once frozen; each is built once, when first needed.
const parsers = new Map<number, Processor>();

/**
 * The parser for a text: the GFM table and strikethrough extensions only when the text holds
 * what they need, since trying a table at every line start costs about a sixth of the parse.
 * A table needs a `|`, or a delimiter row whose `:` touches a `-` (`:-`, `-:`); strikethrough
 * needs a `~`. Without them the tree is the same with or without the extension.
 */
function parserFor(text: string): Processor {
  const table = text.includes("|") || text.includes(":-") || text.includes("-:");
  const strike = text.includes("~");
  const key = (table ? 1 : 0) + (strike ? 2 : 0);
  let parser = parsers.get(key);
  if (!parser) {
    parser = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, [...FRONT_MATTER_KINDS])
      .use(remarkGfmProse, { table, strike })
      .freeze() as unknown as Processor;
    parsers.set(key, parser);
  }
  return parser;
}

/** Reads a post. Never throws on content; see {@link Post.issues} for warnings. */
export function readPost(input: string, options: ReadPostOptions = {}): Post {
  const source = sourceText(input);
  const text = blankTemplates(source.text);
  const tree = parserFor(text).parse(text) as Root;

  const matter = tree.children[0];
  let format: FrontMatterFormat | null = null;
  let data: Record<string, unknown> = {};
  let bodyStart = 0;
  const issues: Issue[] = [];
  if (matter && isFrontMatterFormat(matter.type)) {
    format = matter.type as FrontMatterFormat;
    const value = (matter as { value: string }).value;
    const parsed = parseFrontMatter(value, format, (matter.position?.start.line ?? 1) + 1);
    data = parsed.data;
    issues.push(...parsed.issues);
    bodyStart = matter.position?.end.offset ?? 0;
  }
  const fields = frontMatterFields(data);

  const separatorAt =
    fields.excerptSeparator !== null ? text.indexOf(fields.excerptSeparator, bodyStart) : -1;
  const moreAt = separatorAt >= 0 ? separatorAt : searchFrom(text, MORE_MARKER, bodyStart);
  const body = openingTitle(proseBlocks(tree, text, moreAt, fields.excerptSeparator), fields);

  const head: Block[] = [];
  for (const [kind, value] of [
    ["title", fields.title],
    ["summary", fields.summary],
  ] as const) {
    if (value === null) continue;
    // Quote front-matter text only where it stands verbatim in the input.
    const at = text.slice(0, bodyStart).indexOf(value);
    if (at >= 0) head.push(verbatimBlock(kind, value, at));
  }
  const blocks = [...head, ...body.map((b) => shiftSection(b, head.length))];

  let title = fields.title;
  if (title === null) title = bodyTitle(body, text);

  const excerpt =
    moreAt >= 0
      ? body
          .filter((b) => b.inExcerpt)
          .map((b) => b.text.trim())
          .join("\n\n")
      : null;
  return {
    source,
    format,
    frontMatter: data,
    title,
    date: fields.date ?? (options.fileName ? dateFromFileName(options.fileName) : null),
    categories: fields.categories,
    tags: fields.tags,
    excerpt,
    blocks,
    issues,
  };
}

/**
 * The exact input characters of plain span [from, to) of a block, as the author wrote them
 * (trimmed of surrounding white space).
 */
export function quote(post: Post, block: Block, from: number, to: number): string {
  const [start, end] = sourceSpan(block, from, to);
  return post.source.slice(start, end).trim();
}

function isFrontMatterFormat(type: string): type is FrontMatterFormat {
  return type === "yaml" || type === "toml" || type === "json";
}

/**
 * The body with its opening level-1 heading read as the title when the front matter names
 * none: the blocks under it then belong to no section, as the prose before the first heading
 * of a post with front matter does.
 */
function openingTitle(body: Block[], fields: { title: string | null }): Block[] {
  const first = body[0];
  if (fields.title !== null || first?.kind !== "heading" || first.depth !== 1) return body;
  return body.map((b, i) =>
    i === 0 ? { ...b, kind: "title", section: -1 } : b.section === 0 ? { ...b, section: -1 } : b,
  );
}

function shiftSection(block: Block, by: number): Block {
  return by === 0 || block.section < 0 ? block : { ...block, section: block.section + by };
}

function searchFrom(text: string, pattern: RegExp, from: number): number {
  const at = text.slice(from).search(pattern);
  return at < 0 ? -1 : at + from;
}

/** Without front matter: a level-1 heading, or a short first line standing alone. */
function bodyTitle(blocks: readonly Block[], text: string): string | null {
  const h1 = blocks.find((b) => (b.kind === "heading" || b.kind === "title") && b.depth === 1);
  if (h1) return h1.text.trim();
  const first = blocks[0];
  // A note that opens with a lower-level heading ("## VP offer vs staying put") is titled by it.
  if (first?.kind === "heading") return first.text.trim();
  if (first?.kind !== "paragraph") return null;
  const line = first.text.trim();
  const standsAlone =
    !line.includes("\n") &&
    /\n\s*\n/.test(text.slice(first.offset, first.offset + line.length + 3));
  return standsAlone && line.length <= 90 && !/[.!?,;:]$/.test(line) ? line : null;
}
