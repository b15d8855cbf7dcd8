import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { copyExample } from "../testing/cli.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { createApp } from "./app.js";
import type { WorkspaceWatcher } from "./watch.js";
import type { WorkspaceView } from "./workspace-view.js";

const TOKEN = "test-session-token";
const LOCAL = {
  host: "127.0.0.1:4517",
  "content-type": "application/json",
  "x-bearing-token": TOKEN,
};

let dir: string;
let app: ReturnType<typeof createApp>;

beforeEach(() => {
  dir = copyExample("bearing-serve-");
  app = createApp({ storage: new FsStorage(dir), token: TOKEN });
});

async function workspace(): Promise<WorkspaceView> {
  const response = await app.request("/api/workspace", { headers: LOCAL });
  expect(response.status).toBe(200);
  return (await response.json()) as WorkspaceView;
}

function send(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method,
    headers: { ...LOCAL, ...headers },
    body: JSON.stringify(body),
  });
}

function hashOf(view: WorkspaceView, id: string): string {
  const option = view.options.find((o) => o.id === id);
  if (!option) throw new Error(`no option ${id}`);
  return option.hash;
}

describe("GET /api/workspace", () => {
  it("returns the profile, the options with hashes and the journal", async () => {
    const view = await workspace();
    expect(view.profile?.question).toMatch(/next role/);
    expect(view.options.map((o) => o.id)).toContain("scaleup-cto");
    expect(view.options.every((o) => /^[0-9a-f]{64}$/.test(o.hash))).toBe(true);
    expect(view.journal[0]?.title).toBe("What I want more of");
  });

  it("sends the view gzip-compressed to a client that accepts it, the same JSON", async () => {
    const plain = await app.request("/api/workspace", { headers: LOCAL });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("content-type")).toMatch(/^application\/json/);
    const text = await plain.text();
    const zipped = await app.request("/api/workspace", {
      headers: { ...LOCAL, "accept-encoding": "gzip, deflate, br" },
    });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toMatch(/Accept-Encoding/i);
    const bytes = new Uint8Array(await zipped.arrayBuffer());
    expect(bytes.length).toBeLessThan(text.length / 2);
    expect(JSON.parse(gunzipSync(bytes).toString("utf8"))).toEqual(JSON.parse(text));
  });
});

describe("editing options", () => {
  it("sets a rating, keeps the file's comments, and answers with fresh hashes", async () => {
    const before = await workspace();
    const response = await send("PATCH", "/api/options/seed-cto", {
      expectedHash: hashOf(before, "seed-cto"),
      changes: [{ field: "ratings.coaching", value: [2, 4] }],
    });
    expect(response.status).toBe(200);
    const after = (await response.json()) as WorkspaceView;
    expect(after.options.find((o) => o.id === "seed-cto")?.ratings.coaching).toEqual([2, 4]);
    expect(hashOf(after, "seed-cto")).not.toBe(hashOf(before, "seed-cto"));
    const text = readFileSync(join(dir, "options/seed-cto.md"), "utf8");
    expect(text).toContain("# a seed company: huge if it works, little if it does not");
    expect(text).toContain("coaching: [ 2, 4 ]");
  });

  it("sets the next step and the contacts in one request, keeping the comments", async () => {
    const before = await workspace();
    const marcus = before.options.find((o) => o.id === "seed-cto")?.contacts[0];
    const response = await send("PATCH", "/api/options/seed-cto", {
      expectedHash: hashOf(before, "seed-cto"),
      changes: [
        { field: "nextStep", value: "Meet the investors" },
        { field: "contacts", value: [marcus, { name: "Ines Duarte", role: "Lead investor" }] },
      ],
    });
    expect(response.status).toBe(200);
    const after = (await response.json()) as WorkspaceView;
    const option = after.options.find((o) => o.id === "seed-cto");
    expect(option?.nextStep).toBe("Meet the investors");
    expect(option?.contacts.map((c) => c.name)).toEqual(["Marcus Eide", "Ines Duarte"]);
    const text = readFileSync(join(dir, "options/seed-cto.md"), "utf8");
    expect(text).toContain("  - name: Ines Duarte\n    role: Lead investor\n");
    expect(text).toContain("# a seed company: huge if it works, little if it does not");
  });

  it("refuses a stale hash with 409 and writes nothing", async () => {
    const before = await workspace();
    const file = join(dir, "options/seed-cto.md");
    const onDisk = `${readFileSync(file, "utf8")}\nEdited in another editor.\n`;
    writeFileSync(file, onDisk);
    const response = await send("PATCH", "/api/options/seed-cto", {
      expectedHash: hashOf(before, "seed-cto"),
      changes: [{ field: "ratings.coaching", value: 5 }],
    });
    expect(response.status).toBe(409);
    expect(readFileSync(file, "utf8")).toBe(onDisk);
  });

  it("rejects a rating outside the scale with 400 and located issues", async () => {
    const before = await workspace();
    const response = await send("PATCH", "/api/options/seed-cto", {
      expectedHash: hashOf(before, "seed-cto"),
      changes: [{ field: "ratings.coaching", value: 9 }],
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { file?: string }[] } };
    expect(body.error.issues[0]?.file).toBe("options/seed-cto.md");
  });

  it("answers 404 for an unknown option", async () => {
    const response = await send("PUT", "/api/options/nobody/status", {
      expectedHash: "0".repeat(64),
      status: "offer",
    });
    expect(response.status).toBe(404);
  });

  it("adds an option and moves it to another status", async () => {
    const created = await send("POST", "/api/options", { title: "Head of AI, Quill" });
    expect(created.status).toBe(201);
    const view = (await created.json()) as WorkspaceView & { id: string };
    expect(view.id).toBe("head-of-ai-quill");
    const moved = await send("PUT", `/api/options/${view.id}/status`, {
      expectedHash: hashOf(view, view.id),
      status: "offer",
    });
    expect(moved.status).toBe(200);
    expect(readFileSync(join(dir, "options/head-of-ai-quill.md"), "utf8")).toMatch(
      /^status: offer$/m,
    );
  });
});

