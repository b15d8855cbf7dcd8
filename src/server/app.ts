/**
 * The workbench's HTTP server: a JSON API over one workspace and the built single-page app.
 *
 * Routes (every mutation answers with the fresh {@link WorkspaceView}):
 * - `GET  /api/workspace`                  profile, options with hashes, issues, journal, and
 *                                          the decision records and reviews (verified as the
 *                                          CLI verifies them; problems are in issues)
 * - `POST /api/options`                    `{title, organisation?, status?, body?}` → 201
 * - `PATCH /api/options/:id`               `{expectedHash, changes: [{field, value}]}`
 * - `PUT  /api/options/:id/status`         `{expectedHash, status}`
 * - `PUT  /api/options/:id/body`           `{expectedHash, body}` (job description and notes)
 * - `POST /api/profile/criteria`           `{expectedHash, name}` → 201 with the new `id`
 * - `PATCH /api/profile/criteria/:id`      `{expectedHash, field, value}` (weights, name,
 *                                          description, direction, derived)
 * - `PUT  /api/profile/criteria-order`     `{expectedHash, order: [ids]}`
 * - `PUT  /api/profile/weighting`          `{expectedHash, method?, pairwise?}`
 * - `POST /api/profile/tradeoffs`          `{expectedHash, prefer, over}`: keep an answer to a
 *                                          trade-off question (as `bearing weigh` does: checked
 *                                          against the other answers and judgements; 400
 *                                          naming the conflicting ones)
 * - `DELETE /api/profile/tradeoffs/:n`     `{expectedHash}`: take back answer n (from 1, as
 *                                          `bearing weigh --list` numbers them)
 * - `POST /api/journal`                    `{title, body?}` → 201 with the new `file`
 * - `PUT  /api/journal/:name`              `{expectedHash, body}` (the text below the front matter)
 * - `GET  /api/events`                     Server-Sent Events: `change` when files change
 *
 * Edits carry the hash of the file the page last read; a mismatch is 409 and nothing is
 * written. Errors map to statuses in `http-errors.ts`; request guards are in `security.ts`:
 * every mutation needs the session token in `x-bearing-token`, every response carries the
 * security headers, and `/api` bodies are limited to 1 MiB (413).
 */
import { gzipSync } from "node:zlib";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { streamSSE } from "hono/streaming";
import { BearingError } from "../core/errors.js";
import { structureIssue } from "../core/reserved-keys.js";
import {
  addOption,
  setOptionBody,
  setOptionFields,
  setOptionStatus,
  today,
} from "../workspace/edit.js";
import { answerTradeoff, removeTradeoff } from "../workspace/judgements.js";
import { PROFILE_FILE } from "../workspace/load.js";
import {
  addCriterion,
  reorderCriteria,
  setCriterionField,
  setWeighting,
} from "../workspace/profile-edit.js";
import type { Storage } from "../workspace/storage.js";
import { pinnedStorage } from "./guarded-storage.js";
import { errorResponse, guardResponse } from "./http-errors.js";
import { localOnly, securityHeaders } from "./security.js";
import { serveWebApp } from "./static.js";
import type { WorkspaceWatcher } from "./watch.js";
import { cachedWorkspaceView, type WorkspaceView } from "./workspace-view.js";

export interface AppOptions {
  storage: Storage;
  /** Folder of the built web app (`dist/web`); without it only the API is served. */
  webDir?: string;
  /**
   * Source of change notifications for `/api/events`; while it watches, the workspace view is
   * read once per change instead of once per request.
   */
  watcher?: WorkspaceWatcher;
  /** The session token every mutating request must carry in `x-bearing-token` (non-empty). */
  token: string;
  /**
   * Host names to answer to besides localhost, 127.0.0.1 and [::1] (lower-case, IPv6 in
   * brackets): those of an explicit `bearing serve --host`.
   */
  hosts?: readonly string[];
  /**
   * Refuse reads too without the token (header, or the cookie set by `/?token=`): for a
   * server reachable from other machines, which could otherwise read the token off the page.
   */
  readsNeedToken?: boolean;
}

/**
 * The JSON of each view read, and its gzip, made once however many requests share the read:
 * at 5,000 options x 30 criteria the view is megabytes of JSON that compress about tenfold.
 */
const encodedViews = new WeakMap<WorkspaceView, { json: string; gzip: Uint8Array | null }>();

/**
 * Sends a view as JSON, gzip-compressed (level 1: fast, most of the gain) when the client
 * accepts it and the text is larger than 1 KB, the encoding kept with the view.
 */
