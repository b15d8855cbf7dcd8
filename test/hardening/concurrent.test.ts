/**
 * Concurrent writers lose no update. Two `bearing option set` processes and `bearing serve`
 * each apply their own edits to the same option file at once; every edit a writer was told
 * succeeded must be in the file at the end, and every other one must have been reported to
 * its writer as a conflict. Underneath, processes incrementing a counter through FsStorage's
 * compare-and-swap must end with the exact total.
 *
 * The children run the built code (dist/; `npm test` builds first).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { errorsOf } from "../../src/core/errors.js";
import { startServer } from "../../src/server/start.js";
import type { WorkspaceView } from "../../src/server/workspace-view.js";
import { repoRoot, runCli, tempDir } from "../../src/testing/cli.js";
import { FsStorage } from "../../src/workspace/fs-storage.js";
import { inspectWorkspace } from "../../src/workspace/load.js";

const EDITS = 12;
const WRITERS = ["a", "b"] as const;
const SERVER = "s";
const OPTION = "target";

interface Child {
  child: ChildProcess;
  lines: string[];
  stderr: () => string;
  ready: Promise<void>;
  exited: Promise<number | null>;
}

function startChild(script: string, args: string[]): Child {
  const child = spawn(process.execPath, [join(repoRoot, "test/hardening", script), ...args], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let stderr = "";
  let buffered = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split("\n");
      buffered = parts.pop() ?? "";
      for (const line of parts) {
        if (line === "ready") resolve();
        else lines.push(line);
      }
    });
    child.once("exit", (code) => reject(new Error(`${script} exited (${code}): ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, lines, stderr: () => stderr, ready, exited };
}

function workspace(): string {
  const dir = tempDir("bearing-concurrent-");
  const ids = [...WRITERS, SERVER].flatMap((w) => Array.from({ length: EDITS }, (_, i) => w + i));
  writeFileSync(
    join(dir, "bearing.yaml"),
    `version: 1\nquestion: Which role next?\ncriteria:\n${ids
      .map((id) => `  - { id: ${id}, name: Criterion ${id}, weight: 1 }\n`)
      .join("")}`,
  );
  mkdirSync(join(dir, "options"));
  writeFileSync(
    join(dir, "options", `${OPTION}.md`),
    "---\ntitle: Head of Platform, Quill\nratings: {}\n---\n\nNotes.\n",
  );
  return dir;
}

it("two CLI processes and the server editing one option at once lose no update", async () => {
  const started = performance.now();
  const dir = workspace();
  const writers = WRITERS.map((prefix) =>
    startChild("cli-writer.mjs", [dir, OPTION, "0", "[]", String(EDITS), prefix]),
  );
  await Promise.all(writers.map((w) => w.ready));
  const server = await startServer({ dir, port: 0, open: false });
  const outcome = new Map<string, "ok" | "conflict">();
  let serverConflicts = 0;
  try {
    // The server's client behaves like the page: edit against the hash it last read, and on
    // 409 reload and try again (up to a bound, after which the user is told of the conflict).
    const headers = {
      "content-type": "application/json",
      "x-bearing-token": server.token,
    };
    const serverWriter = async () => {
      for (let i = 0; i < EDITS; i++) {
        let result: "ok" | "conflict" = "conflict";
        for (let attempt = 0; attempt < 30 && result !== "ok"; attempt++) {
          const view = (await (await fetch(`${server.url}api/workspace`)).json()) as WorkspaceView;
          const hash = view.options.find((o) => o.id === OPTION)?.hash;
          const response = await fetch(`${server.url}api/options/${OPTION}`, {
            method: "PATCH",
            headers,
            body: JSON.stringify({
              expectedHash: hash,
              changes: [{ field: `ratings.${SERVER}${i}`, value: 3 }],
            }),
          });
          await response.arrayBuffer();
          if (response.status === 200) result = "ok";
          else if (response.status === 409) serverConflicts++;
          else throw new Error(`PATCH answered ${response.status}`);
        }
        outcome.set(`${SERVER}${i}`, result);
      }
    };
    for (const w of writers) w.child.stdin?.write("go\n");
    await Promise.all([serverWriter(), ...writers.map((w) => w.exited)]);
  } finally {
    await server.close();
  }

  WRITERS.forEach((prefix, index) => {
    const writer = writers[index] as Child;
    for (const line of writer.lines) {
      const [, i, code] = line.split(" ");
      if (code !== "0") {
        // The only failure allowed is a conflict, said as such.
        expect(code).toBe("2");
        expect(writer.stderr()).toMatch(/conflict|kept changing/);
      }
      outcome.set(`${prefix}${i}`, code === "0" ? "ok" : "conflict");
    }
  });
  expect(outcome.size).toBe(EDITS * (WRITERS.length + 1));

  const state = await inspectWorkspace(new FsStorage(dir));
  expect(errorsOf(state.issues)).toEqual([]);
  const ratings = state.options.find((o) => o.id === OPTION)?.ratings ?? {};
  const lost = [...outcome].filter(([id, result]) => result === "ok" && ratings[id] !== 3);
  expect(lost, "edits reported as written but missing from the file").toEqual([]);
  const conflicts = [...outcome].filter(([, result]) => result === "conflict").map(([id]) => id);
  expect(readdirSync(join(dir, "options")).filter((n) => n.startsWith(".bearing-"))).toEqual([]);
  expect((await runCli(["check", dir])).code).toBe(0);
  console.log(
    `concurrent: ${outcome.size} edits by 2 CLI processes and the server, ` +
      `${outcome.size - conflicts.length} written, ${conflicts.length} reported as conflicts ` +
      `(${conflicts.join(", ") || "none"}); the server's client reloaded after ${serverConflicts} ` +
      `409s; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}, 120_000);

it("processes incrementing one counter through compare-and-swap end with the exact total", async () => {
  const dir = tempDir("bearing-cas-");
  const PROCESSES = 3;
  const EACH = 40;
  const children = Array.from({ length: PROCESSES }, () =>
    startChild("cas-counter.mjs", [dir, String(EACH)]),
  );
  await Promise.all(children.map((c) => c.ready));
  for (const c of children) c.child.stdin?.write("go\n");
  const codes = await Promise.all(children.map((c) => c.exited));
  expect(codes, children.map((c) => c.stderr()).join("\n")).toEqual(children.map(() => 0));
  expect(readFileSync(join(dir, "counter.txt"), "utf8")).toBe(String(PROCESSES * EACH));
  expect(readdirSync(dir)).toEqual(["counter.txt"]);
  const conflicts = children.map((c) => Number(c.lines.at(-1)?.split(" ")[2]));
  console.log(
    `cas: ${PROCESSES} processes x ${EACH} increments = ${PROCESSES * EACH}; lost races retried: ${conflicts.join(", ")}`,
  );
}, 60_000);
