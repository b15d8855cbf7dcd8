import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readReflectionParts } from "../../src/core/reflect/features.js";
import { readPost } from "../../src/core/reflect/post.js";
import { readPosting } from "../../src/core/roles/features.js";
import { tempDir } from "../../src/testing/cli.js";
import { describeShared, sharedWordRuns, wordRuns } from "../../src/testing/shared.js";
import { sentenceTargets } from "./evidence.js";
import { loadWritten, pseudoPostings, pseudoPosts, type RoleRecord } from "./written-examples.js";

function dirWith(name: string, lines: string[]): string {
  const dir = tempDir("bearing-written-");
  writeFileSync(join(dir, name), `${lines.join("\n")}\n`);
  return dir;
}

describe("loadWritten", () => {
  it("names the file, line and field of a bad record", () => {
    const dir = dirWith("values.jsonl", [
      '{"id":"vA0001","text":"I want to own my calendar again.","values":["autonomy"]}',
      "",
      '{"id":"vA0002","text":"More money, please.","values":["money"]}',
    ]);
    expect(() => loadWritten("values", dir)).toThrow(/values\.jsonl:3: field values\.0/);
  });

  it("refuses a repeated id and reads an absent file as none", () => {
    const line =
      '{"id":"pP0001","text":"I start at the new job on Monday.","chosen":null,"considered":[]}';
    expect(() => loadWritten("paths", dirWith("paths.jsonl", [line, line]))).toThrow(
      /:2: field id/,
    );
    expect(loadWritten("roles", dirWith("values.jsonl", []))).toEqual([]);
  });
});

describe("pseudoPosts", () => {
  it("gives every record's sentence the record's labels, and no other sentence", () => {
    const records = [
      { id: "vA0001", text: "I miss deciding how my own week goes", values: ["autonomy" as const] },
      { id: "vA0002", text: "The office moved twice that year.", values: [] },
      {
        id: "vA0003",
        text: "Pay matters to me now that we have a mortgage.",
        values: ["compensation" as const],
      },
      { id: "vA0004", text: "Our stack was mostly Go.", values: [] },
    ];
    const [post] = pseudoPosts(records, { size: 10 });
    if (!post) throw new Error("no post");
    expect(post.values).toEqual(["autonomy", "compensation"]);
    const reading = readReflectionParts(readPost(post.text));
    const targets = sentenceTargets(post.text, reading.sentences, post.evidence);
    const stated = (label: string) =>
      reading.sentences.filter((_, i) => targets.values[label]?.[i] === 1).map((s) => s.quote);
    expect(stated("autonomy")).toEqual(["I miss deciding how my own week goes."]);
    expect(stated("compensation")).toEqual(["Pay matters to me now that we have a mortgage."]);
    expect(reading.sentences).toHaveLength(4);
  });
});

describe("pseudoPostings", () => {
  it("puts each line under its section's heading and spans exactly its text", () => {
    const records: RoleRecord[] = [
      {
        id: "rA0001",
        section: "duties",
        text: "Hire and grow a team of six engineers",
        responsibilities: ["hiring"],
        scope: ["one_team"],
      },
      {
        id: "rA0002",
        section: "about",
        text: "We make software for bakeries.",
        responsibilities: [],
        scope: [],
      },
      {
        id: "rA0003",
        section: "requirements",
        text: "Five years of Kotlin",
        responsibilities: [],
        scope: [],
      },
    ];
    const [posting] = pseudoPostings(records, { size: 10 });
    if (!posting) throw new Error("no posting");
    const span = posting.evidence[0]?.hiring?.[0];
    if (!span) throw new Error("no span");
    expect(posting.text.slice(span[0], span[1])).toBe("Hire and grow a team of six engineers");
    expect(posting.scopeEvidence[0]?.one_team).toEqual([span]);
    expect(posting.text.indexOf("About us")).toBeLessThan(posting.text.indexOf("What you will do"));
    const reading = readPosting(posting.text);
    expect(reading.segments.some((s) => s.text.includes("Hire and grow"))).toBe(true);
  });
});

describe("the written examples in data/written", () => {
  it("parse, and hold records for every kind", () => {
    for (const kind of ["values", "paths", "roles"] as const)
      expect(loadWritten(kind).length, kind).toBeGreaterThan(300);
  });

  describeShared("are our own words", () => {
    it("no record shares eight consecutive words with a text of ../shared", () => {
      const runs = sharedWordRuns(8);
      expect(runs.size).toBeGreaterThan(100_000);
      const copied = (["values", "paths", "roles"] as const).flatMap((kind) =>
        loadWritten(kind)
          .filter((r) => wordRuns(r.text, 8).some((run) => runs.has(run)))
          .map((r) => r.id),
      );
      expect(copied).toEqual([]);
    }, 60_000);
  });
});