describe("editing the profile", () => {
  it("changes a criterion's points and keeps bearing.yaml's comments", async () => {
    const before = await workspace();
    const response = await send("PATCH", "/api/profile/criteria/pay", {
      expectedHash: before.profileHash,
      field: "points",
      value: 40,
    });
    expect(response.status).toBe(200);
    const after = (await response.json()) as WorkspaceView;
    expect(after.profile?.criteria.find((c) => c.id === "pay")?.points).toBe(40);
    const text = readFileSync(join(dir, "bearing.yaml"), "utf8");
    expect(text).toContain("# Screens no score can make up for.");
    expect(text).toContain("# What drives me (ids from bearing's value vocabulary)");
  });

  it("reorders criteria and refuses an order that drops one", async () => {
    const before = await workspace();
    const ids = before.profile?.criteria.map((c) => c.id) ?? [];
    const bad = await send("PUT", "/api/profile/criteria-order", {
      expectedHash: before.profileHash,
      order: ids.slice(1),
    });
    expect(bad.status).toBe(400);
    const good = await send("PUT", "/api/profile/criteria-order", {
      expectedHash: before.profileHash,
      order: [...ids].reverse(),
    });
    expect(good.status).toBe(200);
    const after = (await good.json()) as WorkspaceView;
    expect(after.profile?.criteria.map((c) => c.id)).toEqual([...ids].reverse());
  });

  it("refuses a stale profile hash with 409", async () => {
    const before = await workspace();
    writeFileSync(
      join(dir, "bearing.yaml"),
      `${readFileSync(join(dir, "bearing.yaml"), "utf8")}\n`,
    );
    const response = await send("PATCH", "/api/profile/criteria/pay", {
      expectedHash: before.profileHash,
      field: "points",
      value: 5,
    });
    expect(response.status).toBe(409);
  });
});