function sendView(c: Context, view: WorkspaceView): Response {
  let encoded = encodedViews.get(view);
  if (!encoded) {
    encoded = { json: JSON.stringify(view), gzip: null };
    encodedViews.set(view, encoded);
  }
  const headers: Record<string, string> = {
    "content-type": "application/json",
    vary: "Accept-Encoding",
  };
  const accepts = /\bgzip\b/i.test(c.req.header("accept-encoding") ?? "");
  if (accepts && encoded.json.length > 1024) {
    encoded.gzip ??= gzipSync(encoded.json, { level: 1 });
    return c.body(encoded.gzip as Uint8Array<ArrayBuffer>, 200, {
      ...headers,
      "content-encoding": "gzip",
    });
  }
  return c.body(encoded.json, 200, headers);
}

/** Largest request body the API reads, in bytes; larger ones get 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Builds the Hono app; `app.request()` drives it in tests, `@hono/node-server` in `serve`. */
export function createApp(options: AppOptions): Hono {
  const { webDir, watcher, token, hosts, readsNeedToken } = options;
  const views = cachedWorkspaceView(options.storage, watcher);
  // Every edit writes through this storage, so that no answer after it serves the old view.
  const storage = views.storage;
  const app = new Hono();
  app.use("*", securityHeaders());
  app.use("*", localOnly({ token, hosts, readsNeedToken }));
  app.use(
    "/api/*",
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => guardResponse(c, "too_large") }),
  );
  app.onError((error, c) => {
    // A refused edit (a conflict above all) may have found on disk a change the watcher has
    // not reported (yet): the reload that follows must read the workspace again.
    views.invalidate();
    return errorResponse(c, error);
  });

  const view = async (c: Context) => sendView(c, await views.read());
  // What an edit reads and writes through: `file` pinned to the version the page last read.
  const pinnedTo = (file: string, body: Record<string, unknown>) =>
    pinnedStorage(storage, file, stringField(body, "expectedHash", true) as string);

  app.get("/api/workspace", (c) => view(c));

  app.post("/api/options", async (c) => {
    const body = await jsonBody(c.req.raw);
    const title = stringField(body, "title", true) as string;
    const id = await addOption(storage, {
      title,
      organisation: stringField(body, "organisation"),
      status: stringField(body, "status") as never,
      body: stringField(body, "body"),
    });
    return c.json({ id, ...(await views.read()) }, 201);
  });

  app.patch("/api/options/:id", async (c) => {
    const id = c.req.param("id");
    const body = await jsonBody(c.req.raw);
    const expectedHash = stringField(body, "expectedHash", true) as string;
    const changes = body.changes;
    if (!Array.isArray(changes) || changes.length === 0) throw badRequest("changes", "a list");
    const fields = changes.map((change) => ({
      field: stringField(change as Record<string, unknown>, "field", true) as string,
      value: (change as { value?: unknown }).value ?? null,
    }));
    // One write for all the changes: a reader never sees half of a saved form.
    await setOptionFields(storage, id, fields, today(), expectedHash);
    return view(c);
  });

  app.put("/api/options/:id/status", async (c) => {
    const id = c.req.param("id");
    const body = await jsonBody(c.req.raw);
    const expectedHash = stringField(body, "expectedHash", true) as string;
    const status = stringField(body, "status", true) as string;
    await setOptionStatus(storage, id, status, today(), expectedHash);
    return view(c);
  });

  app.put("/api/options/:id/body", async (c) => {
    const id = c.req.param("id");
    const body = await jsonBody(c.req.raw);
    const expectedHash = stringField(body, "expectedHash", true) as string;
    const text = body.body;
    if (typeof text !== "string") throw badRequest("body", "the text of the option's body");
    await setOptionBody(storage, id, text, expectedHash, today());
    return view(c);
  });

  app.post("/api/journal", async (c) => {
    const body = await jsonBody(c.req.raw);
    const title = (stringField(body, "title", true) as string).trim() || "Reflection";
    const text = typeof body.body === "string" ? body.body : "";
    const [{ journalEntry }, { writeJournalFile }] = await Promise.all([
      import("../core/journal/post.js"),
      import("../workspace/journal.js"),
    ]);
    const date = today();
    const file = await writeJournalFile(
      storage,
      date,
      title,
      journalEntry({ title, date: new Date() }, [], text),
    );
    const fresh = await views.read();
    return c.json({ ...fresh, file }, 201);
  });

  app.put("/api/journal/:name", async (c) => {
    const body = await jsonBody(c.req.raw);
    const expectedHash = stringField(body, "expectedHash", true) as string;
    if (typeof body.body !== "string") throw badRequest("body", "the text of the entry");
    const { setJournalBody } = await import("../workspace/journal.js");
    await setJournalBody(storage, `journal/${c.req.param("name")}`, body.body, expectedHash);
    return view(c);
  });

  app.post("/api/profile/criteria", async (c) => {
    const body = await jsonBody(c.req.raw);
    const pinned = pinnedTo(PROFILE_FILE, body);
    const id = await addCriterion(pinned, { name: stringField(body, "name", true) as string });
    return c.json({ id, ...(await views.read()) }, 201);
  });

  app.patch("/api/profile/criteria/:id", async (c) => {
    const body = await jsonBody(c.req.raw);
    const pinned = pinnedTo(PROFILE_FILE, body);
    const field = stringField(body, "field", true) as string;
    await setCriterionField(pinned, c.req.param("id"), field, body.value ?? null);
    return view(c);
  });

  app.put("/api/profile/criteria-order", async (c) => {
    const body = await jsonBody(c.req.raw);
    const pinned = pinnedTo(PROFILE_FILE, body);
    if (!Array.isArray(body.order) || !body.order.every((id) => typeof id === "string")) {
      throw badRequest("order", "a list of criterion ids");
    }
    await reorderCriteria(pinned, body.order as string[]);
    return view(c);
  });

  app.put("/api/profile/weighting", async (c) => {
    const body = await jsonBody(c.req.raw);
    const pinned = pinnedTo(PROFILE_FILE, body);
    await setWeighting(pinned, {
      method: stringField(body, "method"),
      pairwise: body.pairwise as never,
    });
    return view(c);
  });

  app.post("/api/profile/tradeoffs", async (c) => {
    const body = await jsonBody(c.req.raw);
    const pinned = pinnedTo(PROFILE_FILE, body);
    await answerTradeoff(pinned, { prefer: body.prefer, over: body.over } as never);
    return view(c);
  });

  app.delete("/api/profile/tradeoffs/:number", async (c) => {
    const body = await jsonBody(c.req.raw);
    const pinned = pinnedTo(PROFILE_FILE, body);
    const number = Number(c.req.param("number"));
    if (!Number.isInteger(number) || number < 1) throw badRequest("number", "an answer number");
    await removeTradeoff(pinned, number - 1);
    return view(c);
  });

  app.get("/api/events", (c) =>
    streamSSE(c, async (stream) => {
      await stream.writeSSE({ event: "hello", data: "{}" });
      if (!watcher) return;
      const unsubscribe = watcher.subscribe((files) => {
        void stream.writeSSE({ event: "change", data: JSON.stringify({ files }) });
      });
      // Keep-alive comments stop proxies and browsers from timing the stream out.
      while (!stream.aborted && !stream.closed) {
        await stream.sleep(15_000);
        if (!stream.aborted && !stream.closed) await stream.write(": keep-alive\n\n");
      }
      unsubscribe();
    }),
  );

  app.all("/api/*", (c) =>
    c.json({ error: { code: "not_found", message: "no such API route", issues: [] } }, 404),
  );
  if (webDir) {
    const dir = webDir;
    app.get("*", (c) => serveWebApp(c, dir, token));
  }
  return app;
}

