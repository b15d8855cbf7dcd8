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
import { decodeEntity, ENTITY_BODY } from "../text/entities.js";

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

/** An HTML list (`<ul>`, `<ol>`) being read: its id among the post's lists and its items. */
interface HtmlList {
  list: number;
  ordered: boolean;
  /** Index of the current item, -1 before the first. */
  index: number;
  /** True between `<li>` and `</li>` (or the next `<li>`). */
  open: boolean;
}

/** An entity at the start of a text, its body in group 1. */
const ENTITY_AT_START = new RegExp(`^&(${ENTITY_BODY});`);

/** Elements whose content is never prose: skipped up to their closing tag. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "form",
  "button",
  "select",
  "textarea",
  "object",
  "video",
  "audio",
  "canvas",
]);

/** Elements that end the prose before them and start new prose. */
const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

/** Elements whose text is prose however short; other text must read as a sentence. */
const PROSE_TAGS = new Set([
  "blockquote",
  "caption",
  "dd",
  "dt",
  "figcaption",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "p",
  "pre",
  "summary",
  "td",
  "th",
]);

/** Inline elements whose tags a quote keeps whole when it starts or ends at their text. */
const WRAPPING = new Set(["a", "b", "strong", "em", "i", "u", "mark", "del", "s", "code"]);

/**
 * For each character of `value` (a node's text, with container indentation or `>` removed by
 * the parser), its offset in `source`, found line by line from `offset`.
 */
function valueOffsets(source: string, value: string, offset: number): Int32Array {
  const at = new Int32Array(value.length + 1);
  if (source.startsWith(value, offset)) {
    for (let i = 0; i <= value.length; i++) at[i] = offset + i;
    return at;
  }
  let cursor = offset;
  let i = 0;
  for (const line of value.split("\n")) {
    const found = source.indexOf(line, cursor);
    const base = found >= 0 ? found : cursor;
    for (let k = 0; k < line.length; k++) at[i + k] = base + k;
    i += line.length;
    cursor = base + line.length;
    at[i] = cursor;
    i++;
    cursor++;
  }
  return at;
}

/** Where a tag, comment or declaration opened at `from` ends (one past `>`), quote-aware. */
function tagEnd(value: string, from: number): number {
  let quoteChar = "";
  for (let i = from + 1; i < value.length; i++) {
    const ch = value[i];
    if (quoteChar !== "") {
      if (ch === quoteChar) quoteChar = "";
    } else if (ch === '"' || ch === "'") quoteChar = ch;
    else if (ch === ">") return i + 1;
  }
  return value.length;
}

/** Reads HTML prose into blocks, one per paragraph, item, heading, quote or cell. */
class HtmlReader {
  private out: PlainBuilder;
  private start = -1;
  private space = false;
  private heading = 0;
  private cells = 0;
  private quotes = 0;
  private prose = 0;
  private wraps: Array<{ name: string; from: number; start: number }> = [];
  /** End (plain index) of a bold or italic phrase that opens the block, or -1. */
  private leadEnd = -1;

  constructor(
    private readonly state: WalkState,
    private readonly at: Int32Array,
  ) {
    this.out = new PlainBuilder(state.source);
  }

