/**
 * The end-to-end tests' one setup: `bearing serve` on a workspace (usually a copy of the
 * example: `copyExample` in `cli.ts`) and one headless chromium per test file, started side by
 * side, and closed together. Files skip when the browser or the built app is missing
 * (`browserReady`), and fail instead under BEARING_E2E=required (`browser.ts`).
 */
import type { Browser } from "playwright-core";
import { expect } from "vitest";
import { type RunningServer, startServer } from "../server/start.js";
import { launchChromium, WEB_DIR } from "./browser.js";

export interface Workbench {
  server: RunningServer;
  browser: Browser;
}

/** `bearing serve` on `dir` as the tests use it: any free port, no browser opened, the built app. */
export function serveDir(dir: string): Promise<RunningServer> {
  return startServer({ dir, port: 0, open: false, webDir: WEB_DIR });
}

/**
 * The server on `dir` and a chromium, started at once. When one fails to start the other is
 * closed and the error thrown.
 */
export async function openWorkbench(dir: string): Promise<Workbench> {
  const [server, browser] = await Promise.allSettled([serveDir(dir), launchChromium()]);
  if (server.status === "fulfilled" && browser.status === "fulfilled")
    return { server: server.value, browser: browser.value };
  await closeWorkbench(
    server.status === "fulfilled" ? server.value : undefined,
    browser.status === "fulfilled" ? browser.value : undefined,
  );
  throw server.status === "rejected" ? server.reason : (browser as PromiseRejectedResult).reason;
}

/** Closes whatever was opened (browsers, servers; undefined when a setup failed early). */
export async function closeWorkbench(
  ...open: ({ close(): Promise<unknown> } | undefined)[]
): Promise<void> {
  await Promise.all(open.map((thing) => thing?.close()));
}

/**
 * Waits for what a page shows to settle: reads `read` every 50 ms until the assertion chained
 * on it holds, failing with the last value after `timeout` ms (Vitest's `expect.poll`). A slow
 * machine only makes it wait longer; it never passes on a wrong value.
 * @param timeout ms before failing; 20 s by default (the browser tier runs beside other work
 *   on a loaded machine; a file whose pages take longer passes its own)
 */
export function eventually<T>(read: () => T | Promise<T>, timeout = 20_000) {
  return expect.poll(read, { timeout, interval: 50 });
}