describe("request guards", () => {
  it("refuses a mutation from a foreign Origin with 403", async () => {
    const response = await send(
      "POST",
      "/api/options",
      { title: "Planted by a web page" },
      { origin: "https://evil.example" },
    );
    expect(response.status).toBe(403);
    expect((await workspace()).options.some((o) => o.title === "Planted by a web page")).toBe(
      false,
    );
  });

  it("accepts a mutation from the page's own origin", async () => {
    const response = await send(
      "POST",
      "/api/options",
      { title: "Local" },
      { origin: "http://127.0.0.1:4517" },
    );
    expect(response.status).toBe(201);
  });

  it("refuses a foreign Host (DNS rebinding), even for reads", async () => {
    const response = await app.request("/api/workspace", { headers: { host: "evil.example" } });
    expect(response.status).toBe(421);
    const ok = await app.request("/api/workspace", { headers: { host: "localhost:9999" } });
    expect(ok.status).toBe(200);
  });

  it("refuses a mutation that is not JSON (e.g. a cross-site form)", async () => {
    const response = await app.request("/api/options", {
      method: "POST",
      headers: {
        host: "127.0.0.1",
        "content-type": "application/x-www-form-urlencoded",
        "x-bearing-token": TOKEN,
      },
      body: "title=x",
    });
    expect(response.status).toBe(400);
  });

  it("accepts exactly application/json, with an optional UTF-8 charset", async () => {
    const post = (type: string) =>
      app.request("/api/options", {
        method: "POST",
        headers: { ...LOCAL, "content-type": type },
        body: JSON.stringify({ title: `Typed ${type.length}` }),
      });
    for (const type of [
      "application/json",
      "Application/JSON",
      "application/json; charset=utf-8",
      'application/json;charset="UTF-8"',
    ]) {
      expect((await post(type)).status, type).toBe(201);
    }
    for (const type of [
      "text/plain; x=application/json",
      "text/plain;application/json",
      "application/json-patch+json",
      "application/jsonx",
      "xapplication/json",
      "application/json; charset=latin1",
      "application/json; charset=utf-8; x=1",
      "",
    ]) {
      expect((await post(type)).status, type).toBe(400);
    }
  });

  it("refuses __proto__, prototype and constructor as keys anywhere in a body, writing nothing", async () => {
    const before = await workspace();
    const hash = hashOf(before, "seed-cto");
    const file = readFileSync(join(dir, "options/seed-cto.md"), "utf8");
    const bodies = [
      // As a field path, and as keys inside the value.
      { expectedHash: hash, changes: [{ field: "ratings.__proto__", value: { x: 1 } }] },
      { expectedHash: hash, changes: [{ field: "company.prototype", value: 1 }] },
      { expectedHash: hash, changes: [{ field: "company", value: { constructor: { x: 1 } } }] },
    ];
    for (const body of bodies) {
      const response = await send("PATCH", "/api/options/seed-cto", body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const { error } = (await response.json()) as { error: { message: string } };
      expect(error.message).toMatch(/"(__proto__|prototype|constructor)" cannot be used as a name/);
    }
    // JSON.parse makes "__proto__" an own key of the body: refused before any route reads it.
    const raw = await app.request("/api/options", {
      method: "POST",
      headers: LOCAL,
      body: '{"title": "Polluted", "__proto__": {"isAdmin": true}}',
    });
    expect(raw.status).toBe(400);
    expect(readFileSync(join(dir, "options/seed-cto.md"), "utf8")).toBe(file);
    expect((await workspace()).options.map((o) => o.id)).toEqual(before.options.map((o) => o.id));
  });

  it("sends no CORS headers", async () => {
    const response = await app.request("/api/workspace", {
      headers: { ...LOCAL, origin: "https://evil.example" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("editing criteria", () => {
  it("adds a criterion with no influence yet, then renames it and lets the role fit rate it", async () => {
    const before = await workspace();
    const added = await send("POST", "/api/profile/criteria", {
      expectedHash: before.profileHash,
      name: "Commute",
    });
    expect(added.status).toBe(201);
    const created = (await added.json()) as WorkspaceView & { id: string };
    expect(created.id).toBe("commute");
    // Points weighting: the new criterion starts at 0 points, so the ranking does not move.
    expect(created.profile?.criteria.at(-1)).toMatchObject({ id: "commute", points: 0 });
    const renamed = await send("PATCH", "/api/profile/criteria/commute", {
      expectedHash: created.profileHash,
      field: "name",
      value: "Time to the office",
    });
    expect(renamed.status).toBe(200);
    const view = (await renamed.json()) as WorkspaceView;
    const fit = await send("PATCH", "/api/profile/criteria/commute", {
      expectedHash: view.profileHash,
      field: "derived",
      value: "roleFit",
    });
    expect(fit.status).toBe(200);
    const text = readFileSync(join(dir, "bearing.yaml"), "utf8");
    expect(text).toMatch(/- id: commute\s+name: Time to the office\s+points: 0\s+derived: roleFit/);
    expect(text).toContain("# Screens no score can make up for.");
    const bad = await send("PATCH", "/api/profile/criteria/commute", {
      expectedHash: ((await fit.json()) as WorkspaceView).profileHash,
      field: "direction",
      value: "sideways",
    });
    expect(bad.status).toBe(400);
  });
});

describe("trade-off answers (the workbench's weigh screen)", () => {
  const strategyOverCoaching = {
    prefer: { strategy: 5, coaching: 1 },
    over: { strategy: 1, coaching: 5 },
  };
  const read = () => readFileSync(join(dir, "bearing.yaml"), "utf8");

  it("keeps an answer as bearing weigh does, comments kept, and takes it back", async () => {
    const before = await workspace();
    const saved = await send("POST", "/api/profile/tradeoffs", {
      expectedHash: before.profileHash,
      ...strategyOverCoaching,
    });
    expect(saved.status).toBe(200);
    const view = (await saved.json()) as WorkspaceView;
    expect(view.profile?.tradeoffs).toEqual([strategyOverCoaching]);
    expect(read()).toContain(
      "tradeoffs:\n  - prefer: { strategy: 5, coaching: 1 }\n    over: { strategy: 1, coaching: 5 }",
    );
    expect(read()).toContain("# Screens no score can make up for.");
    // The same answer again changes nothing.
    const again = await send("POST", "/api/profile/tradeoffs", {
      expectedHash: view.profileHash,
      ...strategyOverCoaching,
    });
    expect(again.status).toBe(200);
    expect(((await again.json()) as WorkspaceView).profileHash).toBe(view.profileHash);
    // Answer 2 does not exist; answer 1 goes.
    const missing = await send("DELETE", "/api/profile/tradeoffs/2", {
      expectedHash: view.profileHash,
    });
    expect(missing.status).toBe(404);
    const removed = await send("DELETE", "/api/profile/tradeoffs/1", {
      expectedHash: view.profileHash,
    });
    expect(removed.status).toBe(200);
    expect(((await removed.json()) as WorkspaceView).profile?.tradeoffs).toEqual([]);
    expect(read()).not.toContain("tradeoffs:");
  });

  it("refuses an answer that contradicts the others (400, naming them), writing nothing", async () => {
    const first = await send("POST", "/api/profile/tradeoffs", {
      expectedHash: (await workspace()).profileHash,
      ...strategyOverCoaching,
    });
    const view = (await first.json()) as WorkspaceView;
    const text = read();
    const reverse = await send("POST", "/api/profile/tradeoffs", {
      expectedHash: view.profileHash,
      prefer: strategyOverCoaching.over,
      over: strategyOverCoaching.prefer,
    });
    expect(reverse.status).toBe(400);
    const body = (await reverse.json()) as {
      error: { issues: { code: string; file?: string; line?: number; path?: unknown[] }[] };
    };
    const conflict = body.error.issues.filter((i) => i.code === "inconsistent");
    expect(conflict.map((i) => i.path)).toEqual([
      ["tradeoffs", 0],
      ["tradeoffs", 1],
    ]);
    expect(conflict.every((i) => i.file === "bearing.yaml" && (i.line ?? 0) > 0)).toBe(true);
    expect(read()).toBe(text);
  });

  it("refuses a stale page (409) and unknown criteria (400), writing nothing", async () => {
    const seen = await workspace();
    const file = join(dir, "bearing.yaml");
    writeFileSync(file, read().replace("weighting:", "# edited elsewhere\nweighting:"));
    const text = read();
    const stale = await send("POST", "/api/profile/tradeoffs", {
      expectedHash: seen.profileHash,
      ...strategyOverCoaching,
    });
    expect(stale.status).toBe(409);
    const unknown = await send("POST", "/api/profile/tradeoffs", {
      expectedHash: (await workspace()).profileHash,
      prefer: { strategy: 5, golf: 1 },
      over: { strategy: 1, golf: 5 },
    });
    expect(unknown.status).toBe(400);
    const shapeless = await send("POST", "/api/profile/tradeoffs", {
      expectedHash: (await workspace()).profileHash,
      prefer: "strategy",
    });
    expect(shapeless.status).toBe(400);
    expect(read()).toBe(text);
  });
});

describe("with a watcher (the view is cached between reported changes)", () => {
  // A watcher that hears of nothing: only the server's own writes and refusals renew the view.
  const deaf: WorkspaceWatcher = { subscribe: () => () => {}, changeCount: () => 0, close() {} };

  beforeEach(() => {
    app = createApp({ storage: new FsStorage(dir), token: TOKEN, watcher: deaf });
  });

  it("answers every read after an acknowledged edit with the edit", async () => {
    const before = await workspace();
    const response = await send("PATCH", "/api/options/seed-cto", {
      expectedHash: hashOf(before, "seed-cto"),
      changes: [{ field: "nextStep", value: "Meet the investors" }],
    });
    expect(response.status).toBe(200);
    const after = await workspace();
    expect(after.options.find((o) => o.id === "seed-cto")?.nextStep).toBe("Meet the investors");
  });

  it("reads the workspace again after a 409, so the page's reload sees the change on disk", async () => {
    const before = await workspace();
    const file = join(dir, "options/seed-cto.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^nextStep: .*$/m, "nextStep: Call"));
    const response = await send("PATCH", "/api/options/seed-cto", {
      expectedHash: hashOf(before, "seed-cto"),
      changes: [{ field: "ratings.coaching", value: 5 }],
    });
    expect(response.status).toBe(409);
    const after = await workspace();
    expect(after.options.find((o) => o.id === "seed-cto")?.nextStep).toBe("Call");
  });
});

describe("an option whose front matter id differs from its file name", () => {
  it("is guarded by its own file's hash: a stale page gets 409 and nothing is written", async () => {
    const file = join(dir, "options/seed-cto.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^---\n/, "---\nid: tallyho\n"));
    const seen = await workspace();
    const stale = hashOf(seen, "tallyho");
    // The file changes on disk after the page read it.
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("nextStep:", "# edited elsewhere\nnextStep:"),
    );
    const before = readFileSync(file, "utf8");
    for (const [method, path, body] of [
      [
        "PATCH",
        "/api/options/tallyho",
        { expectedHash: stale, changes: [{ field: "ratings.impact", value: 5 }] },
      ],
      ["PUT", "/api/options/tallyho/status", { expectedHash: stale, status: "offer" }],
    ] as const) {
      expect((await send(method, path, body)).status).toBe(409);
    }
    expect(readFileSync(file, "utf8")).toBe(before);
    const fresh = await send("PUT", "/api/options/tallyho/status", {
      expectedHash: hashOf(await workspace(), "tallyho"),
      status: "offer",
    });
    expect(fresh.status).toBe(200);
    expect(readFileSync(file, "utf8")).toMatch(/^status: offer$/m);
  });
});

describe("journal entries", () => {
  const ENTRY = "journal/2026-11-16-what-i-want-more-of.md";
  const entryOf = (view: WorkspaceView, file: string) => {
    const entry = view.journal.find((e) => e.file === file);
    if (!entry) throw new Error(`no journal entry ${file}`);
    return entry;
  };

  it("adds an entry with Jekyll front matter and the text, and lists it with its hash", async () => {
    const response = await send("POST", "/api/journal", {
      title: "After the Hollis call",
      body: "  Dana says the budget is set.  \n",
    });
    expect(response.status).toBe(201);
    const view = (await response.json()) as WorkspaceView & { file: string };
    expect(view.file).toMatch(/^journal\/\d{4}-\d{2}-\d{2}-after-the-hollis-call\.md$/);
    const text = readFileSync(join(dir, view.file), "utf8");
    expect(text).toMatch(/^---\nlayout: post\ntitle: After the Hollis call\n[\s\S]*---\n/);
    expect(text.endsWith("\nDana says the budget is set.\n")).toBe(true);
    const entry = entryOf(view, view.file);
    expect(entry.title).toBe("After the Hollis call");
    expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
    // One date format for every entry: the calendar day of the file's name.
    expect(entry.date).toBe(view.file.slice("journal/".length, "journal/".length + 10));
  });

  it("replaces an entry's text and keeps its front matter byte for byte", async () => {
    const file = join(dir, ENTRY);
    const before = readFileSync(file, "utf8");
    const frontMatter = before.slice(0, before.indexOf("---\n", 4) + 4);
    const response = await send("PUT", `/api/${ENTRY}`, {
      expectedHash: entryOf(await workspace(), ENTRY).hash,
      body: "Rewritten\r\non two lines.",
    });
    expect(response.status).toBe(200);
    expect(readFileSync(file, "utf8")).toBe(`${frontMatter}\nRewritten\non two lines.\n`);
    const view = (await response.json()) as WorkspaceView;
    expect(entryOf(view, ENTRY).body).toBe("\nRewritten\non two lines.\n");
  });

  it("refuses a stale hash with 409 and writes nothing", async () => {
    const hash = entryOf(await workspace(), ENTRY).hash;
    const file = join(dir, ENTRY);
    const onDisk = `${readFileSync(file, "utf8")}\nAdded in another editor.\n`;
    writeFileSync(file, onDisk);
    const response = await send("PUT", `/api/${ENTRY}`, { expectedHash: hash, body: "Mine" });
    expect(response.status).toBe(409);
    expect(readFileSync(file, "utf8")).toBe(onDisk);
  });

  it("answers 404 for an entry that does not exist and 400 for a name that is not Markdown", async () => {
    const hash = entryOf(await workspace(), ENTRY).hash;
    const put = (path: string, body: unknown) => send("PUT", path, body);
    const missing = await put("/api/journal/2020-01-01-missing.md", {
      expectedHash: hash,
      body: "x",
    });
    expect(missing.status).toBe(404);
    const text = await put("/api/journal/notes.txt", { expectedHash: hash, body: "x" });
    expect(text.status).toBe(400);
    expect((await put(`/api/${ENTRY}`, { expectedHash: hash })).status).toBe(400);
  });
});
