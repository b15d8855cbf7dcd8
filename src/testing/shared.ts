/**
 * The real-text tier in vitest: `describeShared` and `itShared` run when `../shared` is beside
 * the repository and skip otherwise, with the reason in the title (`BEARING_SHARED=required`
 * turns the skip into a failure; see `tiers.ts`).
 */
import { describe, it } from "vitest";
import { SHARED_SKIP_REASON, sharedReady } from "./tiers.js";

export { sharedDir } from "./cli.js";
export { sharedReady } from "./tiers.js";

const titled = (name: string) => (sharedReady ? name : `${name} [skipped: ${SHARED_SKIP_REASON}]`);

/** `describe` for tests that read `../shared`. */
export function describeShared(name: string, body: () => void): void {
  describe.skipIf(!sharedReady)(titled(name), body);
}

/** `it` for a test that reads `../shared`. */
export function itShared(name: string, body: () => unknown, timeout?: number): void {
  it.skipIf(!sharedReady)(titled(name), body, timeout);
}
