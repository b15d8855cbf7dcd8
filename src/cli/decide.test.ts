import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { copyExample, runCli, snapshot } from "../testing/cli.js";

interface RankJson {
  criteria: { id: string; weight: number }[];
  alternatives: { id: string; rank: number; score: number }[];
}

function recordFront(dir: string, file: string): Record<string, unknown> {
  const text = readFileSync(join(dir, file), "utf8");
  return parse(text.split(/^---$/m)[1] ?? "") as Record<string, unknown>;
}

// Each test runs several commands in-process (each a money simulation; slow on a loaded machine).
const SLOW = 240_000;

describe("bearing decide and the decision records", () => {
  it(
    "writes a record check accepts; a figure changed afterwards makes check exit 2 naming it",
    async () => {
      const dir = copyExample();
      const ranked = JSON.parse(
        (await runCli(["rank", dir, "--json", "--no-robustness"])).stdout,
      ) as RankJson;
      const decided = await runCli([
        "decide",
        "seed-cto",
        dir,
        "--date",
        "2026-12-02",
        "--why",
        "I want to build again.",
        "--json",
      ]);
      expect(decided.code, decided.stderr).toBe(0);
      const file = "decisions/2026-12-02-seed-cto.md";
      expect(JSON.parse(decided.stdout).file).toBe(file);
      expect(readdirSync(join(dir, "decisions"))).toEqual(["2026-12-02-seed-cto.md"]);

      // The snapshot holds what rank showed: weights, ranking and scores (rounded to 4 places).
      const front = recordFront(dir, file);
      expect(front.chosen).toBe("seed-cto");
      expect(front.date).toBe("2026-12-02");
      expect(front.previous).toBeNull();
      expect(front.sha256).toMatch(/^[0-9a-f]{64}$/);
      const snap = front.snapshot as {
        weights: Record<string, number>;
        ratings: Record<string, Record<string, unknown>>;
        ranking: { option: string; score: number }[];
        verdict: { kind: string };
      };
      for (const c of ranked.criteria) expect(snap.weights[c.id]).toBeCloseTo(c.weight, 4);
      expect(snap.ranking.map((r) => r.option)).toEqual(ranked.alternatives.map((a) => a.id));
      for (const [i, a] of ranked.alternatives.entries()) {
        expect(snap.ranking[i]?.score).toBeCloseTo(a.score, 4);
      }
      expect(Object.keys(snap.ratings).sort()).toEqual(ranked.alternatives.map((a) => a.id).sort());
      expect(["clear", "fragile", "tie", "open"]).toContain(snap.verdict.kind);
      expect(readFileSync(join(dir, file), "utf8")).toContain("I want to build again.");

      expect((await runCli(["check", dir])).code).toBe(0);

      // One figure in the snapshot changed by hand: seed-cto's strategy rating.
      const text = readFileSync(join(dir, file), "utf8");
      const lines = text.split("\n");
      const at = lines.indexOf("    seed-cto:");
      const strategy = lines.findIndex((l, i) => i > at && /^ {6}strategy: \d/.test(l));
      expect(strategy).toBeGreaterThan(at);
      const original = lines[strategy] as string;
      lines[strategy] = original.replace(/\d+$/, (n) =>
        String(Number(n) === 5 ? 4 : Number(n) + 1),
      );
      writeFileSync(join(dir, file), lines.join("\n"));
      const before = snapshot(dir);

      const check = await runCli(["check", dir]);
      expect(check.code).toBe(2);
      expect(check.stderr).toContain(`${file}:${at + 1}`);
      expect(check.stderr).toContain("snapshot.ratings.seed-cto");
      expect(check.stderr).toContain("changed after it was written");
      expect(check.stderr).toContain("git checkout");
      expect(snapshot(dir)).toEqual(before);
      // Every command that loads the workspace refuses it alike.
      expect((await runCli(["rank", dir])).code).toBe(2);
      expect((await runCli(["decide", "scaleup-cto", dir])).code).toBe(2);
      expect(snapshot(dir)).toEqual(before);

      // Put back as it was, the record passes again.
      lines[strategy] = original;
      writeFileSync(join(dir, file), lines.join("\n"));
      expect((await runCli(["check", dir])).code).toBe(0);
    },
    SLOW,
  );

  it(
    "chains records: the second holds the first's file hash, and the first's reasons are sealed from then on",
    async () => {
      const dir = copyExample();
      expect((await runCli(["decide", "scaleup-cto", dir, "--date", "2026-11-01"])).code).toBe(0);
      const first = "decisions/2026-11-01-scaleup-cto.md";
      // Reasons may be written in the latest record's body.
      writeFileSync(join(dir, first), `${readFileSync(join(dir, first), "utf8")}\nThe board.\n`);
      expect((await runCli(["check", dir])).code).toBe(0);
      const second = await runCli([
        "decide",
        "director-platform",
        dir,
        "--date",
        "2026-12-02",
        "--json",
      ]);
      expect(second.code, second.stderr).toBe(0);
      const firstHash = createHash("sha256")
        .update(readFileSync(join(dir, first)))
        .digest("hex");
      expect(recordFront(dir, "decisions/2026-12-02-director-platform.md").previous).toBe(
        firstHash,
      );
      expect((await runCli(["check", dir])).code).toBe(0);

      writeFileSync(join(dir, first), `${readFileSync(join(dir, first), "utf8")}Later.\n`);
      const check = await runCli(["check", dir]);
      expect(check.code).toBe(2);
      expect(check.stderr).toContain(first);
      expect(check.stderr).toContain("decisions/2026-12-02-director-platform.md");
    },
    SLOW,
  );

  it(
    "refuses an unknown option and a bad date, writing nothing",
    async () => {
      const dir = copyExample();
      const before = snapshot(dir);
      const unknown = await runCli(["decide", "nowhere", dir]);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain("seed-cto");
      const date = await runCli(["decide", "seed-cto", dir, "--date", "2026-02-31"]);
      expect(date.code).toBe(2);
      expect(date.stderr).toContain("--date");
      expect(snapshot(dir)).toEqual(before);
    },
    SLOW,
  );
});
