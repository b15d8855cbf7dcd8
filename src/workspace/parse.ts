/**
 * From bytes to validated data, with every problem located: file, line, column, field.
 * Text must be UTF-8 (a BOM is accepted and dropped; CRLF line ends are fine). YAML is parsed
 * with the `yaml` Document API so that later edits keep comments, key order and formatting.
 */
import {
  type Document,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type YAMLMap,
} from "yaml";
import type { z } from "zod";
import { formatPath, type Issue } from "../core/errors.js";
import { isReservedKey, MAX_DEPTH, reservedKeyIssue, tooDeepIssue } from "../core/reserved-keys.js";
import { splitFrontMatter } from "./frontmatter.js";

/** Files larger than this are refused rather than parsed (a workspace is hand-written text). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; issue: Issue };

/** Decodes a workspace file as UTF-8 text, refusing binary, non-UTF-8 and oversized files. */
export function decodeText(file: string, bytes: Uint8Array): Decoded {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      ok: false,
      issue: {
        code: "too_large",
        file,
        message: `file is ${bytes.byteLength} bytes, more than the ${MAX_FILE_BYTES} bytes bearing reads`,
        hint: "keep long material (e.g. full transcripts) outside the workspace",
      },
    };
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      issue: {
        code: "not_text",
        file,
        message: "file is binary, not text",
        hint: "options and journal entries are Markdown text; move other files out of the workspace",
      },
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      issue: {
        code: "not_text",
        file,
        message: "file is not valid UTF-8 text",
        hint: "save it as UTF-8 in your editor",
      },
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/** A parsed YAML document and how to find positions in the file it came from. */
export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Lines before the YAML in its file (the `---` of front matter), added to positions. */
  lineOffset: number;
}

/**
 * Parses YAML text. Syntax errors become issues with line and column; aliases are limited
 * (the `yaml` default of 100) so that "billion laughs" documents fail fast.
 */
export function parseYaml(
  file: string,
  text: string,
  lineOffset = 0,
  code: "yaml_syntax" | "frontmatter_syntax" = "yaml_syntax",
): { parsed: ParsedYaml; issues: Issue[] } {
  const lineCounter = new LineCounter();
  // Not `prettyErrors`: it copies the error's whole line into every message, which is
  // quadratic on one long broken line (200 000 characters took seconds, 2 MB would take
  // minutes). The position comes from the line counter instead.
  // Every syntax error is an Error object; without their stack traces (never shown) a
  // 200 000-error file parses three times faster. Synchronous, so nothing else sees the limit.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: Document.Parsed;
  try {
    // logLevel "error": a key that is itself a list or mapping is reported as an unknown
    // field with its file and line; the YAML library would also print a Node warning.
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      logLevel: "error",
    });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const hint =
    code === "frontmatter_syntax"
      ? "fix the YAML between the --- lines at the top of the file"
      : "fix the YAML syntax at that position";
  const lines = text.split("\n");
  const plainLines = new Set<number>();
  const issues: Issue[] = [];
  for (const error of doc.errors.slice(0, MAX_SYNTAX_ISSUES)) {
    const pos = error.pos ? lineCounter.linePos(error.pos[0]) : undefined;
    const plain = pos ? plainSyntax(error.code, lines[pos.line - 1] ?? "") : undefined;
    if (plain && pos) {
      // One plain message per line: the parser's follow-on errors there say nothing more.
      if (plainLines.has(pos.line)) continue;
      plainLines.add(pos.line);
    }
    issues.push({
      code,
      file,
      line: pos ? pos.line + lineOffset : undefined,
      column: plain ? 1 : pos?.col,
      // The parser recurses once per level of flow nesting: thousands of `[` overflow it.
      message:
        plain?.message ??
        (error.message.includes("Maximum call stack")
          ? `nested too deep to read (bearing reads at most ${MAX_DEPTH} levels)`
          : firstLine(error.message)),
      hint: plain?.hint ?? hint,
    });
  }
  if (doc.errors.length > MAX_SYNTAX_ISSUES) {
    issues.push({
      code,
      file,
      message: `and ${doc.errors.length - MAX_SYNTAX_ISSUES} more syntax errors`,
      hint,
    });
  }
  return { parsed: { doc, lineCounter, lineOffset }, issues };
}

