/**
 * bearing's single error type and its typed issues.
 *
 * Every failure a user can fix (a YAML syntax error, a rating outside its scale, a malformed
 * decision matrix) is a {@link BearingError} whose `issues` each name where the problem is
 * (file, line, column, field path) and how to fix it. The shells map errors in one place:
 * the CLI to exit codes (2 for `kind: "input"`, 1 for `kind: "internal"`), the server to HTTP
 * statuses. Modelled on Zod's issues (path + code) and citty's stable error codes.
 */

/** Stable, machine-readable issue codes. Never rename one: scripts match on them. */
export type IssueCode =
  | "yaml_syntax"
  | "json_syntax"
  | "frontmatter_syntax"
  | "not_text"
  | "invalid_type"
  | "invalid_value"
  | "not_finite"
  | "out_of_range"
  | "unknown_id"
  | "duplicate_id"
  | "missing_field"
  | "unknown_field"
  | "not_found"
  | "already_exists"
  | "conflict"
  | "inconsistent"
  | "too_large"
  | "unsupported"
  | "not_writable";

/** One problem found in the user's input. Lines and columns are 1-based. */
export interface Issue {
  code: IssueCode;
  /** Human sentence saying what is wrong, e.g. `rating 7 is above the scale maximum 5`. */
  message: string;
  /** Workspace-relative file path, when the problem is in a file. */
  file?: string;
  line?: number;
  column?: number;
  /** Field path inside the document, e.g. `["criteria", 2, "weight"]`. */
  path?: ReadonlyArray<string | number>;
  /** How to fix it, e.g. `use a number from 1 to 5, or an interval [low, high]`. */
  hint?: string;
  /** `warning` issues are reported but do not make the input invalid. */
  severity?: "error" | "warning";
}

export type ErrorKind = "input" | "internal";

export class BearingError extends Error {
  override readonly name = "BearingError";
  readonly kind: ErrorKind;
  readonly issues: readonly Issue[];

  constructor(message: string, issues: readonly Issue[] = [], kind: ErrorKind = "input") {
    super(message);
    this.kind = kind;
    this.issues = issues;
  }

  /** One issue, one error: the common case for a single bad argument. */
  static input(issue: Issue): BearingError {
    return new BearingError(formatIssue(issue), [issue], "input");
  }
}

/** Field path as written in YAML/JSON terms: `criteria[2].weight`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

/** `file:line:column: field: message (hint)` — the one-line form used on stderr. */
export function formatIssue(issue: Issue): string {
  let where = issue.file ?? "";
  if (issue.file && issue.line !== undefined) {
    where += `:${issue.line}`;
    if (issue.column !== undefined) where += `:${issue.column}`;
  }
  const field = issue.path && issue.path.length > 0 ? formatPath(issue.path) : "";
  const parts = [where, field].filter((p) => p !== "");
  const head = parts.length > 0 ? `${parts.join(": ")}: ` : "";
  const hint = issue.hint ? ` (${issue.hint})` : "";
  return `${head}${issue.message}${hint}`;
}

export function isBearingError(error: unknown): error is BearingError {
  return error instanceof BearingError;
}

/** Errors only (warnings dropped). */
export function errorsOf(issues: readonly Issue[]): Issue[] {
  return issues.filter((issue) => issue.severity !== "warning");
}
