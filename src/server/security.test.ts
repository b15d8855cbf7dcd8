/**
 * The server's defences, one threat at a time (see SECURITY.md): DNS rebinding (Host),
 * cross-site requests (Origin, session token, no CORS), oversized bodies, path traversal
 * through option ids and static paths, the security headers, and the token never leaking.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { copyExampleInto, tempDir } from "../testing/cli.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { createApp, MAX_BODY_BYTES } from "./app.js";
import { SECURITY_HEADERS, TOKEN_COOKIE, TOKEN_HEADER, tokensMatch } from "./security.js";
import { hostNamesFor, isLoopback, type RunningServer, startServer } from "./start.js";
import { withToken } from "./static.js";
import type { WorkspaceView } from "./workspace-view.js";

const TOKEN = "s3cret-session-token-for-tests-0123456789";
const SECRET = "OUTSIDE-THE-WORKSPACE-7f3a";
const HOST = "127.0.0.1:4517";

let base: string;
let dir: string;
let webDir: string;
let app: ReturnType<typeof createApp>;

/** base/ws (the workspace), base/web (the built app), and files beside them to protect. */
function setUp(options: { readsNeedToken?: boolean } = {}) {
  base = tempDir("bearing-security-");
  dir = join(base, "ws");
  webDir = join(base, "web");
  copyExampleInto(dir);
  mkdirSync(join(webDir, "assets"), { recursive: true });
  writeFileSync(
    join(webDir, "index.html"),
    '<!doctype html><html><head><title>t</title></head><body><script type="module" src="./assets/app.js"></script></body></html>',
  );
  writeFileSync(join(webDir, "assets/app.js"), "console.log('app');\n");
  for (const name of ["secret.md", "package.json", "bearing.md", "secret.txt"]) {
    writeFileSync(join(base, name), `---\ntitle: ${SECRET}\n---\n${SECRET}\n`);
  }
  app = createApp({ storage: new FsStorage(dir), token: TOKEN, webDir, ...options });
}

/** Every file under `base` with its content: what must not change when a request is refused. */
function snapshot(root = base): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[path] = readFileSync(path, "utf8");
    }
  };
  walk(root);
  return out;
}

