/**
 * Test helpers: run the built `bearing` binary as a user would (a child process), and find
 * the shared development material beside the repository.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** `../shared` beside the repository: seeds, dev set, reference cases, spec. */
export const sharedDir = resolve(repoRoot, "../shared");
export const binPath = join(repoRoot, "bin/bearing.js");
/** The example workspace (`npm start` ranks it). */
export const exampleDir = join(repoRoot, "examples/step-back");

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

/** A fresh copy of the example workspace, to change freely. */
export function copyExample(prefix?: string): string {
  const dir = tempDir(prefix);
  cpSync(exampleDir, dir, { recursive: true });
  return dir;
}

/**
 * Every file's bytes (as latin1 text) and every folder under `dir`, by relative path, to prove
 * a command changed nothing; what cannot be looked at (a looping link) is recorded as such.
 */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      let stats: ReturnType<typeof statSync>;
      try {
        stats = statSync(full);
      } catch {
        files.set(relative(dir, full), "(unreadable)");
        continue;
      }
      if (stats.isDirectory()) {
        files.set(`${relative(dir, full)}/`, "(folder)");
        walk(full);
      } else files.set(relative(dir, full), readFileSync(full, "latin1"));
    }
  };
  walk(dir);
  return files;
}
