/**
 * Request guards for a server that only its own page on this machine may use.
 * - `Host` must be `localhost` or `127.0.0.1` (any port): a page on another site that rebinds
 *   its DNS name to 127.0.0.1 still sends its own name as Host, and is refused (DNS rebinding).
 * - Mutating requests (anything but GET/HEAD/OPTIONS) that carry an `Origin` must come from a
 *   local origin: another site's form or fetch gets 403.
 * No CORS headers are ever sent, so other origins cannot read responses either.
 */
import type { MiddlewareHandler } from "hono";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** True for `localhost`, `127.0.0.1` or `[::1]`, with or without a port. */
export function isLocalHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0];
  return LOCAL_HOSTS.has((name ?? "").toLowerCase());
}

/** True for `http://localhost[:port]` and `http://127.0.0.1[:port]`. */
export function isLocalOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" && isLocalHost(url.host);
  } catch {
    return false;
  }
}

export function localOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (!isLocalHost(c.req.header("host"))) {
      return c.text("bearing serves this machine only: use http://127.0.0.1 or localhost\n", 421);
    }
    const origin = c.req.header("origin");
    if (!SAFE_METHODS.has(c.req.method) && origin !== undefined && !isLocalOrigin(origin)) {
      return c.json({ error: { code: "forbidden", message: "foreign origin", issues: [] } }, 403);
    }
    await next();
  };
}
