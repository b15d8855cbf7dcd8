/**
 * Reading one input document for a CLI command: a file or standard input (`-`), as UTF-8
 * text. Anything else is bad input (exit 2) naming the file: a folder, a missing or
 * unreadable file, something too large, binary or not UTF-8.
 */
import { readFileSync, statSync } from "node:fs";
import { BearingError } from "../core/errors.js";
import { readStdin } from "./stdin.js";

/** Bytes looked at to decide whether a file is binary (a NUL byte). */
const SNIFF_BYTES = 8192;

export interface InputKind {
  /** What the document should be, for messages: "a job description", "a post". */
  what: string;
  /** How to fix a binary file, e.g. "paste the posting into a .md or .txt file". */
  hint: string;
  /** Size limit in bytes. */
  maxBytes?: number;
}

export function readTextInput(file: string, kind: InputKind): string {
  const name = file === "-" ? "standard input" : file;
  let bytes: Buffer;
  try {
    if (file !== "-" && statSync(file).isDirectory()) {
      throw BearingError.input({
        code: "invalid_value",
        file,
        message: `is a folder, not ${kind.what}`,
        hint: "give a Markdown or text file",
      });
    }
    bytes = file === "-" ? readStdin() : readFileSync(file);
  } catch (error) {
    if (error instanceof BearingError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw BearingError.input({
      code: "not_found",
      file: name,
      message: code === "ENOENT" ? "no such file" : `cannot read (${code ?? String(error)})`,
    });
  }
  if (kind.maxBytes !== undefined && bytes.length > kind.maxBytes) {
    throw BearingError.input({
      code: "too_large",
      file: name,
      message: `is ${bytes.length} bytes; ${kind.what} is far smaller (limit ${kind.maxBytes})`,
    });
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    throw BearingError.input({
      code: "not_text",
      file: name,
      message: "is a binary file, not text",
      hint: kind.hint,
    });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw BearingError.input({
      code: "not_text",
      file: name,
      message: "is not UTF-8 text",
      hint: "save it as UTF-8",
    });
  }
}