/**
 * A mutation's body: a JSON object sent as exactly `application/json` (optionally with a
 * charset parameter, UTF-8 only), with no reserved key (`__proto__`, `prototype`,
 * `constructor`) anywhere in it and nested at most MAX_DEPTH (64) levels.
 */
async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  // Requiring JSON also keeps out cross-site HTML forms, which cannot send this type.
  if (!isJsonContentType(request.headers.get("content-type"))) {
    throw badRequest("body", "JSON (content-type: application/json)");
  }
  const value: unknown = await request.json().catch(() => undefined);
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw badRequest("body", "a JSON object");
  }
  const problem = structureIssue(value);
  if (problem) throw BearingError.input(problem);
  return value as Record<string, unknown>;
}

/**
 * True for `application/json`, alone or with one `charset` parameter of UTF-8 (RFC 8259 §8.1:
 * JSON is UTF-8; RFC 9110 §8.3.1: type and parameter names are case-insensitive). Not for
 * types that merely contain it, such as `text/plain; x=application/json`.
 */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  const [type, ...parameters] = header.split(";").map((part) => part.trim().toLowerCase());
  if (type !== "application/json" || parameters.length > 1) return false;
  const [parameter] = parameters;
  return parameter === undefined || /^charset=("?)utf-8\1$/.test(parameter);
}

function stringField(
  body: Record<string, unknown>,
  name: string,
  required = false,
): string | undefined {
  const value = body[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== "string" || value === "") throw badRequest(name, "a non-empty string");
  return value;
}

function badRequest(field: string, expected: string): BearingError {
  return BearingError.input({
    code: "invalid_value",
    message: `${field} must be ${expected}`,
    path: [field],
  });
}
