/**
 * Markdown structure as the reflection analyser needs it: a flat list of prose blocks
 * (headings, paragraphs, list items, quotes, table cells), each with its plain text and a
 * character map back into the source, so that any span of plain text can be quoted exactly
 * as the author wrote it, markup included.
 *
 * Parsing is remark's (remark-parse, CommonMark; remark-gfm for tables and strikethrough;
 * remark-frontmatter for YAML, TOML and JSON front matter).
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";

export type BlockKind = "title" | "summary" | "heading" | "paragraph" | "item" | "quote" | "cell";

/** Where a list item sits: which list, its 0-based position, and nesting depth (0 = top). */
export interface ListPlace {
  /** Distinct per list in the document. */
  list: number;
  ordered: boolean;
  index: number;
  depth: number;
  /** 0 for the item's first paragraph, 1.. for later paragraphs of the same item. */
  part: number;
}

export interface Block {
  kind: BlockKind;
  /** Plain text: markup removed, soft line breaks kept as `\n`. */
  text: string;
  /** Heading level 1–6 (headings only, else 0). */
  depth: number;
  /** Index in the block list of the nearest heading above, or -1. */
  section: number;
  list: ListPlace | null;
  /** A bold phrase that opens the block (`**Hands-on work**: ...`), without trailing `:`/`.`. */
  lead: string | null;
  /** True for blocks before the excerpt marker (`<!-- more -->`), when the post has one. */
  inExcerpt: boolean;
  /** Source offset where the block starts (cleaned-text offsets). */
  offset: number;
  /** Per plain character: start and end offset in the source (cleaned text). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Plain index → widened source start/end, so quotes keep whole `**...**` and `[...](...)`. */
  readonly opens: ReadonlyMap<number, number>;
  readonly closes: ReadonlyMap<number, number>;
}

/**
 * The source span [start, end) (cleaned-text offsets) of plain span [from, to) of a block;
 * markup that wraps the first or last character is included so the quote stays balanced.
 */
export function sourceSpan(block: Block, from: number, to: number): [number, number] {
  const last = to - 1;
  const start = Math.min(
    block.opens.get(from) ?? Number.POSITIVE_INFINITY,
    block.starts[from] ?? 0,
  );
  const end = Math.max(block.closes.get(last) ?? 0, block.ends[last] ?? start);
  return [start, end];
}

/** Builds a block from a plain string that stands verbatim at `offset` in the source. */
export function verbatimBlock(
  kind: BlockKind,
  text: string,
  offset: number,
  fields: Partial<Pick<Block, "section" | "inExcerpt">> = {},
): Block {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = offset + i;
    ends[i] = offset + i + 1;
  }
  return {
    kind,
    text,
    depth: 0,
    section: fields.section ?? -1,
    list: null,
    lead: null,
    inExcerpt: fields.inExcerpt ?? false,
    offset,
    starts,
    ends,
    opens: new Map(),
    closes: new Map(),
  };
}

class PlainBuilder {
  text = "";
  starts: number[] = [];
  ends: number[] = [];
  opens = new Map<number, number>();
  closes = new Map<number, number>();

  constructor(private readonly source: string) {}

  /** Appends `value`, which remark decoded from source span [start, end), char by char. */
  aligned(value: string, start: number, end: number): void {
    if (end - start === value.length && this.source.startsWith(value, start)) {
      // Written as decoded (no escape, entity or indentation): each character maps to itself,
      // as the loop below would map it (a surrogate pair's halves both to the pair).
      this.text += value;
      for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        const pair =
          code >= 0xd800 &&
          code <= 0xdbff &&
          i + 1 < value.length &&
          (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
        const at = start + i;
        const width = pair ? 2 : 1;
        for (let k = 0; k < width; k++) {
          this.starts.push(at);
          this.ends.push(at + width);
        }
        if (pair) i++;
      }
      return;
    }
    let j = start;
    for (const ch of value) {
      let k = j;
      // Decoded text differs from its source by escapes, entities and list indentation only.
      while (k < end && this.source.startsWith(ch, k) === false && k - j < 12) k++;
      if (k < end && this.source.startsWith(ch, k)) {
        this.push(ch, k, k + ch.length);
        j = k + ch.length;
      } else {
        this.push(ch, j, Math.min(j + 1, end));
      }
    }
  }

