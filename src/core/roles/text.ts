/**
 * Turns a posting (Markdown or plain text) into lines and sentence segments with stable
 * character offsets, using wink-nlp's sentence boundaries, part-of-speech tags and lemmas
 * (read through `core/nlp.ts`'s {@link readTokens}).
 *
 * Markdown markup is blanked with spaces rather than removed, so every offset in the cleaned
 * text is also an offset in the input: evidence can be highlighted in the original. Bulleted
 * lines without final punctuation are split into their own segments because wink-nlp would
 * otherwise read a whole list as one sentence.
 */
import {
  boundTokens,
  isSpace,
  maskInnerDots,
  readTokens,
  setByLexeme,
  tokenContracted,
  tokenId,
  tokenLemma,
  tokenPos,
  tokenType,
  tokenValue,
} from "../nlp.js";
// sections.js imports only types from this module, so the cycle is harmless at run time.
import { decodeEntity, ENTITY_BODY } from "../text/entities.js";
import { classifyHeading } from "./sections.js";
import { stem } from "./stem.js";

/** One line of the input: `[start, end)` offsets exclude the newline. */
export interface Line {
  start: number;
  end: number;
  /** Trimmed text with markup blanked and whitespace collapsed. */
  text: string;
  /** `#` heading, or a line that is entirely bold/italic: authors use both as headings. */
  marked: boolean;
  /** Starts with a list marker (a bullet of {@link LIST_BULLET}, `1.`, `<li>`). */
  listItem: boolean;
}

/** A sentence, or part of one ending at a line break. */
export interface Segment {
  /** Character offsets `[start, end)` into the input. */
  start: number;
  end: number;
  /** Index into {@link PreparedText.lines} of the line where the segment starts. */
  line: number;
  /** The segment's text with markup blanked and whitespace collapsed (a verbatim reading). */
  text: string;
  /** Comparison keys of its word tokens (lemma for verbs, then {@link stem}); punctuation dropped. */
  keys: string[];
  /** Index of the first character of each key's token, parallel to `keys`. */
  keyStarts: number[];
  /** The lowercase words themselves, parallel to `keys` (for cues that need the exact form). */
  words: string[];
  /** Universal part-of-speech tags from wink-nlp, parallel to `keys`. */
  tags: string[];
}

export interface PreparedText {
  source: string;
  clean: string;
  lines: Line[];
  segments: Segment[];
  /** The width the text was hard-wrapped at ({@link hardWrapWidth}), or 0. */
  wrapWidth: number;
}

const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** {@link INVISIBLE}, tested once (not global: no state between tests). */
const INVISIBLE_ANY = new RegExp(INVISIBLE.source);
/** A line of three or more rule marks ("---", "* * *", "==="), blanked by {@link blankMarkup}. */
const RULE_LINE = /^[ \t]*([-*_=][ \t]*){3,}$/gm;
/** {@link RULE_LINE}, tested once. */
const RULE_LINE_ANY = new RegExp(RULE_LINE.source, "m");

/**
 * A list item's bullet: Markdown's (`-`, `*`, `+`) and the ones pasted from word processors, job
 * boards and social posts ("•", "–", "→", "▪", "✅", "👉"), each followed by white space.
 */
export const LIST_BULLET = "(?:[-*+•→➔➜▶►▸▪◦‣●–]|✅|✔️?|👉|➡️?)";
/** What {@link blankMarkup} blanks at a line's start: a heading's #, a quote's >, a list marker. */
const MARKUP_LINE_START = new RegExp(
  String.raw`^[ \t]*(#{1,6}[ \t]|>[ \t]?|${LIST_BULLET}[ \t]+|\d{1,2}[.)][ \t]+)`,
  "gm",
);

/**
 * Blanks Markdown markup (headings, emphasis, list markers, link targets, HTML comments).
 * Emphasis marks are found by {@link blankEmphasis}, the same as replacing those of
 * `(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=[\s).,:;!?]|$)` (multiline) by spaces, three times
 * faster (`text.test.ts` compares the whole with the chain of replacements on random markup);
 * every pass but the list markers runs only on a text that holds its marks.
 */