  text(value: string, from: number, to: number): void {
    let i = from;
    while (i < to) {
      const ch = value[i] as string;
      if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f") {
        let j = i + 1;
        while (j < to && /[ \t\n\r\f]/.test(value[j] as string)) j++;
        if (this.out.text.length > 0 && !this.space) {
          this.out.push(" ", this.at[i] as number, this.at[j] as number);
          this.space = true;
        }
        i = j;
        continue;
      }
      if (ch === "&") {
        const m = ENTITY_AT_START.exec(value.slice(i, i + 12));
        const decoded = m ? decodeEntity(m[1] as string) : undefined;
        if (m && decoded !== undefined) {
          const end = i + m[0].length;
          this.char(decoded === " " ? " " : decoded, this.at[i] as number, this.at[end] as number);
          i = end;
          continue;
        }
      }
      this.char(ch, this.at[i] as number, this.at[i + 1] as number);
      i++;
    }
  }

  private char(ch: string, start: number, end: number): void {
    if (this.out.text.length === 0) {
      if (ch.trim() === "") return;
      this.start = start;
    }
    this.out.push(ch, start, end);
    this.space = ch === " ";
  }

  tag(name: string, closing: boolean, selfClosing: boolean, start: number, end: number): void {
    if (name === "br") {
      if (this.out.text.length > 0) {
        this.out.push("\n", start, end);
        this.space = true;
      }
      return;
    }
    if (WRAPPING.has(name)) {
      if (!closing && !selfClosing) {
        this.wraps.push({ name, from: this.out.text.length, start });
      } else if (closing) {
        const k = this.wraps.findLastIndex((w) => w.name === name);
        const open = k >= 0 ? this.wraps[k] : undefined;
        if (open) {
          this.wraps.splice(k);
          if (open.from === 0 && /^(b|strong|em|i)$/.test(name) && this.leadEnd < 0) {
            this.leadEnd = this.out.text.length;
          }
          if (open.from < this.out.text.length) this.out.wrap(open.from, open.start, end);
        }
      }
      return;
    }
    if (!BLOCK_TAGS.has(name)) return;
    this.flush();
    const lists = this.state.htmlLists;
    const delta = closing ? -1 : selfClosing ? 0 : 1;
    if (PROSE_TAGS.has(name)) this.prose = Math.max(0, this.prose + delta);
    if (/^h[1-6]$/.test(name)) this.heading = closing ? 0 : Number(name[1]);
    else if (name === "td" || name === "th") this.cells = Math.max(0, this.cells + delta);
    else if (name === "blockquote") this.quotes = Math.max(0, this.quotes + delta);
    else if (name === "ul" || name === "ol") {
      if (closing) lists.pop();
      else lists.push({ list: this.state.lists++, ordered: name === "ol", index: -1, open: false });
    } else if (name === "li") {
      let list = lists.at(-1);
      if (!list && !closing) {
        list = { list: this.state.lists++, ordered: false, index: -1, open: false };
        lists.push(list);
      }
      if (list) {
        if (!closing) list.index++;
        list.open = !closing;
      }
    }
  }

  /** Ends the current prose: kept as a block when it is prose (see {@link PROSE_TAGS}). */
  flush(): void {
    const out = this.out;
    this.out = new PlainBuilder(this.state.source);
    const leadEnd = this.leadEnd;
    this.leadEnd = -1;
    this.wraps = [];
    this.space = false;
    let length = out.text.length;
    while (length > 0 && /\s/.test(out.text[length - 1] as string)) length--;
    const text = out.text.slice(0, length);
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    if (this.prose === 0 && !/[a-z]{2,}\W+\w+\W+\w+\W+\w+/i.test(text)) return;
    const state = this.state;
    if (state.separator !== null && text === state.separator.trim()) return;
    const item = state.htmlLists.at(-1);
    const kind: BlockKind =
      this.heading > 0
        ? "heading"
        : this.cells > 0
          ? "cell"
          : item?.open
            ? "item"
            : this.quotes > 0
              ? "quote"
              : "paragraph";
    const offset = this.start;
    const list =
      kind === "item" && item
        ? {
            list: item.list,
            ordered: item.ordered,
            index: item.index,
            depth: state.htmlLists.length - 1,
            part: 0,
          }
        : null;
    state.blocks.push({
      kind,
      text,
      depth: kind === "heading" ? this.heading : 0,
      section: state.section,
      list,
      lead: kind === "heading" ? null : htmlLead(text, leadEnd, kind === "item"),
      inExcerpt: state.excerptAt >= 0 && offset < state.excerptAt,
      offset,
      starts: Int32Array.from(out.starts.slice(0, length)),
      ends: Int32Array.from(out.ends.slice(0, length)),
      opens: new Map([...out.opens].filter(([k]) => k < length)),
      closes: clampedCloses(out.closes, length),
    });
    if (kind === "heading") state.section = state.blocks.length - 1;
  }
}

