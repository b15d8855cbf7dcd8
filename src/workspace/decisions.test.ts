import { existsSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DecisionSnapshot } from "../core/decision/record.js";
import { isBearingError } from "../core/errors.js";
import { tempDir } from "../testing/cli.js";
import { readDecisions, writeDecision, writeReview } from "./decisions.js";
import { FsStorage } from "./fs-storage.js";
import { MemoryStorage } from "./storage.js";

function snapshot(chosen: string): DecisionSnapshot {
  return {
    question: "What next?",
    weights: { strategy: 0.6, pay: 0.4 },
    ratings: { [chosen]: { strategy: 4, pay: [100, 200] }, other: { strategy: 2, pay: null } },
    ranking: [
      {
        option: chosen,
        title: chosen,
        rank: 1,
        score: 0.7,
        firstRankAcceptability: 0.8,
        eligible: true,
      },
    ],
    verdict: { kind: "clear", leaders: [chosen], text: "clear" },
    unknowns: [],
  };
}

const input = (chosen: string, date = "2026-12-02") => ({
  chosen,
  title: chosen,
  date,
  snapshot: snapshot(chosen),
});

const LOCK = ".bearing-lock-decisions";

describe("decide's lock: two decisions at once never fork the chain", () => {
  it("writes both of two simultaneous decisions in one chain, and leaves no lock", async () => {
    for (let round = 0; round < 5; round++) {
      const dir = tempDir("bearing-decide-lock-");
      const storage = new FsStorage(dir);
      const written = await Promise.all([
        writeDecision(storage, input("alpha")),
        writeDecision(new FsStorage(dir), input("beta")),
        writeDecision(new FsStorage(dir), input("gamma", "2026-12-03")),
      ]);
      const history = await readDecisions(storage);
      expect(history.issues).toEqual([]);
      expect(history.records).toHaveLength(3);
      // One start, and each later record holds the file hash of the one before it.
      expect(written.filter((w) => w.previous === null)).toHaveLength(1);
      history.records.forEach((r, i) => {
        expect(r.record.previous).toBe(i === 0 ? null : history.records[i - 1]?.fileHash);
      });
      expect(existsSync(join(dir, LOCK))).toBe(false);
    }
  });

  it("breaks a lock left by a process that no longer runs", async () => {
    const dir = tempDir("bearing-decide-stale-");
    // A pid far above Linux's pid_max default: no process has it.
    writeFileSync(
      join(dir, LOCK),
      JSON.stringify({ pid: 2 ** 30, host: hostname(), time: Date.now(), nonce: "dead" }),
    );
    const written = await writeDecision(new FsStorage(dir), input("alpha"));
    expect(written.file).toBe("decisions/2026-12-02-alpha.md");
    expect(existsSync(join(dir, LOCK))).toBe(false);
  });

  it("refuses, naming decide and the lock, while a live decide holds it; writes nothing", async () => {
    const dir = tempDir("bearing-decide-held-");
    // This very process holds it (alive, fresh): the lock is not stale.
    writeFileSync(
      join(dir, LOCK),
      JSON.stringify({ pid: process.pid, host: hostname(), time: Date.now(), nonce: "live" }),
    );
    const error = await writeDecision(new FsStorage(dir), input("alpha"), {
      timeoutMs: 150,
    }).catch((e: unknown) => e);
    expect(isBearingError(error)).toBe(true);
    if (!isBearingError(error)) return;
    expect(error.issues[0]?.code).toBe("conflict");
    expect(error.issues[0]?.message).toContain("another bearing decide");
    expect(error.issues[0]?.hint).toContain(LOCK);
    expect(existsSync(join(dir, "decisions"))).toBe(false);
    expect(existsSync(join(dir, LOCK))).toBe(true); // not ours to remove
  });
});

describe("reviews beside the records", () => {
  it("adds a review without touching the record, and reads both back verified", async () => {
    const storage = new MemoryStorage();
    const { file } = await writeDecision(storage, input("alpha"));
    const before = await storage.read(file);
    const [record] = (await readDecisions(storage)).records;
    if (!record) throw new Error("no record");
    const { file: reviewFile } = await writeReview(storage, record, {
      title: "Alpha",
      date: "2027-06-01",
      actual: { strategy: 3 },
    });
    expect(reviewFile).toBe("decisions/2026-12-02-alpha.review-2027-06-01.md");
    expect(await storage.read(file)).toEqual(before);
    const history = await readDecisions(storage);
    expect(history.issues).toEqual([]);
    expect(history.records).toHaveLength(1);
    expect(history.reviews.map((r) => r.review.outcomes)).toEqual([
      { strategy: { expected: 4, actual: 3 } },
    ]);
  });

  it("reports a review that names no record, another seal, or a criterion the record did not rate", async () => {
    const storage = new MemoryStorage();
    await writeDecision(storage, input("alpha"));
    const [record] = (await readDecisions(storage)).records;
    if (!record) throw new Error("no record");
    const { file } = await writeReview(storage, record, {
      title: "Alpha",
      date: "2027-06-01",
      actual: { strategy: 3 },
    });
    const text = new TextDecoder().decode((await storage.read(file)) ?? new Uint8Array());
    const edit = async (from: string, to: string) => {
      await storage.write(file, text.replace(from, to));
      return (await readDecisions(storage)).issues.map((i) => ({
        file: i.file,
        path: i.path,
        line: i.line,
        code: i.code,
        severity: i.severity ?? "error",
      }));
    };
    expect(await edit("2026-12-02-alpha.md", "2026-12-02-nope.md")).toEqual([
      { file, path: ["decision"], line: 2, code: "not_found", severity: "error" },
    ]);
    expect(await edit(record.record.sha256, "b".repeat(64))).toEqual([
      { file, path: ["decisionSha256"], line: 3, code: "inconsistent", severity: "error" },
    ]);
    expect(await edit("  strategy:", "  colleagues:")).toEqual([
      { file, path: ["outcomes", "colleagues"], line: 7, code: "unknown_id", severity: "error" },
    ]);
    expect(await edit("expected: 4", "expected: 5")).toEqual([
      {
        file,
        path: ["outcomes", "strategy", "expected"],
        line: 7,
        code: "inconsistent",
        severity: "warning",
      },
    ]);
  });
});
