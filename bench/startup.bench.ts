/**
 * Cold start of the CLI: `bearing rank examples/step-back` against `node -e 0`, median wall
 * time over repeated runs. The target is at most 6× `node -e 0`.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { binPath, repoRoot } from "../src/testing/cli.js";
import { spawnMedianMs } from "./spawn.js";

export default async function startup(): Promise<void> {
  const runs = 15;
  const node = spawnMedianMs(["-e", "0"], runs);
  const rank = spawnMedianMs([binPath, "rank", join(repoRoot, "examples/step-back")], runs);
  const rankJson = spawnMedianMs(
    [binPath, "rank", join(repoRoot, "examples/step-back"), "--json"],
    runs,
  );
  // A changed job description costs one analysis: measured with the cache emptied each run.
  const fresh = mkdtempSync(join(tmpdir(), "bearing-bench-"));
  cpSync(join(repoRoot, "examples/step-back"), fresh, { recursive: true });
  const cache = join(fresh, ".bearing/cache");
  const rankUncached = spawnMedianMs([binPath, "rank", fresh], runs, () =>
    rmSync(cache, { recursive: true, force: true }),
  );
  rmSync(fresh, { recursive: true, force: true });
  console.log("CLI cold start (median of %d runs, built JavaScript)", runs);
  console.log(`  node -e 0                          ${node.toFixed(1)} ms`);
  console.log(
    `  bearing rank examples/step-back    ${rank.toFixed(1)} ms  (${(rank / node).toFixed(2)}× node; target ≤ 6×)`,
  );
  console.log(
    `  bearing rank ... --json            ${rankJson.toFixed(1)} ms  (${(rankJson / node).toFixed(2)}× node)`,
  );
  console.log(
    `  bearing rank, job descriptions not yet analysed (no cache)  ${rankUncached.toFixed(1)} ms  (${(rankUncached / node).toFixed(2)}× node)`,
  );
}
