/**
 * The one place where errors become HTTP responses: bad input → 400 with its issues, a lost
 * compare-and-swap race → 409, an unknown option or criterion → 404, a write the machine
 * refuses (read-only file system, full disk, permissions) → 503, anything else → 500
 * (logged, with no internals in the body). The request guards' refusals are here too
 * ({@link GUARD_ERRORS}), so every status and `error.code` the API can answer is in this file.
 */
import type { Context } from "hono";
import { type Issue, isBearingError } from "../core/errors.js";
import { environmentError } from "../workspace/environment-errors.js";
import { ConflictError } from "../workspace/storage.js";

export interface ErrorBody {
  error: { message: string; code: string; issues: readonly Issue[] };
}

/**
 * Refusals by the request guards (`security.ts`) and the body limit, by stable `error.code`.
 * Messages never echo the request (a token, a host name) back.
 */
export const GUARD_ERRORS = {
  wrong_host: {
    status: 421,
    message: "bearing answers only to the address it serves: use the URL `bearing serve` printed",
  },
  foreign_origin: {
    status: 403,
    message: "refused: the request comes from another web page than bearing's own",
  },
  bad_token: {
    status: 403,
    message:
      "refused: missing or wrong session token; reload the page (the server may have restarted)",
  },
  too_large: { status: 413, message: "request body too large: the limit is 1 MiB" },
} as const satisfies Record<string, { status: 403 | 413 | 421; message: string }>;

export type GuardErrorCode = keyof typeof GUARD_ERRORS;

/** The JSON response for a guard's refusal. */
export function guardResponse(c: Context, code: GuardErrorCode): Response {
  const { status, message } = GUARD_ERRORS[code];
  return c.json(body(code, message, []), status);
}

/** Maps any thrown value to a JSON error response. */
export function errorResponse(c: Context, error: unknown): Response {
  // The machine refused the write (read-only, full disk, permissions): 503, with what to do.
  const refused = environmentError(error);
  if (refused) return c.json(body("not_writable", refused.message, refused.issues), 503);
  if (error instanceof ConflictError) {
    return c.json(body("conflict", error.message, []), 409);
  }
  if (isBearingError(error) && error.kind === "input") {
    const codes = new Set(error.issues.map((issue) => issue.code));
    const status = codes.has("conflict") ? 409 : codes.has("not_found") ? 404 : 400;
    const code = status === 409 ? "conflict" : status === 404 ? "not_found" : "invalid_input";
    return c.json(body(code, error.message, error.issues), status);
  }
  console.error("bearing serve: internal error:", error);
  return c.json(body("internal", "internal error; see the server's output", []), 500);
}

function body(code: string, message: string, issues: readonly Issue[]): ErrorBody {
  return { error: { code, message, issues } };
}
