/**
 * In-process timing shared by the benchmarks (not itself a benchmark: `run.ts` only runs
 * `*.bench.ts`).
 */

/** Median wall time in ms of `f` over `runs` runs, after `warmup` unmeasured runs. */
export function medianMs(f: () => unknown, runs: number, warmup = Math.min(runs, 5)): number {
  for (let k = 0; k < warmup; k++) f();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    f();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/**
 * Median CPU time in ms (user + system, `process.cpuUsage()`) of `f` over `runs` runs, after
 * `warmup` unmeasured runs: the time one core spends, whatever else the machine is doing.
 */
export function medianCpuMs(f: () => unknown, runs: number, warmup = Math.min(runs, 5)): number {
  for (let k = 0; k < warmup; k++) f();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = process.cpuUsage();
    f();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}
