/**
 * Test helpers: run the built `bearing` binary as a user would (a child process), and find
 * the shared development material beside the repository.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** `../shared` beside the repository: seeds, dev set, reference cases, spec. */
export const sharedDir = resolve(repoRoot, "../shared");
export const binPath = join(repoRoot, "bin/bearing.js");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `bearing ...args` (built JavaScript) synchronously; `input` is fed to stdin. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): CliResult {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh empty directory under the OS temp dir. */
export function tempDir(prefix = "bearing-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
