/**
 * Crash safety: a child process runs `bearing option set` / `option status` in a loop and is
 * SIGKILLed at seeded random moments, dozens of times (hundreds in the soak tier). After every
 * kill the option file must be exactly one of the versions the edits produce, in order (never
 * a torn or mixed file), no other file may have changed, leftovers (temporary files, the dead
 * writer's lock) must be invisible to the loader, and the workspace must load without errors;
 * the next writer must get past the dead one's lock. At the end the real `bearing check` passes
 * and a normal write sweeps every leftover away.
 *
 * The expected versions come from applying the same edits, through the same built workspace
 * code the child runs (dist/; `npm test` builds first), to an in-memory copy.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";
import { errorsOf } from "../../src/core/errors.js";
import { copyExample, repoRoot, runCli } from "../../src/testing/cli.js";
import { soakRounds } from "../../src/testing/tiers.js";
import { FsStorage } from "../../src/workspace/fs-storage.js";
import { inspectWorkspace } from "../../src/workspace/load.js";
import { ORPHAN_AGE_MS } from "../../src/workspace/lock.js";
import { MemoryStorage } from "../../src/workspace/storage.js";

/**
 * Kills per run (24 by default, 200 in the soak tier, BEARING_SOAK=1 as in `.ci/run`), and the
 * seed of their timing (override either to soak longer or to replay a failure).
 */
const ROUNDS = soakRounds(24, 200, "BEARING_CRASH_ROUNDS");
const SEED = Number(process.env.BEARING_CRASH_SEED ?? 0x5eed7);
const SLUG = "seed-cto";
const STATUSES = ["exploring", "talking", "interviewing", "offer"];
const WRITER = join(repoRoot, "test/hardening/cli-writer.mjs");
/** The built edit functions: the very code the child runs, even while src/ is being edited. */
const built = (await import(
  join(repoRoot, "dist/workspace/edit.js")
)) as typeof import("../../src/workspace/edit.js");

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!name.startsWith(".bearing-")) out.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The date stamp is today's: equal up to it, so a run across midnight still compares. */
const normalise = (text: string) => text.replace(/updated: \d{4}-\d{2}-\d{2}/, "updated: D");

interface Writer {
  child: ChildProcess;
  /** Settles when the child ends: rejects unless it was SIGKILLed. */
  ended: Promise<void>;
  /** Resolves when the child announces its `n`-th write (1-based), at that moment. */
  started(n: number): Promise<number>;
}

/** Starts a writer at write `start` and resolves once its modules are loaded. */
async function startWriter(dir: string, start: number): Promise<Writer> {
  const child = spawn(
    process.execPath,
    [WRITER, dir, SLUG, String(start), JSON.stringify(STATUSES)],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const ended = new Promise<void>((resolve, reject) => {
    child.once("exit", (code, signal) =>
      signal === "SIGKILL" ? resolve() : reject(new Error(`writer exited (${code}): ${stderr}`)),
    );
  });
  ended.catch(() => {});
  const waiting = new Map<number, (at: number) => void>();
  let announced = 0;
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  let buffered = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      if (line === "ready") resolveReady();
      else if (line.startsWith("w ")) {
        announced++;
        waiting.get(announced)?.(performance.now());
      }
    }
  });
  await Promise.race([ready, ended]);
  return {
    child,
    ended,
    started: (n) =>
      announced >= n
        ? Promise.resolve(performance.now())
        : new Promise((resolve) => waiting.set(n, resolve)),
  };
}

interface LaneStats {
  writes: number;
  killsLeavingTemp: number;
  killsLeavingLock: number;
  killsWithNoWrite: number;
  intervals: number[];
}

/**
 * One workspace and its writer, killed `rounds` times; checks after every kill. Two lanes run
 * side by side, so the 2-core CI machine spends the wait for one child starting on the other.
 */
