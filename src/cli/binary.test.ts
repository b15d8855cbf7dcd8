/**
 * The built binary (`bin/bearing.js` over `dist/`, which `npm test` builds first), started as a
 * user starts it. The other CLI tests run the same `main` in-process (src/testing/cli.ts's
 * runCli); these few prove that the binary starts, reads a pipe, writes to the real stdout and
 * stderr, and that its exit codes reach the shell, for each kind of outcome.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, exampleDir, repoRoot, runCli, snapshot, spawnCli } from "../testing/cli.js";

describe("the built bearing binary", () => {
  it("prints its version and help, exit 0, and exits 2 on an unknown command", () => {
    const version = spawnCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string })
        .version,
    );
    const help = spawnCli(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["check", "rank", "explain", "next", "money", "serve"]) {
      expect(help.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
    }
    const unknown = spawnCli(["rnak"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'rnak'/);
  });

  it("stops quietly when the reader of its output closes the pipe early", () => {
    const bin = join(repoRoot, "bin/bearing.js");
    const piped = spawnSync(
      "sh",
      ["-c", `node "${bin}" rank "${exampleDir}" --json --no-robustness | head -c 1`],
      { encoding: "utf8" },
    );
    expect(piped.stdout).toBe("{");
    expect(piped.stderr).not.toMatch(/EPIPE|Error/);
  });

  it("checks and ranks the example as the in-process run does", async () => {
    const check = spawnCli(["check", exampleDir]);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^ok: \d+ criteria, \d+ options/);
    const rank = spawnCli(["rank", exampleDir, "--json", "--no-robustness"]);
    expect(rank.code, rank.stderr).toBe(0);
    const inProcess = await runCli(["rank", exampleDir, "--json", "--no-robustness"]);
    expect(JSON.parse(rank.stdout)).toEqual(JSON.parse(inProcess.stdout));
  });

  it("exits 2 on a broken workspace naming the file and line, stdout empty, nothing changed", () => {
    const dir = copyExample("bearing-binary-");
    const profile = join(dir, "bearing.yaml");
    writeFileSync(profile, readFileSync(profile, "utf8").replace(/points: \d+/, "points: -3"));
    const before = snapshot(dir);
    for (const command of ["check", "rank"]) {
      const result = spawnCli([command, dir]);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(/^bearing: bearing\.yaml:\d+:\d+: /);
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(result.stdout).toBe("");
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it("reads a posting piped to standard input with -", () => {
    const posting = `# Engineering Manager\n\n## What you'll do\n- Manage a team of seven engineers with weekly 1:1s.\n- Hire two engineers this year.\n`;
    const result = spawnCli(["role", "-", "--json"], { input: posting });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveProperty("responsibilities");
  });

  it("writes a change to a workspace (option set), as check then reads it", () => {
    const dir = copyExample("bearing-binary-set-");
    const set = spawnCli(["option", "set", "seed-cto", "nextStep", "Call Marcus", dir]);
    expect(set.code, set.stderr).toBe(0);
    expect(readFileSync(join(dir, "options/seed-cto.md"), "utf8")).toContain(
      "nextStep: Call Marcus",
    );
    expect(spawnCli(["check", dir]).code).toBe(0);
  });
});