  push(ch: string, start: number, end: number): void {
    this.text += ch;
    for (let i = 0; i < ch.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  wrap(from: number, start: number, end: number): void {
    if (this.text.length === from) return;
    const last = this.text.length - 1;
    this.opens.set(from, Math.min(this.opens.get(from) ?? start, start));
    this.closes.set(last, Math.max(this.closes.get(last) ?? end, end));
  }
}

function phrasing(nodes: readonly PhrasingContent[], out: PlainBuilder): void {
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    switch (node.type) {
      case "text":
      case "inlineCode":
        out.aligned(node.value, start, end);
        break;
      case "break":
        out.push("\n", start, end);
        break;
      case "strong":
      case "emphasis":
      case "delete":
      case "link":
      case "linkReference": {
        const from = out.text.length;
        phrasing(node.children, out);
        out.wrap(from, start, end);
        break;
      }
      default:
        // Images, inline HTML and footnote references are not prose.
        break;
    }
  }
}

/**
 * The phrase that opens a block as its label: a bold or italic phrase, or (in list items) a
 * short phrase before a colon, as in `Consulting: I have ...`.
 */
function leadPhrase(children: readonly PhrasingContent[], inList: boolean): string | null {
  const first = children[0];
  if (first?.type === "text" && inList) {
    const label = /^([^:\n]{2,60}):\s/.exec(first.value)?.[1]?.trim();
    return label && label.split(/\s+/).length <= 6 ? label : null;
  }
  if (!first || (first.type !== "strong" && first.type !== "emphasis")) return null;
  const lead = mdastToString(first)
    .trim()
    .replace(/[\s:.–—-]+$/, "");
  if (lead === "" || lead.split(/\s+/).length > 14) return null;
  return lead;
}

/** Indented code in a plain-text file is usually prose that happens to be indented. */
function looksLikeProse(value: string): boolean {
  const letters = value.match(/[A-Za-z\s,.'’]/g)?.length ?? 0;
  return value.length > 0 && letters / value.length > 0.9 && /[a-z]{2,}[.!?](\s|$)/.test(value);
}

/**
 * CommonMark ends an HTML block only at a blank line, so a paragraph written right after
 * `</figure>` is swallowed into it; its lines that are not tags are prose, kept verbatim.
 */
function proseInHtml(state: WalkState, html: string, offset: number): void {
  let at = 0;
  for (const line of html.split("\n")) {
    const text = line.trim();
    if (!/[<>]/.test(text) && /[a-z]{2,}\W+\w+\W+\w+\W+\w+/i.test(text)) {
      const start = offset + at + line.indexOf(text);
      state.blocks.push(
        verbatimBlock("paragraph", text, start, {
          section: state.section,
          inExcerpt: state.excerptAt >= 0 && start < state.excerptAt,
        }),
      );
    }
    at += line.length + 1;
  }
}

interface WalkState {
  source: string;
  blocks: Block[];
  section: number;
  lists: number;
  excerptAt: number;
  separator: string | null;
}

function emit(
  state: WalkState,
  kind: BlockKind,
  node: Parent & Nodes,
  extra: { depth?: number; list?: ListPlace | null } = {},
): void {
  const out = new PlainBuilder(state.source);
  phrasing(node.children as PhrasingContent[], out);
  const trimmed = out.text.trim();
  if (trimmed === "" || (state.separator !== null && trimmed === state.separator.trim())) return;
  const offset = node.position?.start.offset ?? 0;
  state.blocks.push({
    kind,
    text: out.text,
    depth: extra.depth ?? 0,
    section: state.section,
    list: extra.list ?? null,
    lead:
      kind === "heading" ? null : leadPhrase(node.children as PhrasingContent[], kind === "item"),
    inExcerpt: state.excerptAt >= 0 && offset < state.excerptAt,
    offset,
    starts: Int32Array.from(out.starts),
    ends: Int32Array.from(out.ends),
    opens: out.opens,
    closes: out.closes,
  });
}

function walk(
  nodes: readonly RootContent[],
  state: WalkState,
  context: { kind: BlockKind; list: ListPlace | null },
): void {
  for (const node of nodes) {
    switch (node.type) {
      case "heading":
        emit(state, "heading", node, { depth: node.depth });
        if (state.blocks.at(-1)?.kind === "heading") state.section = state.blocks.length - 1;
        break;
      case "paragraph":
        emit(state, context.kind, node, { list: context.list });
        if (context.list) context.list = { ...context.list, part: context.list.part + 1 };
        break;
      case "code":
        if (!node.lang && looksLikeProse(node.value)) {
          const para = {
            type: "paragraph",
            children: [{ type: "text", value: node.value, position: node.position }],
            position: node.position,
          } as Parent & Nodes;
          emit(state, context.kind, para, { list: context.list });
        }
        break;
      case "blockquote":
        walk(node.children, state, { kind: "quote", list: null });
        break;
      case "list": {
        const list = state.lists++;
        const depth = context.list ? context.list.depth + 1 : 0;
        node.children.forEach((item, index) => {
          walk(item.children, state, {
            kind: "item",
            list: { list, ordered: node.ordered === true, index, depth, part: 0 },
          });
        });
        break;
      }
      case "html":
        proseInHtml(state, node.value, node.position?.start.offset ?? 0);
        break;
      case "table":
        for (const row of node.children) {
          for (const cell of row.children) emit(state, "cell", cell);
        }
        break;
      default:
        // Front matter, HTML, thematic breaks, definitions: no prose.
        break;
    }
  }
}

/**
 * The prose blocks of a parsed Markdown tree, in document order.
 * @param source the text remark parsed (offsets in the tree refer to it)
 * @param excerptAt source offset of the excerpt marker, or -1
 * @param separator a custom excerpt separator written as text, dropped from the prose
 */
export function proseBlocks(
  tree: Root,
  source: string,
  excerptAt: number,
  separator: string | null,
): Block[] {
  const state: WalkState = { source, blocks: [], section: -1, lists: 0, excerptAt, separator };
  walk(tree.children, state, { kind: "paragraph", list: null });
  return state.blocks;
}
