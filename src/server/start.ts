/**
 * Starts the workbench server for a workspace folder: 127.0.0.1 unless another address is
 * asked for, a fresh session token per run, the built web app from `dist/web`, file watching
 * for live updates, and (unless asked not to) the browser.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { hostname, networkInterfaces } from "node:os";
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

/** The address bound unless `--host` says otherwise. */
export const DEFAULT_HOST = "127.0.0.1";

/**
 * How long a client may take, in ms, so that slow clients cannot hold connections open
 * ("slowloris"): the request headers within `headersMs`, the whole request (headers and body,
 * at most 1 MiB from this machine) within `requestMs`; Node answers 408 and closes. Checked
 * every `checkEveryMs`. Headers over `maxHeaderBytes` are answered 431.
 */
export interface ServerLimits {
  headersMs: number;
  requestMs: number;
  checkEveryMs: number;
  maxHeaderBytes: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  headersMs: 10_000,
  requestMs: 30_000,
  checkEveryMs: 1_000,
  maxHeaderBytes: 16 * 1024,
};

export interface RunningServer {
  /**
   * Where a browser on this machine opens the workbench, e.g. `http://127.0.0.1:4517/`; when
   * bound to a non-loopback address, with `?token=…` (the page needs it to load at all).
   */
  url: string;
  port: number;
  root: string;
  /** The address listened on (`127.0.0.1` unless `host` was given). */
  host: string;
  /**
   * This run's session token (256 random bits, base64url): mutating requests must send it in
   * the `x-bearing-token` header. The index page carries it for the browser.
   */
  token: string;
  /** Stops watching and listening. */
  close(): Promise<void>;
  /** Settles when the server stops (Ctrl+C, or `close`). */
  closed: Promise<void>;
}

/**
 * @param options.host address to listen on; default `127.0.0.1`. Any other address makes the
 *   workspace reachable from wherever that address is; the server then also answers to that
 *   address as Host (for `0.0.0.0` or `::`: to every address of this machine and its host name).
 * @throws BearingError (input) when `dir` has no `bearing.yaml`, or the port is taken or the
 *   address cannot be bound.
 */
export async function startServer(options: {
  dir: string;
  port: number;
  open: boolean;
  webDir?: string;
  host?: string;
  /** Time and size limits on requests (tests shorten them); default {@link DEFAULT_LIMITS}. */
  limits?: Partial<ServerLimits>;
}): Promise<RunningServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // `[::1]` as written in URLs is `::1` to listen().
  const host = (options.host ?? DEFAULT_HOST).replace(/^\[(.*)\]$/, "$1");
  const storage = new FsStorage(options.dir);
  if (!(await storage.exists(PROFILE_FILE))) {
    throw BearingError.input({
      code: "not_found",
      file: PROFILE_FILE,
      message: `no workspace in ${storage.root}`,
      hint: "pass a workspace folder, or create one with `bearing init`",
    });
  }
  const token = randomBytes(32).toString("base64url");
  const watcher = watchWorkspace(storage.root);
  const app = createApp({
    storage,
    watcher,
    token,
    hosts: hostNamesFor(host),
    readsNeedToken: !isLoopback(host),
    webDir: options.webDir ?? DEFAULT_WEB_DIR,
  });
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (ok, fail) => {
      const server = serve(
        {
          fetch: app.fetch,
          hostname: host,
          port: options.port,
          serverOptions: {
            headersTimeout: limits.headersMs,
            requestTimeout: limits.requestMs,
            connectionsCheckingInterval: limits.checkEveryMs,
            maxHeaderSize: limits.maxHeaderBytes,
          },
        },
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
            : error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND"
              ? BearingError.input({
                  code: "invalid_value",
                  message: `cannot listen on ${host}: not an address of this machine`,
                  hint: "leave out --host to serve on 127.0.0.1",
                })
              : error,
        );
      });
    },
  );
  const base = `http://${browserHost(host)}:${port}/`;
  const url = isLoopback(host) ? base : `${base}?token=${token}`;
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
  return { url, port, root: storage.root, host, token, close, closed };
}

const WILDCARDS = new Set(["0.0.0.0", "::"]);

/** True for addresses only this machine can reach: `localhost`, 127.0.0.0/8, `::1`. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Host names the server must answer to when bound to `host`, besides the local ones: the
 * address itself, or for a wildcard every interface address and the machine's host name.
 * Names are lower-case, IPv6 addresses in brackets (as they appear in a Host header).
 */
export function hostNamesFor(host: string): string[] {
  if (host === DEFAULT_HOST) return [];
  if (!WILDCARDS.has(host)) return [asHostName(host)];
  const names = [hostname().toLowerCase()];
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) names.push(asHostName(entry.address));
  }
  return names;
}

function asHostName(address: string): string {
  const bare = address.replace(/^\[|\]$/g, "").toLowerCase();
  return bare.includes(":") ? `[${bare.replace(/%.*$/, "")}]` : bare;
}

/** The name a browser on this machine uses to reach a server bound to `host`. */
function browserHost(host: string): string {
  return WILDCARDS.has(host) ? DEFAULT_HOST : asHostName(host);
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
