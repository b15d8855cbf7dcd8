import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
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

function currentUmask(): number {
  const mask = process.umask(0);
  process.umask(mask);
  return mask;
}
