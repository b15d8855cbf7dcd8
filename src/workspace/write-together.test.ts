/**
 * Several files written as one change (`criterion rename`): all or nothing, and when a
 * failure leaves something half-done that cannot be put back, each file is named.
 */

import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import * as fsPromises from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BearingError } from "../core/errors.js";
import { tempDir } from "../testing/cli.js";
import { FsStorage } from "./fs-storage.js";
import {
  ConflictError,
  contentHash,
  MemoryStorage,
  PartialWriteError,
  type Storage,
  writeTogether,
} from "./storage.js";

vi.mock("node:fs/promises", async (original) => {
  const actual = await original<typeof import("node:fs/promises")>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

/** A folder with a.md, b.md, c.md holding "old a" ..., and the writes that change all three. */
function threeFiles() {
  const dir = tempDir();
  const writes = ["a", "b", "c"].map((name) => {
    writeFileSync(join(dir, `${name}.md`), `old ${name}`);
    return { path: `${name}.md`, data: `new ${name}`, expectedHash: contentHash(`old ${name}`) };
  });
  const contents = () =>
    ["a", "b", "c"].map((name) => readFileSync(join(dir, `${name}.md`), "utf8"));
  const leftovers = () => readdirSync(dir).filter((name) => name.startsWith(".bearing-"));
  return { dir, writes, contents, leftovers };
}

afterEach(() => vi.mocked(fsPromises.rename).mockReset());

describe("FsStorage.writeAll", () => {
  it("writes every file", async () => {
    const { dir, writes, contents, leftovers } = threeFiles();
    await new FsStorage(dir).writeAll(writes);
    expect(contents()).toEqual(["new a", "new b", "new c"]);
    expect(leftovers()).toEqual([]);
  });

  it("changes nothing when one file changed since it was read", async () => {
    const { dir, writes, contents, leftovers } = threeFiles();
    writeFileSync(join(dir, "c.md"), "edited meanwhile");
    await expect(new FsStorage(dir).writeAll(writes)).rejects.toBeInstanceOf(ConflictError);
    expect(contents()).toEqual(["old a", "old b", "edited meanwhile"]);
    expect(leftovers()).toEqual([]);
  });

  it("changes nothing when one file is a link (refused before any rename)", async () => {
    const { dir, writes, contents } = threeFiles();
    writeFileSync(join(dir, "real.md"), "old c");
    const { unlinkSync } = await import("node:fs");
    unlinkSync(join(dir, "c.md"));
    symlinkSync(join(dir, "real.md"), join(dir, "c.md"));
    await expect(new FsStorage(dir).writeAll(writes)).rejects.toBeInstanceOf(BearingError);
    expect(contents()).toEqual(["old a", "old b", "old c"]);
  });

  it("puts back the files already replaced when a later rename fails", async () => {
    const { dir, writes, contents, leftovers } = threeFiles();
    const actual = await vi.importActual<typeof import("node:fs/promises")>("node:fs/promises");
    let calls = 0;
    vi.mocked(fsPromises.rename).mockImplementation(async (from, to) => {
      calls++;
      if (calls === 3)
        throw Object.assign(new Error("EPERM: operation not permitted"), { code: "EPERM" });
      return actual.rename(from, to);
    });
    await expect(new FsStorage(dir).writeAll(writes)).rejects.toThrow("EPERM");
    expect(contents()).toEqual(["old a", "old b", "old c"]);
    expect(leftovers()).toEqual([]);
  });

  it("names what keeps its new content when it cannot be put back", async () => {
    const { dir, writes, contents } = threeFiles();
    const actual = await vi.importActual<typeof import("node:fs/promises")>("node:fs/promises");
    let calls = 0;
    vi.mocked(fsPromises.rename).mockImplementation(async (from, to) => {
      calls++;
      // Renames 1 and 2 replace a and b; 3 (c) fails; 4 (putting b back) works; 5 (a) fails.
      if (calls === 3 || calls === 5)
        throw Object.assign(new Error("EIO: i/o error"), { code: "EIO" });
      return actual.rename(from, to);
    });
    const error = await new FsStorage(dir).writeAll(writes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialWriteError);
    expect((error as PartialWriteError).written).toEqual(["a.md"]);
    expect((error as PartialWriteError).unchanged).toEqual(["b.md", "c.md"]);
    expect((error as Error).message).toMatch(
      /EIO.*a\.md has the new content, b\.md, c\.md the old/,
    );
    expect(contents()).toEqual(["new a", "old b", "old c"]);
  });
});

describe("writeTogether on a storage without writeAll", () => {
  /** MemoryStorage's files, but one write at a time, failing the writes `fail` picks. */
  function oneAtATime(fail: (path: string, data: string) => boolean) {
    const memory = new MemoryStorage({ "a.md": "old a", "b.md": "old b", "c.md": "old c" });
    const storage: Storage = {
      read: (path) => memory.read(path),
      list: (dir) => memory.list(dir),
      exists: (path) => memory.exists(path),
      write: async (path, data, options) => {
        if (fail(path, data)) throw new Error(`cannot write ${path}`);
        return memory.write(path, data, options);
      },
    };
    const text = async (path: string) =>
      new TextDecoder().decode((await memory.read(path)) ?? undefined);
    const all = async () => Promise.all(["a.md", "b.md", "c.md"].map(text));
    const writes = ["a", "b", "c"].map((n) => ({
      path: `${n}.md`,
      data: `new ${n}`,
      expectedHash: contentHash(`old ${n}`),
    }));
    return { storage, all, writes };
  }

  it("puts back what it wrote when a later write fails", async () => {
    const { storage, all, writes } = oneAtATime((path) => path === "c.md");
    await expect(writeTogether(storage, writes)).rejects.toThrow("cannot write c.md");
    expect(await all()).toEqual(["old a", "old b", "old c"]);
  });

  it("names what it could not put back", async () => {
    const { storage, all, writes } = oneAtATime(
      (path, data) => path === "c.md" || (path === "b.md" && data === "old b"),
    );
    const error = await writeTogether(storage, writes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialWriteError);
    expect((error as PartialWriteError).written).toEqual(["b.md"]);
    expect(await all()).toEqual(["old a", "new b", "old c"]);
  });

  it("MemoryStorage.writeAll checks every hash before setting any file", async () => {
    const memory = new MemoryStorage({ "a.md": "old a", "b.md": "changed" });
    await expect(
      writeTogether(memory, [
        { path: "a.md", data: "new a", expectedHash: contentHash("old a") },
        { path: "b.md", data: "new b", expectedHash: contentHash("old b") },
      ]),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(new TextDecoder().decode((await memory.read("a.md")) ?? undefined)).toBe("old a");
  });
});