function send(
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method,
      headers: {
        host: HOST,
        "content-type": "application/json",
        [TOKEN_HEADER]: TOKEN,
        ...headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

const get = (path: string, headers: Record<string, string> = {}) =>
  Promise.resolve(app.request(path, { headers: { host: HOST, ...headers } }));

async function errorCode(response: Response): Promise<string | undefined> {
  const body = (await response.json()) as { error?: { code?: string } };
  return body.error?.code;
}

async function hashOf(id: string): Promise<string> {
  const view = (await (await get("/api/workspace")).json()) as WorkspaceView;
  const option = view.options.find((o) => o.id === id);
  if (!option) throw new Error(`no option ${id}`);
  return option.hash;
}

beforeEach(() => setUp());

describe("Host (DNS rebinding)", () => {
  it.each([
    "evil.example",
    "evil.example:4517",
    "127.0.0.1.evil.example",
    "localhost.evil",
    "localhost.evil:4517",
    "127.0.0.1@evil.example",
    "0x7f.1",
    "127.1",
    "",
  ])("refuses Host %j with 421, reads included", async (host) => {
    const response = await Promise.resolve(app.request("/api/workspace", { headers: { host } }));
    expect(response.status).toBe(421);
    expect(await errorCode(response)).toBe("wrong_host");
    const page = await Promise.resolve(app.request("/", { headers: { host } }));
    expect(page.status).toBe(421);
  });

  it.each(["127.0.0.1", "127.0.0.1:4517", "localhost:9999", "LOCALHOST:1", "[::1]:4517"])(
    "answers Host %j",
    async (host) => {
      const response = await Promise.resolve(app.request("/api/workspace", { headers: { host } }));
      expect(response.status).toBe(200);
    },
  );

  it("answers the names of an explicit --host, and only those", async () => {
    app = createApp({ storage: new FsStorage(dir), token: TOKEN, hosts: ["192.168.1.5"] });
    const lan = await Promise.resolve(
      app.request("/api/workspace", { headers: { host: "192.168.1.5:4517" } }),
    );
    expect(lan.status).toBe(200);
    const other = await Promise.resolve(
      app.request("/api/workspace", { headers: { host: "192.168.1.6:4517" } }),
    );
    expect(other.status).toBe(421);
  });

  it("derives the names to answer from the bound address", () => {
    expect(hostNamesFor("127.0.0.1")).toEqual([]);
    expect(hostNamesFor("192.168.1.5")).toEqual(["192.168.1.5"]);
    expect(hostNamesFor("fe80::1")).toEqual(["[fe80::1]"]);
    const wildcard = hostNamesFor("0.0.0.0");
    expect(wildcard).toContain("127.0.0.1");
    expect(wildcard.every((name) => name === name.toLowerCase())).toBe(true);
    expect(isLoopback("127.0.0.1")).toBe(true);
    expect(isLoopback("::1")).toBe(true);
    expect(isLoopback("0.0.0.0")).toBe(false);
  });
});

describe("cross-site requests (Origin and session token)", () => {
  const mutation = { title: "Planted by a web page" };

  it.each([
    "https://evil.example",
    "null",
    "http://127.0.0.1:3000",
    "http://localhost:4517",
    "https://127.0.0.1:4517",
    "http://127.0.0.1.evil.example:4517",
    "not a url",
  ])("refuses a mutation from Origin %j with 403, even with the token", async (origin) => {
    const before = snapshot();
    const response = await send("POST", "/api/options", mutation, { origin });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe("foreign_origin");
    expect(snapshot()).toEqual(before);
  });

  it("accepts a mutation from its own origin with the token", async () => {
    const response = await send("POST", "/api/options", mutation, {
      origin: `http://${HOST}`,
    });
    expect(response.status).toBe(201);
  });

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["wrong", "s3cret-session-token-for-tests-0123456788"],
    ["a prefix", TOKEN.slice(0, 10)],
    ["longer", `${TOKEN}x`],
  ])("refuses every kind of mutation with a %s token (403), writing nothing", async (_, token) => {
    const hash = await hashOf("seed-cto");
    const before = snapshot();
    const headers: Record<string, string> = { host: HOST, "content-type": "application/json" };
    if (token !== undefined) headers[TOKEN_HEADER] = token;
    const attempts: [string, string, unknown][] = [
      ["POST", "/api/options", mutation],
      [
        "PATCH",
        "/api/options/seed-cto",
        { expectedHash: hash, changes: [{ field: "ratings.pay", value: 1 }] },
      ],
      ["PUT", "/api/options/seed-cto/status", { expectedHash: hash, status: "declined" }],
      ["DELETE", "/api/options/seed-cto", {}],
      [
        "POST",
        "/api/profile/tradeoffs",
        { prefer: { strategy: 5, coaching: 1 }, over: { strategy: 1, coaching: 5 } },
      ],
      ["DELETE", "/api/profile/tradeoffs/1", {}],
    ];
    for (const [method, path, body] of attempts) {
      const response = await Promise.resolve(
        app.request(path, { method, headers, body: JSON.stringify(body) }),
      );
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(await errorCode(response)).toBe("bad_token");
    }
    expect(snapshot()).toEqual(before);
  });

  it("reads and the event stream need no token", async () => {
    expect((await get("/api/workspace")).status).toBe(200);
    const events = await get("/api/events");
    expect(events.status).toBe(200);
    expect(events.headers.get("content-type")).toContain("text/event-stream");
    await events.body?.cancel();
  });

  it("compares tokens of any length without throwing", () => {
    expect(tokensMatch(TOKEN, TOKEN)).toBe(true);
    expect(tokensMatch("", TOKEN)).toBe(false);
    expect(tokensMatch(`${TOKEN}${TOKEN}`, TOKEN)).toBe(false);
  });

  it("refuses an empty session token when building the app", () => {
    expect(() => createApp({ storage: new FsStorage(dir), token: "" })).toThrow(/token/);
  });
});

