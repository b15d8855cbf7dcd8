/**
 * The browser the end-to-end tests drive: Debian's chromium through playwright-core, headless,
 * with nothing that reaches the network on its own. Tests skip when it or the built web app is
 * missing, unless BEARING_E2E=required (as in `.ci/run`, which installs chromium; `npm test`
 * builds the app first).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { repoRoot } from "./cli.js";

export const CHROMIUM = "/usr/bin/chromium";
export const WEB_DIR = join(repoRoot, "dist/web");
/** Where the e2e runs leave their screenshots. */
export const SHOTS = join(repoRoot, "test-output");
export const browserReady = existsSync(CHROMIUM) && existsSync(join(WEB_DIR, "index.html"));

// CI sets BEARING_E2E=required so that a missing browser fails the run instead of skipping.
if (!browserReady && process.env.BEARING_E2E === "required") {
  throw new Error(`end-to-end tests need ${CHROMIUM} and a built ${WEB_DIR}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}
