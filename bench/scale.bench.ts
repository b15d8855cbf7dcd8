/**
 * `bearing rank --json` at size (issue 15): workspaces generated from scratch
 * (`src/testing/large-workspace.ts`) with 30 criteria and 10, 1,000 and 5,000 options, each
 * ranked by the built CLI in a fresh process, as a user would. Goals: at 1,000 options at most
 * 6x the CPU time of 10 options (start-up counted the same way in both: each is one whole
 * process), linear beyond, and at most 300 MB of memory (maximum resident set) at 5,000
 * options; `--method promethee2` and `--method topsis` at 1,000 options beside the default.
 * CPU time (user + system) and maximum resident set come from GNU time (`/usr/bin/time -f`),
 * the median of 3 runs (1 at 5,000 options); the machine may be shared, so never wall time.
 *
 *   npm run build && npm run bench -- scale
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { binPath, repoRoot } from "../src/testing/cli.js";
import { writeLargeWorkspace } from "../src/testing/large-workspace.js";

const TIME = "/usr/bin/time";

interface Run {
  cpuMs: number;
  maxRssMb: number;
}

/** One `node bin/bearing.js ARGS` under GNU time: its CPU time and maximum resident set. */
function timed(args: string[]): Run {
  const result = spawnSync(TIME, ["-f", "%U %S %M", process.execPath, binPath, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`bearing ${args.join(" ")}: ${result.stderr}`);
  const last = result.stderr.trim().split("\n").pop() ?? "";
  const [user, sys, rssKb] = last.split(" ").map(Number);
  return { cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000, maxRssMb: (rssKb ?? 0) / 1024 };
}

function median(runs: Run[]): Run {
  const by = (k: keyof Run) => {
    const xs = runs.map((r) => r[k]).sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)] as number;
  };
  return { cpuMs: by("cpuMs"), maxRssMb: by("maxRssMb") };
}

export default async function scale(): Promise<void> {
  if (!existsSync(join(repoRoot, "dist/cli/main.js"))) {
    console.log("skipped: run `npm run build` first (the bench ranks with the built CLI)");
    return;
  }
  const probe = spawnSync(TIME, ["-f", "%U", "true"], { encoding: "utf8" });
  if (probe.status !== 0) {
    console.log(`skipped: needs GNU time at ${TIME} for the CPU time and memory of a process`);
    return;
  }
  const root = mkdtempSync(join(tmpdir(), "bearing-scale-"));
  try {
    const sizes = [10, 1000, 5000];
    const results = new Map<string, Run>();
    for (const options of sizes) {
      const dir = join(root, `w${options}`);
      writeLargeWorkspace(dir, { options, criteria: 30 });
      const runs = options >= 5000 ? 1 : 3;
      const methods = options === 1000 ? ["additive", "promethee2", "topsis"] : ["additive"];
      for (const method of methods) {
        const args = [
          "rank",
          dir,
          "--json",
          ...(method === "additive" ? [] : ["--method", method]),
        ];
        timed(args); // warm the file cache and the role-reading cache
        results.set(
          `${options}/${method}`,
          median(Array.from({ length: runs }, () => timed(args))),
        );
      }
    }
    const base = results.get("10/additive") as Run;
    console.log("bearing rank --json, 30 criteria, fresh process each run (CPU time, max RSS)");
    for (const [key, run] of results) {
      const [options, method] = key.split("/");
      const ratio = run.cpuMs / base.cpuMs;
      let goal = "";
      if (key === "1000/additive")
        goal = `${ratio.toFixed(2)}x the 10-option time; goal <= 6x  ${ratio <= 6 ? "ok" : "SLOW"}`;
      else if (key === "5000/additive") {
        const per = run.cpuMs / 5000 / ((results.get("1000/additive") as Run).cpuMs / 1000);
        goal = `${ratio.toFixed(2)}x; per option ${per.toFixed(2)}x the 1,000-option cost (linear: about 1 or less); memory goal <= 300 MB  ${run.maxRssMb <= 300 ? "ok" : "OVER"}`;
      } else if (options !== "10") goal = `${ratio.toFixed(2)}x the 10-option time`;
      console.log(
        `  ${`${options} options${method === "additive" ? "" : ` --method ${method}`}`.padEnd(32)} ${`${run.cpuMs.toFixed(0)} ms`.padStart(9)} ${`${run.maxRssMb.toFixed(0)} MB`.padStart(7)}  ${goal}`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
