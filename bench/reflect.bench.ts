/**
 * Reflection analysis speed: wink-nlp model load, then the analysis of each development post
 * (reader + analyser, the shipped learned values and path models included) after start-up,
 * median and worst of repeated runs. Target (issue 11): median post ≤ 20 ms of CPU after
 * start-up; the slowest < 50 ms. CPU time is shown beside wall time: on a shared machine the
 * wall time of one post includes waiting for a core, so the target is read on CPU time.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyseReflection } from "../src/core/reflect/analyse.js";
import { sharedDir } from "../src/testing/cli.js";

export default async function reflectBench(): Promise<void> {
  const dirs = [join(sharedDir, "dev", "posts"), join(sharedDir, "seeds")];
  const posts = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(md|txt)$/.test(f))
      .map((f) => ({ name: f, text: readFileSync(join(dir, f), "utf8") })),
  );
  const loadStart = performance.now();
  analyseReflection("I want to write code again.\n");
  const startup = performance.now() - loadStart;

  const runs = 15;
  const perPost = posts.map(({ name, text }) => {
    analyseReflection(text); // warm the code paths this post takes
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      analyseReflection(text);
      const used = process.cpuUsage(cpuStart);
      times.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    return {
      name,
      words: text.split(/\s+/).length,
      median: times[runs >> 1] ?? Number.NaN,
      cpu: cpu[runs >> 1] ?? Number.NaN,
    };
  });
  perPost.sort((a, b) => b.median - a.median);
  const medians = perPost.map((p) => p.median).sort((a, b) => a - b);
  const cpuMedians = perPost.map((p) => p.cpu).sort((a, b) => a - b);
  console.log(
    "Reflection analysis (read post + analyse), %d posts, median of %d runs each",
    posts.length,
    runs,
  );
  console.log(`  start-up (model load + first analysis)  ${startup.toFixed(1)} ms`);
  console.log(
    `  median post                            ${(medians[medians.length >> 1] ?? 0).toFixed(2)} ms`,
  );
  console.log(
    `  median post, CPU time                  ${(cpuMedians[cpuMedians.length >> 1] ?? 0).toFixed(2)} ms  (target ≤ 20 ms)`,
  );
  console.log(
    `  slowest post                           ${(perPost[0]?.median ?? 0).toFixed(2)} ms  (${perPost[0]?.name}, ${perPost[0]?.words} words; target < 50 ms)`,
  );
  const cpuMax = Math.max(...perPost.map((p) => p.cpu));
  console.log(
    `  most CPU time for one post             ${cpuMax.toFixed(2)} ms  (wall time above includes waiting for a core on a busy machine)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await reflectBench();
