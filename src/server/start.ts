/**
 * Starts the workbench server for a workspace folder: 127.0.0.1 only, the built web app from
 * `dist/web`, file watching for live updates, and (unless asked not to) the browser.
 */
import { spawn } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { BearingError } from "../core/errors.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { PROFILE_FILE } from "../workspace/load.js";
import { createApp } from "./app.js";
import { watchWorkspace } from "./watch.js";

/** `dist/web`, beside this module's `dist/server` (or `src/server` when run from source). */
export const DEFAULT_WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../dist/web");

export interface RunningServer {
  url: string;
  port: number;
  root: string;
  /** Stops watching and listening. */
  close(): Promise<void>;
  /** Settles when the server stops (Ctrl+C, or `close`). */
  closed: Promise<void>;
}

/**
 * @throws BearingError (input) when `dir` has no `bearing.yaml`, or the port is taken.
 */
export async function startServer(options: {
  dir: string;
  port: number;
  open: boolean;
  webDir?: string;
}): Promise<RunningServer> {
  const storage = new FsStorage(options.dir);
  if (!(await storage.exists(PROFILE_FILE))) {
    throw BearingError.input({
      code: "not_found",
      file: PROFILE_FILE,
      message: `no workspace in ${storage.root}`,
      hint: "pass a workspace folder, or create one with `bearing init`",
    });
  }
  const watcher = watchWorkspace(storage.root);
  const app = createApp({ storage, watcher, webDir: options.webDir ?? DEFAULT_WEB_DIR });
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (ok, fail) => {
      const server = serve(
        { fetch: app.fetch, hostname: "127.0.0.1", port: options.port },
        (info) => ok({ server, port: info.port }),
      );
      server.once("error", (error: NodeJS.ErrnoException) => {
        watcher.close();
        fail(
          error.code === "EADDRINUSE"
            ? BearingError.input({
                code: "already_exists",
                message: `port ${options.port} is in use`,
                hint: "pass another --port, or 0 for any free port",
              })
            : error,
        );
      });
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((ok) => {
    resolveClosed = ok;
  });
  const close = async () => {
    watcher.close();
    // Open event streams would keep the server alive forever.
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    await new Promise<void>((ok) => server.close(() => ok()));
    resolveClosed();
  };
  const onSignal = () => void close();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  void closed.then(() => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  });
  if (options.open) openBrowser(url);
  return { url, port, root: storage.root, close, closed };
}

/** Opens `url` with the platform's opener; a missing opener is not an error. */
export function openBrowser(url: string): void {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(command, args as string[], { stdio: "ignore", detached: true });
    child.on("error", () => {
      process.stderr.write(`bearing: could not open a browser; visit ${url}\n`);
    });
    child.unref();
  } catch {
    process.stderr.write(`bearing: could not open a browser; visit ${url}\n`);
  }
}
