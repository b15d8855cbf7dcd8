import { describe, expect, it } from "vitest";
import { MemoryStorage, type Storage } from "../workspace/storage.js";
import type { WorkspaceWatcher } from "./watch.js";
import { cachedWorkspaceView, VIEW_MAX_AGE_MS, type WorkspaceView } from "./workspace-view.js";

const PROFILE = "version: 1\nquestion: Which role next?\ncriteria:\n  - { id: pay, name: Pay }\n";
const option = (nextStep: string) => `---\ntitle: Head of Platform\nnextStep: ${nextStep}\n---\n`;
const FILE = "options/head.md";

/** A watcher whose reports the test makes, with `report()`. */
function fakeWatcher() {
  let changes: number | undefined = 0;
  const watcher: WorkspaceWatcher = {
    subscribe: () => () => {},
    changeCount: () => changes,
    close: () => {
      changes = undefined;
    },
  };
  return { watcher, report: () => (changes = (changes ?? 0) + 1) };
}

/**
 * Storage that counts whole-workspace reads (each lists `options/` first) and can hold them
 * at their last step, the journal, after every option file was read.
 */
function countingStorage() {
  const inner = new MemoryStorage({ "bearing.yaml": PROFILE, [FILE]: option("first") });
  let held: { reached: () => void; released: Promise<void> } | undefined;
  const storage: Storage = {
    read: (path) => inner.read(path),
    write: (path, data, options) => inner.write(path, data, options),
    exists: (path) => inner.exists(path),
    async list(dir) {
      if (dir === "options") counted.reads += 1;
      if (dir === "journal" && held) {
        held.reached();
        await held.released;
      }
      return inner.list(dir);
    },
  };
  const counted = {
    reads: 0,
    storage,
    /** Holds workspace reads from now on at the journal until `release`; `reached` once one is. */
    hold() {
      let reached = () => {};
      let release = () => {};
      const hold = {
        reached: new Promise<void>((ok) => {
          reached = ok;
        }),
        release() {
          held = undefined;
          release();
        },
      };
      held = {
        reached: () => reached(),
        released: new Promise((ok) => {
          release = ok;
        }),
      };
      return hold;
    },
  };
  return counted;
}

const nextStep = (view: WorkspaceView) => view.options[0]?.nextStep;

describe("cachedWorkspaceView", () => {
  it("shares one read while no change is reported, and reads again after a report", async () => {
    const disk = countingStorage();
    const { watcher, report } = fakeWatcher();
    const views = cachedWorkspaceView(disk.storage, watcher);
    const [a, b] = await Promise.all([views.read(), views.read()]);
    expect(b).toBe(a);
    expect(await views.read()).toBe(a);
    expect(disk.reads).toBe(1);

    await disk.storage.write(FILE, option("edited elsewhere"));
    report();
    expect(nextStep(await views.read())).toBe("edited elsewhere");
    expect(disk.reads).toBe(2);
  });

  it("reads every time without a watcher, or once the watcher stops", async () => {
    const disk = countingStorage();
    const unwatched = cachedWorkspaceView(disk.storage, undefined);
    await unwatched.read();
    await disk.storage.write(FILE, option("edited elsewhere"));
    expect(nextStep(await unwatched.read())).toBe("edited elsewhere");

    const { watcher } = fakeWatcher();
    const views = cachedWorkspaceView(disk.storage, watcher);
    await views.read();
    watcher.close();
    await disk.storage.write(FILE, option("edited again"));
    expect(nextStep(await views.read())).toBe("edited again");
  });

  it("answers after a write with the write, even when a read began before it", async () => {
    const disk = countingStorage();
    const { watcher } = fakeWatcher();
    const views = cachedWorkspaceView(disk.storage, watcher);
    const hold = disk.hold();
    const before = views.read();
    await hold.reached; // past the option files
    await views.storage.write(FILE, option("saved by the page"));
    const after = views.read();
    hold.release();
    expect(nextStep(await before)).toBe("first");
    expect(nextStep(await after)).toBe("saved by the page");
    expect(disk.reads).toBe(2);
  });

  it("runs one read at a time: requests that find it outdated share the next one", async () => {
    const disk = countingStorage();
    const { watcher, report } = fakeWatcher();
    const views = cachedWorkspaceView(disk.storage, watcher);
    const hold = disk.hold();
    const first = views.read();
    report();
    const [a, b] = [views.read(), views.read()];
    hold.release();
    await first;
    expect(await a).toBe(await b);
    expect(disk.reads).toBe(2);
  });

  it("shares a read slower than the bound: its age counts from when it finished", async () => {
    const disk = countingStorage();
    const { watcher } = fakeWatcher();
    let clock = 0;
    const views = cachedWorkspaceView(disk.storage, watcher, { now: () => clock });
    const hold = disk.hold();
    const first = views.read();
    await hold.reached;
    clock = 5 * VIEW_MAX_AGE_MS; // a read of thousands of options takes seconds
    const during = views.read();
    hold.release();
    expect(await during).toBe(await first);
    clock += VIEW_MAX_AGE_MS - 1;
    expect(await views.read()).toBe(await first);
    expect(disk.reads).toBe(1);
    clock += 1;
    await views.read();
    expect(disk.reads).toBe(2);
  });

  it("reads again once the view is older than the bound, or after invalidate", async () => {
    const disk = countingStorage();
    const { watcher } = fakeWatcher();
    let clock = 0;
    const views = cachedWorkspaceView(disk.storage, watcher, { now: () => clock });
    await views.read();
    await disk.storage.write(FILE, option("change never reported"));
    clock = VIEW_MAX_AGE_MS - 1;
    expect(nextStep(await views.read())).toBe("first");
    clock = VIEW_MAX_AGE_MS;
    expect(nextStep(await views.read())).toBe("change never reported");

    await disk.storage.write(FILE, option("another unreported change"));
    views.invalidate();
    expect(nextStep(await views.read())).toBe("another unreported change");
  });
});
