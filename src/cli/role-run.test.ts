import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli, tempDir } from "../testing/cli.js";
import { itShared, sharedDir } from "../testing/shared.js";

const fixture = join(repoRoot, "src/core/roles/fixtures/f01.md");

describe("bearing role", () => {
  it("prints the contract JSON for a posting file", async () => {
    const r = await runCli(["role", fixture, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.title).toBe("Chief Technology Officer");
    expect(out.archetype).toMatchObject({ id: "cto_operator" });
    expect(out.archetype.confidence).toBeGreaterThan(0);
    expect(Array.isArray(out.archetype.ranked)).toBe(true);
    expect(out.nominalArchetype).toBe("cto_architect");
    expect(out.titleMismatch).toBe(true);
    expect(Object.keys(out.facts).sort()).toEqual([
      "compensation",
      "handsOn",
      "reportsTo",
      "stage",
      "teamSize",
      "workMode",
    ]);
    for (const r of out.responsibilities) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(["id", "score", "evidence"]));
    }
  });

  it("reads an option file's posting, not its front matter, and quotes at offsets into the file", async () => {
    const file = join(repoRoot, "examples/step-back/options/seed-cto.md");
    const text = readFileSync(file, "utf8");
    const bodyAt = text.indexOf("\n---", 3) + 4;
    const out = JSON.parse((await runCli(["role", file, "--json"])).stdout);
    // The front matter's title names the role; the body's first line ("## Role") names none.
    expect(out.title).toBe("Founding CTO, Tallyho");
    expect(out.nominalArchetype).toBe("founder");
    // No evidence from the YAML ("reportsTo: founders", "nextStep: Build a throwaway prototype").
    const evidence = out.responsibilities.flatMap((r: { evidence: string[] }) => r.evidence);
    for (const e of [
      ...evidence,
      ...Object.values(out.factEvidence).map((f) => (f as { quote: string }).quote),
    ])
      expect(e).not.toMatch(/\b(?:reportsTo|nextStep|workMode|added):/);
    for (const f of Object.values(out.factEvidence) as { start: number; end: number }[])
      expect(f.start).toBeGreaterThanOrEqual(bodyAt);
    expect(text.slice(out.factEvidence.handsOn.start, out.factEvidence.handsOn.end)).toContain(
      "Write a large share of the code yourself",
    );
  });

  it("reads standard input with - and prints a readable report without --json", async () => {
    const text = `# Engineering Manager\n\n## What you'll do\n- Manage a team of seven engineers with weekly 1:1s.\n- Hire two engineers this year.\n`;
    const r = await runCli(["role", "-"], { input: text });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Engineering manager");
    expect(r.stdout).toContain("People management");
    expect(r.stdout).toContain("Manage a team of seven engineers");
  });

  itShared("analyses a real posting from the dev set", async () => {
    const r = await runCli(["role", join(sharedDir, "dev/jds/jd073.md"), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).facts.compensation).toMatchObject({
      currency: "USD",
      period: "year",
    });
  });

  it("exits 2 naming the file for missing, empty, binary and folder inputs", async () => {
    const dir = tempDir();
    const empty = join(dir, "empty.md");
    writeFileSync(empty, "  \n");
    const binary = join(dir, "posting.pdf");
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    for (const [file, reason] of [
      [join(dir, "nope.md"), /no such file/],
      [empty, /is empty/],
      [binary, /binary/],
      [dir, /folder/],
    ] as const) {
      const r = await runCli(["role", file, "--json"]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.split("\n")[0]).toContain(file);
      expect(r.stderr).toMatch(reason);
    }
  });

  it("quotes each stated fact verbatim from the text at its offsets, in JSON and in the report", async () => {
    const dir = join(repoRoot, "src/core/roles/fixtures");
    // The input between the offsets, Markdown emphasis and code marks left out, whitespace as one space.
    const words = (s: string) =>
      s
        .replace(/\*\*|__|`/g, " ")
        .replace(/\s+/g, " ")
        .trim();
    let quotes = 0;
    let trimmed = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
      const path = join(dir, file);
      const text = readFileSync(path, "utf8");
      const out = JSON.parse((await runCli(["role", path, "--json"])).stdout);
      const report = (await runCli(["role", path])).stdout;
      for (const [field, value] of Object.entries(out.facts)) {
        const e = out.factEvidence[field];
        if (value === null || value === "none") {
          expect(e, `${file} ${field}`).toBeUndefined();
          continue;
        }
        if (!e) continue;
        quotes++;
        expect(words(text.slice(e.start, e.end)), `${file} ${field}`).toBe(e.quote);
        expect(e.sentence).toContain(e.quote);
        expect(e.quote.length).toBeLessThanOrEqual(110);
        if (e.quote !== e.sentence) trimmed++;
        expect(report).toContain(e.quote);
      }
    }
    expect(quotes).toBeGreaterThanOrEqual(20);
    expect(trimmed).toBeGreaterThan(0);
    // f01 states all six facts; each has its words.
    const f01 = JSON.parse((await runCli(["role", fixture, "--json"])).stdout);
    expect(Object.keys(f01.factEvidence).sort()).toEqual(Object.keys(f01.facts).sort());
    expect(f01.factEvidence.reportsTo.quote).toContain("report to the CEO");
    const report = (await runCli(["role", fixture])).stdout;
    expect(report).toMatch(/Reports to: +ceo\n +"[^"\n]*report to the CEO[^"\n]*"/);
  });
});
