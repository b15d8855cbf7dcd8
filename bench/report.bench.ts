/**
 * `bearing report --share` on examples/step-back (issue 17): the size of the one HTML file it
 * writes, and the time to write it. In this process: the workspace read, redacted, ranked with
 * its robustness, inlined into the built page (`dist/report/index.html`, so run `npm run build`
 * first) and written atomically; median CPU time (user + system, `process.cpuUsage`) of 7 runs
 * after 2 unmeasured warm-up runs, the first cold run printed too. Then the whole command as a
 * fresh process: its CPU time from `/usr/bin/time` (median of 3). The issue names no goal for
 * either; both are printed for the record.
 *
 *   npm run bench -- report
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assembleReport, lettersFingerprint, REPORT_TEMPLATE } from "../src/cli/share-actions.js";
import { reportData } from "../src/server/report-data.js";
import { binPath, repoRoot } from "../src/testing/cli.js";
import { FsStorage } from "../src/workspace/fs-storage.js";

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export default async function reportBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bearing-bench-report-"));
  cpSync(join(repoRoot, "examples/step-back"), dir, { recursive: true });
  const out = join(dir, "shared.html");
  const template = readFileSync(REPORT_TEMPLATE, "utf8");
  const write = async () => {
    const { data } = await reportData(new FsStorage(dir), {
      share: true,
      date: "2026-12-02",
      fingerprint: lettersFingerprint,
    });
    await new FsStorage(dir).write("shared.html", assembleReport(template, data));
  };
  const times: number[] = [];
  for (let k = 0; k < 9; k++) {
    const start = cpuMs();
    await write();
    times.push(cpuMs() - start);
  }
  const bytes = statSync(out).size;

  const fresh: number[] = [];
  for (let k = 0; k < 3; k++) {
    const run = spawnSync(
      "/usr/bin/time",
      ["-f", "%U %S", process.execPath, binPath, "report", dir, "--share", "--out", out],
      { cwd: repoRoot, encoding: "utf8" },
    );
    if (run.status !== 0)
      throw new Error(`bearing report exited with ${run.status}: ${run.stderr}`);
    const [user, system] = (run.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
    fresh.push(((user ?? NaN) + (system ?? NaN)) * 1000);
  }
  rmSync(dir, { recursive: true, force: true });

  console.log("bearing report --share on examples/step-back (no goal named in the issue)");
  console.log(
    `  size of the HTML file              ${(bytes / 1024).toFixed(1)} KB (${bytes} bytes)`,
  );
  console.log(
    `  write it, in process (CPU)         ${median(times.slice(2)).toFixed(1)} ms median of 7 (first, cold: ${(times[0] ?? NaN).toFixed(1)} ms)`,
  );
  console.log(
    `  bearing report --share, fresh process (CPU, /usr/bin/time)  ${median(fresh).toFixed(0)} ms median of 3`,
  );
}
