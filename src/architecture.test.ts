/**
 * The layering the folders show, enforced: the core knows nothing of files, terminals or
 * browsers, and each shell reaches only the layers beneath it. Every import of every non-test
 * module under src/ is resolved and checked against the rules below (tsconfig.core.json
 * separately compiles the core without Node or DOM types).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = dirname(fileURLToPath(import.meta.url));

/** Which top-level folders of src/ each folder may import at run time. */
const ALLOWED: Record<string, readonly string[]> = {
  core: ["core"],
  workspace: ["core", "workspace"],
  server: ["core", "workspace", "server"],
  cli: ["core", "workspace", "server", "cli"],
  // The page reads the server's view types, never its code.
  web: ["core", "web"],
  testing: ["core", "workspace", "cli", "server", "testing"],
};
const TYPE_ONLY: Record<string, readonly string[]> = { web: ["server"] };

/** npm packages the core may use: pure computation that runs in Node and the browser alike. */
const CORE_PACKAGES = new Set([
  "zod",
  "yaml",
  "smol-toml",
  "wink-nlp",
  "wink-eng-lite-web-model",
  "ml-matrix",
  "pure-rand",
  "yalps",
  "unified",
  "remark-parse",
  "remark-frontmatter",
  "remark-gfm",
  "mdast",
  "mdast-util-to-string",
  "mdast-util-gfm-table",
  "mdast-util-gfm-strikethrough",
  "micromark-extension-gfm-table",
  "micromark-extension-gfm-strikethrough",
  // RFC 8785 canonical JSON for decision records' seals: string building only, no I/O.
  "canonicalize",
]);

function modules(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...modules(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith(".d.ts"))
      out.push(path);
  }
  return out;
}

interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** Static `import`/`export … from` and dynamic `import()` specifiers of a module. */
function importsOf(code: string): Import[] {
  const found: Import[] = [];
  const staticImport = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+["']([^"']+)["']/gms;
  for (const m of code.matchAll(staticImport))
    found.push({ specifier: m[3] as string, typeOnly: Boolean(m[2]) });
  for (const m of code.matchAll(/^\s*import\s+["']([^"']+)["']/gm))
    found.push({ specifier: m[1] as string, typeOnly: false });
  for (const m of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g))
    found.push({ specifier: m[1] as string, typeOnly: false });
  return found;
}

const packageName = (s: string) =>
  s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : (s.split("/")[0] as string);

function violations(): string[] {
  const problems: string[] = [];
  for (const file of modules(src)) {
    const rel = relative(src, file);
    const layer = rel.split(sep)[0] as string;
    const allowed = ALLOWED[layer];
    if (!allowed) continue; // files at src/ root (this test) have no layer
    if (rel.includes(`${sep}testing${sep}`)) continue; // test support inside a layer, like *.test.ts
    for (const { specifier, typeOnly } of importsOf(readFileSync(file, "utf8"))) {
      if (specifier.startsWith(".")) {
        const target = relative(src, resolve(dirname(file), specifier)).split(sep)[0] as string;
        if (allowed.includes(target)) continue;
        if (typeOnly && TYPE_ONLY[layer]?.includes(target)) continue;
        problems.push(`${rel} imports ${specifier} (${layer} may not depend on ${target})`);
      } else if (layer === "core") {
        if (specifier.startsWith("node:"))
          problems.push(`${rel} imports ${specifier} (the core runs in browsers too)`);
        else if (!CORE_PACKAGES.has(packageName(specifier)) && !typeOnly)
          problems.push(
            `${rel} imports ${specifier} (not a package the core may use; add it to CORE_PACKAGES only if it is pure)`,
          );
      }
    }
  }
  return problems;
}

/**
 * Packages the modules under `from` load at run time, following relative imports (type-only
 * ones are erased), each with the chain of modules that reaches it.
 */
function packagesReached(from: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const stack: [string, string[]][] = modules(from).map((f) => [f, [relative(src, f)]]);
  while (stack.length > 0) {
    const [file, chain] = stack.pop() as [string, string[]];
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { specifier, typeOnly } of importsOf(readFileSync(file, "utf8"))) {
      if (typeOnly) continue;
      if (!specifier.startsWith(".")) {
        const name = packageName(specifier);
        if (!reached.has(name)) reached.set(name, chain);
        continue;
      }
      const base = resolve(dirname(file), specifier).replace(/\.js$/, "");
      const target = [`${base}.ts`, `${base}.tsx`].find((t) => existsSync(t));
      if (target) stack.push([target, [...chain, relative(src, target)]]);
    }
  }
  return reached;
}

describe("architecture", () => {
  it("every module imports only the layers beneath it", () => {
    expect(violations()).toEqual([]);
  });

  it("the workbench and the report never load the language model (megabytes in the bundle)", () => {
    const reached = packagesReached(join(src, "web"));
    const model = ["wink-nlp", "wink-eng-lite-web-model"].filter((p) => reached.has(p));
    expect(model.map((p) => `${p} via ${reached.get(p)?.join(" -> ")}`)).toEqual([]);
    // The walk does follow imports: the page reaches React.
    expect(reached.has("react")).toBe(true);
  });

  it("finds the kinds of import it checks", () => {
    const found = importsOf(
      'import { a } from "../workspace/x.js";\nimport type { B } from "../server/y.js";\nexport { c } from "./c.js";\nimport "./side.js";\nconst m = await import("node:fs");',
    );
    expect(found).toEqual([
      { specifier: "../workspace/x.js", typeOnly: false },
      { specifier: "../server/y.js", typeOnly: true },
      { specifier: "./c.js", typeOnly: false },
      { specifier: "./side.js", typeOnly: false },
      { specifier: "node:fs", typeOnly: false },
    ]);
  });
});