async function runLane(lane: number, rounds: number): Promise<LaneStats> {
  const dir = copyExample("bearing-crash-");
  const targetFile = `options/${SLUG}.md`;
  const target = join(dir, targetFile);
  const initial = files(dir);
  const mirror = new MemoryStorage(
    Object.fromEntries([...initial].map(([path, bytes]) => [path, new Uint8Array(bytes)])),
  );

  // versions[k] is the option file after writes 0..k-1 (write i turns version i into i+1).
  const versions = [normalise(readFileSync(target, "utf8"))];
  const versionAt = async (k: number): Promise<string> => {
    while (versions.length <= k) {
      const i = versions.length - 1;
      if (i % 2 === 0) {
        await built.setOptionField(mirror, SLUG, "nextStep", built.parseCliValue(`write ${i}`));
      } else {
        await built.setOptionStatus(mirror, SLUG, STATUSES[(i >> 1) % STATUSES.length] as string);
      }
      versions.push(
        normalise(new TextDecoder().decode((await mirror.read(targetFile)) ?? new Uint8Array())),
      );
    }
    return versions[k] as string;
  };

  const next = random(SEED + lane);
  const storage = new FsStorage(dir);
  const stats: LaneStats = {
    writes: 0,
    killsLeavingTemp: 0,
    killsLeavingLock: 0,
    killsWithNoWrite: 0,
    intervals: [],
  };
  let at = 0;
  for (let round = 0; round < rounds; round++) {
    // Let one or two writes start, then kill somewhere within the next write or so: the
    // typical write length is learnt as we go, so kills land mid-write however busy the
    // machine is.
    const writer = await startWriter(dir, at);
    const writes = 1 + Math.floor(next() * 2);
    const first = await Promise.race([writer.started(1), writer.ended.then(() => 0)]);
    const last = await Promise.race([writer.started(writes), writer.ended.then(() => 0)]);
    if (writes > 1 && first > 0 && last > first) {
      stats.intervals.push((last - first) / (writes - 1));
    }
    const typical = median(stats.intervals) ?? 10;
    await Promise.race([
      writer.ended,
      new Promise((resolve) => setTimeout(resolve, next() * 1.2 * typical)),
    ]);
    writer.child.kill("SIGKILL");
    await writer.ended;

    const where = `lane ${lane}, round ${round}`;
    const text = normalise(readFileSync(target, "utf8"));
    let k = at;
    while (k < at + 1000 && (await versionAt(k)) !== text) k++;
    expect(k, `${where}: ${targetFile} is not a version the edits produce:\n${text}`).toBe(
      versions.indexOf(text, at),
    );
    expect(k).toBeLessThan(at + 1000);
    if (k === at) stats.killsWithNoWrite++;
    at = k;

    const leftovers = readdirSync(join(dir, "options")).filter((n) => n.startsWith(".bearing-"));
    if (leftovers.some((n) => n.startsWith(".bearing-tmp-"))) stats.killsLeavingTemp++;
    if (leftovers.some((n) => n.startsWith(".bearing-lock-"))) stats.killsLeavingLock++;
    expect((await storage.list("options")).filter((n) => n.startsWith(".bearing-"))).toEqual([]);
    const state = await inspectWorkspace(storage);
    expect(errorsOf(state.issues), where).toEqual([]);
    for (const [path, bytes] of files(dir)) {
      if (path !== targetFile) {
        expect(bytes.equals(initial.get(path) ?? Buffer.alloc(0)), `${where}: ${path}`).toBe(true);
      }
    }
  }

  expect((await runCli(["check", dir])).code).toBe(0);
  // Leftovers of a dead writer are swept once older than ORPHAN_AGE_MS.
  await new Promise((resolve) => setTimeout(resolve, ORPHAN_AGE_MS + 100));
  const final = await runCli(["option", "set", SLUG, "nextStep", "after the crashes", dir]);
  expect(final.stderr).toBe("");
  expect(final.code).toBe(0);
  expect(readdirSync(join(dir, "options")).filter((n) => n.startsWith(".bearing-"))).toEqual([]);
  stats.writes = at;
  return stats;
}

it(
  `survives ${ROUNDS} SIGKILLs during option edits: every file a whole version, the workspace valid`,
  async () => {
    const started = performance.now();
    const half = Math.ceil(ROUNDS / 2);
    const lanes = await Promise.all([runLane(0, half), runLane(1, ROUNDS - half)]);
    const sum = (key: Exclude<keyof LaneStats, "intervals">) =>
      lanes.reduce((total, lane) => total + lane[key], 0);
    console.log(
      `crash: ${ROUNDS} SIGKILLs (seed ${SEED}, 2 lanes) over ${sum("writes")} completed writes; ` +
        `${sum("killsLeavingTemp")} left a temporary file, ${sum("killsLeavingLock")} a lock, ` +
        `${sum("killsWithNoWrite")} came before any write completed; typical write ` +
        `${(median(lanes.flatMap((l) => l.intervals)) ?? 0).toFixed(1)} ms; ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  },
  // A bound on a hang, not a speed goal: each round starts a Node process, which takes seconds
  // when the machine is busy with the other test files.
  60_000 + ROUNDS * 5000,
);
