/**
 * Vitest global setup: says once, before the tests, which tiers run (see `tiers.ts`). Importing
 * the tier modules here also makes BEARING_SHARED=required and BEARING_E2E=required fail the
 * whole run at once when what they require is missing.
 */
import { browserReady } from "./browser.js";
import { SHARED_SKIP_REASON, sharedReady, soak } from "./tiers.js";

export default function setup(): void {
  const lines = [
    "test tiers:",
    `  default     runs`,
    `  real texts  ${sharedReady ? "runs (../shared found)" : `skipped: ${SHARED_SKIP_REASON}`}`,
    `  browser     ${browserReady ? "runs" : "skipped: needs /usr/bin/chromium and a built dist/web; set BEARING_E2E=required to fail instead"}`,
    `  soak        ${soak ? "full rounds (BEARING_SOAK=1)" : "short rounds; BEARING_SOAK=1 runs the full crash and fuzz rounds"}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
