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

/** Prints a value as pretty JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
