/**
 * Standard input for the CLI: the whole of a piped or redirected stdin (fd 0), read at once,
 * and whether it is a terminal (then commands ask their questions interactively instead).
 *
 * `main(argv, { stdin })` may hand the CLI its standard input as text instead: the tests run
 * most commands in-process that way, without starting a process for each.
 */
import { readFileSync } from "node:fs";

let given: Buffer | undefined;

/** The whole of standard input as bytes. @throws what reading fd 0 throws */
export function readStdin(): Buffer {
  return given ?? readFileSync(0);
}

/** True when standard input is a terminal (and no text was handed to `main`). */
export function stdinIsTTY(): boolean {
  return given === undefined && process.stdin.isTTY === true;
}

/** Runs `body` with `text` as standard input; used by `main` only. */
export async function withStdin<T>(text: string | undefined, body: () => Promise<T>): Promise<T> {
  if (text === undefined) return body();
  given = Buffer.from(text, "utf8");
  try {
    return await body();
  } finally {
    given = undefined;
  }
}
