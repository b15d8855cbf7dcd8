/**
 * Test tiers. `npm test` runs every tier it can; environment variables make a tier required
 * (fail, never skip) or long:
 *
 * - **default**: our own code, fixtures and hand-worked cases; needs nothing beside the clone.
 * - **real texts** (`../shared` beside the repository: seed posts, the labelled dev set, the
 *   published MCDA reference cases): runs when `../shared` is there, skips with the reason
 *   otherwise; `BEARING_SHARED=required` (as in `.ci/run`) makes a missing `../shared` fail.
 * - **browser** (`src/testing/browser.ts`): `BEARING_E2E=required` likewise.
 * - **soak**: the crash and fuzz tests run short rounds by default (the same properties, fewer
 *   cases) and their full rounds with `BEARING_SOAK=1` (as in `.ci/run`).
 *
 * Kept free of vitest imports so that scripts and benchmarks may read it too.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { sharedDir } from "./cli.js";

/** What the real-text tier reads from `../shared`. */
export const SHARED_PARTS = [
  "seeds",
  "dev/jds",
  "dev/posts",
  "reference/mcda_reference.json",
] as const;

const missingShared = SHARED_PARTS.filter((part) => !existsSync(join(sharedDir, part)));

/** True when `../shared` holds everything the real-text tier reads. */
export const sharedReady = missingShared.length === 0;

/** Why a real-text test did not run, for its title and the run's summary. */
export const SHARED_SKIP_REASON = `needs ${sharedDir} (${missingShared.join(", ")} not found); set BEARING_SHARED=required to fail instead`;

// CI sets BEARING_SHARED=required so that a missing ../shared fails the run instead of skipping.
if (!sharedReady && process.env.BEARING_SHARED === "required") {
  throw new Error(
    `BEARING_SHARED=required, but the real-text tier's material is missing: ${missingShared
      .map((part) => join(sharedDir, part))
      .join(", ")}`,
  );
}

/** True when `BEARING_SOAK=1`: the crash and fuzz tests run their full rounds. */
export const soak = process.env.BEARING_SOAK === "1";

/**
 * The number of rounds (cases, kills, runs) of a long test: `override` when that environment
 * variable is set to a positive integer, else `full` under `BEARING_SOAK=1`, else `short`.
 * @throws Error when the override is set but is not a positive integer
 */
export function soakRounds(short: number, full: number, override?: string): number {
  const raw = override === undefined ? undefined : process.env[override];
  if (raw !== undefined && raw !== "") {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`${override}=${raw}: not a positive integer`);
    return n;
  }
  return soak ? full : short;
}
