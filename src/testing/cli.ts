/**
 * Test helpers: run `bearing` in-process (its `main`, from the sources) or as the built binary
 * in a child process as a user would, and find the shared development material beside the
 * repository.
 *
 * Most tests run commands in-process ({@link runCli}): a child process costs about 0.9 s of
 * CPU (Node's start, loading the built modules, then the command), which over a few hundred
 * commands was most of `npm test`. What only a real process shows (the binary starts, exit
 * codes reach the shell, signals, concurrent processes) uses {@link spawnCli}.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";

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

export interface CliOptions {
  /** Working directory for the command (default: the repository root). */
  cwd?: string;
  /** The whole of standard input (default: empty, not a terminal). */
  input?: string;
  /** Environment variables set for the command, over `process.env` (NO_COLOR=1 always). */
  env?: Record<string, string>;
}

/** One in-process run at a time: they share process.stdout, the working directory and env. */
let running: Promise<unknown> = Promise.resolve();

/**
 * Runs `bearing ...args` in this process through the CLI's `main` (the TypeScript sources, as
 * the build compiles them), capturing what it writes to stdout and stderr and its exit code;
 * `input` is its standard input. Runs are serialized. What the built binary adds (its
 * `bin/bearing.js` wrapper) is covered by the {@link spawnCli} tests.
 */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const result = running.then(() => runInProcess(args, options));
  running = result.catch(() => undefined);
  return result;
}

async function runInProcess(args: readonly string[], options: CliOptions): Promise<CliResult> {
  const { main } = await import("../cli/main.js");
  const stdout: string[] = [];
  const stderr: string[] = [];
  const capture =
    (into: string[]) =>
    (chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean => {
      into.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      const done = typeof encoding === "function" ? encoding : callback;
      if (typeof done === "function") done();
      return true;
    };
  const saved = {
    out: process.stdout.write,
    err: process.stderr.write,
    log: console.log,
    error: console.error,
    warn: console.warn,
    cwd: process.cwd(),
    exitCode: process.exitCode,
  };
  const env = { NO_COLOR: "1", ...options.env };
  const savedEnv = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  const line =
    (into: string[]) =>
    (...parts: unknown[]) =>
      into.push(`${parts.map((p) => (typeof p === "string" ? p : inspect(p))).join(" ")}\n`);
  let code: number;
  try {
    process.stdout.write = capture(stdout) as typeof process.stdout.write;
    process.stderr.write = capture(stderr) as typeof process.stderr.write;
    console.log = line(stdout);
    console.error = line(stderr);
    console.warn = line(stderr);
    Object.assign(process.env, env);
    process.chdir(options.cwd ?? repoRoot);
    process.exitCode = undefined;
    // As bin/bearing.js does: a rejection is printed and exits 1.
    code = await main(["node", binPath, ...args], { stdin: options.input ?? "" }).catch(
      (error: unknown) => {
        console.error(error);
        return 1;
      },
    );
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    console.log = saved.log;
    console.error = saved.error;
    console.warn = saved.warn;
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    process.chdir(saved.cwd);
    process.exitCode = saved.exitCode;
  }
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

/** Runs the built `bearing` binary synchronously in a child process; `input` is its stdin. */
export function spawnCli(args: readonly string[], options: CliOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Folders {@link tempDir} made in this test file, removed after it ({@link removeTempDirs}). */
const madeDirs: string[] = [];

/**
 * A fresh empty directory under the OS temp dir, removed with everything in it once the test
 * file ends (the setup file `src/testing/temp-cleanup.ts` calls {@link removeTempDirs}): a full
 * `npm test` makes a few hundred of them.
 */
export function tempDir(prefix = "bearing-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

/** Removes every folder {@link tempDir} has made so far in this process. */
export function removeTempDirs(): void {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A fresh copy of the example workspace, to change freely: what the user wrote, without the
 * role-reading cache (`.bearing/cache`), which tests that rank the example in place may be
 * rewriting meanwhile (a lock file that vanishes mid-copy failed the copy).
 */
export function copyExample(prefix?: string): string {
  const dir = tempDir(prefix);
  copyExampleInto(dir);
  return dir;
}

/** {@link copyExample} into `dir` (made when missing). */
export function copyExampleInto(dir: string): void {
  const cache = join(exampleDir, ".bearing", "cache");
  cpSync(exampleDir, dir, { recursive: true, filter: (from) => !from.startsWith(cache) });
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
