import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  canonicalJson,
  type DecisionSnapshot,
  decisionRecordSchema,
  recordSeal,
  recordText,
  type StoredRecord,
  sealRecord,
  verifyRecords,
} from "./record.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const figure = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
const rating = fc.oneof(
  figure,
  fc.tuple(figure, figure).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
  fc.constant(null),
);

/** Snapshots of the record's shape: any criteria, options, figures. */
const snapshotArb: fc.Arbitrary<DecisionSnapshot> = fc
  .record({
    criteria: fc.uniqueArray(id, { minLength: 1, maxLength: 5 }),
    options: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    seed: fc.nat(),
  })
  .chain(({ criteria, options }) =>
    fc.record({
      question: fc.string(),
      weights: fc.record(Object.fromEntries(criteria.map((c) => [c, figure]))),
      ratings: fc.record(
        Object.fromEntries(
          options.map((o) => [o, fc.record(Object.fromEntries(criteria.map((c) => [c, rating])))]),
        ),
      ),
      ranking: fc.constant(
        options.map((option, i) => ({
          option,
          title: option.toUpperCase(),
          rank: i + 1,
          score: 1 / (i + 2),
          firstRankAcceptability: i === 0 ? 1 : 0,
          eligible: true,
        })),
      ),
      verdict: fc.record({
        kind: fc.constantFrom("clear", "fragile", "tie", "open"),
        leaders: fc.constant(options.slice(0, 1)),
        text: fc.string(),
      }),
      unknowns: fc.constant([]),
    }),
  ) as fc.Arbitrary<DecisionSnapshot>;

/** Every number in a value, with its path. */
function figures(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "number") return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => figures(v, [...path, i]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => figures(v, [...path, k]));
  }
  return [];
}

function setAt(value: unknown, path: (string | number)[], next: number): void {
  let node = value as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = next;
}

/** A record as it reads back from its file (front matter through YAML and the schema). */
function readBack(file: string, text: string): StoredRecord {
  const yaml = text.split(/^---$/m)[1] ?? "";
  return {
    file,
    fileHash: sha256(text),
    record: decisionRecordSchema.parse(parse(yaml)),
  };
}

function write(
  snapshot: DecisionSnapshot,
  previous: string | null,
  chosen = "a",
  date = "2026-12-02",
) {
  const record = sealRecord({ chosen, date, previous, snapshot }, sha256);
  return recordText(record, { title: chosen });
}

describe("canonical JSON (RFC 8785)", () => {
  it("sorts keys at every depth and writes numbers in their shortest form", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1e21, c: 0.1 }], "€": -0 })).toBe(
      '{"a":[{"c":0.1,"d":1e+21}],"b":1,"€":0}',
    );
  });
  it("is the same for the same value whatever the key order", () => {
    fc.assert(
      fc.property(fc.dictionary(id, fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
      }),
    );
  });
});

describe("the record's seal", () => {
  it("changes when any figure of the snapshot changes, and verification names the record", () => {
    fc.assert(
      fc.property(snapshotArb, fc.nat(), figure, (snapshot, pick, next) => {
        const paths = figures(snapshot);
        const path = paths[pick % paths.length] as (string | number)[];
        const text = write(snapshot, null);
        const before = readBack("decisions/r.md", text);
        expect(verifyRecords([before], sha256).issues).toEqual([]);

        const tampered = structuredClone(before.record);
        const old = figures(tampered.snapshot).length; // same shape
        setAt(tampered.snapshot, path, next);
        fc.pre(canonicalJson(tampered.snapshot) !== canonicalJson(before.record.snapshot));
        expect(figures(tampered.snapshot)).toHaveLength(old);
        expect(recordSeal(tampered, sha256)).not.toBe(before.record.sha256);
        const { issues } = verifyRecords([{ ...before, record: tampered }], sha256);
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) expect(issue.file).toBe("decisions/r.md");
        // The locators point at the part that holds the changed figure.
        const located = issues.map((i) => i.path ?? []);
        expect(
          located.some((p) =>
            p.every((part, k) => String(part) === String(["snapshot", ...path][k])),
          ),
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("survives the trip through the file: a record read back verifies", () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const stored = readBack("decisions/r.md", write(snapshot, null));
        expect(canonicalJson(stored.record.snapshot)).toBe(canonicalJson(snapshot));
        expect(verifyRecords([stored], sha256).issues).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("covers chosen and date too", () => {
    const snapshot = fc.sample(snapshotArb, { numRuns: 1, seed: 1 })[0] as DecisionSnapshot;
    const stored = readBack("decisions/r.md", write(snapshot, null));
    const edited = { ...stored, record: { ...stored.record, chosen: "b" } };
    expect(verifyRecords([edited], sha256).issues.map((i) => i.path)).toEqual([["sha256"]]);
  });
});

describe("the chain", () => {
  const snapshot = fc.sample(snapshotArb, { numRuns: 1, seed: 7 })[0] as DecisionSnapshot;
  const first = write(snapshot, null, "a", "2026-01-01");
  const second = write(snapshot, sha256(first), "b", "2026-06-01");
  const third = write(snapshot, sha256(second), "c", "2026-12-01");

  it("orders the records by their links, whatever order they are read in", () => {
    const records = [
      readBack("decisions/3.md", third),
      readBack("decisions/1.md", first),
      readBack("decisions/2.md", second),
    ];
    const { issues, chain } = verifyRecords(records, sha256);
    expect(issues).toEqual([]);
    expect(chain.map((r) => r.file)).toEqual([
      "decisions/1.md",
      "decisions/2.md",
      "decisions/3.md",
    ]);
  });

  it("reports a record whose reasons were edited after the next record was written", () => {
    const edited = `${first}More reasons, written later.\n`;
    const { issues } = verifyRecords(
      [
        readBack("decisions/1.md", edited),
        readBack("decisions/2.md", second),
        readBack("decisions/3.md", third),
      ],
      sha256,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.file).toBe("decisions/1.md");
    expect(issues[0]?.message).toContain("decisions/2.md");
  });

  it("lets the last record's reasons change (nothing holds its hash yet)", () => {
    const records = [
      readBack("decisions/1.md", first),
      readBack("decisions/2.md", `${second}And one more thing.\n`),
    ];
    expect(verifyRecords(records, sha256).issues).toEqual([]);
  });

  it("reports a fork and a second start", () => {
    const fork = write(snapshot, sha256(first), "d", "2026-07-01");
    const restart = write(snapshot, null, "e", "2026-08-01");
    const { issues } = verifyRecords(
      [
        readBack("decisions/1.md", first),
        readBack("decisions/2.md", second),
        readBack("decisions/4.md", fork),
        readBack("decisions/5.md", restart),
      ],
      sha256,
    );
    expect(issues.map((i) => [i.file, i.path])).toEqual([
      ["decisions/5.md", ["previous"]],
      ["decisions/4.md", ["previous"]],
    ]);
  });

  it("reports a removed record", () => {
    const { issues } = verifyRecords(
      [readBack("decisions/2.md", second), readBack("decisions/3.md", third)],
      sha256,
    );
    expect(issues.map((i) => [i.file, i.path])).toEqual([["decisions/2.md", ["previous"]]]);
  });
});
