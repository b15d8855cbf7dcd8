/**
 * Request guards and response headers for a server that only its own page may use. The
 * threat model is in SECURITY.md; each guard below names the attack it stops.
 *
 * - `Host` must be one of the allowed names (`localhost`, `127.0.0.1`, `[::1]`, plus the
 *   names of an explicit `--host`), any port: a page on another site that rebinds its DNS
 *   name to 127.0.0.1 still sends its own name as Host, and is refused with 421.
 * - A mutating request (anything but GET/HEAD/OPTIONS) that carries an `Origin` must come from
 *   the very origin it is addressed to (`null` and other ports included are refused): 403.
 * - A mutating request must carry the per-session token in `x-bearing-token` (compared in
 *   constant time): 403 otherwise. Only the index page carries the token, and no other origin
 *   can read that page, since no CORS headers are ever sent.
 * - With `readsNeedToken` (a server bound to a non-loopback address, where anyone on the
 *   network could otherwise fetch the index page and its token), every request needs the
 *   token: the `x-bearing-token` header, or the cookie set by opening the printed URL, which
 *   carries it once as `?token=`. Mutations still need the header, not just the cookie.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { guardResponse } from "./http-errors.js";

/** The header every mutating request carries the session token in. */
export const TOKEN_HEADER = "x-bearing-token";
/** Query parameter and cookie that carry the token when reads need it (`readsNeedToken`). */
export const TOKEN_PARAM = "token";
export const TOKEN_COOKIE = "bearing-token";

/** Names the server answers to whatever address it is bound to. */
export const LOCAL_HOSTS: readonly string[] = ["localhost", "127.0.0.1", "[::1]"];

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Sent on every response. The page is one script file and one style sheet from this server:
 * no inline script or style, no eval, no plugins, no framing, no `<base>` rewriting. React
 * style props and echarts set styles through the CSSOM, which `style-src 'self'` allows.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; "),
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

/**
 * The host name of a `Host` header value, lower-case, without its port: `127.0.0.1`,
 * `localhost`, `[::1]`; `undefined` when it is not a valid authority.
 */
export function hostName(host: string | undefined): string | undefined {
  if (!host) return undefined;
  try {
    const url = new URL(`http://${host}`);
    // An authority with user info or a path is not a Host header a browser sends.
    const given = host.toLowerCase();
    // Anything the URL parser had to rewrite (user info, a path, `0x7f.1` for 127.0.0.1) is
    // not a Host header a browser sends for this server.
    if (url.username || url.password || url.pathname !== "/") return undefined;
    if (given !== url.host && given !== `${url.host}:80`) return undefined;
    return url.hostname;
  } catch {
    return undefined;
  }
}

/** True when the `Host` header names one of `allowed` (lower-case names, IPv6 in brackets). */
export function isAllowedHost(host: string | undefined, allowed: ReadonlySet<string>): boolean {
  const name = hostName(host);
  return name !== undefined && allowed.has(name);
}

/** True when `origin` is exactly `http://<host>`: the page this server itself served. */
export function isSameOrigin(origin: string, host: string): boolean {
  try {
    const url = new URL(origin);
    const target = new URL(`http://${host}`);
    return url.protocol === "http:" && url.origin === origin && url.host === target.host;
  } catch {
    return false;
  }
}

/** Constant-time comparison of two strings of any lengths (compares SHA-256 digests). */
export function tokensMatch(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Sets {@link SECURITY_HEADERS} on every response, error responses included. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    // Hono or a handler must never make the API readable cross-origin.
    for (const name of [...c.res.headers.keys()]) {
      if (name.startsWith("access-control-")) c.res.headers.delete(name);
    }
  };
}

/**
 * The Host, Origin and token guards described above.
 * @param options.token the session token (non-empty); mutations must carry it.
 * @param options.hosts extra host names to answer to (lower-case; IPv6 in brackets).
 * @param options.readsNeedToken refuse every request without the token (header or cookie).
 */
export function localOnly(options: {
  token: string;
  hosts?: readonly string[];
  readsNeedToken?: boolean;
}): MiddlewareHandler {
  if (options.token === "") throw new Error("the session token must not be empty");
  const allowed = new Set([...LOCAL_HOSTS, ...(options.hosts ?? []).map((h) => h.toLowerCase())]);
  return async (c, next) => {
    const host = c.req.header("host");
    if (!isAllowedHost(host, allowed)) return guardResponse(c, "wrong_host");
    if (options.readsNeedToken) {
      const url = new URL(c.req.url);
      const given = url.searchParams.get(TOKEN_PARAM);
      if (c.req.method === "GET" && given !== null && tokensMatch(given, options.token)) {
        // Trade the token in the URL for a cookie, and drop it from the address bar and history.
        setCookie(c, TOKEN_COOKIE, options.token, {
          path: "/",
          httpOnly: true,
          sameSite: "Strict",
        });
        url.searchParams.delete(TOKEN_PARAM);
        // One leading slash: `//host/path` would send the browser to another site.
        return c.redirect(`/${url.pathname.replace(/^\/+/, "")}${url.search}`, 303);
      }
      const presented = c.req.header(TOKEN_HEADER) ?? getCookie(c, TOKEN_COOKIE) ?? "";
      if (!tokensMatch(presented, options.token)) return guardResponse(c, "bad_token");
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header("origin");
      if (origin !== undefined && !isSameOrigin(origin, host as string)) {
        return guardResponse(c, "foreign_origin");
      }
      if (!tokensMatch(c.req.header(TOKEN_HEADER) ?? "", options.token)) {
        return guardResponse(c, "bad_token");
      }
    }
    await next();
  };
}
