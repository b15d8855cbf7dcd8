import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GLOSSARY } from "../core/glossary.js";
import { exampleDir, runCli, snapshot, tempDir } from "../testing/cli.js";

interface NextJson {
  verdict: { kind: string; leaders: string[]; text: string };
  methods: Record<string, string | boolean>;
  findOutFirst: {
    option: string;
    criterion: string;
    evpi: number;
    changeProbability: number;
    question: string;
    ask: string | null;
  }[];
  deadlines: { option: string; decideBy: string; daysLeft: number }[];
}

/** A workspace written from scratch: two equally weighted 1–5 criteria, fixed weights. */
function workspace(options: Record<string, string>, criteria = ""): string {
  const dir = tempDir("bearing-next-");
  writeFileSync(
    join(dir, "bearing.yaml"),
    `question: Which one?
criteria:
  - { id: a, name: Scope, weight: 1${criteria} }
  - { id: b, name: Team, weight: 1, ask: "Who would I work with every day?" }
settings: { samples: 20000, seed: 9, weightUncertainty: 0 }
`,
  );
  mkdirSync(join(dir, "options"));
  for (const [slug, front] of Object.entries(options)) {
    writeFileSync(join(dir, "options", `${slug}.md`), `---\n${front}\n---\n`);
  }
  return dir;
}

async function next(dir: string): Promise<NextJson> {
  const result = await runCli(["next", dir, "--json", "--today", "2026-12-02"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as NextJson;
}

describe("bearing next", () => {
  it("lists the unknown that decides first, with its change probability, and zeroes the one that cannot matter", async () => {
    // leader 0.625; decider 0.25 + x/2 with x ~ U(0, 1) its unknown Team value: first when
    // x > 0.75, probability 1/4; hopeless at most 0.5, never first.
    const dir = workspace({
      leader:
        "title: Leader\nstatus: offer\ndates: { decideBy: 2026-12-20 }\nratings: { a: 3, b: 4 }",
      decider:
        "title: Decider\ndates: { decideBy: 2026-12-05 }\ncontacts: [{ name: Ana Ruiz }]\nratings: { a: 3, b: null }",
      hopeless:
        "title: Hopeless\nstatus: declined\ndates: { decideBy: 2026-12-03 }\nratings: { a: 1 }",
      maybe: "title: Maybe\nratings: { a: 1, b: null }",
    });
    const before = snapshot(dir);
    const out = await next(dir);
    expect(Object.keys(out)).toEqual(["verdict", "methods", "findOutFirst", "deadlines"]);
    const [first, second, ...rest] = out.findOutFirst;
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      option: "decider",
      criterion: "b",
      question: "Who would I work with every day?",
      ask: "Ana Ruiz",
    });
    expect(Math.abs((first?.changeProbability ?? 0) - 0.25)).toBeLessThan(0.01);
    expect(first?.evpi).toBeCloseTo(1 / 64, 3);
    expect(second).toMatchObject({
      option: "maybe",
      criterion: "b",
      evpi: 0,
      changeProbability: 0,
      ask: null,
    });
    // Declined options are out of play, and so are their deadlines.
    expect(out.deadlines).toEqual([
      { option: "decider", decideBy: "2026-12-05", daysLeft: 3 },
      { option: "leader", decideBy: "2026-12-20", daysLeft: 18 },
    ]);
    expect(out.methods).toMatchObject({ wsm: "leader", agree: true });
    // Leader and Decider are rated the same on Scope: all weight on it makes them tie, never
    // swap, so the verdict names no weight change (it said "moving Scope from 50% to 100%
    // swaps them").
    expect(out.verdict.leaders[0]).toBe("leader");
    expect(out.verdict.text).not.toMatch(/swaps them|would take moving/);
    expect(snapshot(dir)).toEqual(before);

    const text = (await runCli(["next", dir, "--today", "2026-12-02"])).stdout;
    expect(text).toMatch(/^The answer so far: /);
    expect(text).toMatch(/1\. Decider: Team \(not rated\)\n.*chance it changes the winner 2\d%/);
    expect(text).toContain("Ask Ana Ruiz: Who would I work with every day?");
    expect(text).toContain("Cannot change the winner: Maybe (Team).");
    expect(text).toContain("2026-12-05  Decider: 3 days left");
  });

  it("says clear for a dominating option and tie, naming both, for two interchangeable ones", async () => {
    const clear = await next(
      workspace({
        top: "title: Top\nratings: { a: 5, b: 5 }",
        low: "title: Low\nratings: { a: 2, b: [1, 4] }",
      }),
    );
    expect(clear.verdict).toMatchObject({ kind: "clear", leaders: ["top"] });
    const tie = await next(
      workspace({
        one: "title: One\nratings: { a: 4, b: 3 }",
        two: "title: Two\nratings: { a: 4, b: 3 }",
      }),
    );
    expect(tie.verdict.kind).toBe("tie");
    expect([...tie.verdict.leaders].sort()).toEqual(["one", "two"]);
    expect(tie.verdict.text).toMatch(/One and Two are a near tie/);
  });

  it("reads the example: a near tie, and the unsure ratings of the leaders first", async () => {
    const out = await next(exampleDir);
    expect(["tie", "fragile"]).toContain(out.verdict.kind);
    expect(out.verdict.leaders[0]).toBeDefined();
    const useful = out.findOutFirst.filter((f) => f.changeProbability > 0);
    const zero = out.findOutFirst.filter((f) => f.changeProbability === 0);
    expect(useful.length).toBeGreaterThan(0);
    // Sorted by value, and every zero after every positive value.
    const values = out.findOutFirst.map((f) => f.evpi);
    expect([...values].sort((x, y) => y - x)).toEqual(values);
    for (const f of zero) expect(f.evpi).toBe(0);
  });

  it("rejects a --today that is not a date (exit 2)", async () => {
    const result = await runCli(["next", exampleDir, "--today", "2026-13-40"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--today/);
  });

  it("opens bearing rank with the verdict line", async () => {
    const result = await runCli(["rank", exampleDir]);
    expect(result.stdout).toMatch(/^The answer so far \((tie|fragile|clear|open)\): /);
    // Each option's figures in the glossary's plain words, as the workbench shows them.
    expect(result.stdout).toMatch(
      new RegExp(
        `${GLOSSARY.firstRankAcceptability.label} \\d+% \\(of 10,000 simulations\\) · ${GLOSSARY.confidenceFactor.label} \\d+%`,
      ),
    );
  });
});