describe("no CORS", () => {
  it("never sends access-control headers, preflight included", async () => {
    const evil = "https://evil.example";
    const responses = [
      await get("/api/workspace", { origin: evil }),
      await Promise.resolve(
        app.request("/api/options", {
          method: "OPTIONS",
          headers: {
            host: HOST,
            origin: evil,
            "access-control-request-method": "POST",
            "access-control-request-headers": `content-type, ${TOKEN_HEADER}`,
          },
        }),
      ),
      await send("POST", "/api/options", { title: "x" }, { origin: evil }),
      await get("/", { origin: evil }),
    ];
    for (const response of responses) {
      const names = [...response.headers.keys()].filter((name) =>
        name.startsWith("access-control"),
      );
      expect(names).toEqual([]);
    }
    // The preflight is not a success, so a browser sends nothing after it.
    expect(responses[1]?.ok).toBe(false);
  });
});

describe("security headers", () => {
  it("are on API, page, asset, error and refusal responses", async () => {
    const responses: [string, Response][] = [
      ["API read", await get("/api/workspace")],
      ["API 404", await get("/api/nothing-here")],
      ["index page", await get("/")],
      ["page route", await get("/board")],
      ["asset", await get("/assets/app.js")],
      ["missing asset", await get("/assets/missing.js")],
      ["bad input 400", await send("POST", "/api/options", { title: 5 })],
      [
        "wrong host 421",
        await Promise.resolve(app.request("/", { headers: { host: "evil.example" } })),
      ],
      ["no token 403", await send("POST", "/api/options", {}, { [TOKEN_HEADER]: "" })],
      ["too large 413", await send("POST", "/api/options", "x".repeat(MAX_BODY_BYTES + 1))],
      ["events", await get("/api/events")],
    ];
    for (const [what, response] of responses) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers.get(name), `${what}: ${name}`).toBe(value);
      }
      await response.body?.cancel();
    }
  });

  it("forbid inline scripts, framing and plugins", () => {
    const csp = SECURITY_HEADERS["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
});

describe("body size limit", () => {
  it("refuses a body over 1 MiB with 413 and writes nothing", async () => {
    const before = snapshot();
    const big = JSON.stringify({ title: "Big", body: "x".repeat(MAX_BODY_BYTES) });
    const response = await send("POST", "/api/options", big);
    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe("too_large");
    expect(snapshot()).toEqual(before);
  });

  it("refuses a streamed body without a length once it passes 1 MiB", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY_BYTES * 2) controller.close();
        else {
          sent += chunk.length;
          controller.enqueue(chunk);
        }
      },
    });
    const response = await Promise.resolve(
      app.request("/api/options", {
        method: "POST",
        headers: {
          host: HOST,
          "content-type": "application/json",
          "transfer-encoding": "chunked",
          [TOKEN_HEADER]: TOKEN,
        },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
  });

  it("accepts an option with a long job description well under the limit", async () => {
    const response = await send("POST", "/api/options", {
      title: "Long posting",
      body: "We are hiring. ".repeat(20_000),
    });
    expect(response.status).toBe(201);
  });
});

