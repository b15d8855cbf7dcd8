import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyExample, runCli, tempDir } from "../testing/cli.js";

/**
 * Strings in the bundled libraries' code that look like URLs but are names, never fetched:
 * XML namespaces (React, echarts), JSON Schema dialect ids (zod), the template zod's IPv6 check
 * hands to `new URL` to parse an address, and React's error-decoder link in its minified error
 * messages. The CSP (default-src 'none') would block any fetch; the e2e test sees none.
 */
const NAMES_NOT_FETCHED = [
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/XML/1998/namespace",
  "http://www.w3.org/1998/Math/MathML",
  "http://www.w3.org/1999/xhtml",
  "https://react.dev/errors/",
  "https://json-schema.org/draft/2020-12/schema",
  "http://json-schema.org/draft-07/schema#",
  "http://json-schema.org/draft-04/schema#",
];
/** zod builds `http://[${host}]` for an IPv6 host; the minifier names the variable anew in
 * each build, so the template is matched whatever the name. */
const TEMPLATE_HOST = /^https?:\/\/\[\$\{[A-Za-z_$][\w$]*\}\]$/;

/** The example's names and figures that must not leave with a shared report. */
function exampleSecrets(dir: string): string[] {
  const secrets = new Set<string>();
  for (const name of ["director-platform", "fractional-cto", "scaleup-cto", "seed-cto"]) {
    const text = readFileSync(join(dir, "options", `${name}.md`), "utf8");
    secrets.add(name);
    for (const m of text.matchAll(/^(?:organisation|title): (.+)$/gm)) secrets.add(m[1] as string);
    for (const m of text.matchAll(/- name: (.+)$/gm)) {
      for (const part of (m[1] as string).split(" ")) secrets.add(part);
    }
    for (const m of text.matchAll(/\b\d{6}\b/g)) secrets.add(m[0]);
  }
  const profile = readFileSync(join(dir, "bearing.yaml"), "utf8");
  for (const m of profile.matchAll(/\b\d{6}\b/g)) secrets.add(m[0]);
  secrets.add(/^question: (.+)$/m.exec(profile)?.[1] as string);
  return [...secrets];
}

describe("bearing report", () => {
  it("--share writes one self-contained file with a CSP and none of the private names or figures", async () => {
    const dir = copyExample();
    const out = join(tempDir(), "shared.html");
    const result = await runCli(["report", dir, "--out", out, "--share", "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { kind: string; leftOut: { kind: string }[] };
    expect(summary.kind).toBe("shared");
    expect(new Set(summary.leftOut.map((l) => l.kind))).toEqual(
      new Set(["question", "names", "organisations", "contacts", "notes", "money"]),
    );
    const html = readFileSync(out, "utf8");
    // No external reference: no element loads anything, and every URL-like string is a name.
    expect(html).not.toMatch(
      /<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)=/i,
    );
    expect(html).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//i);
    const urls = [...html.matchAll(/https?:\/\/[^\s"'`)<>\\]*/g)].map((m) => m[0]);
    const unknown = urls.filter(
      (url) =>
        !TEMPLATE_HOST.test(url) &&
        !NAMES_NOT_FETCHED.some((name) => url === name || url.startsWith(name)),
    );
    expect(unknown).toEqual([]);
    // The CSP is the first thing in <head>, allows nothing but the inline script and style by
    // hash, and each hash is that of the element's text.
    const csp = /<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(csp).not.toBeNull();
    const policy = csp?.[1] ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toMatch(/unsafe|https?:|\*/);
    for (const secret of exampleSecrets(dir)) expect(html).not.toContain(secret);
    for (const letter of ["A", "B", "C", "D"]) expect(html).toContain(`Option ${letter} — `);
  });

  it("without --share writes the user's own full copy", async () => {
    const dir = copyExample();
    const out = join(tempDir(), "mine.html");
    const result = await runCli(["report", dir, "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("your own full copy");
    const html = readFileSync(out, "utf8");
    expect(html).toContain("Meridian Freight");
    expect(html).toContain("Priya Raman");
  });

  it("refuses a broken workspace with exit 2, writing nothing", async () => {
    const dir = copyExample();
    const out = join(tempDir(), "never.html");
    const profile = join(dir, "bearing.yaml");
    const text = readFileSync(profile, "utf8").replace("points: 20", "points: -3");
    writeFileSync(profile, text);
    const result = await runCli(["report", dir, "--out", out, "--share"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("bearing.yaml");
    expect(() => readFileSync(out)).toThrow();
  });
});
