/**
 * Reflection analysis speed (`bearing reflect`: read the post, then analyse it with the shipped
 * learned values and path models). Goal (issue 11): the median post takes ≤ 20 ms of CPU time
 * after start-up.
 *
 * Method: the wink-nlp model, the learned models and (when the shipped values model reads them)
 * the word-vector table load once (the first call, timed apart, as `bearing reflect` loads them);
 * two unmeasured rounds warm the code paths; then every post is analysed once per round, round
 * after round, and each analysis is timed in CPU time (`process.cpuUsage()`, user + system: the
 * time one core spends on it, whatever else the machine runs). A post's time is the median of
 * its rounds; the figure is the median of those over the posts. Wall time is printed beside it:
 * on a busy machine it includes waiting for a core. Posts: the labelled development posts and
 * the seed texts in ../shared.
 *
 *   npm run bench -- reflect
 *   npx tsx bench/reflect.bench.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { vectorsForShippedModel } from "../src/cli/word-vectors.js";
import { analyseReflection } from "../src/core/reflect/analyse.js";
import { sharedDir } from "../src/testing/cli.js";

/** Median post, CPU time after start-up (ms). */
const GOAL_MS = 20;
const WARMUP_ROUNDS = 2;
const ROUNDS = 11;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

export default async function reflectBench(): Promise<void> {
  const dirs = [join(sharedDir, "dev", "posts"), join(sharedDir, "seeds")];
  const posts = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(md|txt)$/.test(f))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(join(dir, f), "utf8") })),
  );
  const loadStart = performance.now();
  const vectors = vectorsForShippedModel();
  analyseReflection("I want to write code again.\n", { vectors });
  const startup = performance.now() - loadStart;

  for (let r = 0; r < WARMUP_ROUNDS; r++)
    for (const { text } of posts) analyseReflection(text, { vectors });
  const cpu = posts.map(() => [] as number[]);
  const wall = posts.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) {
    posts.forEach(({ text }, i) => {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      analyseReflection(text, { vectors });
      const used = process.cpuUsage(cpuStart);
      wall[i]?.push(performance.now() - start);
      cpu[i]?.push((used.user + used.system) / 1000);
    });
  }
  const perPost = posts.map((p, i) => ({
    name: p.name,
    words: p.text.split(/\s+/).length,
    cpu: median(cpu[i] ?? []),
    wall: median(wall[i] ?? []),
  }));
  const cpuMedian = median(perPost.map((p) => p.cpu));
  const wallMedian = median(perPost.map((p) => p.wall));
  // Each round's median post: how much the figure moves from round to round.
  const rounds = Array.from({ length: ROUNDS }, (_, r) => median(cpu.map((c) => c[r] ?? 0)));
  const slowest = [...perPost].sort((a, b) => b.cpu - a.cpu)[0];
  const words = median(perPost.map((p) => p.words));
  console.log(
    "Reflection analysis (read post + analyse, learned models), one core, models loaded once",
  );
  console.log(`  start-up (model load + first analysis)  ${startup.toFixed(0)} ms`);
  console.log(
    `  posts                                   ${posts.length} (median ${words} words), ${ROUNDS} rounds after ${WARMUP_ROUNDS} to warm up`,
  );
  console.log(
    `  median post, CPU time                   ${cpuMedian.toFixed(2)} ms (rounds ${Math.min(...rounds).toFixed(2)}–${Math.max(...rounds).toFixed(2)}); goal ≤ ${GOAL_MS} ms: ${cpuMedian <= GOAL_MS ? "met" : "NOT met"}`,
  );
  console.log(
    `  slowest post, CPU time                  ${(slowest?.cpu ?? 0).toFixed(2)} ms (${slowest?.name}, ${slowest?.words} words)`,
  );
  console.log(
    `  median post, wall time                  ${wallMedian.toFixed(2)} ms (includes waiting for a core on a busy machine)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await reflectBench();
