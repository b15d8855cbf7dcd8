import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli, tempDir } from "../testing/cli.js";
import { describeShared, sharedDir, sharedReady } from "../testing/shared.js";

const seedsDir = join(sharedDir, "seeds");
const seeds = sharedReady
  ? readdirSync(seedsDir)
      .sort()
      .map((f) => join(seedsDir, f))
  : [];
/** Posts of our own writing (src/core/reflect/fixtures). */
const ours = (name: string) => join(repoRoot, "src/core/reflect/fixtures", name);

/** The contract's fields, evidence quoted from the file, for `reflect --json` of `files`. */
async function expectContract(files: string[]) {
  const result = await runCli(["reflect", ...files, "--json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const out = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
  expect(out.map((o) => o.file)).toEqual(files);
  for (const [i, o] of out.entries()) {
    expect(Object.keys(o)).toEqual(
      expect.arrayContaining(["file", "title", "date", "values", "paths", "criteria", "goals"]),
    );
    const text = readFileSync(files[i] as string, "utf8");
    for (const v of o.values as Array<{ id: string; score: number; evidence: string[] }>) {
      for (const e of v.evidence) expect(text).toContain(e);
    }
    const paths = o.paths as { considered: string[]; chosen: string };
    expect(Array.isArray(paths.considered)).toBe(true);
    expect(typeof paths.chosen).toBe("string");
  }
  return out;
}

describeShared("bearing reflect on the seed posts", () => {
  it("prints one object per file, in argument order, with the contract's fields", async () => {
    const out = await expectContract([seeds[2], seeds[0]] as string[]);
    expect(out[1]?.date).toBe("2012-03-06");
  });

  it("prints a readable summary without --json", async () => {
    const result = await runCli(["reflect", seeds[1] as string]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Criteria, in the order stated");
    expect(result.stdout).toMatch(/1\. .+ → colleagues/);
    expect(result.stdout).toContain("chosen:     undecided");
  });
});

describe("bearing reflect", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  /** `bearing reflect --json` on each text, written to its own file: its contract-checked output. */
  const reflectNotes = (prefix: string, texts: readonly string[]) =>
    expectContract(
      texts.map((text, i) => {
        const file = join(dir, `${prefix}-${i}.md`);
        writeFileSync(file, text);
        return file;
      }),
    );

  it("reads values said in everyday words, and a new role named after 'as its first'", async () => {
    // Our own words; each read none of the values or the step named here before.
    const notes: [string, string[], string][] = [
      [
        "# Moving on\n\nI handed in my notice on Friday. For two years I was never recognised for the platform work, and nobody was honest with the team about the layoffs. I want a manager who has my back. I've signed with a logistics company as an engineering manager.\n",
        ["support"],
        "manager",
      ],
      [
        "# New job\n\nIn March I'm joining a nine-person robotics startup as its first VP of Engineering. I want my work to matter for something I care about.\n",
        ["purpose"],
        "executive",
      ],
      [
        "# Next\n\nI'm a CTO, and I'll be looking for my next role after the summer. I want a product that makes a real difference, and no more 60-hour weeks.\n",
        ["impact", "wellbeing"],
        "undecided",
      ],
      [
        "# Why I moved into management\n\nLast spring I became an engineering manager. I wanted a say in how we build things, and I like seeing the people on my team get better.\n",
        ["strategy", "people_leadership"],
        "manager",
      ],
    ];
    const out = await reflectNotes(
      "words",
      notes.map(([text]) => text),
    );
    out.forEach((o, i) => {
      const ids = (o.values as Array<{ id: string }>).map((v) => v.id);
      expect(ids).toEqual(expect.arrayContaining(notes[i]?.[1] ?? []));
      expect((o.paths as { chosen: string }).chosen).toBe(notes[i]?.[2]);
    });
    // A say in how a team builds is strategy, not building things oneself.
    const say = ((out.at(-1)?.values ?? []) as Array<{ id: string }>).map((v) => v.id);
    expect(say).not.toContain("hands_on");
  });

  it("reads the values a note of two or three sentences names", async () => {
    // Our own words; each lost a value named here while a second sentence had to speak for it.
    const notes: [string, string[]][] = [
      [
        "# What I want next\n\nShort version: I want to work with people smarter than me, on a product people need, and I want to be home for dinner.\n",
        ["colleagues", "wellbeing"],
      ],
      [
        "# Going solo\n\nI've set up my own consultancy. I pick my clients, set my own hours and take on a different problem every few months.\n",
        ["autonomy"],
      ],
      [
        "# Leaving\n\nI'm leaving after four years. I stopped learning anything new, and the pay never kept up with the market.\n",
        ["learning"],
      ],
    ];
    const out = await reflectNotes(
      "note",
      notes.map(([text]) => text),
    );
    out.forEach((o, i) => {
      const ids = (o.values as Array<{ id: string }>).map((v) => v.id);
      expect(ids).toEqual(expect.arrayContaining(notes[i]?.[1] ?? []));
    });
  });

  it("prints one object per file, in argument order, with the contract's fields", async () => {
    const files = [ours("five-criteria.md"), ours("jekyll-octopress.md")];
    const out = await expectContract(files);
    expect(out.map((o) => o.date)).toEqual(["2025-03-04", "2019-11-02"]);
    expect(out[1]?.paths).toMatchObject({ chosen: "ic" });
  });

  it("reads standard input as '-'", async () => {
    const result = await runCli(["reflect", "-", "--json"], {
      input: "I decided to go back to a staff engineer role after years as a manager.\n",
    });
    expect(result.code).toBe(0);
    const [one] = JSON.parse(result.stdout) as Array<{
      file: string;
      paths: { chosen: string; evidence?: string };
    }>;
    expect(one?.file).toBe("-");
    expect(one?.paths.chosen).toBe("ic");
    // The summary names the path by its label, not its id.
    const text = await runCli(["reflect", "-"], {
      input: "I decided to go back to a staff engineer role after years as a manager.\n",
    });
    expect(text.stdout).toMatch(/^ {2}chosen: +Individual contributor$/m);
    expect(text.stdout).not.toMatch(/\bic\b/);
    // The sentence that states the step is quoted under it, and in --json.
    expect(text.stdout).toContain(
      "“I decided to go back to a staff engineer role after years as a manager.”",
    );
    expect(one?.paths.evidence).toBe(
      "I decided to go back to a staff engineer role after years as a manager.",
    );
  });

  it("prints a readable summary without --json", async () => {
    const result = await runCli(["reflect", ours("five-criteria.md")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Criteria, in the order stated");
    expect(result.stdout).toMatch(/1\. Hard technical problems → mastery/);
    expect(result.stdout).toMatch(/5\. Fair pay → compensation/);
    expect(result.stdout).toContain("chosen:     undecided");
  });

  it("says which values a post came nearest to when it reads none surely", async () => {
    const post = [
      "# Twelve months as CTO after nine years as an engineer",
      "",
      "Last spring I left a backend engineer job at a logistics company in Brno to become CTO of a six-person startup that schedules home-care visits.",
      "",
      "I wanted to own the decisions, not just argue for them in design reviews. I also wanted to work on something that matters to people I could meet: the nurses who use the app every morning.",
      "",
      "The pay is lower than before. That was never the point.",
      "",
    ].join("\n");
    const text = await runCli(["reflect", "-"], { input: post });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Values\n {2}\(none read surely; nearest: Purpose 0\.\d\d/);
    expect(text.stdout).toContain("Reasons said as reasons");
    const json = await runCli(["reflect", "-", "--json"], { input: post });
    const [out] = JSON.parse(json.stdout) as Array<{
      values: unknown[];
      nearestValues?: { id: string; score: number }[];
    }>;
    expect(out?.values).toEqual([]);
    expect(out?.nearestValues?.[0]?.id).toBe("purpose");
    for (const v of out?.nearestValues ?? []) expect(v.score).toBeGreaterThanOrEqual(0.1);
  });

  it("says how criteria are stated when a post states none", async () => {
    const result = await runCli(["reflect", "-"], {
      input: "I left my job in May and I am taking the summer to think.\n",
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Criteria, in the order stated\n {2}\(none: a list after “my criteria:”/,
    );
  });

  it("exits 2 naming a missing file, and prints nothing on stdout", async () => {
    const missing = join(dir, "nope.md");
    const result = await runCli(["reflect", ours("looking-for.md"), missing, "--json"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toContain(missing);
  });

  it("exits 2 naming a binary file", async () => {
    const binary = join(dir, "photo.md");
    writeFileSync(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const result = await runCli(["reflect", binary]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(binary);
    expect(result.stderr).toContain("binary");
  });

  it("exits 2 for text that is not UTF-8, and for a folder", async () => {
    const latin1 = join(dir, "latin1.txt");
    writeFileSync(latin1, Buffer.from("caf\xe9 cr\xe8me\n", "latin1"));
    expect((await runCli(["reflect", latin1])).code).toBe(2);
    const folder = await runCli(["reflect", dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(dir);
  });

  it("needs at least one file", async () => {
    expect((await runCli(["reflect"])).code).toBe(2);
  });
});