/** Closing spans keyed by plain index, those past a trimmed end moved onto its last char. */
function clampedCloses(closes: ReadonlyMap<number, number>, length: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [k, v] of closes) {
    const key = Math.min(k, length - 1);
    out.set(key, Math.max(out.get(key) ?? v, v));
  }
  return out;
}

/** A block's lead phrase, as {@link leadPhrase} reads it in Markdown. */
function htmlLead(text: string, leadEnd: number, inList: boolean): string | null {
  if (leadEnd > 0) {
    const lead = text
      .slice(0, leadEnd)
      .trim()
      .replace(/[\s:.–—-]+$/, "");
    return lead === "" || lead.split(/\s+/).length > 14 ? null : lead;
  }
  if (!inList) return null;
  const label = /^([^:\n]{2,60}):\s/.exec(text)?.[1]?.trim();
  return label && label.split(/\s+/).length <= 6 ? label : null;
}

/**
 * Prose in an HTML block (a post exported from a CMS writes `<p>`, `<li>`, `<h2>`): the text
 * between tags, one block per paragraph, list item, heading, quote or table cell; script,
 * style, forms and comments are skipped. White space runs read as one space, `<br>` as a line
 * break, and the common entities (`&rsquo;`, `&amp;`, numeric ones) as their characters, each
 * mapped to the whole tag or entity in the source so quotes stay verbatim. Text outside
 * prose elements (a paragraph CommonMark swallowed after `</figure>`) is kept only when it
 * reads as a sentence of four words or more.
 */
function proseInHtml(state: WalkState, html: string, offset: number): void {
  const at = valueOffsets(state.source, html, offset);
  const reader = new HtmlReader(state, at);
  let i = 0;
  let textFrom = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? "";
    if (!/[a-zA-Z/!?]/.test(next)) {
      i = lt + 1;
      continue;
    }
    reader.text(html, textFrom, lt);
    let end: number;
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      end = close < 0 ? html.length : close + 3;
    } else if (next === "!" || next === "?") {
      end = tagEnd(html, lt);
    } else {
      end = tagEnd(html, lt);
      const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 40));
      if (m) {
        const name = (m[2] as string).toLowerCase();
        const closing = m[1] === "/";
        if (!closing && SKIPPED.has(name) && html[end - 2] !== "/") {
          const close = html.toLowerCase().indexOf(`</${name}`, end);
          end = close < 0 ? html.length : tagEnd(html, close);
        } else {
          reader.tag(name, closing, html[end - 2] === "/", at[lt] as number, at[end] as number);
        }
      }
    }
    i = end;
    textFrom = end;
  }
  reader.text(html, textFrom, html.length);
  reader.flush();
}

interface WalkState {
  source: string;
  blocks: Block[];
  section: number;
  lists: number;
  excerptAt: number;
  separator: string | null;
  /** HTML lists open across HTML blocks (a blank line inside `<ul>` splits the block). */
  htmlLists: HtmlList[];
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
        if (!node.lang && /^<\/?[a-z][a-z0-9]*[\s/>]/i.test(node.value)) {
          // An indented line of an HTML block after a blank line (`    <li>...`) is code to
          // CommonMark; it is HTML.
          proseInHtml(state, node.value, node.position?.start.offset ?? 0);
        } else if (!node.lang && looksLikeProse(node.value)) {
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
  const state: WalkState = {
    source,
    blocks: [],
    section: -1,
    lists: 0,
    excerptAt,
    separator,
    htmlLists: [],
  };
  walk(tree.children, state, { kind: "paragraph", list: null });
  return state.blocks;
}
