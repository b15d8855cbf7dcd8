/**
 * Serves the built single-page app from `dist/web`: files by path, `index.html` for every
 * other page route (the app routes in the browser). Paths cannot leave the folder.
 *
 * The index page is the one response that carries the session token, in
 * `<meta name="bearing-token">` (no inline script needed), and is never cached.
 */
import { readFile } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import type { Context } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

/** Responds with a file of the built app, or its index page; 404 when the app is not built. */
export async function serveWebApp(c: Context, webDir: string, token: string): Promise<Response> {
  const root = resolve(webDir);
  let requested: string;
  try {
    requested = decodeURIComponent(new URL(c.req.url).pathname);
  } catch {
    return c.text("not found\n", 404);
  }
  const candidate = resolve(root, `.${requested}`);
  const inside = candidate === root || candidate.startsWith(root + sep);
  if (!inside || requested.includes("\0")) {
    return c.text("not found\n", 404);
  }
  const ext = extname(candidate);
  // index.html by name goes through the token branch below like every other page route.
  if (ext !== "" && candidate !== resolve(root, "index.html")) {
    const data = await readFile(candidate).catch(() => null);
    if (data) {
      // Vite puts a content hash in asset names, so they can be cached for good.
      const immutable = requested.startsWith("/assets/");
      return c.body(new Uint8Array(data), 200, {
        "content-type": TYPES[ext] ?? "application/octet-stream",
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      });
    }
    return c.text("not found\n", 404);
  }
  const index = await readFile(resolve(root, "index.html")).catch(() => null);
  if (!index) {
    return c.text("the web app is not built: run `npm run build` in bearing's folder\n", 404);
  }
  return c.body(withToken(index.toString("utf8"), token), 200, {
    "content-type": TYPES[".html"] as string,
    "cache-control": "no-store",
  });
}

/** The index page with the token's meta element added at the end of `<head>`. */
export function withToken(html: string, token: string): string {
  const meta = `<meta name="bearing-token" content="${escapeHtml(token)}" />`;
  const at = html.search(/<\/head>/i);
  return at < 0 ? `${meta}\n${html}` : `${html.slice(0, at)}  ${meta}\n  ${html.slice(at)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
