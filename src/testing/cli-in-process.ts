/**
 * Runs `bearing ...args` inside the test's own process (the TypeScript source through
 * `main`, no build and no child process: a spawned CLI costs about a second of CPU on a
 * shared machine). stdout and stderr are captured; the exit code is what `bin/bearing.js`
 * would exit with. For behaviour that needs a real process (signals, stdin as a terminal,
 * the built file itself), use `runCli` in `cli.ts`.
 */
import type { CliResult } from "./cli.js";

/**
 * @param args the arguments after `bearing`
 * @param options.cwd the folder relative paths are read from (default: the test's)
 * @returns the exit code and everything written to stdout and stderr
 */
export async function runCliInProcess(
  args: readonly string[],
  options: { cwd?: string } = {},
): Promise<CliResult> {
  const { main } = await import("../cli/main.js");
  const out: string[] = [];
  const err: string[] = [];
  const capture =
    (into: string[]) =>
    (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      into.push(typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk));
      const done = rest.find((r) => typeof r === "function") as (() => void) | undefined;
      done?.();
      return true;
    };
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  const exitCode = process.exitCode;
  const cwd = process.cwd();
  process.exitCode = undefined;
  process.stdout.write = capture(out) as typeof process.stdout.write;
  process.stderr.write = capture(err) as typeof process.stderr.write;
  try {
    if (options.cwd) process.chdir(options.cwd);
    const code = await main(["node", "bearing", ...args]);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
    process.exitCode = exitCode;
    if (options.cwd) process.chdir(cwd);
  }
}
