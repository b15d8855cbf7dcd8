/**
 * Numbers in the workspace's files, one way for every schema (bearing.yaml, option front
 * matter, the money blocks): finite, and an out-of-bounds number says which bound it misses.
 * A module of its own so that `money/schema.ts` can use it without importing `profile.ts`,
 * which imports it.
 */
import { z } from "zod";

/** A finite number (YAML's `.nan` and `.inf` are rejected with a clear message). */
export const finite = () =>
  z.number({ error: numberMessage }).refine(Number.isFinite, {
    message: "expected a finite number",
  });

/** The message of a number's issue: the bound it misses (`.min`, `.max`), else what it got. */
function numberMessage(issue: {
  code?: string;
  input?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
}): string {
  const { input } = issue;
  if (issue.code === "too_small") {
    return `${String(input)} is too small: use a number ${issue.inclusive === false ? "above" : "of at least"} ${String(issue.minimum)}`;
  }
  if (issue.code === "too_big") {
    return `${String(input)} is too large: use a number ${issue.inclusive === false ? "below" : "of at most"} ${String(issue.maximum)}`;
  }
  if (typeof input === "number") return "expected a finite number, not NaN or infinity";
  return `expected a number, got ${describe(input)}`;
}

function describe(input: unknown): string {
  if (input === null || input === undefined) return "nothing";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping";
  if (typeof input === "string")
    return `the text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  return `${typeof input} ${String(input)}`;
}
