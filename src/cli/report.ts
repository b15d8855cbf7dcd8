import { type BearingError, formatIssue, isBearingError } from "../core/errors.js";
import { environmentError } from "../workspace/environment-errors.js";

/**
 * The one place where errors become exit codes and stderr text.
 * Bad input: exit 2, one line per issue on stderr (the first line is the contract's one-line
 * reason); with `--json`, a JSON object `{error: {message, issues}}` follows on stderr too.
 * The machine refusing a write (read-only file system, full disk, permissions, an immutable
 * file) is the user's situation, not a bug: exit 2 with what to do (`environment-errors.ts`).
 */
export function reportError(error: unknown, json: boolean): number {
  error = environmentError(error) ?? error;
  if (isBearingError(error)) {
    writeBearingError(error, json);
    return error.kind === "input" ? 2 : 1;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`bearing: internal error: ${message}\n`);
  return 1;
}

function writeBearingError(error: BearingError, json: boolean): void {
  const lines =
    error.issues.length > 0
      ? error.issues.map((issue) =>
          issue.severity === "warning" ? `warning: ${formatIssue(issue)}` : formatIssue(issue),
        )
      : [error.message];
  process.stderr.write(`${lines.map((l) => `bearing: ${l}`).join("\n")}\n`);
  if (json) {
    process.stderr.write(
      `${JSON.stringify({ error: { message: error.message, issues: error.issues } })}\n`,
    );
  }
}

/**
 * Prints a value as pretty JSON on stdout: the text of `JSON.stringify(value, null, 2)` and a
 * newline, written in pieces of about 64 KB ({@link prettyJsonChunks}) rather than built as one
 * string, so a large ranking (35 MB of JSON at 5,000 options) is never held whole beside the
 * objects it is printed from.
 */
export function printJson(value: unknown): void {
  for (const chunk of prettyJsonChunks(value)) process.stdout.write(chunk);
  process.stdout.write("\n");
}

const CHUNK = 64 * 1024;

/**
 * The text of `JSON.stringify(value, null, 2)` in pieces of about 64 KB: the same rules
 * (`toJSON` first; properties that are undefined, functions or symbols left out of objects and
 * written `null` in arrays), each leaf written by `JSON.stringify` itself. For a value
 * `JSON.stringify` would not write (undefined at the top), nothing.
 * @throws TypeError for a cycle or a BigInt, as `JSON.stringify` does.
 */
export function* prettyJsonChunks(value: unknown): Generator<string> {
  const parts: string[] = [];
  let size = 0;
  const seen = new Set<object>();
  function* emit(text: string): Generator<string> {
    parts.push(text);
    size += text.length;
    if (size >= CHUNK) {
      yield parts.join("");
      parts.length = 0;
      size = 0;
    }
  }
  const skipped = (x: unknown) =>
    x === undefined || typeof x === "function" || typeof x === "symbol";
  function* write(v: unknown, key: string, indent: string): Generator<string> {
    let x = v;
    if (
      x !== null &&
      typeof x === "object" &&
      typeof (x as { toJSON?: unknown }).toJSON === "function"
    )
      x = (x as { toJSON: (k: string) => unknown }).toJSON(key);
    if (
      x === null ||
      typeof x !== "object" ||
      x instanceof Number ||
      x instanceof String ||
      x instanceof Boolean
    ) {
      yield* emit(JSON.stringify(x) ?? "null");
      return;
    }
    if (seen.has(x)) throw new TypeError("Converting circular structure to JSON");
    seen.add(x);
    const inner = `${indent}  `;
    if (Array.isArray(x)) {
      if (x.length === 0) yield* emit("[]");
      else {
        for (let i = 0; i < x.length; i++) {
          yield* emit(`${i === 0 ? "[" : ","}\n${inner}`);
          const item: unknown = x[i];
          if (skipped(item)) yield* emit("null");
          else yield* write(item, String(i), inner);
        }
        yield* emit(`\n${indent}]`);
      }
    } else {
      let first = true;
      for (const k of Object.keys(x)) {
        const item = (x as Record<string, unknown>)[k];
        if (skipped(item)) continue;
        yield* emit(`${first ? "{" : ","}\n${inner}${JSON.stringify(k)}: `);
        first = false;
        yield* write(item, k, inner);
      }
      yield* emit(first ? "{}" : `\n${indent}}`);
    }
    seen.delete(x);
  }
  const top =
    value !== null &&
    typeof value === "object" &&
    typeof (value as { toJSON?: unknown }).toJSON === "function"
      ? (value as { toJSON: (k: string) => unknown }).toJSON("")
      : value;
  if (skipped(top)) return;
  yield* write(top, "", "");
  if (parts.length > 0) yield parts.join("");
}
