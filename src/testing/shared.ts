/**
 * The real-text tier in vitest: `describeShared` and `itShared` run when `../shared` is beside
 * the repository and skip otherwise, with the reason in the title (`BEARING_SHARED=required`
 * turns the skip into a failure; see `tiers.ts`).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { sharedDir } from "./cli.js";
import { SHARED_SKIP_REASON, sharedReady } from "./tiers.js";

export { sharedReady } from "./tiers.js";
export { sharedDir };

const titled = (name: string) => (sharedReady ? name : `${name} [skipped: ${SHARED_SKIP_REASON}]`);

/** `describe` for tests that read `../shared`. */
export function describeShared(name: string, body: () => void): void {
  describe.skipIf(!sharedReady)(titled(name), body);
}

/** `it` for a test that reads `../shared`. */
export function itShared(name: string, body: () => unknown, timeout?: number): void {
  it.skipIf(!sharedReady)(titled(name), body, timeout);
}

/** Every run of `n` consecutive words of a text, lower-cased (for "our own words" checks). */
export function wordRuns(text: string, n: number): string[] {
  const words = text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(" "));
  return out;
}

/**
 * Every run of `n` consecutive words of the texts of ../shared's corpus, dev set and seeds: a
 * text of ours that shares one copies them.
 */
export function sharedWordRuns(n: number): Set<string> {
  const runs = new Set<string>();
  for (const part of ["corpus", "dev", "seeds"]) {
    const dir = join(sharedDir, part);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir, { recursive: true, withFileTypes: true }))
      if (f.isFile() && /\.(md|txt|markdown)$/.test(f.name))
        for (const r of wordRuns(readFileSync(join(f.parentPath, f.name), "utf8"), n)) runs.add(r);
  }
  return runs;
}