/** Curly quotes, which look like quotes but are plain characters to YAML. */
const CURLY = /[\u2018\u2019\u201c\u201d]/;

/**
 * The parser's error in the user's words, with the fixed line, for the mistakes people make
 * in hand-written front matter: a value holding ": " (a title such as `CTO: Acme`, often in
 * curly quotes, which YAML does not read as quotes), a key given twice, a tab as indent.
 * @param code the `yaml` library's error code
 * @param line the text of the line the error is on
 * @returns undefined when the error is not one of those (the parser's message is kept)
 */
export function plainSyntax(
  code: string,
  line: string,
): { message: string; hint: string } | undefined {
  const field = /^(\s*(?:-\s+)?)([^\s:#"'][^:#]*?):\s+(.*?)\s*$/.exec(line.replace(/\r$/, ""));
  if (
    field &&
    (code === "BLOCK_AS_IMPLICIT_KEY" || code === "MULTILINE_IMPLICIT_KEY") &&
    /:\s/.test(field[3] ?? "")
  ) {
    const [, indent = "", key = "", value = ""] = field;
    // Curly quotes around the whole value become straight ones; inside, they stay as text.
    const inner = /^[\u201c\u2018].*[\u201d\u2019]$/.test(value) ? value.slice(1, -1) : value;
    const fixed = `${indent}${key}: "${inner.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
    const curly = CURLY.test(value)
      ? "; curly quotes (\u201c \u201d \u2018 \u2019) are ordinary characters in YAML, not quotes"
      : "";
    return {
      message: `the value of ${key.trim()} holds ": ", which YAML reads as the start of another field${curly}`,
      hint: `put the value in straight double quotes: ${fixed.trim()}`,
    };
  }
  if (code === "DUPLICATE_KEY" && field) {
    return {
      message: `${field[2]} is given twice`,
      hint: `keep one ${field[2]}: line and delete the other`,
    };
  }
  if (code === "TAB_AS_INDENT") {
    return {
      message: "this line is indented with a tab, which YAML does not allow",
      hint: "indent with spaces (two per level)",
    };
  }
  return undefined;
}

/** Syntax errors reported per file: after the first few, more say nothing new. */
export const MAX_SYNTAX_ISSUES = 20;

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).trim();
}

/**
 * The first structural problem of a document, located: a reserved key (`__proto__`,
 * `prototype`, `constructor`: see core/reserved-keys.ts) or nesting deeper than
 * {@link MAX_DEPTH}. Walks the syntax tree with an explicit stack, so depth cannot overflow it.
 */
function checkStructure(file: string, parsed: ParsedYaml): Issue | undefined {
  const at = (node: Node | undefined) => {
    const offset = node?.range?.[0];
    if (offset === undefined) return { line: 1 + parsed.lineOffset };
    const pos = parsed.lineCounter.linePos(offset);
    return { line: pos.line + parsed.lineOffset, column: pos.col };
  };
  const stack: { node: unknown; path: (string | number)[] }[] = [
    { node: parsed.doc.contents, path: [] },
  ];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as (typeof stack)[number];
    if (!isMap(node) && !isSeq(node)) continue;
    if (path.length >= MAX_DEPTH) return { ...tooDeepIssue(path), file, ...at(node) };
    if (isSeq(node)) {
      node.items.forEach((item, index) => {
        stack.push({ node: item, path: [...path, index] });
      });
      continue;
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (isReservedKey(key)) {
        return { ...reservedKeyIssue([...path, key as string]), file, ...at(pair.key as Node) };
      }
      stack.push({ node: pair.value, path: [...path, String(key)] });
    }
  }
  return undefined;
}

/**
 * The JS value of a parsed document, or an issue when aliases explode, a key is reserved
 * (`__proto__`, `prototype`, `constructor`), or it nests too deep.
 */
export function documentValue(
  file: string,
  parsed: ParsedYaml,
): { value: unknown; issue?: undefined } | { value?: undefined; issue: Issue } {
  const structural = checkStructure(file, parsed);
  if (structural) return { issue: structural };
  try {
    const value = parsed.doc.toJS({ maxAliasCount: 100 });
    return { value: value ?? {} };
  } catch (error) {
    return {
      issue: {
        code: "too_large",
        file,
        line: 1 + parsed.lineOffset,
        message: error instanceof Error ? firstLine(error.message) : "document could not be read",
        hint: "remove the repeated aliases (*name) from the YAML",
      },
    };
  }
}

/**
 * A Markdown file's front matter as a plain value: split from the body, parsed, and read
 * (as {@link parseYaml} and {@link documentValue}, lines counted from the file's first line).
 * @param missing the message and hint when the file does not open with front matter
 * @returns the value, the parsed YAML (to locate later issues in) and the body; undefined
 *   when any step failed, with its issues added to `issues`
 */
export function readFrontMatter(
  file: string,
  text: string,
  missing: { message: string; hint: string },
  issues: Issue[],
): { value: unknown; parsed: ParsedYaml; body: string } | undefined {
  const split = splitFrontMatter(text);
  if (!split) {
    issues.push(
      unclosedFrontMatter(file, text) ?? { code: "frontmatter_syntax", file, line: 1, ...missing },
    );
    return undefined;
  }
  const { parsed, issues: syntax } = parseYaml(
    file,
    split.yaml,
    split.lineOffset,
    "frontmatter_syntax",
  );
  if (syntax.length > 0) {
    issues.push(...syntax);
    return undefined;
  }
  const read = documentValue(file, parsed);
  if (read.issue) {
    issues.push(read.issue);
    return undefined;
  }
  return { value: read.value, parsed, body: split.body };
}

/**
 * A file that opens front matter with `---` but never closes it: the issue names the last
 * line that reads as a field, after which the closing `---` belongs.
 * @returns undefined when the file does not open with `---`
 */
function unclosedFrontMatter(file: string, text: string): Issue | undefined {
  const lines = text.split(/\r?\n/);
  if (!/^---[ \t]*$/.test(lines[0] ?? "")) return undefined;
  // Fields, their nested lines, list items and comments, up to the first line that is none.
  const yamlish = /^(?:[ \t]+\S|[^\s#][^:]*:(?:\s|$)|-(?:\s|$)|#)/;
  let last = 1;
  while (last < lines.length && yamlish.test(lines[last] ?? "")) last++;
  return {
    code: "frontmatter_syntax",
    file,
    line: last,
    message: "the front matter has no closing --- line",
    hint:
      last > 1
        ? `add a line holding just --- after line ${last}, where the fields end and the text begins`
        : "add the fields (at least a title) and then a line holding just ---, e.g. ---\\ntitle: Head of Platform\\n---",
  };
}

/**
 * The pair whose key is a list or mapping, when `key` is such a key as the YAML library writes it
 * in plain data ("[ 1, 2 ]") and the map has exactly one of them; its spelling there differs from
 * the node's own, so the match is by kind and uniqueness.
 */
function soleCollectionKey(map: YAMLMap, key: PropertyKey) {
  if (typeof key !== "string" || !/^[[{]/.test(key)) return undefined;
  const pairs = map.items.filter((item) => isMap(item.key) || isSeq(item.key));
  return pairs.length === 1 ? pairs[0] : undefined;
}

/** Line and column (1-based) of the node at `path`, or of its nearest existing ancestor. */
export function locate(
  parsed: ParsedYaml,
  path: ReadonlyArray<PropertyKey>,
  at: "value" | "key" = "value",
): { line?: number; column?: number } {
  let node: unknown = parsed.doc.contents;
  let found: Node | undefined = isNode(node) ? node : undefined;
  path.forEach((key, depth) => {
    if (depth > 0 && node === undefined) return;
    if (isMap(node)) {
      const pair =
        node.items.find(
          (item) => isNode(item.key) && (item.key as { value?: unknown }).value === key,
        ) ?? soleCollectionKey(node, key);
      if (!pair) {
        node = undefined;
        return;
      }
      node = pair.value;
      const last = depth === path.length - 1;
      if (isNode(pair.key) && ((at === "key" && last) || !isNode(pair.value)))
        found = pair.key as Node;
      else if (isNode(pair.value)) found = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
      if (isNode(node)) found = node;
      else node = undefined;
    } else node = undefined;
  });
  const offset = found?.range?.[0];
  if (offset === undefined) return { line: 1 + parsed.lineOffset };
  const pos = parsed.lineCounter.linePos(offset);
  return { line: pos.line + parsed.lineOffset, column: pos.col };
}

/**
 * Validates `value` against a zod schema, turning zod's issues into located bearing issues.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  parsed: ParsedYaml,
  pathPrefix: ReadonlyArray<string | number> = [],
): { data?: z.infer<S>; issues: Issue[] } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, issues: [] };
  const issues = result.error.issues.map((zodIssue): Issue => {
    const path = zodIssue.path.filter(
      (p): p is string | number => typeof p === "string" || typeof p === "number",
    );
    const keys = zodIssue.code === "unrecognized_keys" ? zodIssue.keys : [];
    const fieldPath = keys.length === 1 ? [...path, keys[0] as string] : path;
    const where =
      keys.length > 0 ? locate(parsed, [...path, keys[0] as string], "key") : locate(parsed, path);
    return {
      ...zodToIssue(zodIssue, keys, value, path),
      file,
      ...where,
      path: [...pathPrefix, ...fieldPath],
    };
  });
  return { issues };
}

function zodToIssue(
  zodIssue: z.core.$ZodIssue,
  keys: readonly string[],
  root: unknown,
  path: ReadonlyArray<string | number>,
): Pick<Issue, "code" | "message" | "hint"> {
  switch (zodIssue.code) {
    case "unrecognized_keys":
      return {
        code: "unknown_field",
        message: `unknown field${keys.length > 1 ? "s" : ""} ${keys.map((k) => `"${k}"`).join(", ")}`,
        hint: "check the spelling, or remove it (see schema/ for the fields bearing knows)",
      };
    case "invalid_value":
      return {
        code: "invalid_value",
        message: `${describeAt(root, path)} is not allowed`,
        hint: `use one of: ${zodIssue.values.map((v) => String(v)).join(", ")}`,
      };
    case "invalid_type": {
      const actual = valueAt(root, path);
      if (actual === undefined) {
        return {
          code: "missing_field",
          message: `${formatPath(path) || "value"} is required`,
          hint: `add ${path[path.length - 1] ?? "it"}: <${zodIssue.expected}>`,
        };
      }
      if (typeof actual === "number" && !Number.isFinite(actual)) {
        return {
          code: "not_finite",
          message: `${String(actual)} is not a usable number`,
          hint: "write a finite number",
        };
      }
      return {
        code: "invalid_type",
        message: zodIssue.message.startsWith("Invalid input")
          ? `expected ${zodIssue.expected}, got ${describeAt(root, path)}`
          : zodIssue.message,
        hint: `write a ${zodIssue.expected}`,
      };
    }
    case "too_small":
    case "too_big":
      return { code: "out_of_range", message: zodIssue.message };
    case "invalid_union":
      return {
        code: "invalid_type",
        message: `${describeAt(root, path)} does not fit any accepted form`,
        hint: unionHint(path),
      };
    default:
      return {
        code: typeof valueAt(root, path) === "number" ? "not_finite" : "invalid_value",
        message: zodIssue.message,
      };
  }
}

function unionHint(path: ReadonlyArray<string | number>): string | undefined {
  if (path[0] === "ratings") return "a rating is a number, an interval [low, high], or null";
  if (path[0] === "mustHaves") {
    return "a must-have is {criterion, atLeast|atMost} or {fact, oneOf}";
  }
  return undefined;
}

function valueAt(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function describeAt(root: unknown, path: ReadonlyArray<string | number>): string {
  const value = valueAt(root, path);
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
