import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BearingError } from "../core/errors.js";
import { tempDir } from "../testing/cli.js";
import { FsStorage } from "./fs-storage.js";
import { acquireLock, lockPathFor } from "./lock.js";
import { contentHash } from "./storage.js";

/** The pid of a process that has exited: what a SIGKILLed writer leaves in its lock. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ["-e", "0"]).pid;
  if (pid === undefined) throw new Error("could not start node");
  return pid;
}

function lockOf(pid: number, time = Date.now()): string {
  return JSON.stringify({ pid, host: hostname(), time, nonce: `n${pid}` });
}

describe("FsStorage write lock", () => {
  it("leaves neither temporary nor lock files behind after normal writes", async () => {
    const dir = tempDir();
    const storage = new FsStorage(dir);
    for (let i = 0; i < 20; i++) await storage.write("options/a.md", `version ${i}`);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => storage.write(`options/b${i}.md`, `b ${i}`)),
    );
    expect(readdirSync(join(dir, "options")).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("breaks the lock of a writer that died and writes", async () => {
    const dir = tempDir();
    const storage = new FsStorage(dir);
    await storage.write("options/a.md", "v0");
    const lock = lockPathFor(join(dir, "options/a.md"));
    writeFileSync(lock, lockOf(deadPid()));
    await storage.write("options/a.md", "v1", { expectedHash: contentHash("v0") });
    expect(readFileSync(join(dir, "options/a.md"), "utf8")).toBe("v1");
    expect(existsSync(lock)).toBe(false);
  });

  it("breaks a lock older than the staleness bound, even of a live process", async () => {
    const dir = tempDir();
    const storage = new FsStorage(dir, { staleMs: 1000 });
    await storage.write("options/a.md", "v0");
    const lock = lockPathFor(join(dir, "options/a.md"));
    writeFileSync(lock, lockOf(process.pid));
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    await storage.write("options/a.md", "v1");
    expect(existsSync(lock)).toBe(false);
  });

  it("waits for a live holder, and gives up with a conflict error after the timeout", async () => {
    const dir = tempDir();
    const storage = new FsStorage(dir, { timeoutMs: 150 });
    await storage.write("options/a.md", "v0");
    const held = await acquireLock(lockPathFor(join(dir, "options/a.md")));
    const error = await storage.write("options/a.md", "v1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BearingError);
    expect((error as BearingError).issues[0]?.code).toBe("conflict");
    expect(readFileSync(join(dir, "options/a.md"), "utf8")).toBe("v0");
    expect(readdirSync(join(dir, "options")).filter((n) => n.startsWith(".bearing-tmp-"))).toEqual(
      [],
    );
    // Released meanwhile: the write goes through.
    const later = storage.write("options/a.md", "v2");
    await held.release();
    await later;
    expect(readFileSync(join(dir, "options/a.md"), "utf8")).toBe("v2");
  });

  it("hides what a crashed writer left and sweeps it on the next write in that folder", async () => {
    const dir = tempDir();
    const storage = new FsStorage(dir);
    await storage.write("options/a.md", "v0");
    const dead = deadPid();
    const leftovers = [`.bearing-tmp-${dead}-abcdef`, ".bearing-lock-b.md"];
    writeFileSync(join(dir, "options", leftovers[0] as string), "half a fi");
    writeFileSync(join(dir, "options", leftovers[1] as string), lockOf(dead));
    const old = new Date(Date.now() - 10_000);
    utimesSync(join(dir, "options", leftovers[0] as string), old, old);
    // A dead pid's temp file younger than ORPHAN_AGE_MS may be another pid namespace's.
    const young = `.bearing-tmp-${dead}-fedcba`;
    writeFileSync(join(dir, "options", young), "just now");
    // A live writer's temp file is not ours to remove.
    const live = `.bearing-tmp-${process.pid}-123456`;
    writeFileSync(join(dir, "options", live), "in progress");
    expect(await storage.list("options")).toEqual(["a.md"]);
    await storage.write("options/a.md", "v1");
    expect(readdirSync(join(dir, "options")).sort()).toEqual([live, young, "a.md"].sort());
  });
});

describe.skipIf(process.platform === "win32")("FsStorage file permissions", () => {
  it("keeps a file's mode when rewriting it, and creates new files readable", async () => {
    const dir = tempDir();
    const storage = new FsStorage(dir);
    await storage.write("private.md", "one\n");
    expect(statSync(join(dir, "private.md")).mode & 0o777).toBe(0o644 & ~currentUmask());
    chmodSync(join(dir, "private.md"), 0o600);
    await storage.write("private.md", "two\n");
    expect(statSync(join(dir, "private.md")).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, "private.md"), "utf8")).toBe("two\n");
  });
});

describe.skipIf(process.platform === "win32")("FsStorage and symbolic links", () => {
  /** A workspace and, beside it, a folder of the user's that is no part of it. */
  function setup() {
    const dir = tempDir("bearing-links-");
    const workspace = join(dir, "workspace");
    const outside = join(dir, "outside");
    mkdirSync(workspace);
    mkdirSync(outside);
    writeFileSync(join(outside, "secret.md"), "mine\n");
    return { workspace, outside, storage: new FsStorage(workspace) };
  }

  for (const folder of ["options", "journal", "decisions", "feedback"]) {
    it(`refuses to write through ${folder}/ linked to a folder outside, creating nothing there`, async () => {
      const { workspace, outside, storage } = setup();
      symlinkSync(outside, join(workspace, folder));
      for (const path of [`${folder}/new.md`, `${folder}/deeper/new.md`]) {
        const error = await storage.write(path, "x", { expectedHash: null }).catch((e) => e);
        expect(error).toBeInstanceOf(BearingError);
        expect(error.issues[0]).toMatchObject({ code: "unsupported", file: path });
        expect(error.message).toMatch(/outside the workspace/);
      }
      expect(readdirSync(outside)).toEqual(["secret.md"]);
    });
  }

  it("refuses to read a file whose link leads outside, and reads links that stay inside", async () => {
    const { workspace, outside, storage } = setup();
    mkdirSync(join(workspace, "options"));
    symlinkSync(join(outside, "secret.md"), join(workspace, "options/theirs.md"));
    await expect(storage.read("options/theirs.md")).rejects.toThrow(/outside the workspace/);
    mkdirSync(join(workspace, "notes"));
    writeFileSync(join(workspace, "notes/a.md"), "inside\n");
    symlinkSync("../notes/a.md", join(workspace, "options/a.md"));
    expect(new TextDecoder().decode((await storage.read("options/a.md")) ?? undefined)).toBe(
      "inside\n",
    );
  });

  it("reader() answers as read() does, checking each folder once, and a new reader checks again", async () => {
    const { workspace, outside, storage } = setup();
    mkdirSync(join(workspace, "options"));
    mkdirSync(join(workspace, "notes"));
    writeFileSync(join(workspace, "options/a.md"), "a\n");
    writeFileSync(join(workspace, "notes/n.md"), "inside\n");
    symlinkSync(join(outside, "secret.md"), join(workspace, "options/theirs.md"));
    symlinkSync("../notes/n.md", join(workspace, "options/linked.md"));
    mkdirSync(join(workspace, "options/folder.md"));
    symlinkSync(outside, join(workspace, "journal"));
    const outcome = (promise: Promise<Uint8Array | null>) =>
      promise.then(
        (bytes) => (bytes === null ? null : new TextDecoder().decode(bytes)),
        (error: Error) => `refused: ${error.message}`,
      );
    const paths = [
      "options/a.md",
      "options/theirs.md",
      "options/linked.md",
      "options/folder.md",
      "options/missing.md",
      "journal/secret.md",
      "journal/missing.md",
      "notes/n.md",
    ];
    const read = storage.reader();
    const seen: Array<string | null> = [];
    for (const path of paths) {
      const expected = await outcome(storage.read(path));
      seen.push(expected);
      expect(await outcome(read(path)), path).toEqual(expected);
    }
    expect(seen).toEqual([
      "a\n",
      expect.stringMatching(/^refused: .*outside the workspace/),
      "inside\n",
      expect.stringMatching(/^refused: /),
      null,
      expect.stringMatching(/^refused: .*outside the workspace/),
      expect.stringMatching(/^refused: .*outside the workspace/),
      "inside\n",
    ]);
    // notes/ becomes a link to a folder outside: the next reader refuses what it holds.
    renameSync(join(workspace, "notes"), join(workspace, "notes-old"));
    writeFileSync(join(outside, "n.md"), "theirs\n");
    symlinkSync(outside, join(workspace, "notes"));
    await expect(storage.reader()("notes/n.md")).rejects.toThrow(/outside the workspace/);
    await expect(storage.read("notes/n.md")).rejects.toThrow(/outside the workspace/);
  });

  it("writes through a folder linked within the workspace", async () => {
    const { workspace, storage } = setup();
    mkdirSync(join(workspace, "real-options"));
    symlinkSync("real-options", join(workspace, "options"));
    await storage.write("options/a.md", "a\n");
    expect(readFileSync(join(workspace, "real-options/a.md"), "utf8")).toBe("a\n");
  });

  it("never replaces a linked file with a regular one", async () => {
    const { workspace, storage } = setup();
    mkdirSync(join(workspace, "options"));
    writeFileSync(join(workspace, "options/real.md"), "v0\n");
    symlinkSync("real.md", join(workspace, "options/alias.md"));
    await expect(storage.write("options/alias.md", "v1\n")).rejects.toThrow(/symbolic link/);
    expect(lstatSync(join(workspace, "options/alias.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(workspace, "options/real.md"), "utf8")).toBe("v0\n");
  });

  it("works in a workspace reached through a link (the root itself may be one)", async () => {
    const { workspace } = setup();
    const alias = `${workspace}-alias`;
    symlinkSync(workspace, alias);
    const storage = new FsStorage(alias);
    await storage.write("options/a.md", "a\n");
    expect(new TextDecoder().decode((await storage.read("options/a.md")) ?? undefined)).toBe("a\n");
  });
});

function currentUmask(): number {
  const mask = process.umask(0);
  process.umask(mask);
  return mask;
}
