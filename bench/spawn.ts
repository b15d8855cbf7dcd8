/**
 * Wall time of a fresh Node process, as the cold-start benchmarks measure it (not itself a
 * benchmark: `run.ts` only runs `*.bench.ts`).
 */
import { spawnSync } from "node:child_process";
import { repoRoot } from "../src/testing/cli.js";

/**
 * Median wall time in ms of `node ARGS` run `runs` times from the repository root (the upper
 * median for an even count).
 *
 * @param before runs ahead of each timed start, untimed (e.g. to empty a cache)
 * @throws Error when a run exits with a non-zero status
 */
export function spawnMedianMs(args: string[], runs: number, before?: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: "ignore" });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`${args.join(" ")} exited with ${result.status}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
