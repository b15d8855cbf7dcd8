import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../testing/cli.js";
import { type WorkspaceWatcher, watchWorkspace } from "./watch.js";

describe("watching a workspace", () => {
  let watcher: WorkspaceWatcher | undefined;
  afterEach(() => watcher?.close());

  it("keeps hearing of a file after it was replaced by an atomic rename (as every save does)", async () => {
    const dir = tempDir("bearing-watch-");
    mkdirSync(join(dir, "options"));
    writeFileSync(join(dir, "bearing.yaml"), "question: a\n");
    writeFileSync(join(dir, "options/x.md"), "---\ntitle: X\n---\n");
    watcher = watchWorkspace(dir, 20);
    const seen: string[] = [];
    watcher.subscribe((files) => seen.push(...files));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
    await settle();
    // A save by bearing: a temporary file renamed over the target.
    writeFileSync(join(dir, "options/.bearing-tmp-1-abc"), "---\ntitle: Y\n---\n");
    renameSync(join(dir, "options/.bearing-tmp-1-abc"), join(dir, "options/x.md"));
    writeFileSync(join(dir, ".bearing-tmp-2-abc"), "question: b\n");
    renameSync(join(dir, ".bearing-tmp-2-abc"), join(dir, "bearing.yaml"));
    await settle();
    seen.length = 0;
    // Then the user's editor writes both files in place.
    writeFileSync(join(dir, "options/x.md"), "---\ntitle: Z\n---\n");
    writeFileSync(join(dir, "bearing.yaml"), "question: c\n");
    await expect
      .poll(() => [...new Set(seen)].sort(), { timeout: 3000 })
      .toEqual(["bearing.yaml", "options/x.md"]);
    // A folder made later is watched too, and temporary files are never reported.
    seen.length = 0;
    mkdirSync(join(dir, "journal"));
    await settle();
    writeFileSync(join(dir, "journal/2026-12-02-a.md"), "x");
    await expect.poll(() => seen, { timeout: 3000 }).toContain("journal/2026-12-02-a.md");
    expect(seen.some((f) => f.includes(".bearing-tmp-"))).toBe(false);
    expect(watcher.changeCount()).toBeGreaterThan(0);
  });
});