describe("path traversal through option ids", () => {
  it.each([
    "..%2F..%2Fsecret",
    "..%2F..%2Fetc%2Fpasswd",
    "..%2Fbearing",
    "a%2Fb",
    "%2Fetc%2Fpasswd",
    "%00",
    "seed-cto%00",
    "..",
    "..%5C..%5Csecret",
    "C%3A%5Csecret",
    "%2E%2E",
  ])(
    "refuses option id %j before building a path (400), reading and writing nothing",
    async (id) => {
      const before = snapshot();
      const patch = await send("PATCH", `/api/options/${id}`, {
        expectedHash: "0".repeat(64),
        changes: [{ field: "title", value: "pwned" }],
      });
      const status = await send("PUT", `/api/options/${id}/status`, {
        expectedHash: "0".repeat(64),
        status: "declined",
      });
      for (const response of [patch, status]) {
        expect([400, 404]).toContain(response.status);
        expect(await response.text()).not.toContain(SECRET);
      }
      expect(snapshot()).toEqual(before);
    },
  );

  it("keeps a new option inside options/ whatever its title", async () => {
    for (const title of ["../../secret", "/etc/passwd", "..\\..\\secret", "a\0b"]) {
      const response = await send("POST", "/api/options", { title });
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      expect(id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
    }
    expect(readFileSync(join(base, "secret.md"), "utf8")).toContain(SECRET);
  });
});

describe("the session token stays in the index page", () => {
  it("appears in the index page once, escaped, and in no other response", async () => {
    const page = await (await get("/")).text();
    expect(page.split(TOKEN).length - 1).toBe(1);
    expect(page).toContain(`<meta name="bearing-token" content="${TOKEN}" />`);
    const byName = await get("/index.html");
    expect(await byName.text()).toContain(TOKEN);
    expect(byName.headers.get("cache-control")).toBe("no-store");

    const others = [
      await get("/api/workspace"),
      await get("/assets/app.js"),
      await get("/api/nothing"),
      await send("POST", "/api/options", { title: "New" }),
      await send("POST", "/api/options", { title: 1 }),
      await send("POST", "/api/options", { title: "x" }, { [TOKEN_HEADER]: `${TOKEN}!` }),
      await send("POST", "/api/options", { title: "x" }, { origin: "https://evil.example" }),
      await send("POST", "/api/options", "x".repeat(MAX_BODY_BYTES + 1)),
      await Promise.resolve(app.request("/", { headers: { host: "evil.example" } })),
    ];
    for (const response of others) {
      expect(await response.text()).not.toContain(TOKEN);
      for (const value of response.headers.values()) expect(value).not.toContain(TOKEN);
    }
  });

  it("escapes the token for HTML", () => {
    expect(withToken("<head></head>", `a"<b>&'`)).toBe(
      '<head>  <meta name="bearing-token" content="a&#34;&#60;b&#62;&#38;&#39;" />\n  </head>',
    );
  });
});

describe("a server reachable from other machines (reads need the token)", () => {
  beforeEach(() => setUp({ readsNeedToken: true }));

  it("refuses reads, the page and the event stream without the token", async () => {
    for (const path of ["/api/workspace", "/", "/assets/app.js", "/api/events"]) {
      const response = await get(path);
      expect(response.status, path).toBe(403);
      expect(await response.text()).not.toContain(TOKEN);
    }
    expect((await get("/?token=wrong")).status).toBe(403);
  });

  it("trades the token in the URL for a strict, HTTP-only cookie", async () => {
    const entry = await get(`/board?x=1&token=${TOKEN}`);
    expect(entry.status).toBe(303);
    expect(entry.headers.get("location")).toBe("/board?x=1");
    const cookie = entry.headers.get("set-cookie") ?? "";
    expect(cookie).toContain(`${TOKEN_COOKIE}=${TOKEN}`);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    const offsite = await get(`//evil.example/?token=${TOKEN}`);
    expect(offsite.headers.get("location")).toBe("/evil.example/");
    const withCookie = { cookie: `${TOKEN_COOKIE}=${TOKEN}` };
    expect((await get("/", withCookie)).status).toBe(200);
    expect((await get("/api/workspace", withCookie)).status).toBe(200);
    expect((await get("/api/workspace", { [TOKEN_HEADER]: TOKEN })).status).toBe(200);
  });

  it("still wants the header, not only the cookie, on mutations", async () => {
    const cookieOnly = await send(
      "POST",
      "/api/options",
      { title: "x" },
      { [TOKEN_HEADER]: "", cookie: `${TOKEN_COOKIE}=${TOKEN}` },
    );
    expect(cookieOnly.status).toBe(403);
    expect((await send("POST", "/api/options", { title: "x" })).status).toBe(201);
  });
});

describe("the real server", () => {
  let server: RunningServer;
  let other: RunningServer | undefined;
  // Its own folders: the file's beforeEach makes fresh ones for every test.
  let home: string;

  beforeAll(async () => {
    setUp();
    home = base;
    server = await startServer({ dir, port: 0, open: false, webDir });
  });

  afterAll(async () => {
    await server?.close();
    await other?.close();
  });

  /** A request with the path sent exactly as written (no URL normalisation on our side). */
  function raw(
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: string,
  ): Promise<{ status: number; text: string }> {
    return new Promise((ok, fail) => {
      const req = httpRequest(
        { host: "127.0.0.1", port: server.port, method, path, headers },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => {
            text += chunk;
          });
          res.on("end", () => ok({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", fail);
      req.end(body);
    });
  }

  it("binds 127.0.0.1 with a fresh 256-bit token per run", async () => {
    expect(server.host).toBe("127.0.0.1");
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    other = await startServer({ dir: join(home, "ws"), port: 0, open: false, webDir });
    expect(other.token).not.toBe(server.token);
    const page = await raw("GET", "/");
    expect(page.text).toContain(server.token);
    expect(page.text).not.toContain(other.token);
  });

  it("refuses an address that is not this machine's", async () => {
    await expect(
      startServer({ dir: join(home, "ws"), port: 0, open: false, host: "203.0.113.7" }),
    ).rejects.toThrow(/cannot listen on 203\.0\.113\.7/);
  });

  it.each([
    "/../secret.txt",
    "/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2e%2e/%2e%2e/package.json",
    "/%2E%2E%2Fpackage.json",
    "/assets/..%2f..%2fpackage.json",
    "/assets/%2e%2e%2f%2e%2e%2fsecret.txt",
    "/assets/../../package.json",
    "/..%5cpackage.json",
    "/%2e%2e%5c%2e%2e%5cpackage.json",
    "//../package.json",
    "/%252e%252e/package.json",
    "/%00../package.json",
    "/assets/app.js%00../../package.json",
    "/%c0%ae%c0%ae/package.json",
    "/%",
    "/ABSOLUTE",
  ])("never serves a file outside the web folder for %j", async (template) => {
    const path = template.replace("ABSOLUTE", encodeURIComponent(join(home, "secret.txt")));
    const response = await raw("GET", path, { host: `127.0.0.1:${server.port}` });
    expect(response.text).not.toContain(SECRET);
    // A path that resolves outside the folder is not a page route either.
    if (path !== "//../package.json") expect(response.status).toBe(404);
  });

  it("refuses traversal through option ids over HTTP and writes nothing", async () => {
    const before = snapshot(home);
    for (const path of [
      "/api/options/..%2F..%2Fsecret/status",
      "/api/options/../../secret/status",
      "/api/options/%2e%2e%2f%2e%2e%2fsecret/status",
    ]) {
      const response = await raw(
        "PUT",
        path,
        {
          host: `127.0.0.1:${server.port}`,
          "content-type": "application/json",
          [TOKEN_HEADER]: server.token,
        },
        JSON.stringify({ expectedHash: "0".repeat(64), status: "declined" }),
      );
      expect([400, 404]).toContain(response.status);
      expect(response.text).not.toContain(SECRET);
    }
    expect(snapshot(home)).toEqual(before);
  });

  it("refuses a body whose declared length is over the limit without reading it", async () => {
    const response = await raw("POST", "/api/options", {
      host: `127.0.0.1:${server.port}`,
      "content-type": "application/json",
      "content-length": String(MAX_BODY_BYTES + 1),
      [TOKEN_HEADER]: server.token,
    });
    expect(response.status).toBe(413);
  });
});
