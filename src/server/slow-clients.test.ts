/**
 * Slow and oversized clients, over raw sockets on loopback only, bounded in count and time:
 * a client that never finishes its headers or its body is answered 408 and cut off within
 * the limits (shortened here), and headers over the limit get 431.
 */
import { createConnection } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyExample } from "../testing/cli.js";
import { type RunningServer, startServer } from "./start.js";

const LIMITS = { headersMs: 500, requestMs: 1_000, checkEveryMs: 100, maxHeaderBytes: 16 * 1024 };
/** Far beyond the limits: a connection still open then was never cut. */
const GIVE_UP_MS = 5_000;
/** Slow clients held at once (the attack held 400; a few dozen show the same). */
const CLIENTS = 40;

let server: RunningServer;

beforeAll(async () => {
  const dir = copyExample("bearing-slow-");
  server = await startServer({ dir, port: 0, open: false, limits: LIMITS });
});

afterAll(async () => {
  await server?.close();
});

/**
 * Opens a connection to the server, sends `chunks` (the first at once, then one every
 * `everyMs`, as a trickling client does), and resolves with what came back and when the
 * server closed the connection (or `GIVE_UP_MS` if it never did).
 */
function trickle(chunks: string[], everyMs: number): Promise<{ answer: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = createConnection({ host: "127.0.0.1", port: server.port });
    let answer = "";
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => socket.destroy(), GIVE_UP_MS);
    const send = (index: number) => {
      if (index >= chunks.length || socket.destroyed) return;
      socket.write(chunks[index] as string);
      timer = setTimeout(() => send(index + 1), everyMs);
    };
    socket.on("connect", () => send(0));
    socket.on("data", (data) => {
      answer += data.toString("latin1");
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      // A reset after the server answered and closed is the cut we are testing for.
      if (error.code !== "ECONNRESET" && error.code !== "EPIPE") reject(error);
    });
    socket.on("close", () => {
      clearTimeout(giveUp);
      clearTimeout(timer);
      resolve({ answer, ms: performance.now() - started });
    });
  });
}

const HEAD = "GET /api/workspace HTTP/1.1\r\nHost: 127.0.0.1\r\n";

describe("bearing serve and slow or oversized clients", () => {
  it(`cuts off ${CLIENTS} clients that send their headers a byte at a time (408)`, async () => {
    const chunks = [...`${HEAD}X-Slow: ${"a".repeat(200)}\r\n\r\n`];
    const results = await Promise.all(Array.from({ length: CLIENTS }, () => trickle(chunks, 50)));
    for (const { answer, ms } of results) {
      expect(ms).toBeLessThan(GIVE_UP_MS);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    }
  });

  it(`cuts off ${CLIENTS} clients that trickle a request body (408)`, async () => {
    const body = JSON.stringify({ title: "x".repeat(400) });
    const head =
      "POST /api/options HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\n" +
      `x-bearing-token: ${server.token}\r\ncontent-length: ${body.length}\r\n\r\n`;
    const chunks = [head, ...(body.match(/.{1,4}/g) ?? [])];
    const results = await Promise.all(Array.from({ length: CLIENTS }, () => trickle(chunks, 50)));
    for (const { answer, ms } of results) {
      expect(ms).toBeLessThan(GIVE_UP_MS);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    }
  });

  it("answers headers over 16 KiB with 431, and normal requests as before", async () => {
    const big = await trickle([`${HEAD}X-Big: ${"b".repeat(20 * 1024)}\r\n\r\n`], 0);
    expect(big.answer).toMatch(/^HTTP\/1\.1 431 /);
    const ok = await trickle([`${HEAD}Connection: close\r\n\r\n`], 0);
    expect(ok.answer).toMatch(/^HTTP\/1\.1 200 /);
  });
});
