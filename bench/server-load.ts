/**
 * Load on the workbench server (`npm run bench:server [-- --duration S] [-- --connections N]`):
 * the real server, in a child process, on a temporary copy of examples/step-back; autocannon
 * with 50 connections for 20 s by default, each alternating a read (`GET /api/workspace`) and
 * a write (`PATCH /api/options/:id`) of an option only that connection writes.
 *
 * Each connection carries the file's hash from one response to its next write, so a 409 would
 * be a real failure of compare-and-swap, not a race between clients, and writes a fresh
 * counter into the option's `nextStep`. At the end every option file is read back from disk:
 * a write is lost when the file does not hold the connection's last acknowledged value (or a
 * later one whose answer the end of the run cut off).
 *
 * Prints requests per second, p50/p99 latency of reads and writes (ms, measured from the
 * request's build to its response), non-2xx and error counts, lost writes; exits 1 unless
 * errors, non-2xx and lost writes are all zero. Not part of `npm run bench` (it takes long).
 */
import { type ChildProcess, fork } from "node:child_process";
import { cpSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import type { WorkspaceView } from "../src/server/workspace-view.js";
import { repoRoot, tempDir } from "../src/testing/cli.js";
import { splitFrontMatter } from "../src/workspace/frontmatter.js";

/** The slice of autocannon's programmatic API used here (it ships no types). */
interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: CannonRequest, context: object) => CannonRequest;
  onResponse?: (status: number, body: string, context: object) => void;
}
interface CannonClient {
  setRequests(requests: CannonRequest[]): void;
}
interface CannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: CannonRequest[];
  setupClient: (client: CannonClient) => void;
}) => Promise<CannonResult>;

const TOKEN_HEADER = "x-bearing-token";

interface Lane {
  id: string;
  hash: string;
  /** Counter of the last write sent, and of the last one answered 2xx. */
  sent: number;
  acked: number;
  /** Writes whose 2xx answer did not show the value just written. */
  unseen: number;
}

