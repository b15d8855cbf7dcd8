import { describe, expect, it } from "vitest";
import { setOptionField } from "./edit.js";
import { EDIT_ATTEMPTS, WriteConflict } from "./guarded-write.js";
import { ConflictError, MemoryStorage, type Storage } from "./storage.js";

const PROFILE = `version: 1
question: Which role next?
criteria:
  - { id: impact, name: Impact, weight: 1 }
  - { id: growth, name: Growth, weight: 1 }
`;

const OPTION = `---
title: Staff engineer, Quill
ratings:
  impact: 3
---

Notes.
`;

const FILE = "options/quill.md";

/**
 * Storage where another writer slips in right before each of our first `races` writes to
 * FILE: it reads the file and applies its own edit, as a second process would.
 */
function racingStorage(races: number, racer: (text: string, n: number) => string) {
  const inner = new MemoryStorage({ "bearing.yaml": PROFILE, [FILE]: OPTION });
  let raced = 0;
  let reads = 0;
  const storage: Storage = {
    read: async (path) => {
      if (path === FILE) reads++;
      return inner.read(path);
    },
    list: (dir) => inner.list(dir),
    exists: (path) => inner.exists(path),
    async write(path, data, options) {
      if (path === FILE && raced < races) {
        raced++;
        await inner.write(path, racer(await text(inner), raced));
      }
      return inner.write(path, data, options);
    },
  };
  return { storage, inner, reads: () => reads, raced: () => raced };
}

async function text(storage: Storage): Promise<string> {
  return new TextDecoder().decode((await storage.read(FILE)) ?? new Uint8Array());
}

describe("option edits retry when another writer wins the race", () => {
  it("re-reads and re-applies the edit, so both writers' changes are kept", async () => {
    const race = racingStorage(2, (t, n) => t.replace(/impact: \d/, `impact: ${n}`));
    await setOptionField(race.storage, "quill", "ratings.growth", 5, "2026-11-21");
    const after = await text(race.inner);
    expect(after).toContain("impact: 2");
    expect(after).toContain("growth: 5");
    expect(race.reads()).toBe(3);
  });

  it("reports a conflict, writing nothing of its own, when it loses every attempt", async () => {
    const race = racingStorage(Number.POSITIVE_INFINITY, (t, n) =>
      t.replace(/Notes\..*/s, `Notes. ${n}\n`),
    );
    const error = await setOptionField(race.storage, "quill", "ratings.growth", 5).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WriteConflict);
    expect((error as WriteConflict).kind).toBe("input");
    expect((error as WriteConflict).issues[0]).toMatchObject({ code: "conflict", file: FILE });
    expect((error as Error).message).toContain(`${EDIT_ATTEMPTS} attempts`);
    expect(race.raced()).toBe(EDIT_ATTEMPTS);
    expect(await text(race.inner)).not.toContain("growth");
  });

  it("does not retry a conflict with a version the caller pinned (raised on reading)", async () => {
    const inner = new MemoryStorage({ "bearing.yaml": PROFILE, [FILE]: OPTION });
    let reads = 0;
    const pinned: Storage = {
      read: async (path) => {
        if (path !== FILE) return inner.read(path);
        reads++;
        throw new ConflictError(path);
      },
      list: (dir) => inner.list(dir),
      exists: (path) => inner.exists(path),
      write: (path, data, options) => inner.write(path, data, options),
    };
    await expect(setOptionField(pinned, "quill", "ratings.growth", 5)).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(reads).toBe(1);
  });
});