export function blankMarkup(source: string): string {
  const spaces = (m: string) => " ".repeat(m.length);
  // Each pass copies the whole text: a pass whose marks the text does not hold is skipped.
  let text = INVISIBLE_ANY.test(source) ? source.replace(INVISIBLE, " ") : source;
  if (text.includes("<!--")) text = text.replace(/<!--[\s\S]*?-->/g, spaces);
  if (text.includes("<") && HTML_TAG.test(text)) text = blankHtml(text);
  if (text.includes("](")) text = text.replace(/\]\([^)\s]*\)/g, spaces);
  if (text.includes("[") || text.includes("]")) text = text.replace(/[[\]]/g, " ");
  text = text.replace(MARKUP_LINE_START, spaces);
  if (text.includes("**") || text.includes("__") || text.includes("`"))
    text = text.replace(/\*\*|__|`+/g, spaces);
  text = blankEmphasis(text);
  return RULE_LINE_ANY.test(text) ? text.replace(RULE_LINE, spaces) : text;
}

/** A tag an HTML posting is written with (a posting pasted from a web page or a CMS). */
const HTML_TAG = /<\/?(p|li|ul|ol|h[1-6]|div|br|strong|b|em|span|a|table|tr|td)[\s/>]/i;
const ENTITY = new RegExp(`&(${ENTITY_BODY});`, "g");
const BLOCK_END = /^<(\/(p|li|ul|ol|h[1-6]|div|section|tr|table|blockquote|dt|dd)|br|hr)[\s/>]/i;
/**
 * Blanks the HTML of a posting written in HTML, keeping its length: script and style with
 * their content and every tag become spaces, except that a tag ending a paragraph, item,
 * heading or list (`</p>`, `</li>`, `<br>` ...) ends its line, so a posting on one line
 * reads as the lines it shows; an entity becomes spaces then its character (`&amp;` as
 * `    &`, `&nbsp;` all spaces), so a word before it stays whole.
 */
function blankHtml(text: string): string {
  const spaces = (m: string) => " ".repeat(m.length);
  return text
    .replace(/<(script|style)[\s>][\s\S]*?<\/\1\s*>/gi, spaces)
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g, (tag) =>
      BLOCK_END.test(tag) ? `${" ".repeat(tag.length - 1)}\n` : spaces(tag),
    )
    .replace(ENTITY, (entity, body: string) => {
      // "&lt;" and "&gt;" stay as written: decoded, they could read as tags.
      const ch = body === "lt" || body === "gt" ? undefined : decodeEntity(body);
      if (ch === undefined || ch.length !== 1) return entity;
      return /\s/.test(ch) ? spaces(entity) : `${" ".repeat(entity.length - 1)}${ch}`;
    });
}

/**
 * Blanks emphasis marks: a `*` or `_` that opens (at a line start, or after a space or "(",
 * and before a non-space) or closes (after a non-space, and before a space, `).,:;!?` or a
 * line end). Each mark is decided on its own: in the global replace this stands for, no match
 * takes in a mark other than its own.
 */
function blankEmphasis(text: string): string {
  const n = text.length;
  let out = "";
  let from = 0;
  EMPHASIS_MARK.lastIndex = 0;
  for (let m = EMPHASIS_MARK.exec(text); m !== null; m = EMPHASIS_MARK.exec(text)) {
    const i = m.index;
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    const after = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    const opens =
      (before < 0 || isSpace(before) || before === 0x28) && after >= 0 && !isSpace(after);
    const closes =
      before >= 0 && !isSpace(before) && (after < 0 || isSpace(after) || CLOSERS.includes(after));
    if (opens || closes) {
      out += `${text.slice(from, i)} `;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

const EMPHASIS_MARK = /[*_]/g;

/** Char codes of `).,:;!?`, which may follow a closing emphasis mark. */
const CLOSERS = [...").,:;!?"].map((ch) => ch.charCodeAt(0));

/**
 * Whether the text holds whitespace that {@link collapse} would change: two in a row, or any
 * but a plain space (`/\s\s|[^\S ]/.test(text)`, in one pass over the char codes).
 */
function uncollapsed(text: string): boolean {
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (space) return true;
      space = true;
    } else if (isSpace(c)) return true;
    else space = false;
  }
  return false;
}

/** `text.replace(/\s+/g, " ").trim()`: whitespace runs made one space, ends trimmed. */
export function collapse(text: string): string {
  // Most lines and sentences are already collapsed: testing is cheaper than rebuilding them.
  if (!uncollapsed(text) && text[0] !== " " && text[text.length - 1] !== " ") return text;
  // text.replace(/\s+/g, " ").trim(): the runs of non-space characters, joined by one space.
  const n = text.length;
  let out = "";
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    out = out === "" ? text.slice(start, i) : `${out} ${text.slice(start, i)}`;
  }
  return out;
}

// Markdown's marks, and their HTML forms (`<h2>`, `<p><strong>...</strong></p>`, `<li>`).
const HEADING_MARK = /^(#{1,6}\s|<h[1-6][\s>])/i;
const BOLD_LINE =
  /^((\*\*|__)[^*_]+(\*\*|__):?|(<p[^>]*>\s*)?<(strong|b)>[^<]+<\/(strong|b)>:?\s*(<\/p>)?)$/i;
const LIST_MARK = new RegExp(
  String.raw`^(${LIST_BULLET}\s+|\d{1,2}[.)]\s+|(<[uo]l[^>]*>\s*)*<li[\s>])`,
  "i",
);

function splitLines(source: string, clean: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= clean.length) {
    let next = clean.indexOf("\n", start);
    if (next < 0) next = clean.length;
    // A CRLF line ends before its "\r": line widths (hard-wrap detection) are the same either way.
    const end = next > start && clean[next - 1] === "\r" ? next - 1 : next;
    const raw = source.slice(start, end).trim();
    const text = collapse(clean.slice(start, end));
    lines.push({
      start,
      end,
      text,
      marked: HEADING_MARK.test(raw) || BOLD_LINE.test(raw),
      listItem: LIST_MARK.test(raw),
    });
    start = next + 1;
  }
  return lines;
}

/**
 * Reads a posting once with wink-nlp and returns its lines and segments.
 *
 * @param source the posting, Markdown or plain text
 * @returns offsets refer to `source`; `clean` has the same length as `source`
 */
export function prepareText(source: string): PreparedText {
  const clean = boundTokens(blankMarkup(source));
  const lines = splitLines(source, clean);
  const lineOf = lineIndex(lines);
  // wink-nlp reads a copy whose in-word dots are masked ("Node.js"); offsets are the same.
  const masked = maskInnerDots(clean);
  const doc = readTokens(masked, { pos: true });
  const count = doc.numOfTokens;
  const values = new Array<string>(count);
  const types = new Array<string>(count);
  const pos = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    values[i] = tokenValue(doc, i);
    types[i] = tokenType(doc, i);
    pos[i] = tokenPos(doc, i);
  }
  // Only verbs' lemmas are read (tokenKey), so only theirs are asked for: a third of the cost
  // of lemmatising every token.
  const known = wordsOf(doc.cache);
  const starts = new Array<number>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? "";
    const at = masked.indexOf(v, cursor);
    // A token is where it is next found, unless that is far past the last one with words
    // between (a token wink-nlp rewrote); only spaces between, however many (a blanked HTML
    // block, a pasted front matter), keep it where it is.
    starts[i] = at >= 0 && (at - cursor < 64 || onlySpaces(masked, cursor, at)) ? at : cursor;
    cursor = (starts[i] ?? cursor) + (at >= 0 ? v.length : 0);
  }
  const spans = doc.sentences;
  const wrapWidth = hardWrapWidth(lines);
  const segments: Segment[] = [];
  for (const [first, last] of spans) {
    let segStart = -1;
    let keys: string[] = [];
    let keyStarts: number[] = [];
    let words: string[] = [];
    let tags: string[] = [];
    let segEnd = -1;
    const flush = () => {
      if (segStart >= 0 && segEnd > segStart) {
        const text = collapse(clean.slice(segStart, segEnd));
        if (text !== "") {
          segments.push({
            start: segStart,
            end: segEnd,
            line: lineOf(segStart),
            text,
            keys,
            keyStarts,
            words,
            tags,
          });
        }
      }
      segStart = -1;
      segEnd = -1;
      keys = [];
      keyStarts = [];
      words = [];
      tags = [];
    };
    for (let i = first; i <= last; i++) {
      const type = types[i];
      const v = values[i] ?? "";
      const at = starts[i] ?? 0;
      if (type === "tabCRLF" || (isBlank(v) && v.includes("\n"))) {
        if (breaksSegment(clean, at, v, lines, lineOf, wrapWidth)) flush();
        continue;
      }
      if (segStart < 0) segStart = at;
      segEnd = at + v.length;
      if (type === "punctuation" || type === "symbol" || isBlank(v)) continue;
      const tag = pos[i] ?? "";
      // A lexeme's lowercase form and non-verb key depend on its text alone: read once per id.
      const id = tokenId(doc, i);
      let word = known.lower[id];
      if (word === undefined) {
        word = v.toLowerCase();
        setByLexeme(known.lower, id, word);
      }
      let key: string | undefined;
      if (tag === "VERB" || tag === "AUX") {
        // A verb's lemma depends on its lexeme and tag, but a contraction's on the token.
        if (tokenContracted(doc, i)) key = tokenKey(v, tag, tokenLemma(doc, i));
        else {
          const byId = tag === "VERB" ? known.verbKey : known.auxKey;
          key = byId[id];
          if (key === undefined) {
            key = tokenKey(v, tag, tokenLemma(doc, i));
            setByLexeme(byId, id, key);
          }
        }
      } else {
        key = known.key[id];
        if (key === undefined) {
          key = tokenKey(v, tag, undefined);
          setByLexeme(known.key, id, key);
        }
      }
      keys.push(key);
      keyStarts.push(at);
      words.push(word);
      tags.push(tag);
      // "… a Series B. You will lead …": wink-nlp reads "B." as an initial and runs the two
      // sentences together; a funding round's letter before a capitalised word ends a sentence.
      if (words.length > 1 && words[words.length - 2] === "series" && ROUND_LETTER.test(word)) {
        const next = isBlank(values[i + 1] ?? "") ? values[i + 2] : values[i + 1];
        if (next !== undefined && /^[A-Z]/.test(next)) flush();
      }
    }
    flush();
  }
  return { source, clean, lines, segments, wrapWidth };
}

/** A funding round's letter read as an initial: "a." to "h." ("Series B."). */
const ROUND_LETTER = /^[a-h]\.$/;

/** `text.trim() === ""`: a token's text is seldom blank, and its first character says so. */
function isBlank(text: string): boolean {
  return text.length === 0 || (isSpace(text.charCodeAt(0)) && text.trim() === "");
}

/**
 * Per lexicon (one per reader), by lexeme id: its lowercase text, its non-verb {@link tokenKey},
 * and its key as a verb and as an auxiliary (outside contractions: see `tokenContracted`).
 */
interface LexemeWords {
  lower: string[];
  key: string[];
  verbKey: string[];
  auxKey: string[];
}

const lexemeWords = new WeakMap<object, LexemeWords>();

function wordsOf(cache: object): LexemeWords {
  let words = lexemeWords.get(cache);
  if (words === undefined) {
    words = { lower: [], key: [], verbKey: [], auxKey: [] };
    lexemeWords.set(cache, words);
  }
  return words;
}

/**
 * The comparison key of one word token: the lemma for verbs (so "led" meets "lead"), the word
 * itself otherwise (wink-nlp's noun lemmas turn "data" into "datum"), then {@link stem}.
 */
export function tokenKey(
  value: string,
  pos: string | undefined,
  lemma: string | undefined,
): string {
  return stem(pos === "VERB" || pos === "AUX" ? (lemma ?? value) : value);
}

/**
 * The width a text was hard-wrapped at (pasted from an e-mail or a web page with odd line
 * breaks), or 0 when it was not: the longest line has at most 100 characters, and at least
 * five lines, twice as many as the lines of middle length, end within 12 characters of it
 * (wrapped paragraphs are lines of near the full width and a shorter last line).
 */
export function hardWrapWidth(lines: readonly Line[]): number {
  const lengths = lines.map((l) => l.end - l.start).filter((n) => n > 0);
  if (lengths.length < 6) return 0;
  const width = Math.max(...lengths);
  if (width > 100 || width < 40) return 0;
  const near = lengths.filter((n) => n >= width - 12).length;
  const middle = lengths.filter((n) => n >= width / 2 && n < width - 12).length;
  return near >= 5 && near >= 2 * middle ? width : 0;
}

/**
 * For each line, whether it continues the line before: the lines a hard-wrapped text (pasted
 * from an e-mail or a web page, {@link hardWrapWidth}) was cut into, so that readers that read
 * line by line (the work mode, a reporting line) read the same statements as in the unwrapped
 * text. A wrapped line was cut where the next line's first word would not have fitted on it
 * (greedy wrapping); in any text, no line ends on "of", "and" or "from" ({@link DANGLING}) and
 * a line that starts in lowercase continues the one before. A blank line, a list item or a
 * heading never continues one.
 */
function continuesLine(lines: readonly Line[], wrapWidth: number): boolean[] {
  const width = wrapWidth || shortWrapWidth(lines);
  return lines.map((line, i) => {
    const previous = lines[i - 1];
    if (previous === undefined || previous.marked || previous.text === "") return false;
    if (line.text === "" || line.listItem || line.marked) return false;
    return (
      wrapCut(previous, line, width) || DANGLING.test(previous.text) || /^[a-z]/.test(line.text)
    );
  });
}

/**
 * Whether a text wrapped at `width` (0: not wrapped) was cut between `previous` and `next`: the
 * next line's first word would not have fitted on the previous line (greedy wrapping), so the
 * author did not end the line there.
 */
function wrapCut(previous: Line, next: Line, width: number): boolean {
  if (width === 0) return false;
  const first = next.text.split(" ", 1)[0] ?? "";
  return previous.end - previous.start + 1 + first.length > width;
}

/**
 * The width a short text (too few lines for {@link hardWrapWidth}) was wrapped at, or 0: its
 * longest line has 40 to 100 characters and another ends within 12 of it.
 */
function shortWrapWidth(lines: readonly Line[]): number {
  const lengths = lines.map((l) => l.end - l.start);
  const width = Math.max(0, ...lengths);
  if (width > 100 || width < 40) return 0;
  return lengths.filter((n) => n >= width - 12).length >= 2 ? width : 0;
}

/**
 * The text as the author wrote its lines ({@link continuesLine}):
 * - `lines`: each line as written, the texts of the lines it was cut into joined by a space
 *   (markup blanked, whitespace collapsed);
 * - `text`: `clean` with the line breaks inside a line as written made spaces, the same length
 *   as `clean`, so offsets into it are offsets into the input.
 */
export function asWritten({ clean, lines, wrapWidth }: PreparedText): {
  lines: string[];
  text: string;
} {
  const continues = continuesLine(lines, wrapWidth);
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (continues[i] && out.length > 0) out[out.length - 1] = `${out[out.length - 1]} ${line.text}`;
    else out.push(line.text);
  });
  if (!continues.includes(true)) return { lines: out, text: clean };
  const chars = clean.split("");
  lines.forEach((line, i) => {
    // The break before a continuing line is the character before its start ("\n", or "\r\n").
    if (!continues[i]) return;
    for (let at = line.start - 1; at >= 0 && (chars[at] === "\n" || chars[at] === "\r"); at--)
      chars[at] = " ";
  });
  return { lines: out, text: chars.join("") };
}

/**
 * Words no sentence ends on: prepositions, conjunctions, articles, possessives ("a", "or" and
 * "in" left out: "Series A", "Portland, OR", "Indianapolis, IN" end lines).
 */
const DANGLING =
  /\b(?:of|and|to|the|an|with|between|from|for|at|by|per|our|your|their|its|including|such as)$/i;

/**
 * A line break ends a segment unless the previous line ends on a word no sentence ends on, or
 * the next line reads as the continuation of a hard-wrapped
 * sentence: it starts with a lowercase letter, or the text is hard-wrapped and the line was cut
 * there (the next line's first word would not have fitted on it: a list item that lost its
 * marker and ended short is the author's line end); and the previous line does not end a clause.
 */
function breaksSegment(
  clean: string,
  at: number,
  value: string,
  lines: Line[],
  lineOf: (offset: number) => number,
  wrapWidth: number,
): boolean {
  const newline = value.indexOf("\n");
  if (newline >= 0 && value.indexOf("\n", newline + 1) >= 0) return true;
  const next = lines[lineOf(at + value.length)];
  const prev = lines[lineOf(at)];
  if (!next || !prev) return true;
  if (next.listItem || next.marked || prev.marked || prev.listItem) return true;
  const before = clean.slice(prev.start, prev.end).trimEnd();
  if (/[.:;!?]$/.test(before)) return true;
  // No sentence ends on "of", "and" or "the": the line broke inside it ("with OTE of\n$210K").
  if (DANGLING.test(before)) return false;
  // In wrapped text, a short line naming a known section ("What we offer") is still a heading.
  if (wrapCut(prev, next, wrapWidth))
    return (
      next.text.split(" ").length <= 8 && !/[.,;]$/.test(next.text) && !!classifyHeading(next.text)
    );
  return !/^[a-z(]/.test(next.text);
}

function lineIndex(lines: Line[]): (offset: number) => number {
  return (offset: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lines[mid]?.start ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** Whether `text[from, to)` holds only space characters (`isSpace`). */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