/** The child: starts the real server and reports where it listens. */
async function serveChild(dir: string): Promise<void> {
  const { startServer } = await import("../src/server/start.js");
  const server = await startServer({ dir, port: 0, open: false });
  process.send?.({ port: server.port, token: server.token });
  process.on("message", () => void server.close().then(() => process.exit(0)));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "20" },
      connections: { type: "string", default: "50" },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!(duration > 0) || !Number.isInteger(connections) || connections < 1) {
    throw new Error("--duration must be a positive number of seconds, --connections a count");
  }

  const dir = tempDir("bearing-load-");
  cpSync(join(repoRoot, "examples/step-back"), dir, { recursive: true });
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ["--serve-child", dir], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  try {
    const { port, token } = await new Promise<{ port: number; token: string }>((ok, fail) => {
      child.once("message", (message) => ok(message as { port: number; token: string }));
      child.once("exit", (code) => fail(new Error(`the server exited early (${code})`)));
    });
    const origin = `http://127.0.0.1:${port}`;
    const json = { "content-type": "application/json", [TOKEN_HEADER]: token };

    // One option per connection, so no two connections ever write the same file.
    const lanes: Lane[] = [];
    for (let i = 0; i < connections; i++) {
      const response = await fetch(`${origin}/api/options`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ title: `Load lane ${i}`, status: "exploring" }),
      });
      if (response.status !== 201) throw new Error(`creating lane ${i}: ${response.status}`);
      const view = (await response.json()) as WorkspaceView & { id: string };
      const hash = view.options.find((o) => o.id === view.id)?.hash;
      if (!hash) throw new Error(`lane ${i}: no hash in the answer`);
      lanes.push({ id: view.id, hash, sent: 0, acked: 0, unseen: 0 });
    }

    const readMs: number[] = [];
    const writeMs: number[] = [];
    const statuses = new Map<string, number>();
    const count = (key: string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);
    let nextLane = 0;

    const require = createRequire(import.meta.url);
    const autocannon = require("autocannon") as Autocannon;
    console.log(
      `bench:server: ${connections} connections, ${duration} s, reads and writes alternating, ${origin}`,
    );
    const result = await autocannon({
      url: origin,
      connections,
      duration,
      timeout: 30,
      requests: [{ method: "GET", path: "/api/workspace" }],
      setupClient(client) {
        const lane = lanes[nextLane++ % lanes.length] as Lane;
        let readStart = 0;
        let writeStart = 0;
        // Per-client request objects: autocannon resets `context` every round, so the lane's
        // state lives in this closure instead.
        client.setRequests([
          {
            method: "GET",
            path: "/api/workspace",
            setupRequest(request) {
              readStart = performance.now();
              return request;
            },
            onResponse(status) {
              readMs.push(performance.now() - readStart);
              count(`read ${status}`);
            },
          },
          {
            method: "PATCH",
            path: `/api/options/${lane.id}`,
            headers: json,
            setupRequest(request) {
              lane.sent += 1;
              writeStart = performance.now();
              return {
                ...request,
                body: JSON.stringify({
                  expectedHash: lane.hash,
                  changes: [{ field: "nextStep", value: `${lane.id} #${lane.sent}` }],
                }),
              };
            },
            onResponse(status, body) {
              writeMs.push(performance.now() - writeStart);
              count(`write ${status}`);
              if (status !== 200) return;
              const view = JSON.parse(body) as WorkspaceView;
              const option = view.options.find((o) => o.id === lane.id);
              if (option) lane.hash = option.hash;
              if (option?.nextStep !== `${lane.id} #${lane.sent}`) lane.unseen += 1;
              lane.acked = lane.sent;
            },
          },
        ]);
      },
    });

    // Read back: the server has answered everything autocannon waited for.
    let lost = 0;
    let unseen = 0;
    let acknowledged = 0;
    for (const lane of lanes) {
      const text = readFileSync(join(dir, "options", `${lane.id}.md`), "utf8");
      const meta = parseYaml(splitFrontMatter(text)?.yaml ?? "") as { nextStep?: string } | null;
      const onDisk = Number(/#(\d+)$/.exec(meta?.nextStep ?? "")?.[1] ?? 0);
      if (onDisk < lane.acked || onDisk > lane.sent) lost += 1;
      unseen += lane.unseen;
      acknowledged += lane.acked;
    }

    readMs.sort((a, b) => a - b);
    writeMs.sort((a, b) => a - b);
    const fmt = (n: number) => n.toFixed(1).padStart(8);
    console.log(
      `requests: ${result.requests.total} in ${result.duration.toFixed(1)} s, ` +
        `${result.requests.average.toFixed(1)} req/s (2xx ${result["2xx"]}, non-2xx ${result.non2xx}, ` +
        `errors ${result.errors}, timeouts ${result.timeouts})`,
    );
    console.log("latency (ms)        p50      p99");
    console.log(
      `  reads  (${String(readMs.length).padStart(6)}) ${fmt(percentile(readMs, 50))} ${fmt(percentile(readMs, 99))}`,
    );
    console.log(
      `  writes (${String(writeMs.length).padStart(6)}) ${fmt(percentile(writeMs, 50))} ${fmt(percentile(writeMs, 99))}`,
    );
    console.log(`  all (autocannon)  ${fmt(result.latency.p50)} ${fmt(result.latency.p99)}`);
    console.log(`statuses: ${[...statuses].map(([k, v]) => `${k}: ${v}`).join(", ")}`);
    console.log(
      `writes acknowledged: ${acknowledged}; lost (file not at the last acknowledged value): ${lost} of ${lanes.length} files; answers missing their own write: ${unseen}`,
    );
    if (result.errors + result.timeouts + result.non2xx + lost + unseen > 0) {
      console.error("bench:server: FAILED (errors, non-2xx answers or lost writes)");
      process.exitCode = 1;
    }
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((ok) => child.once("exit", ok));
      child.send("close");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--serve-child") {
  await serveChild(process.argv[3] as string);
} else {
  await main();
}
