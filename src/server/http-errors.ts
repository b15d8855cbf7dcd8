/**
 * The one place where errors become HTTP responses: bad input → 400 with its issues, a lost
 * compare-and-swap race → 409, an unknown option or criterion → 404, anything else → 500
 * (logged, with no internals in the body).
 */
import type { Context } from "hono";
import { type Issue, isBearingError } from "../core/errors.js";
import { ConflictError } from "../workspace/storage.js";

export interface ErrorBody {
  error: { message: string; code: string; issues: readonly Issue[] };
}

/** Maps any thrown value to a JSON error response. */
export function errorResponse(c: Context, error: unknown): Response {
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
