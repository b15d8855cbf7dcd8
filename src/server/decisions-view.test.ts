/**
 * `bearing serve` verifies decision records as the CLI does: the same records, reviews and
 * issues as `loadWorkspace` (every CLI command) finds, a changed record named in
 * `/api/workspace`'s issues with its file and line.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Issue, isBearingError } from "../core/errors.js";
import { copyExample } from "../testing/cli.js";
import { readDecisions, writeDecision, writeReview } from "../workspace/decisions.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { loadWorkspace } from "../workspace/load.js";
import { createApp } from "./app.js";
import type { WorkspaceView } from "./workspace-view.js";

const TOKEN = "test-session-token";
const HEADERS = { host: "127.0.0.1:4517" };

const snapshot = {
  question: "Which of my options should be my next role?",
  weights: { strategy: 0.6, learning: 0.4 },
  ratings: {
    "seed-cto": { strategy: 4, learning: 5 },
    "scaleup-cto": { strategy: 5, learning: 3 },
  },
  ranking: [
    {
      option: "seed-cto",
      title: "Founding CTO",
      rank: 1,
      score: 0.8,
      firstRankAcceptability: 0.7,
      eligible: true,
    },
  ],
  verdict: { kind: "fragile", leaders: ["seed-cto"], text: "seed-cto, by a little" },
  unknowns: [],
};

async function workspaceOf(dir: string): Promise<WorkspaceView> {
  // A fresh app each time: nothing cached between the steps.
  const app = createApp({ storage: new FsStorage(dir), token: TOKEN });
  const response = await app.request("/api/workspace", { headers: HEADERS });
  expect(response.status).toBe(200);
  return (await response.json()) as WorkspaceView;
}

async function cliIssues(dir: string): Promise<Issue[]> {
  try {
    await loadWorkspace(new FsStorage(dir));
    return [];
  } catch (error) {
    if (!isBearingError(error)) throw error;
    return [...error.issues];
  }
}

const inDecisions = (issues: readonly Issue[]) =>
  issues.filter((i) => i.file?.startsWith("decisions/"));

describe("/api/workspace and the decision records", () => {
  it("serves the records and reviews, and a record changed afterwards as the CLI's problem", async () => {
    const dir = copyExample("bearing-serve-decisions-");
    const storage = new FsStorage(dir);
    const { file } = await writeDecision(storage, {
      chosen: "seed-cto",
      title: "Founding CTO",
      date: "2026-12-02",
      snapshot,
    });
    const [record] = (await readDecisions(storage)).records;
    if (!record) throw new Error("no record");
    const review = await writeReview(storage, record, {
      title: "Founding CTO",
      date: "2027-06-01",
      actual: { strategy: 3 },
    });

    const intact = await workspaceOf(dir);
    expect(inDecisions(intact.issues)).toEqual([]);
    expect(intact.decisions.records.map((r) => [r.file, r.record.chosen])).toEqual([
      [file, "seed-cto"],
    ]);
    expect(intact.decisions.reviews.map((r) => r.file)).toEqual([review.file]);
    expect(await cliIssues(dir)).toEqual([]);

    // One figure of the snapshot changed by hand.
    const text = readFileSync(join(dir, file), "utf8");
    const changed = text.replace(/^( {6}strategy: )4$/m, "$15");
    expect(changed).not.toBe(text);
    writeFileSync(join(dir, file), changed);

    const tampered = await workspaceOf(dir);
    const problems = inDecisions(tampered.issues);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({
      file,
      code: "inconsistent",
      path: ["snapshot", "ratings", "seed-cto"],
    });
    expect(problems[0]?.line).toBeGreaterThan(1);
    expect(problems[0]?.message).toContain("changed after it was written");
    // Exactly what every CLI command refuses the workspace with.
    expect(problems).toEqual(inDecisions(await cliIssues(dir)));
  });
});
